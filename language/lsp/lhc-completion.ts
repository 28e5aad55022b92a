import { AstUtils, GrammarAST, stream, type AstNodeDescription, type MaybePromise, type ReferenceInfo, type Stream } from 'langium';
import { DefaultCompletionProvider, type CompletionAcceptor, type CompletionContext, type CompletionValueItem, type LangiumServices } from 'langium/lsp';
import { CompletionItemKind, InsertTextFormat } from 'vscode-languageserver';
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
