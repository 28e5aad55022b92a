import { strict as assert } from 'node:assert';
import { afterEach, describe, it } from 'mocha';
import { expectError, expectNoIssues } from 'langium/test';
import { resetWorkspace, ruleIds } from '../helpers.js';
import { checkTestKit } from './check-helpers.js';

const { services, validate } = checkTestKit();

/** The messages of the syntax errors of a text. */
async function syntaxMessages(text: string): Promise<string[]> {
    const result = await validate(text);
    const diagnostics = result.diagnostics.filter((d) => d.code === 'syntax-error');
    assert.ok(diagnostics.length > 0, `expected a syntax error in ${text}`);
    return diagnostics.map((d) => String(d.message));
}

describe('syntax-error', () => {
    afterEach(() => resetWorkspace(services));

    it('says a date was expected and what was found', async () => {
        const text = `agreement A "A" { signed 2017 }`;
        const result = await validate(text);
        expectError(result, "Expected a date like 2017-11-16 but found '2017'.", { offset: text.indexOf('2017'), length: 4, code: 'syntax-error' });
    });

    it('names an unexpected character in plain words', async () => {
        assert.deepEqual(await syntaxMessages(`party A "A" ccg $`), ["Unexpected character '$'."]);
    });

    it('asks for a declaration when a keyword is misspelt', async () => {
        const [message] = await syntaxMessages(`partyy A "A" ccg`);
        assert.equal(message, "Expected a declaration (agreement, party, area, pilot, …) but found 'partyy'.");
    });

    it('says what kind of value is missing at the end of the file', async () => {
        const messages = await syntaxMessages(`party A "A"`);
        assert.ok(messages.some((m) => /^Expected one of 'ccg', 'council', 'mayor', .*, … but found the end of the file\.$/.test(m)), messages.join('\n'));
    });

    it('asks for quoted text where a title is missing', async () => {
        const messages = await syntaxMessages(`area Camden borough`);
        assert.ok(messages.some((m) => m === `Expected quoted text like "Estates Board" but found 'borough'.`), messages.join('\n'));
    });

    it('reports nothing on well-formed text', async () => {
        const result = await validate(`area London "London" region party Mayor "Mayor of London" mayor serves London`);
        expectNoIssues(result, { code: 'syntax-error' });
        assert.deepEqual(ruleIds(result.diagnostics), []);
    });
});
