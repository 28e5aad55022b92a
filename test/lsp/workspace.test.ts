import { strict as assert } from 'node:assert';
import { DocumentState, TextDocument, type LangiumDocument } from 'langium';
import { afterEach, describe, it } from 'mocha';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { applyEditorSettings, type LhcWorkspaceManager } from '../../language/lsp/lhc-workspace-manager.js';
import { buildWorkspace, createTestServices, resetWorkspace, ruleIds } from '../helpers.js';

const { services } = createTestServices();
const shared = services.shared;

/** Replaces a document's text the way an editor does, and lets the builder react. */
async function edit(document: LangiumDocument, text: string): Promise<void> {
    shared.workspace.TextDocuments.set(TextDocument.create(document.uri.toString(), 'lhc', 2, text));
    await shared.workspace.DocumentBuilder.update([document.uri], []);
}

function current(document: LangiumDocument): LangiumDocument {
    return shared.workspace.LangiumDocuments.getDocument(document.uri)!;
}

describe('workspace: settings and re-validation', () => {
    afterEach(async () => {
        shared.workspace.ConfigurationProvider.updateConfiguration({ settings: { lhc: {} } });
        await shared.workspace.WorkspaceLock.write(async () => undefined);
        for (const document of shared.workspace.LangiumDocuments.all) shared.workspace.TextDocuments.delete(document.uri);
        await resetWorkspace(services);
        services.lhc.Settings.asOf = '2019-06-01';
    });

    it('re-validates every document when any document changes, even with no reference between them', async () => {
        const { documents: [first, second] } = await buildWorkspace(services, 'party Mayor "Mayor of London" mayor', 'party Council "A council" council');
        assert.deepEqual(ruleIds(second!.diagnostics ?? []), []);
        // Declaring `Council` in the first file makes the second file's declaration a duplicate.
        await edit(first!, 'party Mayor "Mayor of London" mayor\nparty Council "Another council" council');
        assert.equal(current(second!).state, DocumentState.Validated);
        assert.deepEqual(ruleIds(current(second!).diagnostics ?? []), ['duplicate-name']);
        await edit(first!, 'party Mayor "Mayor of London" mayor');
        assert.deepEqual(ruleIds(current(second!).diagnostics ?? []), []);
    });

    it("applies the editor's lhc.asOf setting and re-validates when it changes", async () => {
        // The language server creates the workspace manager at start-up; it then listens for setting changes.
        assert.ok(shared.workspace.WorkspaceManager);
        const { documents: [document] } = await buildWorkspace(services, 'party Mayor "Mayor of London" mayor');
        const revalidated = new Promise<string[]>((resolve) => {
            const listener = shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, (built) => {
                listener.dispose();
                resolve(built.map((each) => each.uri.toString()));
            });
        });
        shared.workspace.ConfigurationProvider.updateConfiguration({ settings: { lhc: { asOf: '2018-06-01' } } });
        assert.equal(services.lhc.Settings.asOf, '2018-06-01');
        assert.deepEqual(await revalidated, [document!.uri.toString()], 'the unchanged document was validated again');
        assert.equal(current(document!).state, DocumentState.Validated);
    });

    it('reloads lhc.config.json when the client reports it changed, and never reads one outside an untrusted workspace', async () => {
        const root = mkdtempSync(path.join(tmpdir(), 'lhc-ws-'));
        const folder = path.join(root, 'workspace');
        mkdirSync(folder);
        const manager = shared.workspace.WorkspaceManager as LhcWorkspaceManager;
        const initialize = (trusted: boolean) => manager.initialize({
            workspaceFolders: [{ uri: pathToFileURL(folder).toString(), name: 'ws' }], capabilities: {}, processId: null, rootUri: null,
            initializationOptions: { workspaceTrusted: trusted }
        });
        try {
            writeFileSync(path.join(root, 'lhc.config.json'), JSON.stringify({ rules: { 'duplicate-name': 'off' } }));
            initialize(false);
            await manager.initializeWorkspace([]);
            assert.equal(services.lhc.Settings.severities.size, 0, 'the config above an untrusted workspace is not read');
            initialize(true);
            await manager.initializeWorkspace([]);
            assert.equal(services.lhc.Settings.severities.get('duplicate-name'), 'off');
            const config = path.join(folder, 'lhc.config.json');
            writeFileSync(config, JSON.stringify({ rules: { 'duplicate-name': 'warning' } }));
            shared.lsp.DocumentUpdateHandler.didChangeWatchedFiles!({ changes: [{ uri: pathToFileURL(config).toString(), type: 1 }] });
            assert.equal(services.lhc.Settings.severities.get('duplicate-name'), 'warning', 'the nearer, new config applies at once');
        } finally {
            rmSync(root, { recursive: true, force: true });
            services.lhc.Settings.severities.clear();
            await shared.workspace.WorkspaceLock.write(async () => undefined);
        }
    });

    it('reads lhc.config.json above the workspace folder, or the one lhc.configPath names', async () => {
        const folder = mkdtempSync(path.join(tmpdir(), 'lhc-ws-'));
        try {
            writeFileSync(path.join(folder, 'lhc.config.json'), JSON.stringify({ asOf: '2017-01-01', staleAfterDays: 90, rules: { 'duplicate-name': 'warning' } }));
            mkdirSync(path.join(folder, 'other'));
            writeFileSync(path.join(folder, 'other', 'strict.json'), JSON.stringify({ rules: { 'duplicate-name': 'off' } }));
            const manager = shared.workspace.WorkspaceManager as LhcWorkspaceManager;
            manager.initialize({ workspaceFolders: [{ uri: pathToFileURL(folder).toString(), name: 'ws' }], capabilities: {}, processId: null, rootUri: null });
            await manager.initializeWorkspace([]);
            assert.equal(services.lhc.Settings.asOf, '2017-01-01');
            assert.equal(services.lhc.Settings.severities.get('duplicate-name'), 'warning');
            assert.equal(services.lhc.Settings.staleAfterDays, 90);
            shared.workspace.ConfigurationProvider.updateConfiguration({ settings: { lhc: { asOf: '2018-06-01', configPath: 'other/strict.json' } } });
            assert.equal(services.lhc.Settings.asOf, '2018-06-01');
            assert.equal(services.lhc.Settings.severities.get('duplicate-name'), 'off');
            shared.workspace.ConfigurationProvider.updateConfiguration({ settings: { lhc: { configPath: 'missing.json' } } });
            assert.match(manager.configProblem ?? '', /Cannot read .*missing\.json/);
            assert.equal(services.lhc.Settings.severities.size, 0, 'a broken config leaves the defaults');
        } finally {
            rmSync(folder, { recursive: true, force: true });
            services.lhc.Settings.severities.clear();
            await shared.workspace.WorkspaceLock.write(async () => undefined);
        }
    });

    it('ignores an lhc.asOf that is not a date, and an empty one means each file\'s own date', () => {
        const settings = { asOf: '2019-06-01' as string | undefined, severities: new Map(), staleAfterDays: 400 };
        applyEditorSettings(settings as never, { asOf: '2019-02-30' });
        assert.equal(settings.asOf, undefined);
        applyEditorSettings(settings as never, { asOf: ' 2020-01-31 ' });
        assert.equal(settings.asOf, '2020-01-31');
        applyEditorSettings(settings as never, { asOf: '' });
        assert.equal(settings.asOf, undefined);
    });
});
