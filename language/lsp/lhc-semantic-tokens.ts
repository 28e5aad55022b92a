import { AstUtils, CstUtils, isLeafCstNode, isReference, type AstNode } from 'langium';
import { AbstractSemanticTokenProvider, type SemanticTokenAcceptor } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';

/**
 * Colours by meaning, not by syntax: a name is coloured by what it names (party, area, clause…) both
 * where it is declared and wherever it is referenced; dates, money, percentages and counts are numbers;
 * titles and clause texts are strings. Keywords and comments are left to the TextMate grammar.
 */
export const TOKEN_TYPE_BY_NODE_TYPE: Readonly<Record<string, SemanticTokenTypes>> = {
    [ast.Agreement.$type]: SemanticTokenTypes.namespace,
    [ast.Clause.$type]: SemanticTokenTypes.property,
    [ast.Organisation.$type]: SemanticTokenTypes.class,
    [ast.Board.$type]: SemanticTokenTypes.class,
    [ast.Area.$type]: SemanticTokenTypes.enum,
    [ast.Power.$type]: SemanticTokenTypes.function,
    [ast.Topic.$type]: SemanticTokenTypes.enumMember,
    [ast.Delegation.$type]: SemanticTokenTypes.event,
    [ast.Pilot.$type]: SemanticTokenTypes.struct,
    [ast.Aspiration.$type]: SemanticTokenTypes.interface,
    [ast.Target.$type]: SemanticTokenTypes.property,
    [ast.Objective.$type]: SemanticTokenTypes.interface,
    [ast.Commitment.$type]: SemanticTokenTypes.interface,
    [ast.Measurement.$type]: SemanticTokenTypes.variable,
    [ast.EstateAsset.$type]: SemanticTokenTypes.struct,
    [ast.EstateSale.$type]: SemanticTokenTypes.struct,
    [ast.PooledBudget.$type]: SemanticTokenTypes.struct,
    [ast.LocalityTeam.$type]: SemanticTokenTypes.struct,
    [ast.Condition.$type]: SemanticTokenTypes.macro,
    [ast.Variable.$type]: SemanticTokenTypes.parameter
};

const NUMBER_TERMINALS = new Set(['DATE', 'MONEY', 'PERCENT', 'NUMBER']);

export class LhcSemanticTokenProvider extends AbstractSemanticTokenProvider {
    protected override highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void | 'prune' {
        if (ast.isDocument(node)) {
            this.highlightLiterals(node, acceptor);
            return;
        }
        const declared = TOKEN_TYPE_BY_NODE_TYPE[node.$type];
        if (declared && typeof (node as { name?: unknown }).name === 'string') {
            acceptor({ node, property: 'name' as never, type: declared, modifier: [SemanticTokenModifiers.declaration] });
        }
        for (const { reference, property, index } of AstUtils.streamReferences(node)) {
            const target = isReference(reference) ? reference.ref : undefined;
            const type = target ? TOKEN_TYPE_BY_NODE_TYPE[target.$type] : undefined;
            if (type) acceptor({ node, property: property as never, index, type });
        }
        if (ast.isMemberAccess(node)) acceptor({ node, property: 'member', type: SemanticTokenTypes.property });
    }

    /** Dates, money, percentages and counts are numbers; quoted texts are strings. */
    private highlightLiterals(document: ast.Document, acceptor: SemanticTokenAcceptor): void {
        const root = document.$cstNode;
        if (!root) return;
        for (const leaf of CstUtils.flattenCst(root)) {
            if (!isLeafCstNode(leaf) || leaf.hidden) continue;
            const terminal = leaf.tokenType.name;
            if (NUMBER_TERMINALS.has(terminal)) acceptor({ cst: leaf, type: SemanticTokenTypes.number });
            else if (terminal === 'STRING') acceptor({ cst: leaf, type: SemanticTokenTypes.string });
        }
    }
}
