import { AstUtils, type AstNode } from 'langium';
import type * as ast from '../generated/ast.js';
import { deepRegionsOf, describeRegion, MAX_NESTING, MAX_OPERATORS } from '../parsing/depth-guard.js';
import type { ConditionTypeIssue } from './condition-shapes.js';

/**
 * How deep a condition's expression tree may be. Long chains (`a and b and c …`) nest without brackets, one
 * level per operator; the type checker, the evaluator and its explanations recurse once or a few times per level,
 * so the tree is measured here first, without recursion, and a deeper one is reported instead of judged.
 */
export const MAX_EXPRESSION_DEPTH = 1000;

/**
 * The one finding for a condition too deep to judge: one with text nested more than `MAX_NESTING` levels (which
 * the parser never saw; the finding names that text), or an expression tree deeper than `MAX_EXPRESSION_DEPTH`. Undefined for any other.
 */
export function nestingIssue(condition: ast.Condition): ConditionTypeIssue | undefined {
    const cst = condition.$cstNode;
    const regions = cst ? deepRegionsOf(AstUtils.findRootNode(condition)) : [];
    const held = cst ? regions.filter((region) => region.start < cst.end && region.end > cst.offset) : [];
    if (cst && held.length > 0) {
        const text = cst.root.fullText;
        const unread = held.map((region) => describeRegion(text, region)).join(' and ');
        return issue(condition, `nested deeper than ${MAX_NESTING} levels of brackets, 'not' and quantifiers, or longer than ${MAX_OPERATORS} operators (${unread} was not read)`);
    }
    if (condition.expression && treeDepth(condition.expression) > MAX_EXPRESSION_DEPTH) {
        return issue(condition, `nested deeper than ${MAX_EXPRESSION_DEPTH} operators`);
    }
    return undefined;
}

function issue(condition: ast.Condition, what: string): ConditionTypeIssue {
    return {
        id: 'condition-too-deep', node: condition, property: condition.name ? 'name' : undefined,
        message: `Condition '${condition.name ?? '?'}' is ${what}, so it is not evaluated: split it into smaller conditions.`
    };
}

/** Depths already measured: a node's subtree never changes (an edit re-parses it into new nodes). */
const depths = new WeakMap<AstNode, number>();

/** The depth of a tree, measured with an explicit stack (a recursive walk would overflow on the trees it guards). */
export function treeDepth(root: AstNode): number {
    const known = depths.get(root);
    if (known !== undefined) return known;
    const depth = measureDepth(root);
    depths.set(root, depth);
    return depth;
}

function measureDepth(root: AstNode): number {
    let deepest = 0;
    const stack: [AstNode, number][] = [[root, 1]];
    while (stack.length > 0) {
        const [node, depth] = stack.pop()!;
        if (depth > deepest) deepest = depth;
        for (const child of AstUtils.streamContents(node)) stack.push([child, depth + 1]);
    }
    return deepest;
}
