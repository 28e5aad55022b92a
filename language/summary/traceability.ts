import type { AstNode } from 'langium';
import * as ast from '../generated/ast.js';
import { rulesJudging } from '../checks/rule-judgement.js';
import { commitmentStateIn } from '../model/commitment-states.js';
import type { CommitmentStatus } from '../model/commitments.js';
import type { IsoDate } from '../model/dates.js';
import type { FactIndex } from '../model/facts.js';
import type { TargetStatus } from '../model/targets.js';
import { allFacts, uniqueRefs, type FactRefs } from './fact-refs.js';
import type { ConditionSummary, FactRef, FindingSummary, TargetSummary, TraceResult, TraceRow } from './summary-model.js';
import { compareText } from '../model/text-order.js';

/** What the matrix is built from: the workspace's facts and the summary's conditions, findings and targets. */
export interface TraceInput {
    facts: FactIndex;
    conditions: readonly ConditionSummary[];
    findings: readonly FindingSummary[];
    targets: readonly TargetSummary[];
    refs: FactRefs;
    asOf: IsoDate;
    /** The built-in rules in force: a fact one of them ran on was judged (`rule-judgement.ts`). */
    rulesInForce: ReadonlySet<string>;
}

/** What one fact says about its clause; `undefined` when it judged nothing (a commitment withdrawn, no rule ran on it). */
type FactJudgement = 'fail' | 'warning' | 'not-evidenced' | 'pass' | undefined;

const TARGET_JUDGEMENT: Record<TargetStatus, FactJudgement> = {
    'missed': 'fail', 'at-risk': 'warning', 'inconclusive': 'warning', 'no-evidence': 'not-evidenced', 'on-track': 'pass', 'met': 'pass'
};

/** A promise not shown kept is never a pass (silence is not evidence); one that no longer binds judges nothing. */
const COMMITMENT_JUDGEMENT: Record<CommitmentStatus, FactJudgement> = {
    'breached': 'fail', 'overdue': 'fail', 'delivered-late': 'warning', 'due': 'not-evidenced', 'not-yet-due': 'not-evidenced',
    'delivered': 'pass', 'in-force': 'pass', 'superseded': undefined, 'withdrawn': undefined
};

/** The clause a declaration cites with `per`, if any. */
function citedClause(node: AstNode): ast.Clause | undefined {
    const clause = (node as { clause?: { ref?: ast.Clause } }).clause;
    return clause && typeof clause === 'object' && 'ref' in clause ? clause.ref : undefined;
}

const key = (ref: FactRef) => `${ref.type}:${ref.id}`;

/**
 * The traceability matrix: for every clause of every agreement, the conditions that enforce it, the built-in checks
 * that found something on a fact citing it, the facts involved, those judged, and the result (`TraceResult`). An
 * aspiration citing a clause brings its targets, judged by their status. A clause nothing cites or enforces is
 * `untested` — the gap a reviewer looks for; one whose facts and conditions judged nothing says so.
 */
export function buildTraceability(input: TraceInput): TraceRow[] {
    const { facts, refs } = input;
    const targets = new Set<AstNode>(facts.targets);
    const citing = new Map<ast.Clause, AstNode[]>();
    for (const node of allFacts(facts)) {
        const clause = citedClause(node);
        if (!clause || node.$type === 'Condition') continue;
        const list = citing.get(clause) ?? [];
        list.push(node);
        if (ast.isAspiration(node)) list.push(...node.targets.filter((target) => targets.has(target)));
        citing.set(clause, list);
    }
    const targetStatus = new Map(input.targets.map((target) => [target.id, target.status]));
    const judgementOf = (node: AstNode, ref: FactRef): FactJudgement => {
        if (ast.isTarget(node)) return TARGET_JUDGEMENT[targetStatus.get(ref.id) ?? 'no-evidence'];
        if (ast.isCommitment(node)) return COMMITMENT_JUDGEMENT[commitmentStateIn(node, facts, input.asOf).status];
        return rulesJudging(node, input.rulesInForce).length > 0 ? 'pass' : undefined;
    };
    const checkFindings = input.findings.filter((finding) => finding.source === 'check' && finding.subject);
    return facts.clauses.map((clause) => {
        const clauseRef = refs.clause(clause)!;
        const enforcing = input.conditions.filter((condition) => condition.clause && condition.clause.id === clauseRef.id);
        const citingNodes = [...new Set(citing.get(clause) ?? [])];
        const citingRefs = citingNodes.map((node) => refs.fact(node));
        const judgements = citingNodes.map((node, index) => judgementOf(node, citingRefs[index]!));
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
        const judged = uniqueRefs([
            ...citingRefs.filter((_ref, index) => judgements[index] !== undefined),
            ...enforcing.filter((condition) => condition.status !== 'nothing-to-judge').flatMap((condition) => condition.checked)
        ]);
        return {
            clause: clauseRef,
            conditions: enforcing.map((condition) => ({ id: condition.id, name: condition.name, status: condition.status })),
            checks,
            facts: factRefs,
            judged,
            result: traceResult(enforcing, checks, anError, judgements, judged.length, factRefs.length)
        };
    });
}

/**
 * Worst first: a failing condition, an unwaived error or a failing fact (a missed target, a breached commitment)
 * fails the clause; unwaived warnings or a fact at risk make it `warning`, since a reviewer reads "Fail" as a broken
 * rule; then waived; then a fact not shown kept or without evidence. Only then, and only with a judged fact, `pass`.
 */
function traceResult(conditions: readonly ConditionSummary[], checks: readonly { findings: number; waived: number }[], anError: boolean,
    judgements: readonly FactJudgement[], judgedCount: number, factCount: number): TraceResult {
    if (conditions.some((condition) => condition.status === 'fail') || anError || judgements.includes('fail')) return 'fail';
    if (checks.some((check) => check.findings > 0) || judgements.includes('warning')) return 'warning';
    if (conditions.some((condition) => condition.status === 'waived') || checks.some((check) => check.waived > 0)) return 'waived';
    if (judgements.includes('not-evidenced')) return 'not-evidenced';
    if (judgedCount > 0) return 'pass';
    return conditions.length > 0 || factCount > 0 ? 'nothing-to-judge' : 'untested';
}
