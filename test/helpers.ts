import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { clearDocuments, parseHelper } from 'langium/test';
import type { Diagnostic } from 'vscode-languageserver';
import type { Document } from '../language/generated/ast.js';
import { createLhcServices, type LhcServices } from '../language/lhc-module.js';

/** One set of services per test file is enough; documents are cleared between tests. */
export function createTestServices(): { services: LhcServices; parse: ReturnType<typeof parseHelper<Document>> } {
    const services = createLhcServices(EmptyFileSystem, { tracksDependencies: true }).Lhc;
    services.lhc.Settings.asOf = '2019-06-01';
    return { services, parse: parseHelper<Document>(services) };
}

let counter = 0;

/**
 * Builds several inline documents as one workspace (cross-file references resolve) and returns the
 * diagnostics of each, in the order given.
 */
export async function buildWorkspace(services: LhcServices, ...texts: string[]): Promise<{ documents: LangiumDocument<Document>[]; diagnostics: Diagnostic[][] }> {
    const factory = services.shared.workspace.LangiumDocumentFactory;
    const langiumDocuments = services.shared.workspace.LangiumDocuments;
    const documents = texts.map((text) => {
        const document = factory.fromString<Document>(text, URI.parse(`file:///workspace/file-${++counter}.lhc`));
        langiumDocuments.addDocument(document);
        return document;
    });
    await services.shared.workspace.DocumentBuilder.build(documents, { validation: true });
    return { documents, diagnostics: documents.map((document) => document.diagnostics ?? []) };
}

export async function resetWorkspace(services: LhcServices): Promise<void> {
    await clearDocuments(services.shared);
}

/** `resetWorkspace`, after closing the texts a test opened or edited through `TextDocuments` (as an editor would). */
export async function resetEditedWorkspace(services: LhcServices): Promise<void> {
    const workspace = services.shared.workspace;
    for (const document of workspace.LangiumDocuments.all) workspace.TextDocuments.delete(document.uri);
    await resetWorkspace(services);
}

/** Rule ids of the diagnostics, for compact assertions. */
export function ruleIds(diagnostics: readonly Diagnostic[]): string[] {
    return diagnostics.map((diagnostic) => String(diagnostic.code ?? ''));
}
