// "LHC: Export Compliance Summary…": asks for a format and a place, then writes the file atomically
// (a temporary file beside the target, renamed over it) so a reader never sees half a summary.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { requestSummary, type SummaryFormat } from './summary-client.js';

interface FormatChoice extends vscode.QuickPickItem {
    format: SummaryFormat;
    extension: string;
    filterName: string;
}

const FORMATS: FormatChoice[] = [
    { label: 'Markdown', description: 'for pull requests and wikis', format: 'markdown', extension: 'md', filterName: 'Markdown' },
    { label: 'HTML', description: 'self-contained, printable page', format: 'html', extension: 'html', filterName: 'HTML' },
    { label: 'JSON', description: 'for machines, follows the published schema', format: 'json', extension: 'json', filterName: 'JSON' }
];

export async function exportSummary(client: LanguageClient): Promise<vscode.Uri | undefined> {
    if (!vscode.workspace.isTrusted) {
        // Declared in package.json (capabilities.untrustedWorkspaces): writing files needs a trusted workspace.
        void vscode.window.showWarningMessage('LHC: exporting the compliance summary is disabled in untrusted workspaces.');
        return undefined;
    }
    const choice = await vscode.window.showQuickPick(FORMATS, { title: 'Export Compliance Summary', placeHolder: 'Choose a format' });
    if (!choice) return undefined;
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const target = await vscode.window.showSaveDialog({
        title: 'Export Compliance Summary',
        saveLabel: 'Export',
        defaultUri: folder ? vscode.Uri.joinPath(folder, `compliance-summary.${choice.extension}`) : undefined,
        filters: { [choice.filterName]: [choice.extension] }
    });
    if (!target) return undefined;
    try {
        const summary = await requestSummary(client, choice.format);
        await writeAtomically(target, new TextEncoder().encode(summary.content));
    } catch (error) {
        void vscode.window.showErrorMessage(`LHC: could not export the compliance summary: ${error instanceof Error ? error.message : String(error)}`);
        return undefined;
    }
    void vscode.window.showInformationMessage(`LHC: exported the compliance summary to ${vscode.workspace.asRelativePath(target)}.`, 'Open')
        .then((action) => action === 'Open' ? vscode.commands.executeCommand('vscode.open', target) : undefined);
    return target;
}

async function writeAtomically(target: vscode.Uri, content: Uint8Array): Promise<void> {
    const name = target.path.slice(target.path.lastIndexOf('/') + 1);
    const temporary = vscode.Uri.joinPath(target, '..', `.lhc-tmp-${Date.now().toString(36)}-${name}`);
    await vscode.workspace.fs.writeFile(temporary, content);
    try {
        await vscode.workspace.fs.rename(temporary, target, { overwrite: true });
    } catch (error) {
        await vscode.workspace.fs.delete(temporary).then(undefined, () => undefined);
        throw error;
    }
}
