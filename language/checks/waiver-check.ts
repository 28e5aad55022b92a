import { evaluateWorkspace, type ConditionEvaluation } from '../conditions/condition-evaluator.js';
import type { WaiverProblem, WaiverProblemId } from '../conditions/waivers.js';
import type { Waiver } from '../generated/ast.js';
import type { IsoDate } from '../model/dates.js';
import type { FactIndex } from '../model/facts.js';
import { defineCheck, type BuiltInCheck } from './rule.js';

/**
 * Waiver problems, judged as of the check date against the shared (cached) condition evaluation:
 * a waiver accepts a violation only while it is complete and unexpired, and one that matches nothing is stale.
 */
export function defineWaiverCheck(id: WaiverProblemId, description: string, rationale: string): BuiltInCheck {
    return defineCheck({
        id, severity: 'error', category: 'conditions', scope: 'workspace', description, rationale,
        checks: {
            Waiver: (waiver, context) => {
                for (const problem of waiverProblemsOf(waiver, context.facts, context.asOf)) {
                    if (problem.id !== id) continue;
                    context.report(waiver, problem.message, { property: problem.property });
                }
            }
        }
    });
}




const problemsByEvaluation = new WeakMap<ConditionEvaluation, Map<Waiver, WaiverProblem[]>>();

/** One waiver's problems, from the evaluation shared by the whole build (grouped once, looked up per waiver). */
function waiverProblemsOf(waiver: Waiver, facts: FactIndex, asOf: IsoDate): WaiverProblem[] {
    const evaluation = evaluateWorkspace(facts, asOf);
    let byWaiver = problemsByEvaluation.get(evaluation);
    if (!byWaiver) {
        byWaiver = new Map();
        for (const problem of evaluation.waiverProblems) byWaiver.set(problem.waiver, [...(byWaiver.get(problem.waiver) ?? []), problem]);
        problemsByEvaluation.set(evaluation, byWaiver);
    }
    return byWaiver.get(waiver) ?? [];
}
