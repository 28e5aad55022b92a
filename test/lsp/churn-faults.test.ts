// Divergences the churn test found between an edited server and a fresh one, each kept as a named test.
import { strict as assert } from 'node:assert';
import { URI } from 'langium';
import { after, describe, it } from 'mocha';
import * as path from 'node:path';
import { REPO_ROOT } from '../repo-paths.js';
import { folderWith, freshDiagnostics, lhcFiles, normalise, readUri, removeTemporaryFolders, startServer, type TestServer } from './server-harness.js';

const london = path.join(REPO_ROOT, 'examples', 'london');
const uriOf = (file: string) => URI.file(file).toString();

after(removeTemporaryFolders);

/**
 * The server shows, for every file of `folder`, what a fresh server reports for the same texts — given to it in the
 * reverse of the order the server loaded them in, since the order must not matter.
 */
async function assertLikeFresh(server: TestServer, folder: string, texts: Record<string, string> = {}): Promise<void> {
    const current = lhcFiles(folder).reverse().map((uri) => URI.parse(uri).toString()).map((uri) => [uri, texts[uri] ?? readUri(uri)] as const);
    const fresh = await freshDiagnostics(server.services, current);
    for (const [uri] of current) assert.deepEqual(normalise(server.shown.get(uri)), normalise(fresh.get(uri)), uri);
}

describe('language server: what the churn test found', () => {
    it('a library file (London\'s ../england) closed in the editor goes back to its text on disk, it does not leave the workspace', async function () {
        this.timeout(120_000);
        const server = await startServer(london);
        const powers = uriOf(path.join(london, '..', 'england', 'powers.lhc'));
        const pilots = uriOf(path.join(london, '2015-collaboration-agreement', 'pilots.lhc'));
        const unresolved = () => (server.shown.get(pilots) ?? []).filter((diagnostic) => diagnostic.code === 'unresolved-reference');
        assert.deepEqual(unresolved(), []);
        await server.open(powers, `${readUri(powers)}\n// edited, not saved\n`);
        await server.close(powers);
        assert.ok(server.document(powers), 'the library file is still in the workspace');
        assert.deepEqual(unresolved(), [], 'the powers it declares still resolve');
    });

    it('an agreement\'s area follows its signatory\'s `serves` edited in another file', async function () {
        this.timeout(60_000);
        const folder = folderWith({
            'areas.lhc': 'area England "England" country\narea Camden "Camden" borough within England\narea Barnet "Barnet" borough within England\n',
            'parties.lhc': 'party CamdenCouncil "Camden Council" council serves Camden\n',
            'deal.lhc': 'mou Deal "Deal" { signed 2017-11-16 signatories CamdenCouncil }\n' +
                'estate-sale Sale "Sale" under Deal { located in Camden sold 2018-06-30 for £1m reinvest £1m in Camden }\n'
        });
        const server = await startServer(folder);
        const deal = uriOf(path.join(folder, 'deal.lhc'));
        const parties = uriOf(path.join(folder, 'parties.lhc'));
        // The area is inferred, so the agreement carries the note saying which (agreement-area-inferred), and nothing else.
        const shown = () => server.shown.get(deal) ?? [];
        assert.deepEqual(shown().map((diagnostic) => diagnostic.code), ['agreement-area-inferred']);
        assert.match(String(shown()[0]!.message), /Camden/);
        const edited = 'party CamdenCouncil "Camden Council" council serves Barnet\n';
        await server.open(parties, edited);
        assert.match(JSON.stringify(shown()), /reinvests £1m in Camden, outside Barnet/);
        assert.match(String(shown().find((diagnostic) => diagnostic.code === 'agreement-area-inferred')?.message), /Barnet/);
        await assertLikeFresh(server, folder, { [parties]: edited });
    });

    it('which of two overlapping delegations is reported does not depend on the order the files were loaded in', async function () {
        this.timeout(60_000);
        const power = 'area England "England" country\nparty NHSEngland "NHS England" national-body serves England\n' +
            'party Board "Board" ics serves England\nparty Other "Other" ics serves England\n' +
            'power Primary "Primary care" held by NHSEngland since 2013-04-01\n';
        const folder = folderWith({
            'a.lhc': power,
            'b.lhc': 'delegation First: NHSEngland delegates Primary to Board from 2018-04-01\n',
            'c.lhc': 'delegation Second: NHSEngland delegates Primary to Other from 2018-04-01\n'
        });
        const server = await startServer(folder);
        const b = uriOf(path.join(folder, 'b.lhc'));
        const c = uriOf(path.join(folder, 'c.lhc'));
        await server.open(b, `${readUri(b)}// edited\n`);
        await assertLikeFresh(server, folder, { [b]: `${readUri(b)}// edited\n` });
        assert.match(JSON.stringify(server.shown.get(c)), /overlapping-delegation/, 'reported on the later declaration by URI');
    });
});
