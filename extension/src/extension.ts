// The VS Code client: starts the language server, and adds what only the editor can show — the status-bar
// error count, the compliance-summary webview and the export command. Everything about the language itself
// lives in the server (language/); this file only wires things together.
import * as vscode from 'vscode';
import { startLanguageClient } from './language-client.js';
import { ErrorCountStatus } from './status-bar.js';
import { SummaryPanel, registerSummarySerializer } from './summary-panel.js';
import { exportSummary } from './export-summary.js';
import type { LanguageClient } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;
let starting: Promise<LanguageClient> | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    // Registered before the server starts: after a window reload VS Code revives the summary view as soon as the
    // extension is active, and the view waits for the server itself.
    context.subscriptions.push(registerSummarySerializer(() => starting ?? Promise.reject(new Error('The LHC language server is not running.'))));
    starting = startLanguageClient(context);
    client = await starting;
    const getClient = (): LanguageClient => {
        if (!client) throw new Error('The LHC language server is not running.');
        return client;
    };

    context.subscriptions.push(
        new ErrorCountStatus(),
        vscode.commands.registerCommand('lhc.showSummary', () => SummaryPanel.show(context, getClient())),
        vscode.commands.registerCommand('lhc.exportSummary', () => exportSummary(getClient())),
        vscode.commands.registerCommand('lhc.restartServer', async () => {
            await client?.stop();
            starting = startLanguageClient(context);
            client = await starting;
            SummaryPanel.current?.useClient(client);
        }),
        // Trust changes what the server may read (lhc.configPath outside the workspace): restart it with the new grant.
        vscode.workspace.onDidGrantWorkspaceTrust(() => vscode.commands.executeCommand('lhc.restartServer'))
    );
}

export async function deactivate(): Promise<void> {
    await client?.stop();
    client = undefined;
    starting = undefined;
}
