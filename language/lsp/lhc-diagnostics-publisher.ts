import type { LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver';
import type { LhcDocumentBuilder } from './lhc-document-builder.js';

/**
 * Sends each document's diagnostics to the client when they are new or changed — never the same list again for a
 * file an edit did not affect — and an empty list for a document that left the workspace (deleted, or a file from
 * outside it closed). An open document's diagnostics carry the version of the text they were computed from.
 */
export class DiagnosticsPublisher {
    private readonly published = new Map<string, string>();

    constructor(private readonly shared: LangiumSharedServices, private readonly send: (params: PublishDiagnosticsParams) => void) {
        const builder = shared.workspace.DocumentBuilder as LhcDocumentBuilder;
        builder.onUpdate((_changed, deleted) => {
            for (const uri of deleted) {
                const key = uri.toString();
                if (!this.published.has(key)) continue;
                this.published.delete(key);
                this.send({ uri: key, diagnostics: [] });
            }
        });
        builder.onDiagnosticsChanged((document) => this.publish(document));
    }

    private publish(document: LangiumDocument): void {
        if (!document.diagnostics) return;
        const uri = document.uri.toString();
        const key = diagnosticsKey(document.diagnostics);
        if (this.published.get(uri) === key) return;
        this.published.set(uri, key);
        const open = this.shared.workspace.TextDocuments.get(uri);
        const current = open && open.getText() === document.parseResult.value.$cstNode?.root.fullText;
        this.send({ uri, ...(current ? { version: open.version } : {}), diagnostics: document.diagnostics });
    }
}

function diagnosticsKey(diagnostics: readonly Diagnostic[]): string {
    return diagnostics.map((diagnostic) => JSON.stringify(diagnostic)).sort().join('\n');
}
