import { DefaultDocumentUpdateHandler } from 'langium/lsp';
import type { DidChangeWatchedFilesParams } from 'vscode-languageserver';
import type { LhcWorkspaceManager } from './lhc-workspace-manager.js';

/**
 * `lhc.config.json` changes what every check sees (severities, the as-of date, ignored files), but it is not a
 * document of the language: when the client reports it changed, reload it and re-check everything.
 */
export class LhcDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    override didChangeWatchedFiles(params: DidChangeWatchedFilesParams): void {
        const configChanged = params.changes.some((change) => change.uri.endsWith('/lhc.config.json'));
        const languageChanges = params.changes.filter((change) => !change.uri.endsWith('/lhc.config.json'));
        if (languageChanges.length > 0) super.didChangeWatchedFiles({ changes: languageChanges });
        if (configChanged) (this.workspaceManager as LhcWorkspaceManager).reloadConfig();
    }
}
