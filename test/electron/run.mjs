// `npm run test:electron`: the extension's tests inside a desktop VS Code, with @vscode/test-electron.
// @vscode/test-electron would download VS Code, which cannot be reached from every machine, so this suite runs
// only against an installed VS Code named by VSCODE_EXECUTABLE; otherwise it says plainly that it did not run.
// It complements, and does not replace, the browser suite in test/e2e/.
import { cpSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const executable = process.env.VSCODE_EXECUTABLE;
if (!executable) {
    console.log('Desktop VS Code suite not run: set VSCODE_EXECUTABLE to a VS Code executable (code or Code.exe) to run it.');
    process.exit(0);
}

const { runTests } = await import('@vscode/test-electron');
const bundle = spawnSync(process.execPath, [join(root, 'scripts/bundle.mjs')], { stdio: 'inherit' });
if (bundle.status !== 0) process.exit(1);

const results = join(root, 'test-results');
mkdirSync(results, { recursive: true });
const folder = mkdtempSync(join(results, 'electron-'));
const workspace = join(folder, 'workspace');
cpSync(join(root, 'test/e2e/fixtures/workspace'), workspace, { recursive: true });
const userData = join(folder, 'user-data');
mkdirSync(join(userData, 'User'), { recursive: true });
writeFileSync(join(userData, 'User/settings.json'), JSON.stringify({ 'workbench.startupEditor': 'none', 'telemetry.telemetryLevel': 'off' }));
try {
    await runTests({
        vscodeExecutablePath: executable,
        extensionDevelopmentPath: root,
        extensionTestsPath: join(root, 'test/electron/suite/index.cjs'),
        launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--user-data-dir', userData,
            '--extensions-dir', join(folder, 'extensions')]
    });
    rmSync(folder, { recursive: true, force: true });
} catch (error) {
    console.error(`Desktop VS Code suite failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
}
