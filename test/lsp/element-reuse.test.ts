import { strict as assert } from 'node:assert';
import { TextDocument, URI, type AstNode, type LangiumDocument } from 'langium';
import { afterEach, describe, it } from 'mocha';
import type { Part } from '../../language/conditions/element-reuse.js';
import { isEstateSale } from '../../language/generated/ast.js';
import { buildWorkspace, createTestServices, resetEditedWorkspace } from '../helpers.js';
import { freshDiagnostics, normalise } from './server-harness.js';

// Issue 16: a condition over every deal's facts re-evaluates, after an edit, only the elements the edit can change.
const { services } = createTestServices();
const shared = services.shared;

const LIBRARY = `area England "England" country
area London "London" region within England
area Surrey "Surrey" county within England
area Barnet "Barnet" borough within London
mou DevolutionMoU2017 "London Health and Care Devolution MoU" {
    signed 2017-11-16
    clause Estates "Sell land it is not using and invest the money in London."
    condition ReinvestInLondon "Estate sale proceeds are reinvested within London" per Estates {
        every sale in estate-sales: every r in sale.reinvestments: r.area within London
    }
}`;
/** Where deal 2 reinvests, in a file of its own, and the sub-region it lies in, in another. */
const PLACE = (parent: string) => `area Camden "Camden" borough within ${parent}`;
const REGION = (parent: string) => `area NorthCentral "North Central London" sub-region within ${parent}`;
const DEAL = (n: number, area: string) => `mou Deal${n} "Deal ${n}" builds on DevolutionMoU2017 {
    signed 2018-01-27
    clause Estates "Deal ${n} reinvests its proceeds locally."
    estate-sale Sale${n} "Sale ${n}" {
        sold 2018-08-07 for £6m
        reinvest £4m in ${area}
        per Estates
    }
}`;

function saleName(element: AstNode): string {
    return isEstateSale(element) ? element.name : element.$type;
}

describe('conditions: per-element reuse inside a quantifier (issue 16)', () => {
    afterEach(async () => {
        await shared.workspace.WorkspaceLock.write(async () => undefined);
        await resetEditedWorkspace(services);
    });

    async function workspace() {
        const texts = [LIBRARY, PLACE('NorthCentral'), REGION('London'), DEAL(1, 'Barnet'), DEAL(2, 'Camden'), DEAL(3, 'Barnet')];
        const { documents } = await buildWorkspace(services, ...texts);
        const current = new Map(documents.map((document, index) => [document.uri.toString(), texts[index]!]));
        const diagnosticsOf = (uri: string) => shared.workspace.LangiumDocuments.getDocument(URI.parse(uri))!.diagnostics ?? [];
        const computed: string[] = [];
        const listener = services.lhc.Facts.conditionRuns!.onElementEvaluate((condition, element, part: Part) => {
            if (condition.name === 'ReinvestInLondon') computed.push(`${saleName(element)} ${part}`);
        });
        const edit = async (document: LangiumDocument, text: string): Promise<string[]> => {
            computed.length = 0;
            current.set(document.uri.toString(), text);
            shared.workspace.TextDocuments.set(TextDocument.create(document.uri.toString(), 'lhc', 2, text));
            await shared.workspace.DocumentBuilder.update([document.uri], []);
            return [...new Set(computed)].sort();
        };
        const violations = (document: LangiumDocument) => diagnosticsOf(document.uri.toString())
            .filter((diagnostic) => diagnostic.code === 'ReinvestInLondon').map((diagnostic) => String(diagnostic.message));
        const assertLikeFresh = async () => {
            const fresh = await freshDiagnostics(services, [...current]);
            for (const [uri] of current) {
                assert.deepEqual(normalise(diagnosticsOf(uri)), normalise(fresh.get(uri)), uri);
            }
        };
        const [library, place, region, deal1, deal2, deal3] = documents as unknown as LangiumDocument[];
        return { library: library!, place: place!, region: region!, deal1: deal1!, deal2: deal2!, deal3: deal3!, edit, violations, assertLikeFresh, dispose: () => listener.dispose() };
    }

    it('an edit to one deal\'s sale evaluates that sale again, and reuses the other deals\'', async function () {
        this.timeout(60_000);
        const w = await workspace();
        assert.deepEqual(w.violations(w.deal1), []);
        // The condition held until now, so no sale was ever blamed: each is asked once what it is to blame for.
        const computed = await w.edit(w.deal1, DEAL(1, 'Surrey'));
        assert.deepEqual(computed, ['Sale1 blame', 'Sale1 body', 'Sale2 blame', 'Sale3 blame'], 'only the edited deal\'s sale is evaluated again');
        assert.equal(w.violations(w.deal1).length, 1, 'the sale reinvesting in Surrey breaks the condition');
        assert.match(w.violations(w.deal1)[0]!, /Surrey/);
        await w.assertLikeFresh();
        assert.deepEqual(await w.edit(w.deal1, DEAL(1, 'Surrey').replace('£4m', '£5m')), ['Sale1 blame', 'Sale1 body']);
        assert.match(w.violations(w.deal1)[0]!, /£5m/);
        await w.assertLikeFresh();
        assert.deepEqual(await w.edit(w.deal1, DEAL(1, 'Barnet')), ['Sale1 body']);
        assert.deepEqual(w.violations(w.deal1), []);
        await w.assertLikeFresh();
        w.dispose();
    });

    it('evaluates a sale again when what it reaches through two references changes, two files away', async function () {
        this.timeout(60_000);
        const w = await workspace();
        assert.deepEqual(w.violations(w.deal2), []);
        // Deal 2 reinvests in Camden (another file), within North Central London (a third): its file references
        // only Camden's, which is re-linked, not re-parsed; the sale's part followed Camden's own reference too.
        const computed = await w.edit(w.region, REGION('Surrey'));
        assert.deepEqual(computed, ['Sale1 blame', 'Sale2 blame', 'Sale2 body', 'Sale3 blame'], 'the sale reaching North Central London is evaluated again, the others are reused');
        assert.equal(w.violations(w.deal2).length, 1, 'Camden is now outside London');
        await w.assertLikeFresh();
        // One reference away: the deal's own line names Camden, whose file changes.
        assert.deepEqual(await w.edit(w.place, PLACE('London')), ['Sale2 body']);
        assert.deepEqual(w.violations(w.deal2), []);
        await w.assertLikeFresh();
        w.dispose();
    });

    it('evaluates every element again when the condition itself changes', async function () {
        this.timeout(60_000);
        const w = await workspace();
        const computed = await w.edit(w.library, LIBRARY.replace('r.area within London', 'r.area within England'));
        assert.deepEqual(computed, ['Sale1 body', 'Sale2 body', 'Sale3 body']);
        await w.assertLikeFresh();
        w.dispose();
    });
});
