import { evaluateWorkspace, type ConditionEvaluation, type ConditionOutcome } from '../conditions/condition-evaluator.js';
import type { Condition } from '../generated/ast.js';
import { BuildCache } from '../model/build-cache.js';
import type { CheckContext } from './rule.js';

const byEvaluation = new BuildCache<ConditionEvaluation, [], Map<Condition, ConditionOutcome>>();

/**
 * A condition's outcome in the evaluation the whole build shares (judged as of the check date), for the checks that
 * report on how a condition was judged rather than on what it found. Undefined for a condition not evaluated
 * (authoring errors), which its type checks report instead.
 */
export function outcomeOfCondition(condition: Condition, context: CheckContext): ConditionOutcome | undefined {
    const evaluation = evaluateWorkspace(context.facts, context.asOf);
    const outcomes = byEvaluation.get(evaluation, [], () => new Map(evaluation.outcomes.map((outcome) => [outcome.condition, outcome])));
    return outcomes.get(condition);
}
