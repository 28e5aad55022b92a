import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { describe, it } from 'mocha';
import { allBuiltInRules } from '../../language/checks/catalogue.js';
import { SNIPPETS } from '../../language/lsp/lhc-snippets.js';
import { describeRules } from '../../language/render/rule-descriptions.js';

/** Words that tie a text to one deal. Rule texts and snippets serve any deal; London stays in the docs' examples. */
const DEAL_SPECIFIC = /London|Londoner|Camden|Haringey|Hackney|Harringey|Lewisham|the capital|Manchester/;

const ROOT = new URL('../../../', import.meta.url);

describe('rule texts and snippets are deal-neutral', () => {
    it('no rule of the catalogue names a deal in its id, description or rationale', () => {
        const offending = allBuiltInRules.flatMap((rule) => [rule.id, rule.description, rule.rationale]
            .filter((text) => DEAL_SPECIFIC.test(text)).map((text) => `${rule.id}: ${text}`));
        assert.deepEqual(offending, []);
        assert.ok(allBuiltInRules.length > 30, 'the whole catalogue was read');
    });

    it('no SARIF help or full description names a deal', () => {
        const report = { asOf: '2019-06-01', files: [], findings: [], totals: { files: 0, errors: 0, warnings: 0, infos: 0 } };
        const rules = describeRules(report as never, (id) => `https://example.org/rules/${id}`);
        const offending = rules.filter((rule) => DEAL_SPECIFIC.test(`${rule.shortDescription} ${rule.fullDescription} ${rule.help}`)).map((rule) => rule.id);
        assert.deepEqual(offending, []);
    });

    it('no snippet, in the server or in the snippets file, names a deal', () => {
        const offending = Object.entries(SNIPPETS).filter(([, snippet]) => DEAL_SPECIFIC.test(`${snippet.description} ${snippet.body.join('\n')}`)).map(([name]) => name);
        assert.deepEqual(offending, []);
        const file = readFileSync(new URL('syntaxes/lhc.snippets.json', ROOT), 'utf8');
        assert.doesNotMatch(file, DEAL_SPECIFIC);
    });

    it('the parser\'s expected-token hints name no deal', () => {
        const text = readFileSync(new URL('language/parsing/lhc-parser-errors.ts', ROOT), 'utf8');
        assert.doesNotMatch(text, DEAL_SPECIFIC);
    });
});
