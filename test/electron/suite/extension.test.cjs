// The extension in a desktop VS Code: it activates on the workspace's .lhc files, its server reports diagnostics
// with rule ids, and its commands answer.
'use strict';
const assert = require('node:assert/strict');
const vscode = require('vscode');

async function eventually(probe, timeoutMs = 30000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        const value = await probe();
        if (value) return value;
        if (Date.now() > deadline) throw new Error('Timed out waiting for the extension.');
        await new Promise((resolve) => setTimeout(resolve, 250));
    }
}

describe('the LHC extension in desktop VS Code', () => {
    let broken;

    before(async () => {
        const [file] = await vscode.workspace.findFiles('broken.lhc');
        broken = await vscode.workspace.openTextDocument(file);
        await vscode.window.showTextDocument(broken);
    });

    it('activates for .lhc files', async () => {
        assert.equal(broken.languageId, 'lhc');
        const extension = vscode.extensions.getExtension('lhc-devolution.lhc');
        assert.ok(extension);
        await eventually(() => extension.isActive);
    });

    it('reports an unknown party with its rule id', async () => {
        const diagnostics = await eventually(() => {
            const found = vscode.languages.getDiagnostics(broken.uri);
            return found.length > 0 ? found : undefined;
        });
        const unresolved = diagnostics.find((diagnostic) => diagnostic.message.includes('CamdenCouncill'));
        assert.ok(unresolved, diagnostics.map((diagnostic) => diagnostic.message).join('\n'));
        const code = typeof unresolved.code === 'object' ? unresolved.code.value : unresolved.code;
        assert.equal(code, 'unresolved-reference');
    });

    it('registers the summary commands', async () => {
        const commands = await vscode.commands.getCommands(true);
        for (const command of ['lhc.showSummary', 'lhc.exportSummary', 'lhc.restartServer']) assert.ok(commands.includes(command), command);
    });
});
