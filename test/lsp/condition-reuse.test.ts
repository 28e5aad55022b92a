import { strict as assert } from 'node:assert';
import { AstUtils, URI } from 'langium';
import { describe, it } from 'mocha';
import * as path from 'node:path';
import type { Condition } from '../../language/generated/ast.js';
import { REPO_ROOT } from '../repo-paths.js';
import { freshDiagnostics, lhcFiles, normalise, readUri, startServer, type TestServer } from './server-harness.js';

const examples = path.join(REPO_ROOT, 'examples');
const london = path.join(examples, 'london');
const greaterManchester = path.join(examples, 'greater-manchester');
const uriOf = (...parts: string[]) => URI.file(path.join(...parts)).toString();

/** Which deal a condition is written in. */
function dealOf(condition: Condition): string {
    const uri = AstUtils.getDocument(condition).uri.toString();
    return uri.includes('/greater-manchester/') ? 'greater-manchester' : uri.includes('/london/') ? 'london' : 'other';
}

/** The conditions evaluated (not reused) while `action` runs, by deal. */
async function evaluatedDuring(server: TestServer, action: () => Promise<void>): Promise<Map<string, string[]>> {
    const evaluated = new Map<string, string[]>();
    const listener = server.services.lhc.Facts.conditionRuns!.onEvaluate((condition) => {
        const deal = dealOf(condition);
        evaluated.set(deal, [...(evaluated.get(deal) ?? []), condition.name]);
    });
    try {
        await action();
    } finally {
        listener.dispose();
    }
    return evaluated;
}

async function assertLikeFresh(server: TestServer, edited: Record<string, string>): Promise<void> {
    const uris = [london, greaterManchester, path.join(examples, 'england')].flatMap(lhcFiles).map((uri) => URI.parse(uri).toString());
    const texts = uris.map((uri) => [uri, edited[uri] ?? readUri(uri)] as const);
    const fresh = await freshDiagnostics(server.services, texts);
    for (const [uri] of texts) assert.deepEqual(normalise(server.shown.get(uri)), normalise(fresh.get(uri)), uri);
}

// Issue 16: condition evaluation is incremental per agreement.
describe('conditions: an edit re-evaluates only the conditions of the agreement it touches (issue 16)', () => {
    it('an edit to a London fact re-evaluates London\'s conditions only, one to a Greater Manchester fact only Greater Manchester\'s', async function () {
        this.timeout(180_000);
        const server = await startServer([london, greaterManchester]);
        const londonSales = uriOf(london, '2017-devolution-mou', 'estates.lhc');
        const gmSales = uriOf(greaterManchester, '2015-devolution-mou', 'estates.lhc');
        const londonText = readUri(londonSales).replace('reinvest £', 'reinvest £1');
        assert.notEqual(londonText, readUri(londonSales));
        const onLondon = await evaluatedDuring(server, () => server.open(londonSales, londonText));
        assert.ok((onLondon.get('london') ?? []).includes('ProceedsReinvestedInLondon'), JSON.stringify([...onLondon]));
        assert.deepEqual(onLondon.get('greater-manchester'), undefined, 'no Greater Manchester condition was evaluated again');
        await assertLikeFresh(server, { [londonSales]: londonText });

        const gmText = readUri(gmSales).replace('reinvest £', 'reinvest £1');
        assert.notEqual(gmText, readUri(gmSales));
        const onGM = await evaluatedDuring(server, () => server.open(gmSales, gmText));
        assert.ok((onGM.get('greater-manchester') ?? []).includes('ProceedsReinvestedInGreaterManchester'), JSON.stringify([...onGM]));
        assert.deepEqual(onGM.get('london'), undefined, 'no London condition was evaluated again');
        await assertLikeFresh(server, { [londonSales]: londonText, [gmSales]: gmText });
    });

    it('a change every agreement reads (the as-of date) re-evaluates every condition', async function () {
        this.timeout(180_000);
        const server = await startServer([london, greaterManchester]);
        const evaluated = await evaluatedDuring(server, async () => {
            server.services.shared.workspace.ConfigurationProvider.updateConfiguration({ settings: { lhc: { asOf: '2018-01-01' } } });
            await server.settled();
        });
        assert.ok((evaluated.get('london') ?? []).length >= 5, JSON.stringify([...evaluated]));
        assert.ok((evaluated.get('greater-manchester') ?? []).length >= 2, JSON.stringify([...evaluated]));
    });
});
