import { DefaultLangiumDocumentFactory, DocumentState, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import { CancellationToken } from 'vscode-languageserver';
import type { Document } from '../generated/ast.js';
import { reparseIncrementally } from './lhc-incremental-parse.js';

/**
 * Langium's document factory, except that an edited document is re-parsed incrementally when the edit lies
 * inside one declaration (see `reparseIncrementally`); any other change is parsed in full, as before.
 */
export class LhcDocumentFactory extends DefaultLangiumDocumentFactory {
    constructor(services: LangiumSharedCoreServices) {
        super(services);
    }

    override async update<T extends import('langium').AstNode = import('langium').AstNode>(document: LangiumDocument<T>, cancellationToken = CancellationToken.None): Promise<LangiumDocument<T>> {
        const previous = document.parseResult;
        const oldText = previous.value.$cstNode?.root.fullText;
        const textDocument = this.textDocuments?.get(document.uri.toString());
        const text = await this.getUpdatedText(document, textDocument, cancellationToken);
        if (oldText === undefined || oldText === text || previous.value.$type !== 'Document') return super.update(document, cancellationToken);
        const parser = this.serviceRegistry.getServices(document.uri).parser.LangiumParser;
        const parseResult = reparseIncrementally(previous as unknown as Parameters<typeof reparseIncrementally>[0], text, parser);
        if (!parseResult) return super.update(document, cancellationToken);
        // What super.update does besides parsing: point the document at the current text.
        if (textDocument) {
            Object.defineProperty(document, 'textDocument', { value: textDocument });
        } else {
            const textDocumentGetter = this.createTextDocumentGetter(document.uri, text);
            Object.defineProperty(document, 'textDocument', { get: textDocumentGetter });
        }
        document.parseResult = parseResult as unknown as LangiumDocument<T>['parseResult'];
        (parseResult.value as Document & { $document?: LangiumDocument }).$document = document;
        document.state = DocumentState.Parsed;
        return document;
    }
}
