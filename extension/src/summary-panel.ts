// The "LHC: Show Compliance Summary" webview: the same HTML the CLI renders, refreshed whenever a `.lhc` file is saved.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { requestSummary } from './summary-client.js';
import { createNonce, messagePage, toWebviewPage } from './webview-html.js';

export class SummaryPanel implements vscode.Disposable {
    static readonly viewType = 'lhc.summary';
    static current: SummaryPanel | undefined;

    private readonly subscriptions: vscode.Disposable[] = [];
    /** Counts refreshes so a slow, older answer never overwrites a newer one. */
    private generation = 0;

    static show(_context: vscode.ExtensionContext, client: LanguageClient): SummaryPanel {
        if (SummaryPanel.current) {
            SummaryPanel.current.panel.reveal(undefined, true);
            SummaryPanel.current.useClient(client);
            return SummaryPanel.current;
        }
        const panel = vscode.window.createWebviewPanel(SummaryPanel.viewType, 'LHC Compliance Summary',
            { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
            // No local resources at all: the summary is self-contained.
            { enableScripts: true, localResourceRoots: [], enableFindWidget: true });
        SummaryPanel.current = new SummaryPanel(panel, client);
        return SummaryPanel.current;
    }

    private constructor(private readonly panel: vscode.WebviewPanel, private client: LanguageClient) {
        this.subscriptions.push(
            panel.onDidDispose(() => this.dispose()),
            vscode.workspace.onDidSaveTextDocument((document) => {
                if (isLhc(document.uri)) void this.refresh();
            }),
            vscode.workspace.onDidChangeConfiguration((event) => {
                if (event.affectsConfiguration('lhc.asOf')) void this.refresh();
            }),
            panel.webview.onDidReceiveMessage((message: { command?: string }) => {
                if (message.command === 'refresh') void this.refresh();
                if (message.command === 'export') void vscode.commands.executeCommand('lhc.exportSummary');
            })
        );
        this.panel.webview.html = messagePage('Building the compliance summary…', this.pageOptions());
        void this.refresh();
    }

    useClient(client: LanguageClient): void {
        this.client = client;
        void this.refresh();
    }

    async refresh(): Promise<void> {
        const generation = ++this.generation;
        let html: string;
        try {
            const summary = await requestSummary(this.client, 'html');
            html = toWebviewPage(summary.content, this.pageOptions());
        } catch (error) {
            html = messagePage(`Could not build the compliance summary: ${error instanceof Error ? error.message : String(error)}`, this.pageOptions());
        }
        if (generation === this.generation && SummaryPanel.current === this) this.panel.webview.html = html;
    }

    private pageOptions(): { cspSource: string; nonce: string } {
        // A fresh nonce per page: a nonce is only worth anything if it cannot be guessed from an earlier one.
        return { cspSource: this.panel.webview.cspSource, nonce: createNonce() };
    }

    dispose(): void {
        if (SummaryPanel.current === this) SummaryPanel.current = undefined;
        for (const subscription of this.subscriptions) subscription.dispose();
        this.panel.dispose();
    }
}

function isLhc(uri: vscode.Uri): boolean {
    return uri.path.endsWith('.lhc');
}
