import { URI } from 'langium';
import { DefaultDocumentUpdateHandler } from 'langium/lsp';
import type { DidChangeWatchedFilesParams } from 'vscode-languageserver';
import type { LhcWorkspaceManager } from './lhc-workspace-manager.js';

const isConfig = (uri: string) => uri.endsWith('/lhc.config.json');
const isDataset = (uri: string) => uri.toLowerCase().endsWith('.csv');

/**
 * `lhc.config.json` changes what every check sees (severities, the as-of date, ignored files), and a dataset's CSV
 * file changes the evidence targets are judged on, but neither is a document of the language: when the client
 * reports one changed, reload it and re-check everything.
 */
export class LhcDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    override didChangeWatchedFiles(params: DidChangeWatchedFilesParams): void {
        const configChanged = params.changes.some((change) => isConfig(change.uri));
        const datasets = params.changes.filter((change) => isDataset(change.uri)).map((change) => URI.parse(change.uri).fsPath);
        const languageChanges = params.changes.filter((change) => !isConfig(change.uri) && !isDataset(change.uri));
        if (languageChanges.length > 0) super.didChangeWatchedFiles({ changes: languageChanges });
        const manager = this.workspaceManager as LhcWorkspaceManager;
        if (configChanged) manager.reloadConfig();
        else if (datasets.length > 0) manager.datasetChanged(datasets);
    }
}
