import { evaluateWorkspace, type ConditionEvaluation } from '../conditions/condition-evaluator.js';
import type { WaiverProblem, WaiverProblemId } from '../conditions/waivers.js';
import type { Waiver } from '../generated/ast.js';
import { BuildCache } from '../model/build-cache.js';
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




const problemsByEvaluation = new BuildCache<ConditionEvaluation, [], Map<Waiver, WaiverProblem[]>>();

/** One waiver's problems, from the evaluation shared by the whole build (grouped once, looked up per waiver). */
function waiverProblemsOf(waiver: Waiver, facts: FactIndex, asOf: IsoDate): WaiverProblem[] {
    const evaluation = evaluateWorkspace(facts, asOf);
    const byWaiver = problemsByEvaluation.get(evaluation, [], () => {
        const map = new Map<Waiver, WaiverProblem[]>();
        for (const problem of evaluation.waiverProblems) map.set(problem.waiver, [...(map.get(problem.waiver) ?? []), problem]);
        return map;
    });
    return byWaiver.get(waiver) ?? [];
}
