import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { NodeFileSystem } from 'langium/node';
import { after, before, describe, it } from 'mocha';
import { libraryPaths } from '../../language/config/libraries.js';
import { loadConfigFile } from '../../language/config/config-loader.js';
import { checkWorkspace } from '../../language/engine/check.js';
import { initCommand } from '../../language/cli/commands/init.js';
import { InputError } from '../../language/engine/errors.js';
import { createLhcServices } from '../../language/lhc-module.js';
import type { LhcWorkspaceManager } from '../../language/lsp/lhc-workspace-manager.js';
import { REPO_ROOT } from '../repo-paths.js';
import { isAgreement, type Document } from '../../language/generated/ast.js';

const EXAMPLES = path.join(REPO_ROOT, 'examples');

/** A national library and a deal that names it in its config, side by side in a temporary folder. */
function makeDeal(): { root: string; deal: string; library: string } {
    const root = mkdtempSync(path.join(tmpdir(), 'lhc-library-'));
    const library = path.join(root, 'national');
    const deal = path.join(root, 'deal');
    mkdirSync(library);
    mkdirSync(deal);
    writeFileSync(path.join(library, 'national.lhc'), 'area England "England" country\nparty NHSEngland "NHS England" national-body serves England\n');
    writeFileSync(path.join(deal, 'lhc.config.json'), JSON.stringify({ libraries: ['../national'] }));
    writeFileSync(path.join(deal, 'deal.lhc'), 'area Bolton "Bolton" borough within England\nmou M "MoU" { signed 2015-02-27 signatories NHSEngland covers Bolton }\n');
    return { root, deal, library };
}

describe('shared libraries (`libraries` in lhc.config.json)', () => {
    let fixture: ReturnType<typeof makeDeal>;
    before(() => { fixture = makeDeal(); });
    after(() => rmSync(fixture.root, { recursive: true, force: true }));

    it('lhc check on a deal alone loads the library its config names, and links to it', async () => {
        const { report } = await checkWorkspace({ paths: [fixture.deal] });
        assert.deepEqual(report.files.map((file) => path.relative(fixture.root, file)).sort(), [path.join('deal', 'deal.lhc'), path.join('national', 'national.lhc')]);
        assert.deepEqual(report.findings.map((finding) => finding.ruleId), []);
    });

    it('a library also named on the command line is loaded once: no duplicate-name', async () => {
        const { report } = await checkWorkspace({ paths: [fixture.library, fixture.deal] });
        assert.equal(report.files.length, 2);
        assert.ok(!report.findings.some((finding) => finding.ruleId === 'duplicate-name'));
    });

    it('a library that does not exist is a one-line input error naming the config', () => {
        const broken = mkdtempSync(path.join(tmpdir(), 'lhc-library-missing-'));
        try {
            writeFileSync(path.join(broken, 'lhc.config.json'), JSON.stringify({ libraries: ['../nowhere'] }));
            const config = loadConfigFile(path.join(broken, 'lhc.config.json'));
            assert.throws(() => libraryPaths([], config), (error: unknown) => error instanceof InputError && /libraries\.0: no such folder or file '\.\.\/nowhere'/.test(error.message));
        } finally {
            rmSync(broken, { recursive: true, force: true });
        }
    });

    it('London and Greater Manchester each check alone, and all three together, with the library loaded once', async () => {
        for (const deal of ['london', 'greater-manchester']) {
            const { report } = await checkWorkspace({ paths: [path.join(EXAMPLES, deal)] });
            const errors = report.findings.filter((finding) => finding.severity === 'error');
            assert.deepEqual(errors.map((finding) => `${finding.ruleId}: ${finding.message}`), [], deal);
            assert.ok(report.files.some((file) => file.includes(`${path.sep}england${path.sep}`)), `${deal} brings in examples/england`);
        }
        const { report } = await checkWorkspace({ paths: ['england', 'london', 'greater-manchester'].map((name) => path.join(EXAMPLES, name)) });
        assert.ok(!report.findings.some((finding) => finding.ruleId === 'duplicate-name' || finding.ruleId === 'unresolved-reference'),
            report.findings.filter((finding) => finding.severity === 'error').map((finding) => finding.message).join('\n'));
        assert.equal(new Set(report.files).size, report.files.length);
    });

    it('lhc init --library starts a deal on the national library, and the new deal checks clean with it', async () => {
        const folder = path.join(fixture.root, 'new-deal');
        const out: string[] = [];
        const io = { cwd: fixture.root, stdout: (text: string) => out.push(text), stderr: (text: string) => out.push(text) };
        await initCommand.run({ library: path.join(EXAMPLES, 'england') }, [folder], io as never);
        const config = JSON.parse(readFileSync(path.join(folder, 'lhc.config.json'), 'utf8')) as { libraries?: string[] };
        assert.deepEqual(config.libraries, [path.relative(folder, path.join(EXAMPLES, 'england')).split(path.sep).join('/')]);
        assert.match(out.join(''), /builds on the shared library/);
        const { report } = await checkWorkspace({ paths: [folder] });
        assert.ok(report.files.some((file) => file.endsWith(path.join('england', 'parties.lhc'))));
        assert.deepEqual(report.findings.filter((finding) => finding.severity === 'error').map((finding) => finding.message), []);
    });

    it('the language server loads the library when only the deal\'s folder is open, and not in an untrusted workspace', async () => {
        for (const trusted of [true, false]) {
            const services = createLhcServices(NodeFileSystem);
            const manager = services.shared.workspace.WorkspaceManager as LhcWorkspaceManager;
            const folder = { uri: pathToFileURL(fixture.deal).toString(), name: 'deal' };
            manager.initialize({ workspaceFolders: [folder], capabilities: {}, processId: null, rootUri: null, initializationOptions: { workspaceTrusted: trusted } });
            await manager.initializeWorkspace([folder]);
            const documents = services.shared.workspace.LangiumDocuments.all.toArray();
            const libraryLoaded = documents.some((document) => document.uri.fsPath.endsWith(path.join('national', 'national.lhc')));
            assert.equal(libraryLoaded, trusted);
            const deal = documents.find((document) => document.uri.fsPath.endsWith('deal.lhc'))!;
            const mou = (deal.parseResult.value as Document).declarations.find(isAgreement)!;
            assert.equal(mou.signatories[0]?.ref?.name, trusted ? 'NHSEngland' : undefined, 'the deal links to the library\'s NHSEngland');
        }
    });
});
