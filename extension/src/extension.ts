// The VS Code client: starts the language server, and adds what only the editor can show — the status-bar
// error count, the compliance-summary webview and the export command. Everything about the language itself
// lives in the server (language/); this file only wires things together.
import * as vscode from 'vscode';
import { startLanguageClient } from './language-client.js';
import { ErrorCountStatus } from './status-bar.js';
import type { StatusParams } from '../../language/lsp/lhc-status-protocol.js';
import { SummaryPanel, registerSummarySerializer } from './summary-panel.js';
import { exportSummary } from './export-summary.js';
import { LhcTestController } from './test-controller.js';
import type { LanguageClient } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;
let starting: Promise<LanguageClient> | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    const status = new ErrorCountStatus();
    const onStatus = (params: StatusParams) => status.setServerState(params.state, params.files);
    // Registered before the server starts: after a window reload VS Code revives the summary view as soon as the
    // extension is active, and the view waits for the server itself.
    context.subscriptions.push(registerSummarySerializer(() => starting ?? Promise.reject(new Error('The LHC language server is not running.'))));
    starting = startLanguageClient(context, onStatus);
    client = await starting;
    const getClient = (): LanguageClient => {
        if (!client) throw new Error('The LHC language server is not running.');
        return client;
    };

    const tests = new LhcTestController(getClient);
    context.subscriptions.push(
        status,
        tests,
        // A scenario test's code lens: run it (the Test Explorer shows the result too).
        vscode.commands.registerCommand('lhc.runTest', (uri: string, name: string) => tests.runOne(uri, name)),
        vscode.commands.registerCommand('lhc.showSummary', () => SummaryPanel.show(context, getClient())),
        vscode.commands.registerCommand('lhc.exportSummary', () => exportSummary(getClient())),
        vscode.commands.registerCommand('lhc.restartServer', async () => {
            await client?.stop();
            status.setServerState('checking');
            starting = startLanguageClient(context, onStatus);
            client = await starting;
            SummaryPanel.current?.useClient(client);
            await tests.refresh();
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
