// Child: language-server latency on a generated workspace. Starts the real server (`out/language/main.js`) over stdio
// on the workspace folder, waits until it reports `ready` (every file checked once), opens the core and deals 1–9
// as an editor would, then applies single-character edits to the open deals one at a time. Each edit is timed from
// `didChange` to the `publishDiagnostics` of the edited file, and to the last publish of every file the edit
// affects (whose diagnostics it changes). Reports p50 / p95 / max of both, publishes per edit, and the server's
// peak memory. Every edit changes diagnostics on purpose: the server publishes only changed ones.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { dealFileName, seededRandom } from './generate.js';
import { runChild, seconds } from './child.js';
import { peakRssOf } from './process-memory.js';

const repository = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Open files: the core and deals 1–9; edits go to deals 1–8, whose next deal (its evidence's reader) is open too. */
const OPEN_DEALS = 9;
const EDITED_DEALS = 8;

export interface WorkspaceEdit {
    /** Index of the edited deal. */
    deal: number;
    line: number;
    character: number;
    /** Inserted text ('' deletes one character). */
    text: string;
    /** Deals whose diagnostics the edit changes: the edited one, and for an aspiration's name the next deal. */
    affects: number[];
}

/**
 * Pairs of edits — type one character at the end of a name, then delete it — at two kinds of place:
 * - a reference inside the deal (`chair …`, `leads …`, `in …`): a reference breaks, then heals; only that file changes;
 * - every other pair, the deal's aspiration's declared name: its own evidence and the next deal's
 *   (`measurement … of DealNHealthy.Obesity`) lose their target, then find it again; two files change.
 */
export function planWorkspaceEdits(dealLines: ReadonlyMap<number, readonly string[]>, count: number, seed = 11): WorkspaceEdit[] {
    const random = seededRandom(seed);
    const edits: WorkspaceEdit[] = [];
    for (let pair = 0; edits.length < count; pair++) {
        const deal = 1 + Math.floor(random() * EDITED_DEALS);
        const lines = dealLines.get(deal)!;
        let place: { line: number; character: number; affects: number[] };
        if (pair % 2 === 1) {
            const line = lines.findIndex((text) => /^\s*aspiration Deal\d+Healthy /.test(text));
            place = { line, character: lines[line]!.indexOf('Healthy') + 'Healthy'.length, affects: [deal, deal + 1] };
        } else {
            const referencing = lines.map((text, index) => [text, index] as const).filter(([text]) => /^\s*(chair|leads|recipient|provider|in) \w+$/.test(text));
            const [text, line] = referencing[Math.floor(random() * referencing.length)]!;
            place = { line, character: text.length, affects: [deal] };
        }
        edits.push({ deal, ...place, text: 'x' });
        if (edits.length < count) edits.push({ deal, ...place, text: '' });
    }
    return edits;
}

/** Progress on stderr: the orchestrator shows it when the child fails, and a hand run shows it as it goes. */
function progress(message: string): void {
    process.stderr.write(`lsp-latency: ${message}\n`);
}

function percentile(sorted: readonly number[], fraction: number): number {
    return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
}

function distribution(values: readonly number[]): { p50Ms: number; p95Ms: number; maxMs: number } {
    const sorted = [...values].sort((a, b) => a - b);
    return { p50Ms: percentile(sorted, 0.5), p95Ms: percentile(sorted, 0.95), maxMs: sorted[sorted.length - 1]! };
}

runChild(async ([folderArgument, editsArgument]) => {
    if (!folderArgument) throw new Error('usage: lsp-latency <generated workspace folder> [edits]');
    const folder = path.resolve(folderArgument);
    const editCount = Number(editsArgument ?? 200);
    const uriOf = (name: string): string => pathToFileURL(path.join(folder, name)).href;
    const openNames = ['london-core.lhc', ...Array.from({ length: OPEN_DEALS }, (_, index) => dealFileName(index + 1))];
    const texts = new Map(openNames.map((name) => [name, readFileSync(path.join(folder, name), 'utf8')]));
    // BENCH_SERVER_FLAGS passes extra Node flags to the server, e.g. `--cpu-prof --cpu-prof-dir=…` to profile it.
    const serverFlags = (process.env.BENCH_SERVER_FLAGS ?? '').split(' ').filter(Boolean);
    const server = spawn(process.execPath, [
        ...serverFlags, '--import', pathToFileURL(path.join(repository, 'language', 'polyfill.mjs')).href,
        path.join(repository, 'out', 'language', 'main.js'), '--stdio'
    ], { stdio: ['pipe', 'pipe', 'inherit'] });
    const exited = new Promise<number | null>((resolve) => server.on('exit', (code) => resolve(code)));
    const failed = exited.then((code) => { throw new Error(`language server exited (code ${code})`); });
    const connection = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
    let publishes = 0;
    let onPublish: ((uri: string) => void) | undefined;
    connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string }) => {
        publishes++;
        onPublish?.(params.uri);
    });
    let onReady: (() => void) | undefined;
    connection.onNotification('lhc/status', (params: { state: string }) => { if (params.state === 'ready') onReady?.(); });
    // The server may ask to register capabilities or for configuration: answer as an editor without settings would.
    connection.onRequest((method: string, params: unknown) => (method === 'workspace/configuration' ? ((params as { items?: unknown[] })?.items ?? [null]).map(() => null) : null));
    connection.listen();
    const within = <T>(promise: Promise<T>, ms: number, what: string): Promise<T> => Promise.race([failed, promise, new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error(`${what}: nothing within ${ms} ms`)), ms).unref())]);
    try {
        const startup = performance.now();
        const ready = new Promise<void>((resolve) => { onReady = resolve; });
        await within(connection.sendRequest('initialize', {
            processId: process.pid, rootUri: pathToFileURL(folder).href, workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'bench' }],
            capabilities: { textDocument: { synchronization: { didSave: false }, publishDiagnostics: {} } }
        }), 120_000, 'initialize');
        await connection.sendNotification('initialized', {});
        await within(ready, 30 * 60_000, 'workspace ready');
        const readySeconds = seconds(startup);
        progress(`ready after ${readySeconds.toFixed(1)} s`);
        for (const [name, text] of texts) {
            await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uriOf(name), languageId: 'lhc', version: 1, text } });
        }
        // A code action request answers once its document is validated from the client's text: the opens are built.
        for (const name of openNames) {
            await within(connection.sendRequest('textDocument/codeAction', {
                textDocument: { uri: uriOf(name) }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] }
            }), 120_000, `open ${name}`);
        }
        const dealLines = new Map(Array.from({ length: EDITED_DEALS }, (_, index) => [index + 1, texts.get(dealFileName(index + 1))!.split('\n')] as const));
        const versions = new Map(openNames.map((name) => [name, 1]));
        const edited: number[] = [];
        const affected: number[] = [];
        const publishesBefore = publishes;
        for (const edit of planWorkspaceEdits(dealLines, editCount)) {
            const name = dealFileName(edit.deal);
            const uri = uriOf(name);
            const pending = new Set(edit.affects.map((deal) => uriOf(dealFileName(deal))));
            let editedMs: number | undefined;
            const start = performance.now();
            const allPublished = new Promise<number>((resolve) => {
                onPublish = (published) => {
                    if (!pending.delete(published)) return;
                    if (published === uri) editedMs = performance.now() - start;
                    if (pending.size === 0) resolve(performance.now() - start);
                };
            });
            const version = versions.get(name)! + 1;
            versions.set(name, version);
            const range = { start: { line: edit.line, character: edit.character }, end: { line: edit.line, character: edit.character + (edit.text === '' ? 1 : 0) } };
            await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text: edit.text }] });
            affected.push(await within(allPublished, 120_000, `edit ${edited.length + 1} of ${name} (waiting for ${[...pending].join(', ')})`));
            edited.push(editedMs!);
            if (edited.length % 10 === 0) progress(`${edited.length} edits, last ${affected[affected.length - 1]!.toFixed(0)} ms`);
        }
        onPublish = undefined;
        const serverPeakRssMb = peakRssOf(server.pid!);
        await connection.sendRequest('shutdown');
        await connection.sendNotification('exit');
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
        return {
            open: openNames.length, readySeconds, edits: edited.length,
            edited: distribution(edited), affected: distribution(affected),
            publishesPerEdit: (publishes - publishesBefore) / Math.max(1, edited.length),
            serverPeakRssMb
        };
    } finally {
        connection.dispose();
        if (server.exitCode === null) server.kill();
    }
});
