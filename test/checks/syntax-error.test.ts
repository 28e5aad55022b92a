import { strict as assert } from 'node:assert';
import { afterEach, describe, it } from 'mocha';
import { expectError, expectNoIssues } from 'langium/test';
import { resetWorkspace, ruleIds } from '../helpers.js';
import { checkTestKit } from './check-helpers.js';

const { services, validate, validateFiles } = checkTestKit();

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

    describe('one malformed value, one error on it', () => {
        const agreement = (signed: string) => `agreement A "A" {
    signed ${signed}
    clause Estates "Land is sold."
    clause Governance "Boards report."
}`;
        const reference = `board B "B" { oversight political per A.Estates }`;

        for (const [written, expected] of [
            ['2017-06', "'2017-06' is not a date or a financial year: a date is written in full, year-month-day (YYYY-MM-DD), like 2017-11-16, and a financial year like 2015/16."],
            ['2017-6-1', "'2017-6-1' is not a date: a date is written in full, year-month-day (YYYY-MM-DD), like 2017-11-16."],
            ['16-11-2017', "'16-11-2017' is not a date: a date is written in full, year-month-day (YYYY-MM-DD), like 2017-11-16."],
            ['2017/11/16', "'2017/11/16' is not a date: a date is written in full, year-month-day (YYYY-MM-DD), like 2017-11-16."]
        ] as const) {
            it(`a date written ${written}: one error on it, none in the file that names the agreement's clause`, async () => {
                const text = agreement(written);
                const [own, other] = await validateFiles(text, reference);
                assert.deepEqual(own!.diagnostics.map((d) => [d.code, d.message]), [['syntax-error', expected]]);
                expectError(own!, expected, { offset: text.indexOf(written), length: written.length, code: 'syntax-error' });
                assert.deepEqual(other!.diagnostics.map((d) => d.message), []);
                // The value is not guessed: the agreement's signing date is missing.
                assert.equal((own!.document.parseResult.value.declarations[0] as { signed?: string }).signed, undefined);
            });
        }

        const sale = (proceeds: string) => `area London "London" region
estate-sale S "Sale" {
    located in London
    sold 2019-03-29 for ${proceeds}
    reinvest £3m in London
}`;
        for (const written of ['£6 billion', '£6billion', '£6 million', '£6 m', '£6 bn']) {
            it(`an amount written ${written}: one error on it, and the sale is not judged on it`, async () => {
                const text = sale(written);
                const result = await validate(text);
                assert.deepEqual(result.diagnostics.map((d) => d.code), ['syntax-error'], result.diagnostics.map((d) => d.message).join('\n'));
                expectError(result, /is not an amount: an amount is written in pounds with bn, m or k and no space, like £6bn/, { offset: text.indexOf(written), length: written.length });
            });
        }

        it('an amount followed by a word the grammar does not expect: one error saying what may follow', async () => {
            const text = sale('£6m').replace('reinvest £3m in London', 'reinvest £3m pounds in London');
            const result = await validate(text);
            assert.deepEqual(result.diagnostics.map((d) => [d.code, d.message]), [['syntax-error', "Expected 'in' but found 'pounds'."]]);
        });

        it('a financial year written with a dash: one error, naming both forms', async () => {
            const result = await validate(`envelope E "E" { amount £6bn per year in 2015-16 }`);
            assert.deepEqual(result.diagnostics.map((d) => [d.code, d.message]), [['syntax-error',
                "'2015-16' is not a date or a financial year: a date is written in full, year-month-day (YYYY-MM-DD), like 2017-11-16, and a financial year like 2015/16."]]);
        });

        it('the amounts and dates the language writes are still read', async () => {
            const result = await validate(sale('£6bn').replace('reinvest £3m', 'reinvest £3,000,000'));
            expectNoIssues(result, { code: 'syntax-error' });
        });
    });

    it('reports nothing on well-formed text', async () => {
        const result = await validate(`area London "London" region party Mayor "Mayor of London" mayor serves London`);
        expectNoIssues(result, { code: 'syntax-error' });
        assert.deepEqual(ruleIds(result.diagnostics), []);
    });
});
