// A language server's services on a real folder (Node file system), driven the way the LSP connection drives them:
// open, change and close go through TextDocuments and the document update handler, and every build runs under the
// workspace lock. `freshDiagnostics` builds the same texts in a new set of services, for comparison.
import { TextDocument, URI, type LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver';
import { createLhcServices, type LhcServices } from '../../language/lhc-module.js';
import { DiagnosticsPublisher } from '../../language/lsp/lhc-diagnostics-publisher.js';
import type { LhcDocumentUpdateHandler } from '../../language/lsp/lhc-document-update-handler.js';
import type { LhcWorkspaceManager } from '../../language/lsp/lhc-workspace-manager.js';

export interface TestServer {
    services: LhcServices;
    /** Every publishDiagnostics the server sent, in order. */
    published: PublishDiagnosticsParams[];
    /** The diagnostics the client shows now, by URI (the last list published). */
    shown: Map<string, Diagnostic[]>;
    open(uri: string, text: string): Promise<void>;
    change(uri: string, text: string): Promise<void>;
    close(uri: string): Promise<void>;
    /** Resolves when every build asked for so far is done. */
    settled(): Promise<void>;
    document(uri: string): LangiumDocument | undefined;
}

/**
 * Starts (initialize + initialized) a server on `folder` (or several workspace folders); resolves when its first build
 * is done unless `wait` is false.
 */
export async function startServer(folder: string | readonly string[] | undefined, options: { wait?: boolean } = {}): Promise<TestServer & { initialized: Promise<void> }> {
    const folders = folder === undefined ? [] : typeof folder === 'string' ? [folder] : folder;
    const { shared, Lhc: services } = createLhcServices({ ...NodeFileSystem }, { tracksDependencies: true });
    const published: PublishDiagnosticsParams[] = [];
    const shown = new Map<string, Diagnostic[]>();
    new DiagnosticsPublisher(shared, (params) => {
        published.push(params);
        shown.set(params.uri, params.diagnostics);
    });
    const manager = shared.workspace.WorkspaceManager as LhcWorkspaceManager;
    const handler = shared.lsp.DocumentUpdateHandler as LhcDocumentUpdateHandler;
    const versions = new Map<string, number>();
    manager.initialize({
        processId: null, rootUri: null, capabilities: {},
        workspaceFolders: folders.map((each) => ({ uri: pathToFileURL(each).toString(), name: path.basename(each) }))
    });
    const initialized = manager.initialized({});
    const settled = () => shared.workspace.WorkspaceLock.read(async () => undefined);
    const update = async (uri: string, text: string) => {
        const version = (versions.get(uri) ?? 0) + 1;
        versions.set(uri, version);
        const document = TextDocument.create(uri, 'lhc', version, text);
        shared.workspace.TextDocuments.set(document);
        handler.didChangeContent({ document });
        await manager.ready;
        await settled();
    };
    const server = {
        services, published, shown, initialized, settled,
        open: update,
        change: update,
        async close(uri: string) {
            const document = shared.workspace.TextDocuments.get(uri)!;
            shared.workspace.TextDocuments.delete(uri);
            await handler.didCloseDocument({ document });
            await settled();
        },
        document: (uri: string) => shared.workspace.LangiumDocuments.getDocument(URI.parse(uri))
    };
    if (options.wait !== false) await initialized;
    return server;
}

/**
 * The diagnostics a fresh server computes for these texts (workspace files first, in the order given), with the
 * live server's settings. Keyed by URI.
 */
export async function freshDiagnostics(live: LhcServices, texts: ReadonlyArray<readonly [string, string]>): Promise<Map<string, Diagnostic[]>> {
    const { shared, Lhc } = createLhcServices({ ...NodeFileSystem });
    Lhc.lhc.Settings.asOf = live.lhc.Settings.asOf;
    Lhc.lhc.Settings.staleAfterDays = live.lhc.Settings.staleAfterDays;
    for (const [id, severity] of live.lhc.Settings.severities) Lhc.lhc.Settings.severities.set(id, severity);
    const documents = texts.map(([uri, text]) => {
        const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(uri));
        shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    await shared.workspace.DocumentBuilder.build(documents, { validation: true });
    return new Map(documents.map((document) => [document.uri.toString(), document.diagnostics ?? []]));
}

/** Diagnostics as comparable text: order-free, related locations order-free. */
export function normalise(diagnostics: readonly Diagnostic[] | undefined): string[] {
    return (diagnostics ?? []).map((diagnostic) => JSON.stringify({
        ...diagnostic,
        relatedInformation: diagnostic.relatedInformation?.map((related) => JSON.stringify(related)).sort()
    })).sort();
}

/** The `.lhc` files under a folder, as file URIs, in a stable order. */
export function lhcFiles(folder: string): string[] {
    const result: string[] = [];
    const walk = (dir: string) => {
        for (const name of readdirSync(dir).sort()) {
            const full = path.join(dir, name);
            if (statSync(full).isDirectory()) walk(full);
            else if (name.endsWith('.lhc')) result.push(pathToFileURL(full).toString());
        }
    };
    walk(folder);
    return result;
}

export function readUri(uri: string): string {
    return readFileSync(new URL(uri), 'utf8');
}

const temporaryFolders: string[] = [];

/** A new folder under the OS temp folder holding these files (relative paths); removed by `removeTemporaryFolders`. */
export function folderWith(files: Record<string, string>, prefix = 'lhc-server-'): string {
    const root = mkdtempSync(path.join(tmpdir(), prefix));
    temporaryFolders.push(root);
    for (const [name, text] of Object.entries(files)) {
        mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
        writeFileSync(path.join(root, name), text);
    }
    return root;
}

export function removeTemporaryFolders(): void {
    for (const folder of temporaryFolders.splice(0)) rmSync(folder, { recursive: true, force: true });
}
