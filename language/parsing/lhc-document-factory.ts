import { DefaultLangiumDocumentFactory, DocumentState, URI, type AstNode, type LangiumDocument, type LangiumSharedCoreServices, type ParseResult } from 'langium';
import { CancellationToken } from 'vscode-languageserver';
import type { Document } from '../generated/ast.js';
import { reparseIncrementally } from './lhc-incremental-parse.js';
import { resetParserAfterThrow, unreadableParseResult } from './unreadable-text.js';

/**
 * Langium's document factory, except that:
 * - an edited document is re-parsed incrementally when the edit lies inside one declaration (see
 *   `reparseIncrementally`); any other change is parsed in full, as before;
 * - a text the parser cannot read at all (it throws, e.g. on brackets nested too deeply for the call stack)
 *   becomes an empty document with one syntax error, never an exception that would stop the whole build;
 * - a file the editor has open is read from the editor's buffer, not from disk, even when the workspace
 *   loads it: an open buffer that differs from disk must never be answered from the disk's text.
 */
export class LhcDocumentFactory extends DefaultLangiumDocumentFactory {
    constructor(services: LangiumSharedCoreServices) {
        super(services);
    }

    override async fromUri<T extends AstNode = AstNode>(uri: URI, cancellationToken = CancellationToken.None): Promise<LangiumDocument<T>> {
        const open = this.textDocuments?.get(uri.toString());
        if (open) return this.createAsync<T>(uri, open, cancellationToken);
        return super.fromUri<T>(uri, cancellationToken);
    }

    protected override parse<T extends AstNode>(uri: URI, text: string, options?: unknown): ParseResult<T> {
        try {
            return super.parse<T>(uri, text, options as never);
        } catch (error) {
            resetParserAfterThrow(this.serviceRegistry.getServices(uri).parser.LangiumParser);
            return unreadableParseResult(text, error) as unknown as ParseResult<T>;
        }
    }

    protected override async parseAsync<T extends AstNode>(uri: URI, text: string, cancellationToken: CancellationToken): Promise<ParseResult<T>> {
        try {
            return await super.parseAsync<T>(uri, text, cancellationToken);
        } catch (error) {
            resetParserAfterThrow(this.serviceRegistry.getServices(uri).parser.LangiumParser);
            return unreadableParseResult(text, error) as unknown as ParseResult<T>;
        }
    }

    override async update<T extends AstNode = AstNode>(document: LangiumDocument<T>, cancellationToken = CancellationToken.None): Promise<LangiumDocument<T>> {
        const previous = document.parseResult;
        const oldText = previous.value.$cstNode?.root.fullText;
        const textDocument = this.textDocuments?.get(document.uri.toString());
        const text = await this.getUpdatedText(document, textDocument, cancellationToken);
        if (oldText === undefined || oldText === text || previous.value.$type !== 'Document') return super.update(document, cancellationToken);
        const parser = this.serviceRegistry.getServices(document.uri).parser.LangiumParser;
        let parseResult: ParseResult<Document> | undefined;
        try {
            parseResult = reparseIncrementally(previous as unknown as Parameters<typeof reparseIncrementally>[0], text, parser);
        } catch {
            resetParserAfterThrow(parser);
            parseResult = undefined; // the full parse below reports what the fragment could not
        }
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
