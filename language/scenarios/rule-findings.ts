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
    // As in the validator: a node recovered without its required parts is a syntax error, not judged.
    for (const node of nodes) if (isComplete(node)) byType[node.$type]?.(node, context);
    return findings;
}
