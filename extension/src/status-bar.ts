// A status-bar item with the workspace's count of `.lhc` errors; clicking it opens the Problems panel.
import * as vscode from 'vscode';

export class ErrorCountStatus implements vscode.Disposable {
    private readonly item: vscode.StatusBarItem;
    private readonly subscriptions: vscode.Disposable[] = [];

    constructor() {
        this.item = vscode.window.createStatusBarItem('lhc.errors', vscode.StatusBarAlignment.Left, 10);
        this.item.name = 'LHC compliance errors';
        this.item.command = 'workbench.actions.view.problems';
        this.subscriptions.push(vscode.languages.onDidChangeDiagnostics(() => this.update()));
        this.update();
    }

    update(): void {
        const { errors, warnings } = countLhcDiagnostics();
        this.item.text = `${errors === 0 ? '$(pass)' : '$(error)'} LHC: ${plural(errors, 'error')}`;
        this.item.tooltip = `LHC: ${plural(errors, 'error')}, ${plural(warnings, 'warning')} in .lhc files — click to open the Problems panel`;
        this.item.backgroundColor = errors > 0 ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
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

function plural(count: number, noun: string): string {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
