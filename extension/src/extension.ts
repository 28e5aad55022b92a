// The VS Code client: starts the language server, and adds what only the editor can show — the status-bar
// error count, the compliance-summary webview and the export command. Everything about the language itself
// lives in the server (language/); this file only wires things together.
import * as vscode from 'vscode';
import { startLanguageClient } from './language-client.js';
import { ErrorCountStatus } from './status-bar.js';
import type { StatusParams } from '../../language/lsp/lhc-status-protocol.js';
import { SummaryPanel } from './summary-panel.js';
import { exportSummary } from './export-summary.js';
import type { LanguageClient } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    const status = new ErrorCountStatus();
    const onStatus = (params: StatusParams) => status.setServerState(params.state);
    client = await startLanguageClient(context, onStatus);
    const getClient = (): LanguageClient => {
        if (!client) throw new Error('The LHC language server is not running.');
        return client;
    };

    context.subscriptions.push(
        status,
        vscode.commands.registerCommand('lhc.showSummary', () => SummaryPanel.show(context, getClient())),
        vscode.commands.registerCommand('lhc.exportSummary', () => exportSummary(getClient())),
        vscode.commands.registerCommand('lhc.restartServer', async () => {
            await client?.stop();
            status.setServerState('checking');
            client = await startLanguageClient(context, onStatus);
            SummaryPanel.current?.useClient(client);
        }),
        // Trust changes what the server may read (lhc.configPath outside the workspace): restart it with the new grant.
        vscode.workspace.onDidGrantWorkspaceTrust(() => vscode.commands.executeCommand('lhc.restartServer'))
    );
}

export async function deactivate(): Promise<void> {
    await client?.stop();
    client = undefined;
}
