import type { AstNode } from 'langium';
import type * as ast from '../generated/ast.js';
import { isCommitment } from '../generated/ast.js';
import { commitmentStateIn } from '../model/commitment-states.js';
import type { IsoDate } from '../model/dates.js';
import type { FactIndex } from '../model/facts.js';
import { UNKEPT_STATUSES } from './commitment-summary.js';
import { allFacts, uniqueRefs, type FactRefs } from './fact-refs.js';
import type { ConditionSummary, FactRef, FindingSummary, TraceResult, TraceRow } from './summary-model.js';
import { compareText } from '../model/text-order.js';

/** The clause a declaration cites with `per`, if any. */
function citedClause(node: AstNode): ast.Clause | undefined {
    const clause = (node as { clause?: { ref?: ast.Clause } }).clause;
    return clause && typeof clause === 'object' && 'ref' in clause ? clause.ref : undefined;
}

const key = (ref: FactRef) => `${ref.type}:${ref.id}`;

/**
 * The traceability matrix: for every clause of every agreement, the conditions that enforce it, the
 * built-in checks that found something on a fact citing it, the facts involved, and the result.
 * A clause nothing cites or enforces is `untested` — the gap a reviewer looks for.
 */
export function buildTraceability(facts: FactIndex, conditions: readonly ConditionSummary[], findings: readonly FindingSummary[], refs: FactRefs, asOf?: IsoDate): TraceRow[] {
    const citing = new Map<ast.Clause, AstNode[]>();
    for (const node of allFacts(facts)) {
        const clause = citedClause(node);
        if (!clause || node.$type === 'Condition') continue;
        const list = citing.get(clause) ?? [];
        list.push(node);
        citing.set(clause, list);
    }
    const checkFindings = findings.filter((finding) => finding.source === 'check' && finding.subject);
    return facts.clauses.map((clause) => {
        const clauseRef = refs.clause(clause)!;
        const enforcing = conditions.filter((condition) => condition.clause && condition.clause.id === clauseRef.id);
        const citingRefs = (citing.get(clause) ?? []).map((node) => refs.fact(node));
        const factRefs = uniqueRefs([...citingRefs, ...enforcing.flatMap((condition) => condition.checked)]);
        const citingKeys = new Set(citingRefs.map(key));
        const byRule = new Map<string, { ruleId: string; findings: number; waived: number }>();
        let anError = false;
        for (const finding of checkFindings) {
            if (!citingKeys.has(key(finding.subject!)) || (finding.severity === 'info' && !finding.waived)) continue;
            const entry = byRule.get(finding.ruleId) ?? { ruleId: finding.ruleId, findings: 0, waived: 0 };
            if (finding.waived) entry.waived++;
            else {
                entry.findings++;
                anError ||= finding.severity === 'error';
            }
            byRule.set(finding.ruleId, entry);
        }
        const checks = [...byRule.values()].sort((a, b) => compareText(a.ruleId, b.ruleId));
        return {
            clause: clauseRef,
            conditions: enforcing.map((condition) => ({ id: condition.id, name: condition.name, status: condition.status })),
            checks,
            facts: factRefs,
            result: traceResult(enforcing, checks, anError, factRefs.length, asOf !== undefined && (citing.get(clause) ?? []).some((node) =>
                isCommitment(node) && UNKEPT_STATUSES.has(commitmentStateIn(node, facts, asOf).status)))
        };
    });
}

/**
 * A clause fails on a failing condition or an unwaived error; unwaived warnings alone make it `warning`, since a
 * reviewer reads "Fail" as a broken rule. A clause with an unkept commitment is never `pass`: silence about a promise
 * is not evidence it was kept.
 */
function traceResult(conditions: readonly ConditionSummary[], checks: readonly { findings: number; waived: number }[], anError: boolean, factCount: number, unkept: boolean): TraceResult {
    if (conditions.some((condition) => condition.status === 'fail') || anError) return 'fail';
    if (checks.some((check) => check.findings > 0)) return 'warning';
    if (conditions.some((condition) => condition.status === 'waived') || checks.some((check) => check.waived > 0)) return 'waived';
    if (unkept) return 'not-evidenced';
    return conditions.length > 0 || factCount > 0 ? 'pass' : 'untested';
}
