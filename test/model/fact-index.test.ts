import { strict as assert } from 'node:assert';
import { TextDocument, type AstNode, type LangiumDocument } from 'langium';
import fc from 'fast-check';
import { afterEach, describe, it } from 'mocha';
import type { Document } from '../../language/generated/ast.js';
import { buildFactIndex, FactIndexAssembler } from '../../language/model/fact-index-assembly.js';
import type { FactIndex } from '../../language/model/facts.js';
import { compareText } from '../../language/model/text-order.js';
import { buildWorkspace, createTestServices, resetEditedWorkspace } from '../helpers.js';

// Each document's share of the fact index is kept between builds (model/facts.ts): its lists per parse, its
// by-power and by-target maps per link. These pin that a kept share follows every change a fresh build would see.
describe('the fact index, put together from each document\'s share', () => {
    const { services } = createTestServices();
    const shared = services.shared;
    afterEach(async () => {
        await resetEditedWorkspace(services);
    });

    const POWERS = 'party NHSEngland "NHS England" national-body\npower Primary "Primary care" held by NHSEngland since 2013-04-01';
    const DELEGATION = 'party CCG "A CCG" ccg\ndelegation ToCCG: NHSEngland delegates Primary to CCG from 2017-04-01';

    async function change(document: LangiumDocument, text: string): Promise<void> {
        // As the language server sees an edit: the open text changes, then the builder updates that one document.
        shared.workspace.TextDocuments.set(TextDocument.create(document.uri.toString(), 'lhc', 2, text));
        await shared.workspace.DocumentBuilder.update([document.uri], []);
    }

    const current = (): LangiumDocument<Document>[] => shared.workspace.LangiumDocuments.all.toArray() as LangiumDocument<Document>[];

    it('groups a delegation under the power it links to after that power\'s file alone is edited', async () => {
        const { documents: [powers, delegating] } = await buildWorkspace(services, POWERS, DELEGATION);
        const before = buildFactIndex(current());
        const oldPower = before.powers[0]!;
        const delegatingRoot = delegating!.parseResult.value;
        assert.deepEqual(before.delegationsByPower.get(oldPower)?.map((delegation) => delegation.name), ['ToCCG']);
        // Only the powers' file is re-parsed: the delegating file keeps its tree and is re-linked to the new power.
        await change(powers!, `${POWERS}\n// edited`);
        const after = buildFactIndex(current());
        const newPower = after.powers[0]!;
        assert.notEqual(newPower, oldPower, 'the edited file was parsed again');
        assert.equal(delegating!.parseResult.value, delegatingRoot, 'the delegating file kept its tree');
        assert.deepEqual(after.delegationsByPower.get(newPower)?.map((delegation) => delegation.name), ['ToCCG']);
        assert.equal(after.delegationsByPower.get(oldPower), undefined, 'nothing is grouped under the replaced power');
    });

    it('lists a target\'s measurements from several files oldest first, same-day ones in declaration order', async () => {
        const target = `party Board "Board" board
            agreement Deal "Deal" { signed 2016-01-01 parties Board
                aspiration Healthy "Healthier" { target Obesity "Obesity" { unit "%" } } }`;
        const later = 'measurement B1 of Healthy.Obesity: 12% on 2019-03-31\nmeasurement B2 of Healthy.Obesity: 11% on 2017-03-31';
        const earlier = 'measurement A1 of Healthy.Obesity: 13% on 2018-03-31\nmeasurement A2 of Healthy.Obesity: 14% on 2017-03-31';
        await buildWorkspace(services, target, later, earlier);
        const facts = buildFactIndex(current());
        const [measured] = facts.measurementsByTarget.keys();
        assert.ok(measured, 'the measurements link to their target');
        assert.deepEqual(facts.measurementsByTarget.get(measured!)?.map((measurement) => measurement.name), ['B2', 'A2', 'A1', 'B1']);
        // A second index over the same documents reuses each file's share, and must not grow or reorder it.
        const again = buildFactIndex(current());
        assert.deepEqual(again.measurementsByTarget.get(measured!)?.map((measurement) => measurement.name), ['B2', 'A2', 'A1', 'B1']);
        assert.equal(again.measurements.length, 4);
    });
});

// After an edit the language server's index is the last one with the changed documents' slices spliced in
// (model/fact-index-assembly.ts): whatever the edits, it must equal an index put together afresh.
describe('the fact index, spliced after each edit', () => {
    const { services } = createTestServices();
    const shared = services.shared;
    afterEach(async () => {
        await resetEditedWorkspace(services);
    });

    const LIBRARY = (powers: number) => `party NHSEngland "NHS England" national-body
        party Board "Board" board
        ${Array.from({ length: powers }, (_, index) => `power P${index} "Power ${index}" held by NHSEngland since 2013-04-01`).join('\n')}
        agreement Deal "Deal" { signed 2016-01-01 parties Board
            aspiration Healthy "Healthier" { target T0 "Zero" { unit "%" } target T1 "One" { unit "%" } } }`;

    /** A deal's file: `delegations` of powers P0/P1 and `measurements` of targets T0/T1, from the seeded numbers. */
    function deal(deal: number, delegations: number[], measurements: number[]): string {
        return [`party CCG${deal} "CCG ${deal}" ccg`,
            ...delegations.map((power, index) => `delegation D${deal}x${index}: NHSEngland delegates P${power % 2} to CCG${deal} from 2017-04-0${1 + (index % 9)}`),
            ...measurements.map((day, index) => `measurement M${deal}x${index} of Healthy.T${day % 2}: ${index}% on 2018-0${1 + (day % 9)}-1${day % 10}`)
        ].join('\n');
    }

    function described(facts: FactIndex): unknown {
        const names = (nodes: readonly AstNode[]) => nodes.map((node) => (node as { name?: string }).name ?? node.$type);
        const lists = Object.fromEntries(Object.entries(facts).filter(([, value]) => Array.isArray(value)).map(([key, value]) => [key, value]));
        const grouped = (map: ReadonlyMap<AstNode, readonly AstNode[]>) => [...map].map(([key, items]) => [key, items] as const)
            .sort(([a], [b]) => compareText(names([a])[0]!, names([b])[0]!));
        return { lists, delegationsByPower: grouped(facts.delegationsByPower), measurementsByTarget: grouped(facts.measurementsByTarget),
            successions: [...facts.successions], names: names(facts.measurements) };
    }

    it('equals a fresh index after every one of a random run of edits', async function () {
        this.timeout(120_000);
        await fc.assert(fc.asyncProperty(
            fc.array(fc.record({
                file: fc.integer({ min: 0, max: 4 }),
                delegations: fc.array(fc.nat(9), { maxLength: 3 }),
                measurements: fc.array(fc.nat(99), { maxLength: 4 })
            }), { minLength: 1, maxLength: 8 }),
            async (edits) => {
                await resetEditedWorkspace(services);
                const texts = [LIBRARY(2), ...[1, 2, 3, 4].map((number) => deal(number, [number], [number, number + 1]))];
                const { documents } = await buildWorkspace(services, ...texts);
                const assembler = new FactIndexAssembler();
                assembler.assemble(documents);
                for (const edit of edits) {
                    const document = documents[edit.file]!;
                    const text = edit.file === 0 ? LIBRARY(2 + edit.delegations.length) : deal(edit.file, edit.delegations, edit.measurements);
                    shared.workspace.TextDocuments.set(TextDocument.create(document.uri.toString(), 'lhc', 2, text));
                    await shared.workspace.DocumentBuilder.update([document.uri], []);
                    const current = documents.map((each) => shared.workspace.LangiumDocuments.getDocument(each.uri)!);
                    assert.deepEqual(described(assembler.assemble(current)), described(buildFactIndex(current)));
                }
            }), { numRuns: 15 });
    });
});
