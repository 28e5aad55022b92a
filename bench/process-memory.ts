// The memory of another process, read from /proc (Linux): how the benchmark sees the language server's and the
// `lhc` command's peak resident memory from outside them.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** Peak resident memory (VmHWM) of a running process, in megabytes; undefined where /proc is not available. */
export function peakRssOf(pid: number): number | undefined {
    try {
        const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
        return match ? Number(match[1]) / 1024 : undefined;
    } catch {
        return undefined;
    }
}

export interface WatchedRun {
    exitCode: number | null;
    signal: string | null;
    seconds: number;
    /** The last peak read before the process ended (read every 100 ms; the high-water mark only grows). */
    peakRssMb: number | undefined;
    stdout: string;
    stderr: string;
}

/** Runs a command to its end (or `timeoutMs`, then kills it), watching its peak resident memory. */
export function runWatchingMemory(command: string, args: readonly string[], timeoutMs: number): Promise<WatchedRun> {
    return new Promise((resolve) => {
        const started = performance.now();
        const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (chunk: Buffer) => { stdout += chunk.toString(); if (stdout.length > 1 << 20) stdout = stdout.slice(-(1 << 19)); });
        child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); if (stderr.length > 1 << 20) stderr = stderr.slice(-(1 << 19)); });
        let peakRssMb: number | undefined;
        const watch = setInterval(() => { peakRssMb = peakRssOf(child.pid!) ?? peakRssMb; }, 100);
        const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
        child.on('close', (exitCode, signal) => {
            clearInterval(watch);
            clearTimeout(timer);
            resolve({ exitCode, signal, seconds: (performance.now() - started) / 1000, peakRssMb, stdout, stderr });
        });
    });
}
