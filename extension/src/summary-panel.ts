// The "LHC: Show Compliance Summary" webview: the same HTML the CLI renders, refreshed whenever a `.lhc` file is
// saved. Every fact, clause and finding in it links to its source (the page posts `open`, this opens the file at
// the line), and the panel comes back after a window reload (a serializer revives it).
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { isInside } from '../../language/engine/paths.js';
import { requestSummary } from './summary-client.js';
import { createNonce, messagePage, toWebviewPage } from './webview-html.js';

/** A message from the page: a toolbar button, or a click on a link to the source. */
type PageMessage = { command?: string; file?: unknown; line?: unknown; column?: unknown };

const WEBVIEW_OPTIONS: vscode.WebviewOptions & vscode.WebviewPanelOptions = {
    // No local resources at all: the summary is self-contained.
    enableScripts: true, localResourceRoots: [], enableFindWidget: true
};

export class SummaryPanel implements vscode.Disposable {
    static readonly viewType = 'lhc.summary';
    static current: SummaryPanel | undefined;

    private readonly subscriptions: vscode.Disposable[] = [];
    /** Counts refreshes so a slow, older answer never overwrites a newer one. */
    private generation = 0;
    /** The folder the summary's paths are relative to, from the last answer. */
    private root: string | undefined;

    static show(_context: vscode.ExtensionContext, client: LanguageClient | Promise<LanguageClient>): SummaryPanel {
        if (SummaryPanel.current) {
            SummaryPanel.current.panel.reveal(undefined, true);
            SummaryPanel.current.useClient(client);
            return SummaryPanel.current;
        }
        const panel = vscode.window.createWebviewPanel(SummaryPanel.viewType, 'LHC Compliance Summary',
            { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, WEBVIEW_OPTIONS);
        SummaryPanel.current = new SummaryPanel(panel, client);
        return SummaryPanel.current;
    }

    /** Brings back a panel VS Code restored after a reload (see `registerSummarySerializer`). */
    static revive(panel: vscode.WebviewPanel, client: LanguageClient | Promise<LanguageClient>): SummaryPanel {
        panel.webview.options = WEBVIEW_OPTIONS;
        SummaryPanel.current?.dispose();
        SummaryPanel.current = new SummaryPanel(panel, client);
        return SummaryPanel.current;
    }

    private constructor(private readonly panel: vscode.WebviewPanel, private client: LanguageClient | Promise<LanguageClient>) {
        this.subscriptions.push(
            panel.onDidDispose(() => this.dispose()),
            vscode.workspace.onDidSaveTextDocument((document) => {
                if (isLhc(document.uri)) void this.refresh();
            }),
            vscode.workspace.onDidChangeConfiguration((event) => {
                if (event.affectsConfiguration('lhc.asOf')) void this.refresh();
            }),
            panel.webview.onDidReceiveMessage((message: PageMessage) => {
                if (message.command === 'refresh') void this.refresh();
                if (message.command === 'export') void vscode.commands.executeCommand('lhc.exportSummary');
                if (message.command === 'open') void this.openSource(message);
            })
        );
        this.panel.webview.html = messagePage('Building the compliance summary…', this.pageOptions());
        void this.refresh();
    }

    useClient(client: LanguageClient | Promise<LanguageClient>): void {
        this.client = client;
        void this.refresh();
    }

    async refresh(): Promise<void> {
        const generation = ++this.generation;
        let html: string;
        try {
            const summary = await requestSummary(await this.client, 'html');
            this.root = summary.root;
            html = toWebviewPage(summary.content, this.pageOptions());
        } catch (error) {
            html = messagePage(`Could not build the compliance summary: ${error instanceof Error ? error.message : String(error)}`, this.pageOptions());
        }
        if (generation === this.generation && SummaryPanel.current === this) this.panel.webview.html = html;
    }

    /**
     * Opens the file a link names at its line, in the editor group beside the summary. The page is not trusted to
     * name any file: the path must be relative and stay inside a workspace folder (or the summary's root).
     */
    private async openSource(message: PageMessage): Promise<void> {
        const uri = resolveSourceLink(this.root, message);
        if (!uri) return;
        const line = Math.max(1, Number(message.line) || 1) - 1;
        const column = Math.max(1, Number(message.column) || 1) - 1;
        const position = new vscode.Position(line, column);
        const column_ = this.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One;
        await vscode.window.showTextDocument(uri, { viewColumn: column_, selection: new vscode.Range(position, position), preview: false });
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

/** The file a source link names, or undefined when it is not a relative `.lhc` path inside the workspace. */
function resolveSourceLink(root: string | undefined, message: PageMessage): vscode.Uri | undefined {
    if (!root || typeof message.file !== 'string' || path.isAbsolute(message.file) || !message.file.endsWith('.lhc')) return undefined;
    const file = path.resolve(root, message.file);
    const allowed = [root, ...(vscode.workspace.workspaceFolders ?? []).map((folder) => folder.uri.fsPath)];
    if (!allowed.some((folder) => isInside(file, folder))) return undefined;
    return vscode.Uri.file(file);
}

/** Restores the summary view after a window reload; VS Code keeps the panel's place, we fill it again. */
export function registerSummarySerializer(client: () => Promise<LanguageClient>): vscode.Disposable {
    return vscode.window.registerWebviewPanelSerializer(SummaryPanel.viewType, {
        async deserializeWebviewPanel(panel: vscode.WebviewPanel): Promise<void> {
            SummaryPanel.revive(panel, client());
        }
    });
}

function isLhc(uri: vscode.Uri): boolean {
    return uri.path.endsWith('.lhc');
}
