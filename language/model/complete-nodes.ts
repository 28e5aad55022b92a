import { AstUtils, GrammarAST, GrammarUtils, type AstNode, type Grammar } from 'langium';
import { LhcGrammar } from '../generated/grammar.js';
import { isBrokenDeclaration } from '../parsing/syntax-errors.js';

/**
 * Which nodes are complete enough to judge. The parser recovers from a syntax error by building the node it was
 * in the middle of without the parts it never saw: `commitment` alone is a Commitment with no name, title or
 * kind. Such a node is already reported as a syntax error; judging it as well only gives findings about a
 * declaration the user has not finished writing ("Commitment '?' has no deadline"). So a node is judged, counted
 * as a fact and summarised only when it, and every node it is written inside, has every property the grammar
 * requires of it. Properties the grammar makes optional may still be missing: checks must allow for those.
 *
 * Nor is any node of a top-level declaration that holds a syntax error (`sold 2019-03-29 for £6 billion`): the
 * parser recovered it, and what it holds after the error may be missing or misread (see `brokenDeclarations`).
 */

/** The properties the grammar requires of each node type (`$type` → property names), read from the grammar. */
export function requiredProperties(grammar: Grammar): ReadonlyMap<string, ReadonlySet<string>> {
    const result = new Map<string, Set<string>>();
    // A type that several rules (or actions) produce requires only what all of them require.
    const add = (type: string, properties: ReadonlySet<string>) => {
        const previous = result.get(type);
        result.set(type, previous ? new Set([...previous].filter((property) => properties.has(property))) : new Set(properties));
    };
    for (const rule of grammar.rules) {
        if (!GrammarAST.isParserRule(rule) || rule.fragment || GrammarUtils.isDataTypeRule(rule) || !rule.definition) continue;
        add(GrammarUtils.getRuleTypeName(rule), mandatory(rule.definition, add));
    }
    return result;
}

/**
 * The properties every way through `element` assigns. A group that starts with an action (`{infer
 * BinaryExpression.left=current} operator='and' right=…`) makes a node of the action's type: its properties
 * are recorded for that type and none of them belong to the node around it.
 */
function mandatory(element: GrammarAST.AbstractElement, add: (type: string, properties: ReadonlySet<string>) => void): Set<string> {
    const optional = GrammarUtils.isOptionalCardinality(element.cardinality, element);
    if (GrammarAST.isGroup(element) && element.elements[0] && GrammarAST.isAction(element.elements[0])) {
        const action = element.elements[0];
        const own = new Set<string>(action.feature ? [action.feature] : []);
        for (const rest of element.elements.slice(1)) for (const property of mandatory(rest, add)) own.add(property);
        const type = GrammarUtils.getActionType(action);
        if (type) add(type, own);
        return new Set();
    }
    let properties = new Set<string>();
    if (GrammarAST.isAssignment(element)) {
        // `flag?='keyword'` is false when absent, never missing.
        if (element.operator !== '?=') properties.add(element.feature);
    } else if (GrammarAST.isGroup(element) || GrammarAST.isUnorderedGroup(element)) {
        for (const child of element.elements) for (const property of mandatory(child, add)) properties.add(property);
    } else if (GrammarAST.isAlternatives(element)) {
        const each = element.elements.map((child) => mandatory(child, add));
        properties = each.reduce((common, next) => new Set([...common].filter((property) => next.has(property))));
    } else if (GrammarAST.isRuleCall(element)) {
        const rule = element.rule.ref;
        if (GrammarAST.isParserRule(rule) && rule.fragment && rule.definition) properties = mandatory(rule.definition, add);
    }
    return optional ? new Set() : properties;
}

let required: ReadonlyMap<string, ReadonlySet<string>> | undefined;
const verdicts = new WeakMap<AstNode, boolean>();

/** Whether `node` has every property the grammar requires of it (a list: at least one item). */
export function hasRequiredProperties(node: AstNode): boolean {
    required ??= requiredProperties(LhcGrammar());
    const properties = required.get(node.$type);
    if (!properties) return true;
    const values = node as unknown as Record<string, unknown>;
    for (const property of properties) {
        const value = values[property];
        if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) return false;
    }
    return true;
}

/**
 * Whether `node` is complete enough to judge: it and every node it is written inside have every property the
 * grammar requires. Remembered per node (a new parse makes new nodes).
 */
export function isComplete(node: AstNode): boolean {
    let verdict = verdicts.get(node);
    if (verdict === undefined) {
        verdict = hasRequiredProperties(node) && !isBrokenDeclaration(node) && (node.$container === undefined || isComplete(node.$container));
        verdicts.set(node, verdict);
    }
    return verdict;
}

/**
 * Whether `node` is complete (see `isComplete`) and so is everything written inside it. A finding about an
 * expression (`Unknown name …`, `… was required`) quotes its parts, so it is only made when none is missing: an
 * expression the parser recovered without its name or operator is a syntax error already.
 */
export function isWhole(node: AstNode): boolean {
    let verdict = wholeVerdicts.get(node);
    if (verdict === undefined) {
        verdict = isComplete(node) && AstUtils.streamAst(node).every(hasRequiredProperties);
        wholeVerdicts.set(node, verdict);
    }
    return verdict;
}

/** Remembered per node, as `isComplete`'s: a node's subtree never changes (an edit re-parses it into new nodes). */
const wholeVerdicts = new WeakMap<AstNode, boolean>();
