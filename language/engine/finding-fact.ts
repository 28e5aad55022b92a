import { CstUtils, type AstNode, type LangiumDocument } from 'langium';
import type { Range } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import { qualifiedNameOf } from '../linking/lhc-naming.js';

/**
 * The qualified name (`DevolutionMoU2017.Estates`, `SaleOfFormerClinicCroydon`) of the innermost declared fact whose
 * text holds the start of a range, or `undefined` outside every declaration (a stray token at the top of a file).
 * It names where a finding is in words that survive lines being added above it, so fingerprints can follow it.
 */
export function factNameAt(document: LangiumDocument, range: Range): string | undefined {
    const root = document.parseResult.value.$cstNode;
    if (!root) return undefined;
    const offset = document.textDocument.offsetAt(range.start);
    const leaf = CstUtils.findLeafNodeAtOffset(root, offset) ?? CstUtils.findLeafNodeBeforeOffset(root, offset);
    for (let node: AstNode | undefined = leaf?.astNode; node; node = node.$container) {
        const name = (node as { name?: unknown }).name;
        // A quantifier's variable (`s` in `every s in estate-sales`) is no fact: the condition around it is.
        if (typeof name === 'string' && name.length > 0 && !ast.isVariable(node)) return qualifiedNameOf(node as AstNode & { name: string });
    }
    return undefined;
}
