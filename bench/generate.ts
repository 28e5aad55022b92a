// Deterministic generator of synthetic `.lhc` workspaces for the benchmark.
// The content is shaped like the London examples scaled up: one shared core file (London, its sub-regions and
// boroughs, the national bodies, powers, topics, the 2015 agreement and the 2017 MoU with workspace-wide
// conditions) and many local "deal" files, each an MoU with parties, areas, pilots, aspirations and targets,
// evidence, delegations, estate sales, pooled budgets, locality teams, conditions and waivers — referring to the
// core and to the previous deal's file. Every figure is synthetic; the same seed gives the same bytes.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { generateCore } from './generate-core.js';
import { generateDeal } from './generate-deal.js';
import { seededRandom } from './generate-text.js';

export { generateCore } from './generate-core.js';
export { generateDeal } from './generate-deal.js';
export { seededRandom } from './generate-text.js';

export interface WorkspaceSpec {
    files: number;
    seed?: number;
}

/** The file name and text of every file of a workspace of `files` files (the first is the shared core). */
export function* workspaceFiles(spec: WorkspaceSpec): Iterable<{ name: string; text: string }> {
    yield { name: 'london-core.lhc', text: generateCore() };
    for (let index = 1; index < spec.files; index++) yield { name: dealFileName(index), text: generateDeal(index, spec.seed ?? 42) };
}

/** The path of deal `index`'s file inside a generated workspace, e.g. `deals/00/deal-0007.lhc`. */
export function dealFileName(index: number): string {
    return `deals/${String(Math.floor(index / 100)).padStart(2, '0')}/deal-${String(index).padStart(4, '0')}.lhc`;
}

/** Writes a workspace into `folder` (emptied first); returns its size in bytes. */
export function writeWorkspace(folder: string, spec: WorkspaceSpec): number {
    rmSync(folder, { recursive: true, force: true });
    let bytes = 0;
    for (const { name, text } of workspaceFiles(spec)) {
        const file = path.join(folder, name);
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, text);
        bytes += Buffer.byteLength(text);
    }
    return bytes;
}

/** One self-contained document: the core followed by deals until it has at least `lines` lines. */
export function singleDocument(options: { lines?: number; bytes?: number; seed?: number }): string {
    const parts = [generateCore()];
    let lines = parts[0]!.split('\n').length - 1;
    let bytes = parts[0]!.length;
    for (let index = 1; (options.lines !== undefined && lines < options.lines) || (options.bytes !== undefined && bytes < options.bytes); index++) {
        const text = generateDeal(index, options.seed ?? 42, false);
        parts.push(text);
        lines += text.split('\n').length - 1;
        bytes += text.length;
    }
    const text = parts.join('\n');
    if (options.lines === undefined) return text;
    return text.split('\n').slice(0, options.lines).join('\n').replace(/\n*$/, '\n') + closingBraces(text.split('\n').slice(0, options.lines).join('\n'));
}

/** Braces to close whatever a truncated document left open, so the cut stays well-formed. */
function closingBraces(text: string): string {
    let depth = 0;
    for (const char of text.replace(/"(\\.|[^"\\])*"/g, '')) {
        if (char === '{') depth++;
        else if (char === '}') depth--;
    }
    return '}\n'.repeat(Math.max(0, depth));
}

/**
 * The same kind of text with a syntax error every `every` lines: a dropped keyword, a stray character,
 * a missing brace or a broken date — what a document looks like while someone is typing in it.
 */
export function withSyntaxErrors(text: string, every = 10, seed = 7): string {
    const random = seededRandom(seed);
    const lines = text.split('\n');
    for (let index = every - 1; index < lines.length; index += every) {
        const line = lines[index]!;
        switch (Math.floor(random() * 4)) {
            case 0: lines[index] = line.replace(/^(\s*)\S+\s/, '$1'); break;
            case 1: lines[index] = line + ' @'; break;
            case 2: lines[index] = line.replace('{', ''); break;
            default: lines[index] = line.replace(/\d{4}-\d{2}-\d{2}/, '2019-13'); break;
        }
    }
    return lines.join('\n');
}

// `node out/bench/generate.js <folder> <files>` writes one workspace by hand, for profiling.
if (process.argv[1] && import.meta.url === new URL(`file://${path.resolve(process.argv[1])}`).href) {
    const [folder, files] = process.argv.slice(2);
    if (!folder || !files || !/^\d+$/.test(files)) {
        process.stderr.write('usage: node out/bench/generate.js <folder> <files>\n');
        process.exitCode = 2;
    } else {
        const bytes = writeWorkspace(folder, { files: Number(files) });
        process.stdout.write(`${folder}: ${files} files, ${(bytes / 1e6).toFixed(2)} MB\n`);
    }
}
