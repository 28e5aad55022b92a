import { AstUtils, GrammarAST, stream, type AstNodeDescription, type LangiumDocument, type MaybePromise, type ReferenceInfo, type Stream } from 'langium';
import { DefaultCompletionProvider, type CompletionAcceptor, type CompletionContext, type CompletionValueItem, type LangiumServices } from 'langium/lsp';
import { CompletionItemKind, InsertTextFormat, type CancellationToken, type CompletionList, type CompletionParams } from 'vscode-languageserver';
import type { LhcServices } from '../lhc-module.js';
import { describeDeclaration } from './lhc-hover.js';
import { withWorkspaceDefaults } from './lhc-snippet-defaults.js';
import { SNIPPET_BY_KEYWORD } from './lhc-snippets.js';

/**
 * Completion: names of what may be referenced (Langium's scoping decides, so clauses come both by their
 * qualified name and, inside or `under` their agreement, by their short name), each with its title and
 * a description; keywords; and next to a declaration keyword, a skeleton of the whole declaration.
 */
export class LhcCompletionProvider extends DefaultCompletionProvider {
    private readonly lhc: LhcServices;

    constructor(services: LangiumServices) {
        super(services);
        this.lhc = services as LhcServices;
    }

    /** Inside a comment or a string the writer is writing prose: nothing is offered there. */
    override async getCompletion(document: LangiumDocument, params: CompletionParams, cancelToken?: CancellationToken): Promise<CompletionList | undefined> {
        const text = document.textDocument.getText();
        if (isInCommentOrString(text, document.textDocument.offsetAt(params.position))) return { isIncomplete: false, items: [] };
        return super.getCompletion(document, params, cancelToken);
    }

    /** A clause visible by its short name is not offered a second time by its qualified name. */
    protected override getReferenceCandidates(refInfo: ReferenceInfo, context: CompletionContext): Stream<AstNodeDescription> {
        const candidates = super.getReferenceCandidates(refInfo, context).toArray();
        const key = (description: AstNodeDescription): string => `${description.documentUri.toString()}#${description.path}`;
        const shortNames = new Set(candidates.filter((description) => !description.name.includes('.')).map(key));
        return stream(candidates.filter((description) => !description.name.includes('.') || !shortNames.has(key(description))));
    }

    protected override createReferenceCompletionItem(description: AstNodeDescription, refInfo: ReferenceInfo, context: CompletionContext): CompletionValueItem {
        const item = super.createReferenceCompletionItem(description, refInfo, context);
        const node = description.node;
        if (!node) return item;
        const title = (node as { title?: unknown; text?: unknown }).title ?? (node as { text?: unknown }).text;
        const lines = describeDeclaration(node, this.lhc);
        return {
            ...item,
            detail: typeof title === 'string' ? title : item.detail,
            documentation: lines ? { kind: 'markdown', value: lines.join('\n\n') } : item.documentation
        };
    }

    protected override completionForKeyword(context: CompletionContext, keyword: GrammarAST.Keyword, acceptor: CompletionAcceptor): MaybePromise<void> {
        super.completionForKeyword(context, keyword, acceptor);
        const snippet = SNIPPET_BY_KEYWORD.get(keyword.value);
        // Keywords that double as member names after a dot (`s.agreement`) get no skeleton.
        const rule = AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule);
        if (!snippet || rule?.name === 'FeatureName') return;
        acceptor(context, {
            label: `${snippet.prefix} …`,
            filterText: snippet.prefix,
            insertText: withWorkspaceDefaults(snippet.body, this.lhc.shared.workspace.IndexManager).join('\n'),
            insertTextFormat: InsertTextFormat.Snippet,
            kind: CompletionItemKind.Snippet,
            detail: snippet.description,
            sortText: '2'
        });
    }
}

const BLOCK_COMMENT = /\/\*[\s\S]*?\*\//y;
const STRING = /"(\\.|[^"\\])*"/y;

/**
 * Whether `offset` (0-based, between characters) is inside a comment or a string, as the lexer reads the text
 * (`lhc-terminals.langium`: ML_COMMENT, SL_COMMENT, STRING). What is being typed counts too: a block comment not yet
 * closed runs to the end of the text, a string not yet closed to the end of its line (the lexer resumes after a
 * lone quote, so one stray quote does not silence the rest of the file).
 */
export function isInCommentOrString(text: string, offset: number): boolean {
    let at = 0;
    while (at < offset) {
        const char = text[at];
        if (char === '/' && text[at + 1] === '/') {
            const end = lineEnd(text, at);
            if (offset <= end) return offset >= at + 2;
            at = end;
        } else if (char === '/' && text[at + 1] === '*') {
            BLOCK_COMMENT.lastIndex = at;
            const end = BLOCK_COMMENT.exec(text) ? BLOCK_COMMENT.lastIndex : text.length;
            // Inside from after `/*` to before `*/`.
            if (offset < end || end === text.length) return offset >= at + 2;
            at = end;
        } else if (char === '"') {
            STRING.lastIndex = at;
            const end = STRING.exec(text) ? STRING.lastIndex : lineEnd(text, at);
            const closed = text[end - 1] === '"' && end - 1 > at;
            if (offset < end || (!closed && offset <= end)) return true;
            at = end;
        } else {
            at++;
        }
    }
    return false;
}

function lineEnd(text: string, from: number): number {
    const newline = text.slice(from).search(/[\r\n]/);
    return newline < 0 ? text.length : from + newline;
}
