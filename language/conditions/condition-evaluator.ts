import * as ast from '../generated/ast.js';
import type { ConfiguredSeverity } from '../config/lhc-settings.js';
import { BuildCache } from '../model/build-cache.js';
import { isWhole } from '../model/complete-nodes.js';
import type { IsoDate } from '../model/dates.js';
import type { FactIndex } from '../model/facts.js';
import { inDocumentWithSyntaxErrors } from '../parsing/syntax-errors.js';
import type { ConditionOutcome } from './condition-shapes.js';
import { ConditionRun } from './condition-run.js';
import { conditionScope } from './condition-scope.js';
import { runCacheOf } from './condition-reuse.js';
import { typeCheckCondition } from './condition-type-checker.js';
import type { EvaluationProbe } from './expression-evaluator.js';
import { suppressionFor } from './suppressions.js';
import { WaiverIndex, waiverProblems, type WaiverProblem } from './waivers.js';

export { clauseLabel } from './condition-run.js';
export type { ConditionOutcome, ConditionViolation } from './condition-shapes.js';
export { suppressionFor } from './suppressions.js';


/** Every condition of a workspace judged at one date, and what that says about its waivers. */
export interface ConditionEvaluation {
    asOf: IsoDate;
    /** Every condition without authoring errors, at its declared severity. */
    outcomes: ConditionOutcome[];
    waiverProblems: WaiverProblem[];
}

export interface EvaluateOptions {
    /** Configured severity by condition name; `off` drops the condition's outcome. */
    severityOf?: (id: string, declared: 'error' | 'warning' | 'info') => ConfiguredSeverity;
}

/** Evaluates every condition of the workspace as of a date; conditions switched `off` are left out. */
export function evaluateConditions(facts: FactIndex, asOf: IsoDate, options: EvaluateOptions = {}): ConditionOutcome[] {
    return evaluateWorkspace(facts, asOf).outcomes.flatMap((outcome) => {
        const severity = options.severityOf?.(outcome.id, outcome.severity) ?? outcome.severity;
        return severity === 'off' ? [] : [{ ...outcome, severity }];
    });
}

const evaluations = new BuildCache<FactIndex, [IsoDate], ConditionEvaluation>();

/**
 * The evaluation of a workspace at a date, computed once per build: the fact index is rebuilt after
 * every change, so it is the cache key, and the language server, the checks and the summary share one result.
 */
export function evaluateWorkspace(facts: FactIndex, asOf: IsoDate): ConditionEvaluation {
    return evaluations.get(facts, [asOf], () => computeEvaluation(facts, asOf));
}

/**
 * Evaluates every condition afresh, uncached: scenario tests judge each test's own facts, with a probe
 * recording what the evaluation exercised.
 */
export function computeEvaluation(facts: FactIndex, asOf: IsoDate, probe?: EvaluationProbe): ConditionEvaluation {
    const waivers = new WaiverIndex(facts.waivers, asOf);
    const outcomes: ConditionOutcome[] = [];
    const evaluated = new Set<ast.Condition>();
    for (const condition of facts.conditions) {
        const typing = typeCheckCondition(condition, facts);
        // A condition with a part missing (isWhole) cannot be judged or explained: its operator would read 'undefined'.
        if (typing.issues.length > 0 || !condition.expression || !condition.name || inDocumentWithSyntaxErrors(condition) || !isWhole(condition)) continue;
        evaluated.add(condition);
        const scope = conditionScope(condition, facts);
        // A probe (scenario tests) must see every condition run; otherwise unchanged outcomes are reused.
        const runs = probe ? undefined : runCacheOf(facts);
        const evaluate = () => {
            const run = new ConditionRun(condition, typing, facts, asOf, scope, probe, runs?.elementReuse(condition, asOf, scope));
            return { outcome: run.run(), reads: run.reads };
        };
        const outcome = runs ? runs.outcome(condition, facts, asOf, scope, evaluate) : evaluate().outcome;
        for (const violation of outcome.violations) {
            const waiver = waivers.match(condition, violation.subject);
            if (waiver) violation.waivedBy = waiver;
            else {
                const comment = suppressionFor(condition.name, violation.node ?? violation.subject);
                if (comment) violation.waivedBy = { comment: comment.reason };
            }
        }
        if (outcome.violations.length > 0) {
            outcome.status = outcome.violations.every((violation) => violation.waivedBy) ? 'waived' : 'fail';
        }
        outcomes.push(outcome);
    }
    return { asOf, outcomes, waiverProblems: waiverProblems(facts.waivers, waivers.used, evaluated, asOf) };
}
