import { strict as assert } from 'node:assert';
import { DocumentState, URI } from 'langium';
import { after, describe, it } from 'mocha';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { LhcWorkspaceManager } from '../../language/lsp/lhc-workspace-manager.js';
import { startServer } from './server-harness.js';

const temporary: string[] = [];
/** A deal folder whose config names `libraries`, beside a library folder with the given files. */
function dealWithLibrary(libraries: string[], libraryFiles: Record<string, string | Uint8Array>): string {
    const root = mkdtempSync(path.join(tmpdir(), 'lhc-server-library-'));
    temporary.push(root);
    mkdirSync(path.join(root, 'deal'));
    mkdirSync(path.join(root, 'national'));
    writeFileSync(path.join(root, 'deal', 'lhc.config.json'), JSON.stringify({ libraries }));
    writeFileSync(path.join(root, 'deal', 'deal.lhc'), 'area Kent "Kent" county within England\n');
    for (const [name, content] of Object.entries(libraryFiles)) writeFileSync(path.join(root, 'national', name), content);
    return path.join(root, 'deal');
}
after(() => {
    for (const folder of temporary) rmSync(folder, { recursive: true, force: true });
});

/** The server's first build, or a failure naming the wait: a server that never gets ready leaves the status bar at "checking…". */
async function firstBuild(folder: string) {
    const server = await startServer(folder, { wait: false });
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error('the server never reached its first build')), 30_000); });
    try {
        await Promise.race([server.initialized, timeout]);
    } finally {
        clearTimeout(timer);
    }
    return server;
}

describe('language server: a config whose library cannot be used still gets ready', () => {
    it('a library folder that does not exist: the workspace is built and the problem is reported', async function () {
        this.timeout(60_000);
        const deal = dealWithLibrary(['../nowhere'], {});
        const server = await firstBuild(deal);
        const manager = server.services.shared.workspace.WorkspaceManager as LhcWorkspaceManager;
        assert.match(manager.configProblem ?? '', /libraries\.0: no such folder or file '\.\.\/nowhere'/);
        assert.equal(server.document(URI.file(path.join(deal, 'deal.lhc')).toString())?.state, DocumentState.Validated);
    });

    it('a library file that is not UTF-8 text is left out and reported; the rest of the library still links', async function () {
        this.timeout(60_000);
        const deal = dealWithLibrary(['../national'], {
            'england.lhc': 'area England "England" country\n',
            'binary.lhc': new Uint8Array([0xff, 0xfe, 0x00, 0x41])
        });
        const server = await firstBuild(deal);
        const manager = server.services.shared.workspace.WorkspaceManager as LhcWorkspaceManager;
        assert.match(manager.configProblem ?? '', /binary\.lhc is not valid UTF-8 text/);
        const dealUri = URI.file(path.join(deal, 'deal.lhc')).toString();
        assert.equal(server.document(dealUri)?.state, DocumentState.Validated);
        // `within England` links to the library's area: the good library file was loaded.
        assert.deepEqual((server.shown.get(dealUri) ?? []).filter((diagnostic) => diagnostic.code === 'unresolved-reference'), []);
    });
});
