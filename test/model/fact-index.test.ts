import { strict as assert } from 'node:assert';
import { TextDocument, type LangiumDocument } from 'langium';
import { afterEach, describe, it } from 'mocha';
import type { Document } from '../../language/generated/ast.js';
import { buildFactIndex } from '../../language/model/facts.js';
import { buildWorkspace, createTestServices, resetWorkspace } from '../helpers.js';

// Each document's share of the fact index is kept between builds (model/facts.ts): its lists per parse, its
// by-power and by-target maps per link. These pin that a kept share follows every change a fresh build would see.
describe('the fact index, put together from each document\'s share', () => {
    const { services } = createTestServices();
    const shared = services.shared;
    afterEach(async () => {
        for (const document of shared.workspace.LangiumDocuments.all) shared.workspace.TextDocuments.delete(document.uri);
        await resetWorkspace(services);
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
