// One real VS Code (code-server) with the packaged extension installed, opened on a copy of a workspace and
// driven through Chromium by playwright-core. Everything it writes (HOME, TMPDIR, user data, the workspace copy)
// stays in its own folder under test-results/e2e/. Started by scripts/e2e.mjs, which installs the tools and the
// .vsix and passes their places in LHC_E2E_CODE_SERVER and LHC_E2E_EXTENSIONS_DIR.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { copyWorkspaceWithLibraries } from '../workspace-copy.js';

export const repositoryRoot = fileURLToPath(new URL('../../..', import.meta.url));
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'];

export interface SessionOptions {
    /** Folder (relative to the repository) copied as the workspace. */
    workspace: string;
    /** Extra user settings beside the ones every session needs. */
    settings?: Record<string, unknown>;
}

export class CodeServerSession {
    readonly folder: string;
    readonly workspace: string;
    page!: Page;
    private server: ChildProcess | undefined;
    private browser: Browser | undefined;
    private serverLog = '';

    private constructor(readonly name: string, readonly options: SessionOptions) {
        const results = join(repositoryRoot, 'test-results/e2e');
        mkdirSync(results, { recursive: true });
        this.folder = mkdtempSync(join(results, `${name}-`));
        this.workspace = join(this.folder, 'workspace');
    }

    static async start(name: string, options: SessionOptions): Promise<CodeServerSession> {
        const session = new CodeServerSession(name, options);
        try {
            await session.launch();
        } catch (error) {
            await session.stop();
            throw error;
        }
        return session;
    }

    private async launch(): Promise<void> {
        const entry = requiredEnv('LHC_E2E_CODE_SERVER');
        const extensionsDir = requiredEnv('LHC_E2E_EXTENSIONS_DIR');
        const home = join(this.folder, 'home');
        const tmp = join(this.folder, 'tmp');
        const userData = join(this.folder, 'user-data');
        for (const dir of [home, tmp, join(userData, 'User')]) mkdirSync(dir, { recursive: true });
        // Without startupEditor "none" the Welcome page steals focus and Quick Open closes.
        writeFileSync(join(userData, 'User/settings.json'), JSON.stringify({
            'workbench.startupEditor': 'none',
            'workbench.tips.enabled': false,
            'telemetry.telemetryLevel': 'off',
            'extensions.autoCheckUpdates': false,
            'extensions.autoUpdate': false,
            'update.mode': 'none',
            'editor.semanticHighlighting.enabled': true,
            'workbench.editor.enablePreview': false,
            // The test folders live inside this repository: keep Git's "open the parent repository?" prompt away.
            'git.enabled': false,
            'git.openRepositoryInParentFolders': 'never',
            ...this.options.settings
        }, null, 2));
        // A deal names its shared library by a path relative to its config (`"libraries": ["../england"]`): the copy
        // takes each library to the same place beside it, as it stands beside the original.
        copyWorkspaceWithLibraries(join(repositoryRoot, this.options.workspace), this.workspace);

        const port = await freePort();
        const env = { ...process.env, HOME: home, TMPDIR: tmp, XDG_CONFIG_HOME: join(home, '.config'), XDG_DATA_HOME: join(home, '.local/share') };
        this.server = spawn(process.execPath, [entry, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry',
            '--disable-update-check', '--disable-workspace-trust', '--extensions-dir', extensionsDir, '--user-data-dir', userData,
            this.workspace], { env, stdio: ['ignore', 'pipe', 'pipe'] });
        const record = (chunk: Buffer) => { this.serverLog = (this.serverLog + chunk.toString('utf8')).slice(-20_000); };
        this.server.stdout?.on('data', record);
        this.server.stderr?.on('data', record);
        const base = `http://127.0.0.1:${port}`;
        await waitForHealth(base, this.server, () => this.serverLog);

        this.browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, env, headless: true });
        const context = await this.browser.newContext({ viewport: { width: 1600, height: 1000 } });
        this.page = await context.newPage();
        await this.page.goto(`${base}/?folder=${encodeURIComponent(this.workspace)}`);
        await this.page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    }

    /** Saves a screenshot of the page to test-results/ (for failures). */
    async screenshot(label: string): Promise<string | undefined> {
        if (!this.page) return undefined;
        const file = join(repositoryRoot, 'test-results', `${label.replace(/[^\w.-]+/g, '-').slice(0, 120)}.png`);
        await this.page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
        return file;
    }

    get log(): string {
        return this.serverLog;
    }

    async stop(): Promise<void> {
        await this.browser?.close().catch(() => undefined);
        this.browser = undefined;
        const server = this.server;
        this.server = undefined;
        if (server && server.exitCode === null) {
            const exited = new Promise((resolve) => server.once('exit', resolve));
            server.kill('SIGTERM');
            await Promise.race([exited, delay(5_000)]);
            if (server.exitCode === null) server.kill('SIGKILL');
        }
    }
}

function requiredEnv(name: string): string {
    const value = process.env[name];
    if (!value) throw new Error(`${name} is not set: run the end-to-end tests with 'npm run test:e2e'.`);
    return value;
}

function freePort(): Promise<number> {
    return new Promise((resolve, reject) => {
        const server = createServer();
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const address = server.address();
            const port = typeof address === 'object' && address ? address.port : 0;
            server.close(() => resolve(port));
        });
    });
}

async function waitForHealth(base: string, server: ChildProcess, log: () => string): Promise<void> {
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
        if (server.exitCode !== null) throw new Error(`code-server exited (${server.exitCode}): ${log()}`);
        try {
            const response = await fetch(`${base}/healthz`);
            if (response.ok) return;
        } catch {
            // Not listening yet.
        }
        await delay(200);
    }
    throw new Error(`code-server did not answer /healthz within 60 s: ${log()}`);
}

export function delay(ms: number): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, ms));
}
