import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { DocumentState, URI, type LangiumDocument } from 'langium';
import { CancellationTokenSource } from 'vscode-languageserver';
import type { Document } from '../generated/ast.js';
import type { LhcServices } from '../lhc-module.js';
import { InputError } from './errors.js';
import type { MemoryGuard } from './memory-guard.js';

/** Folders a user never means: dependencies, version control (every hidden folder) and build output. */
const SKIPPED_FOLDERS = new Set(['node_modules', 'out', 'dist', 'build', 'coverage']);

/** Every `.lhc` file under the given files and folders, sorted; a path that does not exist is an input error. */
export function findLhcFiles(paths: readonly string[], isIgnored: (file: string) => boolean = () => false): string[] {
    const files = new Set<string>();
    for (const given of paths) {
        const absolute = path.resolve(given);
        let stats;
        try {
            stats = statSync(absolute);
        } catch (error) {
            throw new InputError(describeStatError(given, error));
        }
        if (stats.isDirectory()) {
            collect(absolute, files, isIgnored);
        } else if (absolute.endsWith('.lhc')) {
            files.add(absolute);
        } else {
            throw new InputError(`Not an .lhc file: ${given}`);
        }
    }
    return [...files].sort();
}

function collect(folder: string, files: Set<string>, isIgnored: (file: string) => boolean): void {
    let entries;
    try {
        entries = readdirSync(folder, { withFileTypes: true });
    } catch (error) {
        throw new InputError(`Cannot read folder ${folder}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
    for (const entry of entries) {
        const full = path.join(folder, entry.name);
        if (entry.isDirectory()) {
            if (!entry.name.startsWith('.') && !SKIPPED_FOLDERS.has(entry.name) && !isIgnored(full)) collect(full, files, isIgnored);
        } else if (entry.isFile() && entry.name.endsWith('.lhc') && !isIgnored(full)) {
            files.add(full);
        }
    }
}

/** Why a path cannot be used, in the user's words: missing, a link loop, or not allowed. */
export function describeStatError(given: string, error: unknown): string {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return `Symbolic link loop: ${given}`;
    if (code === 'EACCES') return `Permission denied: ${given}`;
    if (code === 'ENOTDIR') return `Not a folder on the way to: ${given}`;
    return `No such file or folder: ${given}`;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads a file as strict UTF-8: a file that is not text is an input error, never silently mangled. */
export function readLhcFile(file: string): string {
    let bytes;
    try {
        bytes = readFileSync(file);
    } catch (error) {
        throw new InputError(`Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
    try {
        return utf8.decode(bytes);
    } catch {
        throw new InputError(`${file} is not valid UTF-8 text`);
    }
}

/**
 * Loads the files as one workspace, links them and runs every check. With a guard, loading stops with its one-line
 * "workspace too large" error once the heap fills up, after any file or build phase, before V8 would abort.
 */
export async function buildLhcWorkspace(services: LhcServices, files: readonly string[], guard?: MemoryGuard): Promise<LangiumDocument<Document>[]> {
    const factory = services.shared.workspace.LangiumDocumentFactory;
    const langiumDocuments = services.shared.workspace.LangiumDocuments;
    const documents = files.map((file) => {
        guard?.checkHeap();
        const document = factory.fromString<Document>(readLhcFile(file), URI.file(file));
        langiumDocuments.addDocument(document);
        return document;
    });
    const builder = services.shared.workspace.DocumentBuilder;
    if (!guard) {
        await builder.build(documents, { validation: true });
        return documents;
    }
    // Listeners' errors are swallowed by the builder, so a full heap cancels the build instead.
    const cancel = new CancellationTokenSource();
    const watches = [DocumentState.IndexedContent, DocumentState.ComputedScopes, DocumentState.Linked, DocumentState.IndexedReferences, DocumentState.Validated]
        .map((state) => builder.onDocumentPhase(state, () => {
            if (guard.exhausted) cancel.cancel();
        }));
    try {
        await builder.build(documents, { validation: true }, cancel.token);
    } catch (error) {
        if (cancel.token.isCancellationRequested) throw guard.tooLarge();
        throw error;
    } finally {
        watches.forEach((watch) => watch.dispose());
    }
    if (cancel.token.isCancellationRequested) throw guard.tooLarge();
    return documents;
}
