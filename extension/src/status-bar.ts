// A status-bar item with the workspace's count of `.lhc` errors; clicking it opens the Problems panel. It says
// "checking…" until the language server reports that every workspace file has been checked once.
import * as vscode from 'vscode';
import { statusView } from './status-text.js';

export class ErrorCountStatus implements vscode.Disposable {
    private readonly item: vscode.StatusBarItem;
    private readonly subscriptions: vscode.Disposable[] = [];
    private server: 'checking' | 'ready' = 'checking';
    /** How many `.lhc` files the server last said it checked; unknown until it says. */
    private files: number | undefined;

    constructor() {
        this.item = vscode.window.createStatusBarItem('lhc.errors', vscode.StatusBarAlignment.Left, 10);
        this.item.name = 'LHC compliance errors';
        this.item.command = 'workbench.actions.view.problems';
        this.subscriptions.push(vscode.languages.onDidChangeDiagnostics(() => this.update()));
        this.update();
    }

    /** The language server's `lhc/status`: `checking` after a (re)start, `ready` after its first full check. */
    setServerState(state: 'checking' | 'ready', files?: number): void {
        this.server = state;
        if (files !== undefined || state === 'checking') this.files = files;
        this.update();
    }

    update(): void {
        const { errors, warnings } = countLhcDiagnostics();
        const view = statusView(this.server, errors, warnings, this.files);
        this.item.text = view.text;
        this.item.tooltip = view.tooltip;
        this.item.backgroundColor = view.error ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
        this.item.show();
    }

    dispose(): void {
        this.item.dispose();
        for (const subscription of this.subscriptions) subscription.dispose();
    }
}

function countLhcDiagnostics(): { errors: number; warnings: number } {
    let errors = 0;
    let warnings = 0;
    for (const [uri, diagnostics] of vscode.languages.getDiagnostics()) {
        if (!uri.path.endsWith('.lhc')) continue;
        for (const diagnostic of diagnostics) {
            if (diagnostic.severity === vscode.DiagnosticSeverity.Error) errors++;
            else if (diagnostic.severity === vscode.DiagnosticSeverity.Warning) warnings++;
        }
    }
    return { errors, warnings };
}
