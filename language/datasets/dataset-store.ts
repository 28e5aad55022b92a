import { readFileSync, realpathSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { AstUtils, WorkspaceCache, type LangiumSharedCoreServices } from 'langium';
import { isInside } from '../engine/paths.js';
import type { Dataset } from '../generated/ast.js';
import type { IsoDate } from '../model/dates.js';
import { columnLayoutOf } from './layouts.js';
import { DatasetUnreadable, parseDataset, type DatasetRow, type ParsedDataset, type RowProblem } from './load-dataset.js';

/** A dataset file, read and parsed. */
export interface LoadedDataset {
    declaration: Dataset;
    /** Absolute path of the CSV file. */
    file: string;
    /** The path as the declaration writes it, for messages. */
    written: string;
    sha256: string;
    rows: readonly DatasetRow[];
    /** The usable rows of each area, by its code in capitals, in file order. */
    rowsByArea: ReadonlyMap<string, readonly DatasetRow[]>;
    /** The area code column's name as the file's header writes it. */
    areaColumn: string;
    problems: readonly RowProblem[];
    retrieved?: IsoDate;
}

/** A dataset that cannot be used: why, in one sentence naming the file. */
export interface UnreadableDataset {
    declaration: Dataset;
    file?: string;
    message: string;
}

/**
 * A declaration that does not yet say what to read (no `file`, no `layout`): a fault of the `.lhc` text, reported
 * with the other findings, never a reason to stop the run.
 */
export interface IncompleteDataset {
    declaration: Dataset;
    message: string;
}

export type DatasetLoad = { loaded: LoadedDataset } | { unreadable: UnreadableDataset } | { incomplete: IncompleteDataset };

/** Why a dataset gives no rows, in one sentence; `undefined` when it loaded. */
export function datasetProblem(load: DatasetLoad): string | undefined {
    if ('unreadable' in load) return load.unreadable.message;
    if ('incomplete' in load) return load.incomplete.message;
    return undefined;
}

interface CachedFile {
    mtimeMs: number;
    size: number;
    layoutKey: string;
    result: ParsedDataset | { error: string };
}

/**
 * Reads the CSV files `dataset` declarations name. A file is parsed once and kept until its size or modification
 * time changes; each build checks that once per file, so a file changed on disk is re-read on the next build. The
 * path is relative to the declaring `.lhc` file and must stay inside the workspace roots (the CLI's checked folders
 * or config folder, the editor's workspace folders; the declaring file's folder when none are known).
 */
export class LhcDatasets {
    /** Folders dataset files must be inside. */
    roots: string[] = [];
    /** Milliseconds spent reading and parsing files, for the benchmark. */
    loadMs = 0;
    private readonly perBuild: WorkspaceCache<Dataset, DatasetLoad>;
    private readonly files = new Map<string, CachedFile>();

    constructor(shared: LangiumSharedCoreServices) {
        this.perBuild = new WorkspaceCache(shared);
    }

    load(declaration: Dataset): DatasetLoad {
        return this.perBuild.get(declaration, () => this.read(declaration));
    }

    /** Forgets a file's parse (the editor reports it changed or was deleted). */
    forget(file: string): void {
        this.files.delete(path.resolve(file));
    }

    private read(declaration: Dataset): DatasetLoad {
        const unreadable = (message: string, file?: string): DatasetLoad => ({ unreadable: { declaration, message, ...(file ? { file } : {}) } });
        const incomplete = (message: string): DatasetLoad => ({ incomplete: { declaration, message } });
        const name = `dataset '${declaration.name}'`;
        if (!declaration.file) return incomplete(`The ${name} names no file: add \`file "data/….csv"\`.`);
        const layout = columnLayoutOf(declaration.layout);
        if (!layout) return incomplete(`The ${name} gives no layout: add \`layout fingertips\` or \`layout columns { … }\`.`);
        const written = declaration.file;
        const declaringFile = AstUtils.getDocument(declaration).uri.fsPath;
        const file = path.resolve(path.dirname(declaringFile), written);
        let real: string;
        try {
            real = realpathSync(file);
        } catch {
            return unreadable(`${written} does not exist (${name}).`, file);
        }
        const roots = this.roots.length > 0 ? this.roots : [path.dirname(declaringFile)];
        if (!roots.some((root) => isBelowRealFolder(real, root))) return unreadable(`${written} is outside the workspace (${name}); a dataset file must be inside it.`, file);
        let stats;
        try {
            stats = statSync(real);
        } catch (error) {
            return unreadable(`${written} cannot be read: ${(error as NodeJS.ErrnoException).code ?? String(error)} (${name}).`, file);
        }
        if (!stats.isFile()) return unreadable(`${written} is not a file (${name}).`, file);
        const layoutKey = JSON.stringify(layout);
        let cached = this.files.get(real);
        if (!cached || cached.mtimeMs !== stats.mtimeMs || cached.size !== stats.size || cached.layoutKey !== layoutKey) {
            const started = performance.now();
            cached = { mtimeMs: stats.mtimeMs, size: stats.size, layoutKey, result: parseFile(real, layout) };
            this.loadMs += performance.now() - started;
            this.files.set(real, cached);
        }
        const result = cached.result;
        if ('error' in result) return unreadable(`${written} ${result.error} (${name}).`, file);
        return {
            loaded: {
                declaration, file, written, sha256: result.sha256, rows: result.rows, rowsByArea: result.rowsByArea, areaColumn: result.areaColumn,
                problems: result.problems,
                ...(declaration.retrieved ? { retrieved: declaration.retrieved } : {})
            }
        };
    }
}

function parseFile(file: string, layout: NonNullable<ReturnType<typeof columnLayoutOf>>): CachedFile['result'] {
    let bytes: Buffer;
    try {
        bytes = readFileSync(file);
    } catch (error) {
        return { error: `cannot be read: ${(error as NodeJS.ErrnoException).code ?? String(error)}` };
    }
    try {
        return parseDataset(bytes, layout);
    } catch (error) {
        if (error instanceof DatasetUnreadable) return { error: error.message };
        throw error;
    }
}

/** Whether a real (links resolved) file lies below the folder, once the folder's own links are resolved too. */
function isBelowRealFolder(file: string, root: string): boolean {
    let realRoot = root;
    try {
        realRoot = realpathSync(root);
    } catch { /* a root that does not exist contains nothing but itself */ }
    return path.relative(realRoot, file) !== '' && isInside(file, realRoot);
}
