// Child: language-server latency. Starts the real server (`out/language/main.js`) over stdio, opens one large
// document, then applies single-character edits one at a time and times each from `didChange` to the
// `publishDiagnostics` it causes (each edit changes the diagnostics: the server publishes only changed ones). Reports p50 / p95 / max and the server's peak memory.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { seededRandom } from './generate.js';
import { runChild, seconds } from './child.js';

const repository = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

interface Edit {
    line: number;
    character: number;
    /** Inserted text ('' for a deletion of one character). */
    text: string;
}

/**
 * Pairs of edits — type one character at the end of a referenced name, then delete it — so the reference breaks,
 * then heals. Each edit changes the document's diagnostics (an unresolved-reference error comes, then goes), and
 * the server publishes only changed diagnostics: every edit is answered by exactly one publish to time.
 */
export function planEdits(lines: readonly string[], count: number, seed = 11): Edit[] {
    const random = seededRandom(seed);
    const referencing = lines.map((line, index) => [line, index] as const).filter(([line]) => /^\s*(chair|leads|recipient|provider|in) \w+$/.test(line));
    const edits: Edit[] = [];
    while (edits.length < count) {
        const [line, index] = referencing[Math.floor(random() * referencing.length)]!;
        edits.push({ line: index, character: line.length, text: 'x' });
        if (edits.length < count) edits.push({ line: index, character: line.length, text: '' });
    }
    return edits;
}

function percentile(sorted: readonly number[], fraction: number): number {
    return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
}

/** Peak resident memory of a process, from /proc (Linux); undefined elsewhere. */
function peakRssOf(pid: number): number | undefined {
    try {
        const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
        return match ? Number(match[1]) / 1024 : undefined;
    } catch {
        return undefined;
    }
}

runChild(async ([file, editsArgument]) => {
    if (!file) throw new Error('usage: lsp-latency <document.lhc> [edits]');
    const editCount = Number(editsArgument ?? 200);
    const text = readFileSync(file, 'utf8');
    const lines = text.split('\n');
    // BENCH_SERVER_FLAGS passes extra Node flags to the server, e.g. `--cpu-prof --cpu-prof-dir=…` to profile it.
    const serverFlags = (process.env.BENCH_SERVER_FLAGS ?? '').split(' ').filter(Boolean);
    const server = spawn(process.execPath, [
        ...serverFlags, '--import', pathToFileURL(path.join(repository, 'language', 'polyfill.mjs')).href,
        path.join(repository, 'out', 'language', 'main.js'), '--stdio'
    ], { stdio: ['pipe', 'pipe', 'inherit'] });
    const exited = new Promise<number | null>((resolve) => server.on('exit', (code) => resolve(code)));
    const connection = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
    const uri = pathToFileURL(path.resolve(file)).href;
    let waiting: ((diagnostics: unknown[]) => void) | undefined;
    connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; diagnostics: unknown[] }) => {
        if (params.uri !== uri || !waiting) return;
        const resolve = waiting;
        waiting = undefined;
        resolve(params.diagnostics);
    });
    // The server may ask to register capabilities or for configuration: answer as an editor without settings would.
    connection.onRequest((method: string, params: unknown) => (method === 'workspace/configuration' ? ((params as { items?: unknown[] })?.items ?? [null]).map(() => null) : null));
    connection.listen();
    const nextDiagnostics = (timeoutMs: number): Promise<unknown[]> => new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no diagnostics within ${timeoutMs} ms`)), timeoutMs);
        waiting = (diagnostics) => {
            clearTimeout(timer);
            resolve(diagnostics);
        };
    });
    const failed = exited.then((code) => { throw new Error(`language server exited (code ${code})`); });
    try {
        await Promise.race([failed, connection.sendRequest('initialize', {
            processId: process.pid, rootUri: null, workspaceFolders: null,
            capabilities: { textDocument: { synchronization: { didSave: false }, publishDiagnostics: {} } }
        })]);
        await connection.sendNotification('initialized', {});
        const openStart = performance.now();
        const opened = nextDiagnostics(120_000);
        await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'lhc', version: 1, text } });
        const openDiagnostics = await Promise.race([failed, opened]);
        const openSeconds = seconds(openStart);
        const latencies: number[] = [];
        let version = 1;
        for (const edit of planEdits(lines, editCount)) {
            const range = {
                start: { line: edit.line, character: edit.character },
                end: { line: edit.line, character: edit.character + (edit.text === '' ? 1 : 0) }
            };
            const start = performance.now();
            const published = nextDiagnostics(30_000);
            await connection.sendNotification('textDocument/didChange', {
                textDocument: { uri, version: ++version },
                contentChanges: [{ range, text: edit.text }]
            });
            await Promise.race([failed, published]);
            latencies.push(performance.now() - start);
        }
        const serverPeakRssMb = peakRssOf(server.pid!);
        await connection.sendRequest('shutdown');
        await connection.sendNotification('exit');
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
        const sorted = [...latencies].sort((a, b) => a - b);
        return {
            lines: lines.length,
            bytes: Buffer.byteLength(text),
            openSeconds,
            openDiagnostics: openDiagnostics.length,
            edits: latencies.length,
            p50Ms: percentile(sorted, 0.5),
            p95Ms: percentile(sorted, 0.95),
            maxMs: sorted[sorted.length - 1],
            serverPeakRssMb
        };
    } finally {
        connection.dispose();
        if (server.exitCode === null) server.kill();
    }
});
