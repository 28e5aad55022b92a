// The orchestrator's side of the benchmark children: each measurement runs in a fresh Node process and prints one
// line of JSON; a child that fails is recorded, and the run goes on.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { NODE_FLAGS } from './node-flags.js';

export const repository = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const polyfill = pathToFileURL(path.join(repository, 'language', 'polyfill.mjs')).href;

/** Every measurement that broke in this run, with its reason: the run fails (exit 1) when there is any. */
export const failures: string[] = [];

export function expect(condition: boolean, message: string): void {
    if (!condition) failures.push(message);
}

/** Runs one measurement in a fresh Node process with the CLI's own flags; its last stdout line is its JSON result. */
export function child<T>(label: string, script: string, args: string[], timeoutMs = 15 * 60 * 1000): T | undefined {
    const started = performance.now();
    const result = spawnSync(process.execPath, [...NODE_FLAGS, '--import', polyfill, path.join(repository, 'out', 'bench', script), ...args], {
        encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: timeoutMs
    });
    const lastLine = result.stdout?.trim().split('\n').pop() ?? '';
    if (result.status !== 0 || !lastLine.startsWith('{')) {
        const reason = result.error ? result.error.message : result.signal ? `killed by ${result.signal}` : `exit ${result.status}`;
        failures.push(`${label}: ${reason}\n${(result.stderr ?? '').trim().split('\n').slice(-8).join('\n')}`);
        process.stdout.write(`  ${label}: FAILED (${reason})\n`);
        return undefined;
    }
    process.stdout.write(`  ${label}: ${((performance.now() - started) / 1000).toFixed(1)} s wall\n`);
    return JSON.parse(lastLine) as T;
}

export interface Stats { min: number; median: number; runs: number[] }

export function min(values: number[]): number {
    return Math.min(...values);
}

export function median(values: number[]): number {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function stats(values: number[]): Stats {
    return { min: min(values), median: median(values), runs: values };
}
