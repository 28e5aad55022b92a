import { AstUtils, CstUtils, GrammarUtils, type LangiumDocument } from 'langium';
import type { Diagnostic, TextEdit } from 'vscode-languageserver';
import { isAgreement } from '../generated/ast.js';

/** What the code-action provider turns into a quick fix. */
export interface AreaFix {
    title: string;
    edits: { document: LangiumDocument; edit: TextEdit }[];
    preferred: boolean;
}

/**
 * "Add 'covers GreaterManchester'" on `agreement-area-inferred` (data `{ agreement, candidates }`): states the
 * area the agreement covers, as the first line inside its braces, indented like the line after it. The area is
 * the finding's first candidate — the smallest area holding every place its councils serve, else every inferred
 * area; with none, there is nothing to suggest and no fix is offered.
 */
export function addCoversFix(diagnostic: Diagnostic, document: LangiumDocument): AreaFix | undefined {
    const { candidates } = (diagnostic.data ?? {}) as { candidates?: unknown };
    const area = Array.isArray(candidates) && typeof candidates[0] === 'string' ? candidates[0] : undefined;
    const root = document.parseResult.value.$cstNode;
    const leaf = root && CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(diagnostic.range.start));
    const agreement = leaf ? AstUtils.getContainerOfType(leaf.astNode, isAgreement) : undefined;
    const open = agreement?.$cstNode && GrammarUtils.findNodeForKeyword(agreement.$cstNode, '{');
    if (!area || !agreement || agreement.covers || !open) return undefined;
    const text = document.textDocument.getText();
    const declarationLine = text.slice(text.lastIndexOf('\n', agreement.$cstNode!.offset - 1) + 1, agreement.$cstNode!.offset);
    const indent = `${/^[ \t]*/.exec(declarationLine)?.[0] ?? ''}    `;
    const position = document.textDocument.positionAt(open.end);
    return {
        title: `Add 'covers ${area}'`,
        edits: [{ document, edit: { range: { start: position, end: position }, newText: `\n${indent}covers ${area}` } }],
        preferred: true
    };
}
