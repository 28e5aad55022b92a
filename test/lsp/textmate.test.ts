import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { AstUtils, GrammarAST } from 'langium';
import { before, describe, it } from 'mocha';
import type * as Oniguruma from 'vscode-oniguruma';
import type * as TextMate from 'vscode-textmate';
import { createTestServices } from '../helpers.js';

const ROOT = new URL('../../../', import.meta.url);
const require = createRequire(import.meta.url);
// Both are CommonJS bundles whose named exports Node's ESM loader cannot see.
const oniguruma = require('vscode-oniguruma') as typeof Oniguruma;
const textmate = require('vscode-textmate') as typeof TextMate;
const { services } = createTestServices();

function readJson<T>(path: string): T {
    return JSON.parse(readFileSync(new URL(path, ROOT), 'utf8')) as T;
}

/** The real TextMate engine (the one VS Code uses), so the test sees what the editor shows. */
async function loadGrammar(): Promise<TextMate.IGrammar> {
    const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new textmate.Registry({
        onigLib: Promise.resolve({
            createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
            createOnigString: (text: string) => new oniguruma.OnigString(text)
        }),
        loadGrammar: async (scopeName) => scopeName === 'source.lhc'
            ? textmate.parseRawGrammar(readFileSync(new URL('syntaxes/lhc.tmLanguage.json', ROOT), 'utf8'), 'lhc.tmLanguage.json')
            : null
    });
    const grammar = await registry.loadGrammar('source.lhc');
    assert.ok(grammar);
    return grammar;
}

/** Each token of one line with its innermost scope: `[text, scope]`. */
function tokenize(grammar: TextMate.IGrammar, line: string): [string, string][] {
    const { tokens } = grammar.tokenizeLine(line, textmate.INITIAL);
    return tokens.map((token) => [line.slice(token.startIndex, token.endIndex), token.scopes.at(-1)!]);
}

function scopeOf(grammar: TextMate.IGrammar, line: string, text: string, occurrence = 0): string | undefined {
    return tokenize(grammar, line).filter(([token]) => token === text)[occurrence]?.[1];
}

describe('TextMate grammar and editor configuration', () => {
    let grammar: TextMate.IGrammar;
    before(async () => {
        grammar = await loadGrammar();
    });

    it('colours every keyword of the Langium grammar', () => {
        const keywords = new Set(AstUtils.streamAllContents(services.Grammar).filter(GrammarAST.isKeyword).map((keyword) => keyword.value));
        const uncovered: string[] = [];
        for (const keyword of keywords) {
            // A keyword that only names a member (`s.title`) is coloured as a member after the dot.
            const standalone = scopeOf(grammar, `${keyword}`, keyword);
            const member = /^\w+$/.test(keyword) ? scopeOf(grammar, `s.${keyword}`, keyword) : undefined;
            const coloured = (scope: string | undefined): boolean => scope !== undefined && scope !== 'source.lhc' && !scope.startsWith('variable.other.name');
            if (!coloured(standalone) && !coloured(member)) uncovered.push(keyword);
        }
        assert.deepEqual(uncovered, [], `keywords without a TextMate scope: ${uncovered.join(', ')}`);
        assert.ok(keywords.size > 150, 'keywords were read from the grammar');
    });

    it('scopes keywords by group, and hyphenated keywords as one word', () => {
        const line = 'area Camden "Camden" sub-region within London';
        assert.equal(scopeOf(grammar, line, 'area'), 'storage.type.declaration.lhc');
        assert.equal(scopeOf(grammar, line, 'Camden'), 'entity.name.type.declaration.lhc');
        assert.equal(scopeOf(grammar, line, 'sub-region'), 'support.constant.kind.lhc');
        assert.equal(scopeOf(grammar, 'estate-sale Site "x" { sold 2018-06-30 for £12.5m }', 'estate-sale'), 'storage.type.declaration.lhc');
        assert.equal(scopeOf(grammar, 'pilot P "p" { leads Mayor }', 'leads'), 'keyword.other.property.lhc');
        assert.equal(scopeOf(grammar, 'mou M "m" builds on A {', 'builds'), 'keyword.other.relation.lhc');
        assert.equal(scopeOf(grammar, 'every s in estate-sales: s.proceeds > sum(r.amount for r in s.reinvestments)', 'every'), 'keyword.operator.logical.lhc');
        assert.equal(scopeOf(grammar, 'every s in estate-sales: s.proceeds > sum(r.amount for r in s.reinvestments)', 'estate-sales'), 'support.variable.collection.lhc');
        assert.equal(scopeOf(grammar, 'every s in estate-sales: s.proceeds > sum(r.amount for r in s.reinvestments)', 'sum'), 'support.function.aggregate.lhc');
        assert.equal(scopeOf(grammar, 'every s in estate-sales: s.proceeds > 0', 'proceeds'), 'variable.other.member.lhc');
    });

    it('scopes dates, money, percentages, counts, strings and comments', () => {
        const line = 'estate-sale S "Former \\"clinic\\" site" { sold 2018-06-30 for £12.5m reinvest £4,500,000 in Camden } // illustrative figures';
        assert.equal(scopeOf(grammar, line, '2018-06-30'), 'constant.numeric.date.lhc');
        assert.equal(scopeOf(grammar, line, '£12.5m'), 'constant.numeric.money.lhc');
        assert.equal(scopeOf(grammar, line, '£4,500,000'), 'constant.numeric.money.lhc');
        assert.equal(scopeOf(grammar, line, '\\"'), 'constant.character.escape.lhc');
        assert.equal(scopeOf(grammar, line, 'illustrative'), 'entity.name.tag.illustrative.lhc');
        assert.equal(scopeOf(grammar, line, ' figures'), 'comment.line.double-slash.lhc');
        assert.equal(scopeOf(grammar, 'target T "t" { goal 13% }', '13%'), 'constant.numeric.percentage.lhc');
        assert.equal(scopeOf(grammar, 'locality-team L "l" { serves 50,000 residents }', '50,000'), 'constant.numeric.lhc');
        assert.equal(scopeOf(grammar, 'party Agreement2015 "x" council', 'Agreement2015'), 'entity.name.type.declaration.lhc');
        assert.equal(scopeOf(grammar, '/* illustrative */', 'illustrative'), 'entity.name.tag.illustrative.lhc');
        assert.equal(scopeOf(grammar, 'as of 2019-06-01', 'as'), 'keyword.other.setting.lhc');
    });

    it('has a language configuration for comments, brackets, pairs, folding and words', () => {
        const configuration = readJson<{
            comments: { lineComment: string; blockComment: [string, string] };
            brackets: [string, string][];
            autoClosingPairs: { open: string; close: string }[];
            surroundingPairs: [string, string][];
            folding: { markers: { start: string; end: string } };
            wordPattern: string;
        }>('syntaxes/language-configuration.json');
        assert.deepEqual(configuration.comments, { lineComment: '//', blockComment: ['/*', '*/'] });
        assert.deepEqual(configuration.brackets, [['{', '}'], ['[', ']'], ['(', ')']]);
        assert.ok(configuration.autoClosingPairs.some((pair) => pair.open === '"' && pair.close === '"'));
        assert.ok(configuration.surroundingPairs.length >= 3);
        assert.match('    // region Parties', new RegExp(configuration.folding.markers.start));
        assert.match('    // endregion', new RegExp(configuration.folding.markers.end));
        const words = (text: string): string[] => text.match(new RegExp(configuration.wordPattern, 'g')) ?? [];
        assert.deepEqual(words('estate-sale S sold 2018-06-30 for £12.5m, 13% of 50,000 Smoke.Smoking'),
            ['estate-sale', 'S', 'sold', '2018-06-30', 'for', '£12.5m', '13%', 'of', '50,000', 'Smoke', 'Smoking']);
    });

    it('is not overwritten by grammar generation', () => {
        // The grammar is hand-written; Langium's generated one would replace it (and, written into
        // language/generated/, would make `langium generate` stop to ask about an unexpected file).
        const config = readJson<{ languages: { textMate?: { out: string } }[] }>('langium-config.json');
        assert.equal(config.languages[0]?.textMate, undefined);
    });
});
