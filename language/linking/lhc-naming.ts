import type { AstNode } from 'langium';
import { isAspiration, isClause, isTarget, type Agreement, type Aspiration } from '../generated/ast.js';

/**
 * Clauses and targets are named within their agreement or aspiration (two agreements may each have
 * a clause `Governance`), so their global name is qualified: `DevolutionMoU2017.Estates`.
 * Every other declaration is named by its own name, workspace-wide.
 */
export function qualifiedNameOf(node: AstNode & { name: string }): string {
    if ((isClause(node) || isTarget(node)) && node.$container) {
        const owner = node.$container as Agreement | Aspiration;
        // An owner left without a name by a syntax error: the declaration is known by its own name only.
        return owner.name ? `${owner.name}.${node.name}` : node.name;
    }
    return node.name;
}

/** Whether a declaration is known workspace-wide only by its qualified name. */
export function isNamedWithinOwner(node: AstNode): boolean {
    return isClause(node) || (isTarget(node) && isAspiration(node.$container));
}
