import type { EvidenceAccess } from '../datasets/target-evidence.js';
import type { AstNode } from 'langium';
import type { BuiltInCheck, CheckContext, NodeCheck } from '../checks/rule.js';
import type { IsoDate } from '../model/dates.js';
import { isComplete } from '../model/complete-nodes.js';
import type { FactIndex } from '../model/facts.js';

/** One finding of a built-in check in a test: where, and what it says. */
export interface RuleFinding {
    node: AstNode;
    message: string;
}

/**
 * Runs one built-in check over every node a test sees, as the validator would, but collecting its findings
 * instead of reporting them, and whatever `lhc.config.json` says of its severity: a test of a rule runs the rule.
 */
export function runBuiltInCheck(check: BuiltInCheck, nodes: readonly AstNode[], facts: FactIndex, asOf: IsoDate, staleAfterDays: number, evidence: EvidenceAccess): RuleFinding[] {
    const findings: RuleFinding[] = [];
    const context: CheckContext = {
        asOf,
        staleAfterDays,
        facts,
        evidence,
        report: (node, message) => { findings.push({ node, message }); }
    };
    const byType = check.checks as Record<string, NodeCheck<AstNode> | undefined>;
    for (const node of nodes) if (visits(check, node)) byType[node.$type]!(node, context);
    return findings;
}

/**
 * Whether a check looks at a node: it has a check for the node's kind and, as in the validator, the node is
 * whole (one recovered without its required parts is a syntax error, not judged).
 */
function visits(check: BuiltInCheck, node: AstNode): boolean {
    return (check.checks as Record<string, unknown>)[node.$type] !== undefined && isComplete(node);
}

/**
 * Why a built-in check never judges `fact` among a test's nodes, or undefined when it does: it judges a fact it
 * looks at, or one it looks at a part of (a pilot's lead) or the whole of (the agreement holding a pilot).
 * With no fact: why it judged nothing at all.
 */
export function whyCheckNeverJudges(check: BuiltInCheck, nodes: readonly AstNode[], fact?: AstNode): string | undefined {
    const related = (node: AstNode) => fact === undefined || isWithin(node, fact) || isWithin(fact, node);
    if (nodes.some((node) => related(node) && visits(check, node))) return undefined;
    const kinds = Object.keys(check.checks).join(', ');
    return fact === undefined
        ? `it looks only at ${kinds}, and the test sees none`
        : `it looks only at ${kinds}, and ${(fact as { name?: string }).name ?? fact.$type} (a ${fact.$type}) is not one and holds none`;
}

/** Whether `node` is `ancestor` or lies within it. */
export function isWithin(node: AstNode, ancestor: AstNode): boolean {
    for (let current: AstNode | undefined = node; current; current = current.$container) if (current === ancestor) return true;
    return false;
}
