import { URI, type TextDocument } from 'langium';
import { DefaultDocumentUpdateHandler, type LangiumSharedServices } from 'langium/lsp';
import type { DidChangeWatchedFilesParams, TextDocumentChangeEvent } from 'vscode-languageserver';
import type { LhcWorkspaceManager } from './lhc-workspace-manager.js';

const isConfig = (uri: string) => uri.endsWith('/lhc.config.json');
const isDataset = (uri: string) => uri.toLowerCase().endsWith('.csv');

/**
 * - `lhc.config.json` changes what every check sees (severities, the as-of date, ignored files), and a dataset's CSV
 *   file changes the evidence targets are judged on, but neither is a document of the language: when the client
 *   reports one changed, reload it and re-check everything.
 * - Closing a file: a workspace file goes back to its text on disk (unsaved edits are gone); a file from outside
 *   the workspace (or ignored by it, or never saved) leaves it — its diagnostics are cleared, and its declarations
 *   no longer count (a name it declared is no longer "declared 2 times" elsewhere).
 */
export class LhcDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    private readonly textDocuments: LangiumSharedServices['workspace']['TextDocuments'];

    constructor(services: LangiumSharedServices) {
        super(services);
        this.textDocuments = services.workspace.TextDocuments;
    }

    override didChangeWatchedFiles(params: DidChangeWatchedFilesParams): void {
        const configChanged = params.changes.some((change) => isConfig(change.uri));
        const datasets = params.changes.filter((change) => isDataset(change.uri)).map((change) => URI.parse(change.uri).fsPath);
        const languageChanges = params.changes.filter((change) => !isConfig(change.uri) && !isDataset(change.uri));
        if (languageChanges.length > 0) super.didChangeWatchedFiles({ changes: languageChanges });
        const manager = this.workspaceManager as LhcWorkspaceManager;
        if (configChanged) manager.reloadConfig();
        else if (datasets.length > 0) manager.datasetChanged(datasets);
    }

    async didCloseDocument(event: TextDocumentChangeEvent<TextDocument>): Promise<void> {
        const uri = URI.parse(event.document.uri);
        const inWorkspace = await (this.workspaceManager as LhcWorkspaceManager).isWorkspaceFile(uri);
        await this.workspaceManager.ready;
        if (this.textDocuments.get(uri.toString())) return; // opened again meanwhile: that open rebuilds it
        await this.workspaceLock.write((token) => inWorkspace
            ? this.documentBuilder.update([uri], [], token)
            : this.documentBuilder.update([], [uri], token));
    }
}
