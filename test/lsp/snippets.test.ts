import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { describe, it } from 'mocha';
import { SNIPPETS } from '../../language/lsp/lhc-snippets.js';
import { createTestServices } from '../helpers.js';

const { services } = createTestServices();

/** What the editor inserts when the user accepts every default: `${1:Name}` → Name, `${2|a,b|}` → a, `$0` → nothing. */
function expand(body: readonly string[]): string {
    return body.join('\n')
        .replace(/\$\{\d+:([^}]*)\}/g, '$1')
        .replace(/\$\{\d+\|([^,|]*)[^}]*\|\}/g, '$1')
        .replace(/\$\d+/g, '')
        .replace(/\t/g, '    ');
}

const ROOT = new URL('../../../', import.meta.url);

describe('snippets', () => {
    it('has a snippet for every kind of top-level declaration', () => {
        const keywords = new Set(Object.values(SNIPPETS).map((snippet) => snippet.prefix));
        for (const keyword of ['agreement', 'mou', 'clause', 'area', 'party', 'board', 'power', 'theme', 'service', 'delegation', 'pilot',
            'aspiration', 'objective', 'commitment', 'measurement', 'estate-asset', 'estate-sale', 'pooled-budget', 'locality-team',
            'condition', 'waiver', 'envelope']) {
            assert.ok(keywords.has(keyword), `no snippet for ${keyword}`);
        }
    });

    for (const [name, snippet] of Object.entries(SNIPPETS)) {
        it(`${name}: the body parses once its placeholders are filled`, () => {
            const text = snippet.prefix === 'target' ? `aspiration A "a" {\n${expand(snippet.body)}\n}` : expand(snippet.body);
            const result = services.parser.LangiumParser.parse(text);
            assert.deepEqual(result.lexerErrors, [], text);
            assert.deepEqual(result.parserErrors.map((error) => error.message), [], text);
        });
    }

    it('syntaxes/lhc.snippets.json holds exactly the snippets the language server offers', () => {
        const file = JSON.parse(readFileSync(new URL('syntaxes/lhc.snippets.json', ROOT), 'utf8')) as unknown;
        assert.deepEqual(file, SNIPPETS, 'regenerate syntaxes/lhc.snippets.json from language/lsp/lhc-snippets.ts');
    });
});
