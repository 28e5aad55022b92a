import type { AstNode } from 'langium';
import * as ast from '../generated/ast.js';
import { isNamedWithinOwner } from '../linking/lhc-naming.js';
import { namedDeclarations, type FactIndex } from '../model/facts.js';

export { closest } from '../linking/near-names.js';

/** The variables bound around a node, innermost first. */
export function variablesInScope(node: AstNode): string[] {
    const names: string[] = [];
    for (let current = node.$container; current; current = current.$container) {
        if ((ast.isQuantified(current) || ast.isAggregate(current)) && current.variable) names.push(current.variable.name);
    }
    return names;
}

/**
 * The names a condition can refer to a fact by, for "did you mean": the declarations the grammar lets a condition's
 * name link to (`Referable` in lhc-conditions.langium), less those known outside their owner only by a qualified
 * name (clauses, an aspiration's targets), which a condition's plain name cannot reach.
 */
export function namedFacts(facts: FactIndex): string[] {
    const names: string[] = [];
    for (const node of namedDeclarations(facts)) {
        if (ast.isReferable(node) && !isNamedWithinOwner(node)) names.push(node.name);
    }
    return names;
}
