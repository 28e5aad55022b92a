import { strict as assert } from 'node:assert';
import { GrammarAST, GrammarUtils, AstUtils } from 'langium';
import { afterEach, describe, it } from 'mocha';
import { LhcGrammar } from '../../language/generated/grammar.js';
import { explainUnresolved, kindWord } from '../../language/linking/unresolved-names.js';
import { expectError, expectNoIssues } from 'langium/test';
import { isAgreement, isPilot } from '../../language/generated/ast.js';
import { resetWorkspace } from '../helpers.js';
import { checkTestKit, named } from './check-helpers.js';

const { services, validate, validateFiles } = checkTestKit();

describe('unresolved-reference', () => {
    afterEach(() => resetWorkspace(services));

    it('names an undeclared party and an undeclared area', async () => {
        const result = await validate(`agreement A "A" { signatories NHSEngland pilot P "P" { areas Camdne } }`);
        expectError(result, "Unknown party 'NHSEngland': nothing in the workspace is declared with this name.", {
            node: named(result, isAgreement, 'A'), property: { name: 'signatories', index: 0 }, code: 'unresolved-reference'
        });
        expectError(result, "Unknown area 'Camdne': nothing in the workspace is declared with this name.", {
            node: named(result, isPilot, 'P'), property: { name: 'areas', index: 0 }, code: 'unresolved-reference'
        });
    });

    it('links a party declared in one file from a pilot in another', async () => {
        const [, pilots] = await validateFiles(`area Camden "Camden" borough  party CamdenCCG "NHS Camden CCG" ccg serves Camden`,
            `pilot P "P" { areas Camden leads CamdenCCG }`);
        expectNoIssues(pilots!, { code: 'unresolved-reference' });
        const pilot = named(pilots!, isPilot, 'P');
        if (pilot.leads[0]?.ref?.name !== 'CamdenCCG' || pilot.areas[0]?.ref?.name !== 'Camden') throw new Error('cross-file references did not resolve');
    });

    it('a clause written by its short name outside its agreement: names the clause and offers its qualified name', async () => {
        const [, board] = await validateFiles(`agreement MoU2017 "MoU" { clause EstatesForum "A forum." }`,
            `board LEB "London Estates Board" { oversight political per EstatesForum }`);
        expectError(board!, "Unknown clause 'EstatesForum': there is a clause MoU2017.EstatesForum, which outside MoU2017 is written in full. Did you mean 'MoU2017.EstatesForum'?", {
            code: 'unresolved-reference'
        });
        const [diagnostic] = board!.diagnostics;
        assert.deepEqual((diagnostic!.data as { replacements?: string[] }).replacements, ['MoU2017.EstatesForum']);
    });

    it('two agreements with a clause of that name: offers both', async () => {
        const result = await validate(`agreement A "A" { clause Estates "x" } agreement B "B" { clause Estates "y" }
            board LEB "LEB" { oversight political per Estates }`);
        expectError(result, "Unknown clause 'Estates': there are clauses A.Estates and B.Estates, each written in full outside its owner. Did you mean 'A.Estates' or 'B.Estates'?", { code: 'unresolved-reference' });
    });

    it('a party where a board is needed: says what the name is, and what is needed', async () => {
        const result = await validate(`party NHSEngland "NHS England" national-body
            board LEB "LEB" { reports to NHSEngland }`);
        expectError(result, "Unknown board 'NHSEngland': NHSEngland is a party (national-body), not a board.", { code: 'unresolved-reference' });
    });

    it('a near name is never part of the finding (it depends on other files and could go stale in the editor)', async () => {
        const served = (await validate(`area Lewisham "Lewisham" borough pilot P "P" { areas Lewishm }`)).diagnostics
            .filter((diagnostic) => diagnostic.code === 'unresolved-reference');
        assert.ok(served.length > 0);
        for (const diagnostic of served) assert.equal(diagnostic.message, "Unknown area 'Lewishm': nothing in the workspace is declared with this name.");
    });

    it('every kind of reference the grammar has: a name declared as another kind is named, with its kind', async () => {
        await validate(`area Camden "Camden" borough
            party CamdenCouncil "Camden Council" council serves Camden
            theme Estates "Estates"
            agreement A "A" { clause Signing "Signed." }`);
        const types = new Set(AstUtils.streamAllContents(LhcGrammar()).filter(GrammarAST.isCrossReference)
            .map((reference) => GrammarUtils.getTypeName(reference.type.ref!)).toArray());
        assert.ok(types.size >= 14, [...types].join(', '));
        const declared: Array<[string, string, string]> = [['Camden', 'Area', 'an area'], ['CamdenCouncil', 'Organisation', 'a party (council)'], ['Estates', 'Topic', 'a theme']];
        for (const type of types) {
            const word = kindWord(type);
            assert.match(word, /^[a-z ,]+$/, `${type} reads as words`);
            const other = declared.find(([, declaredType]) => !services.shared.AstReflection.isSubtype(declaredType, type));
            if (!other) continue;
            const [name, , what] = other;
            const { message } = explainUnresolved(services.lhc.Names, type, name);
            assert.equal(message, `Unknown ${word} '${name}': ${name} is ${what}, not ${/^[aeiou]/.test(word) ? 'an' : 'a'} ${word}.`, type);
        }
        // Qualified names: the clause is offered by its short name to every kind a clause can be.
        for (const type of types) {
            if (!services.shared.AstReflection.isSubtype('Clause', type)) continue;
            assert.deepEqual(explainUnresolved(services.lhc.Names, type, 'Signing').replacements, ['A.Signing'], type);
        }
    });
});
