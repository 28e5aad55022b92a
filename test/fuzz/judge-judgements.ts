import type { ComplianceSummary } from '../../language/summary/summary-model.js';

/**
 * "Never a pass without a judgement", for any summary: what `npm run fuzz` and the summary's property test check.
 * Returns what went wrong, one line each:
 * - a traceability row that says Pass with no judged fact, or names a judged fact that is not one of its facts;
 * - a row that is not Fail while a fact citing its clause is a missed target or a breached or overdue commitment;
 * - a condition that says pass without having checked a fact;
 * - a count that holds rules or conditions with nothing to judge: the Rules verdict's total is the judged
 *   conditions and judged built-in rules, its statuses add up to it, and what had nothing to judge is counted apart;
 * - any concern whose count exceeds its total or whose statuses do not add up to it.
 */
export function judgementProblems(summary: ComplianceSummary): string[] {
    const problems: string[] = [];
    const key = (ref: { type: string; id: string }) => `${ref.type}:${ref.id}`;
    // Each failing target or commitment, by the clause it cites (a target through its aspiration).
    const failing = new Map<string, string>([
        ...summary.targets.filter((target) => target.status === 'missed').map((target) => [key(target), target.clause?.id ?? ''] as const),
        ...summary.commitments.filter((commitment) => commitment.status === 'breached' || commitment.status === 'overdue')
            .map((commitment) => [key(commitment), commitment.clause?.id ?? ''] as const)
    ]);
    for (const row of summary.traceability) {
        const facts = new Set(row.facts.map(key));
        if (row.result === 'pass' && row.judged.length === 0) problems.push(`traceability: ${row.clause.id} passes with nothing judged`);
        for (const fact of row.judged) if (!facts.has(key(fact))) problems.push(`traceability: ${row.clause.id} judged ${fact.id}, not one of its facts`);
        const failed = row.facts.find((fact) => failing.get(key(fact)) === row.clause.id);
        if (failed && row.result !== 'fail') problems.push(`traceability: ${row.clause.id} is ${row.result} while ${failed.id} fails`);
    }
    for (const condition of summary.conditions) {
        if (condition.status === 'pass' && condition.checked.length === 0) problems.push(`condition ${condition.id} passes having checked nothing`);
    }
    const { conditions, builtInRules } = summary.totals;
    if (builtInRules.judged + builtInRules.nothingToJudge !== builtInRules.inForce) problems.push(`totals: built-in rules ${JSON.stringify(builtInRules)} do not add up`);
    if (conditions.pass + conditions.fail + conditions.waived + conditions['nothing-to-judge'] !== conditions.total) problems.push(`totals: conditions ${JSON.stringify(conditions)} do not add up`);
    for (const concern of summary.verdict.concerns) {
        const sum = concern.counts.reduce((total, entry) => total + entry.count, 0);
        if (concern.count < 0 || concern.count > concern.total || sum !== concern.total) {
            problems.push(`verdict: ${concern.concern} reads ${concern.count} of ${concern.total}, its statuses add up to ${sum}`);
        }
        if (concern.concern !== 'conditions') continue;
        const judged = conditions.pass + conditions.fail + conditions.waived + builtInRules.judged;
        const unjudged = conditions['nothing-to-judge'] + builtInRules.nothingToJudge;
        if (concern.total !== judged) problems.push(`verdict: Rules counts ${concern.total}, but ${judged} rules and conditions judged something`);
        if (concern.nothingToJudge !== unjudged) problems.push(`verdict: Rules says ${concern.nothingToJudge} had nothing to judge, not ${unjudged}`);
        const passing = concern.counts.find((entry) => entry.status === 'pass')?.count ?? 0;
        if (passing > conditions.pass + builtInRules.judged) problems.push(`verdict: ${passing} rules passing of ${conditions.pass + builtInRules.judged} judged`);
        if (concern.state === 'ok' && judged === 0) problems.push('verdict: Rules are compliant with nothing judged');
    }
    return problems;
}
