// Builds the .vsix the way a release does (`npm run package`) and checks what a user would install.
import { strict as assert } from 'node:assert';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readZipEntry, zipEntryNames } from './zip-entries.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));

describe('the packaged extension (.vsix)', function () {
    this.timeout(120_000);
    let folder: string;
    let vsix: string;
    let files: string[];
    let manifest: { main: string; contributes: { grammars: { path: string }[]; snippets?: { path: string }[]; languages: { configuration: string }[] }; icon: string };

    before(() => {
        folder = mkdtempSync(join(tmpdir(), 'lhc-vsix-test-'));
        vsix = join(folder, 'lhc.vsix');
        execFileSync(process.execPath, [join(root, 'scripts/package.mjs'), '--out', vsix], { cwd: root, stdio: 'pipe' });
        files = zipEntryNames(vsix).filter((name) => name.startsWith('extension/')).map((name) => name.slice('extension/'.length));
        manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    });

    after(() => rmSync(folder, { recursive: true, force: true }));

    it('holds the client and server bundles the manifest points at', () => {
        assert.equal(manifest.main, './dist/extension.cjs');
        assert.ok(files.includes('dist/extension.cjs'), files.join(', '));
        assert.ok(files.includes('dist/server.cjs'), files.join(', '));
    });

    it('holds every syntax file the manifest contributes, and the icon', () => {
        const contributed = [
            ...manifest.contributes.grammars.map((grammar) => grammar.path),
            ...(manifest.contributes.snippets ?? []).map((snippet) => snippet.path),
            ...manifest.contributes.languages.map((language) => language.configuration),
            manifest.icon
        ].map((path) => path.replace(/^\.\//, ''));
        for (const path of ['syntaxes/lhc.tmLanguage.json', 'images/icon.png']) assert.ok(contributed.includes(path), `${path} is contributed`);
        for (const path of contributed) assert.ok(files.includes(path), `${path} is in the .vsix (${files.join(', ')})`);
    });

    it('contributes no snippet file: the language server offers each skeleton once, with the workspace\'s names', () => {
        // A contributed snippet file would list every skeleton a second time beside the server's (`pil` offered three entries).
        assert.equal(manifest.contributes.snippets, undefined);
    });

    it('holds the README, changelog and licence', () => {
        for (const name of ['readme.md', 'changelog.md', 'LICENSE.txt']) {
            assert.ok(files.some((file) => file.toLowerCase() === name.toLowerCase()), `${name} in ${files.join(', ')}`);
        }
    });

    it('holds no sources, tests, dependencies or development files', () => {
        const unwanted = files.filter((file) => /\.(ts|mts|cts|map|langium)$/.test(file) || /(^|\/)(node_modules|test|out|language|extension|scripts|bench|examples)\//.test(file)
            || /^(tsconfig|langium-config)\.json$|^\.|\/\./.test(file));
        assert.deepEqual(unwanted, []);
        assert.ok(files.length <= 16, `only a handful of files: ${files.join(', ')}`);
    });

    it('stays small because everything is bundled and minified', () => {
        assert.ok(statSync(vsix).size < 2_000_000, `${statSync(vsix).size} bytes`);
    });

    it('runs the packaged language server on its own: it answers `initialize` with no node_modules beside it', async () => {
        // Catches a bundle that still imports something from node_modules, or that lost the Object.groupBy
        // polyfill Langium needs on Node 20 (the server then dies while building its parser).
        const server = join(folder, 'server.cjs');
        writeFileSync(server, readZipEntry(vsix, 'extension/dist/server.cjs'));
        const child = spawn(process.execPath, [server, '--stdio'], { cwd: folder, stdio: ['pipe', 'pipe', 'pipe'] });
        try {
            const reply = await new Promise<string>((resolve, reject) => {
                let output = '';
                child.stdout.on('data', (chunk: Buffer) => {
                    output += chunk.toString('utf8');
                    if (output.includes('"capabilities"')) resolve(output);
                });
                child.on('exit', (code) => reject(new Error(`the server exited (${code}) before answering: ${output}`)));
                const message = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {}, workspaceFolders: null } });
                child.stdin.write(`Content-Length: ${Buffer.byteLength(message)}\r\n\r\n${message}`);
            });
            assert.match(reply, /"documentSymbolProvider"|"completionProvider"/);
        } finally {
            child.kill();
        }
    });
});
