import type { AstNode } from 'langium';
import type { Condition, Waiver } from '../generated/ast.js';

/**
 * What the summary needs to know of one evaluated condition: the shape `evaluateConditions` in
 * `conditions/condition-evaluator.ts` returns. Declared structurally so that the summary depends on the
 * result, not on how conditions are evaluated.
 */
export interface ConditionOutcomeLike {
    condition: Condition;
    id: string;
    severity: 'error' | 'warning' | 'info';
    status: 'pass' | 'fail' | 'waived';
    checked: readonly AstNode[];
    /** `waivedBy` is a waiver declaration, or an inline `lhc-ignore` comment with its reason. */
    violations: readonly { subject: AstNode; message: string; why?: string; waivedBy?: Waiver | { comment: string } }[];
}

/**
 * A condition's status as the summary and the editor report it: a pass that judged no fact at all (nothing in its
 * range, none read) is `nothing-to-judge`, never a pass.
 */
export function conditionStatusOf(outcome: Pick<ConditionOutcomeLike, 'status' | 'checked'>): 'pass' | 'fail' | 'waived' | 'nothing-to-judge' {
    return outcome.status === 'pass' && outcome.checked.length === 0 ? 'nothing-to-judge' : outcome.status;
}
