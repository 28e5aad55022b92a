import { strict as assert } from 'node:assert';
import { afterEach, describe, it } from 'mocha';
import type { Diagnostic } from 'vscode-languageserver';
import { formatText } from '../../language/engine/format.js';
import { findDeepRegions, MAX_NESTING } from '../../language/parsing/depth-guard.js';
import { buildWorkspace, createTestServices, resetWorkspace, ruleIds as allRuleIds } from '../helpers.js';

/** Rule ids without the scoping rules' notes about where a condition applies (not what these tests are about). */
const ruleIds = (diagnostics: Parameters<typeof allRuleIds>[0]) => allRuleIds(diagnostics).filter((id) => !id.startsWith('condition-scope') && id !== 'condition-vacuous' && id !== 'condition-undecided');

/** Issue 13's inputs that crashed validation, and expressions of any depth. */
describe('recovered and deep trees', () => {
    const { services } = createTestServices();
    afterEach(() => resetWorkspace(services));

    const crashes = (diagnostics: readonly Diagnostic[]) =>
        diagnostics.filter((diagnostic) => diagnostic.code === undefined || /error occurred/i.test(String(diagnostic.message))).map((d) => String(d.message));

    for (const [what, text] of [
        ['a delegation with nothing after it', 'delegation'],
        ['a condition naming an unknown name after a party', 'party p "p" council\ncondition C "c" { x }'],
        ['a condition header run into a party', 'condition""e party'],
        ['a board with a quoted name and an empty body, before a condition', 'board "B" {}\ncondition C "c" { true }'],
        ['a waiver and a delegation cut short', 'waiver for\ndelegation D: x delegates'],
        ['a target with an empty goal', 'aspiration A "a" { target T "t" { goal by 2020-01-01 } }']
    ] as const) {
        it(`validates ${what} without a crash`, async () => {
            const { diagnostics } = await buildWorkspace(services, text);
            assert.deepEqual(crashes(diagnostics[0]!), []);
            assert.ok(diagnostics[0]!.length > 0, 'the broken text is reported');
        });
    }

    // Each of these once gave a finding about a declaration the parser recovered without its name ("Commitment '?'").
    for (const text of ['commitment', 'board', 'pilot', 'pooled-budget', 'condition', 'dataset', 'test']) {
        it(`reports \`${text}\` as a syntax error only: a node recovered without its name is not judged`, async () => {
            const { diagnostics } = await buildWorkspace(services, text);
            assert.deepEqual([...new Set(allRuleIds(diagnostics[0]!))], ['syntax-error']);
            assert.equal(services.lhc.Facts.get().commitments.length, 0, 'a nameless declaration is not a fact');
        });
    }

    it('still judges a declaration that has every required part, whatever optional parts it lacks', async () => {
        const { diagnostics } = await buildWorkspace(services, 'commitment C "c" { }');
        assert.ok(allRuleIds(diagnostics[0]!).includes('commitment-without-deadline'));
        assert.equal(services.lhc.Facts.get().commitments.length, 1);
    });

    it('does not judge a declaration with a syntax error in it: what follows the error is not known', async () => {
        const { diagnostics } = await buildWorkspace(services, 'commitment C "c" {');
        assert.deepEqual(allRuleIds(diagnostics[0]!), ['syntax-error']);
        assert.equal(services.lhc.Facts.get().commitments.length, 0);
    });

    const deep = {
        brackets: (n: number) => `${'('.repeat(n)}true${')'.repeat(n)}`,
        'unclosed brackets': (n: number) => '('.repeat(n),
        'not': (n: number) => `${'not '.repeat(n)}true`,
        quantifiers: (n: number) => `${Array.from({ length: n }, (_, i) => `every v${i} in areas:`).join(' ')} true`,
        lists: (n: number) => `${'['.repeat(n)}${']'.repeat(n)} is set`,
        'an and-chain': (n: number) => Array(n).fill('true').join(' and ')
    };
    for (const [shape, make] of Object.entries(deep)) {
        it(`gives a condition with ${shape} 1,000 deep one finding, and still judges the rest of the workspace`, async () => {
            const { diagnostics } = await buildWorkspace(services,
                `area A "A" region\ncondition Deep "d" { ${make(1000)} }\ncondition Other "o" { 1 > 2 }`,
                'condition Elsewhere "e" { 2 > 3 }');
            const [first, second] = [ruleIds(diagnostics[0]!), ruleIds(diagnostics[1]!)];
            // The guard names the text it did not read, once, whatever else is wrong with the condition.
            assert.equal(first.filter((id) => id === 'condition-too-deep').length, 1, first.join(', '));
            // Unclosed brackets are a syntax error as well (the first of the declaration, the only one shown), and a
            // condition with one is judged once it parses.
            if (shape === 'unclosed brackets') assert.equal(first.filter((id) => id === 'syntax-error').length, 1, first.join(', '));
            else assert.ok(first.includes('Other'), 'the other condition of the file is judged');
            assert.deepEqual(second, ['Elsewhere'], 'the other file is judged');
            assert.deepEqual(crashes(diagnostics[0]!), []);
        });
    }

    it(`judges a condition nested ${MAX_NESTING} deep normally`, async () => {
        const { diagnostics } = await buildWorkspace(services, `condition Fine "f" { ${deep.brackets(MAX_NESTING - 1)} and 1 > 2 }`);
        assert.deepEqual(ruleIds(diagnostics[0]!), ['Fine']);
    });

    it('judges an and-chain of 400 terms normally', async () => {
        const { diagnostics } = await buildWorkspace(services, `condition Long "l" { ${deep['an and-chain'](400)} and 1 > 2 }`);
        assert.deepEqual(ruleIds(diagnostics[0]!), ['Long']);
    });

    it('formats around deep text by refusing the file with its real position', () => {
        const result = formatText(services, `condition Deep "d" {\n    ${deep.brackets(1000)}\n}\n`);
        assert.ok('problems' in result);
        assert.deepEqual([result.problems[0]!.line, result.problems[0]!.column], [2, 5 + MAX_NESTING]);
    });

    it('finds deep stretches but not brackets inside strings or comments', () => {
        const inert = `"${'('.repeat(100)}" // ${'('.repeat(100)}\n/* ${'['.repeat(100)} */`;
        assert.deepEqual(findDeepRegions(inert), []);
        assert.equal(findDeepRegions(`condition C "c" { ${'('.repeat(40)} }`).length, 1);
    });
});
