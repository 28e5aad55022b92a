import type { AstNode, AstNodeDescription, CstNode, LangiumDocument } from 'langium';
import { DefaultDocumentSymbolProvider, DefaultWorkspaceSymbolProvider, type NodeKindProvider } from 'langium/lsp';
import { CompletionItemKind, SymbolKind, type DocumentSymbol, type WorkspaceSymbol } from 'vscode-languageserver';
import { refText } from '../checks/wording.js';
import * as ast from '../generated/ast.js';

/** Outline and symbol-search icons: one kind per declaration type, the same everywhere. */
const SYMBOL_KIND_BY_TYPE: Readonly<Record<string, SymbolKind>> = {
    [ast.Agreement.$type]: SymbolKind.Namespace,
    [ast.Clause.$type]: SymbolKind.String,
    [ast.Organisation.$type]: SymbolKind.Class,
    [ast.Board.$type]: SymbolKind.Class,
    [ast.Area.$type]: SymbolKind.Enum,
    [ast.Power.$type]: SymbolKind.Function,
    [ast.Topic.$type]: SymbolKind.EnumMember,
    [ast.Delegation.$type]: SymbolKind.Event,
    [ast.Pilot.$type]: SymbolKind.Struct,
    [ast.Aspiration.$type]: SymbolKind.Interface,
    [ast.Target.$type]: SymbolKind.Property,
    [ast.Objective.$type]: SymbolKind.Interface,
    [ast.Commitment.$type]: SymbolKind.Interface,
    [ast.Measurement.$type]: SymbolKind.Number,
    [ast.EstateAsset.$type]: SymbolKind.Object,
    [ast.EstateSale.$type]: SymbolKind.Object,
    [ast.PooledBudget.$type]: SymbolKind.Object,
    [ast.LocalityTeam.$type]: SymbolKind.Object,
    [ast.Condition.$type]: SymbolKind.Operator,
    [ast.Variable.$type]: SymbolKind.Variable
};

const COMPLETION_KIND_BY_TYPE: Readonly<Record<string, CompletionItemKind>> = {
    [ast.Agreement.$type]: CompletionItemKind.Module,
    [ast.Clause.$type]: CompletionItemKind.Text,
    [ast.Organisation.$type]: CompletionItemKind.Class,
    [ast.Board.$type]: CompletionItemKind.Class,
    [ast.Area.$type]: CompletionItemKind.Enum,
    [ast.Power.$type]: CompletionItemKind.Function,
    [ast.Topic.$type]: CompletionItemKind.EnumMember,
    [ast.Delegation.$type]: CompletionItemKind.Event,
    [ast.Pilot.$type]: CompletionItemKind.Struct,
    [ast.Aspiration.$type]: CompletionItemKind.Interface,
    [ast.Target.$type]: CompletionItemKind.Property,
    [ast.Objective.$type]: CompletionItemKind.Interface,
    [ast.Commitment.$type]: CompletionItemKind.Interface,
    [ast.Measurement.$type]: CompletionItemKind.Value,
    [ast.EstateAsset.$type]: CompletionItemKind.Struct,
    [ast.EstateSale.$type]: CompletionItemKind.Struct,
    [ast.PooledBudget.$type]: CompletionItemKind.Struct,
    [ast.LocalityTeam.$type]: CompletionItemKind.Struct,
    [ast.Condition.$type]: CompletionItemKind.Operator,
    [ast.Variable.$type]: CompletionItemKind.Variable
};

function typeOf(node: AstNode | AstNodeDescription): string {
    return 'type' in node && typeof node.type === 'string' ? node.type : (node as AstNode).$type;
}

export class LhcNodeKindProvider implements NodeKindProvider {
    getSymbolKind(node: AstNode | AstNodeDescription): SymbolKind {
        return SYMBOL_KIND_BY_TYPE[typeOf(node)] ?? SymbolKind.Field;
    }

    getCompletionItemKind(node: AstNode | AstNodeDescription): CompletionItemKind {
        return COMPLETION_KIND_BY_TYPE[typeOf(node)] ?? CompletionItemKind.Reference;
    }
}

/** The title (or a clause's text) is what a reader recognises a declaration by. */
function detailOf(node: AstNode): string | undefined {
    if (ast.isClause(node)) return node.text;
    if (ast.isMeasurement(node)) return `${refText(node.target)} on ${node.date ?? '?'}`;
    if (ast.isDelegation(node)) return `${refText(node.from)} ${node.kind ?? 'delegates'} ${refText(node.power)} to ${refText(node.to)}`;
    const title = (node as { title?: unknown }).title;
    return typeof title === 'string' ? title : undefined;
}

/**
 * The outline: every declaration with its kind and title; members of agreements and aspirations
 * (clauses, pilots, targets…) nest under them. Quantifier variables are not declarations and stay out.
 */
export class LhcDocumentSymbolProvider extends DefaultDocumentSymbolProvider {
    protected override getSymbol(document: LangiumDocument, astNode: AstNode): DocumentSymbol[] {
        if (ast.isVariable(astNode) || ast.isExpression(astNode)) return [];
        return super.getSymbol(document, astNode);
    }

    protected override createSymbol(document: LangiumDocument, astNode: AstNode, cstNode: CstNode, nameNode: CstNode, computedName?: string): DocumentSymbol {
        const symbol = super.createSymbol(document, astNode, cstNode, nameNode, computedName);
        symbol.detail = detailOf(astNode);
        return symbol;
    }
}

/** Workspace symbol search: qualified names (`MoU2017.Estates`), with the title as the container text. */
export class LhcWorkspaceSymbolProvider extends DefaultWorkspaceSymbolProvider {
    protected override getWorkspaceSymbol(description: AstNodeDescription): WorkspaceSymbol | undefined {
        if (description.type === ast.Variable.$type) return undefined;
        const symbol = super.getWorkspaceSymbol(description);
        if (symbol && description.node) symbol.containerName = detailOf(description.node);
        return symbol;
    }
}
