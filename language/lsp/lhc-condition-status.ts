import { counted } from '../model/counted.js';
import type { Condition } from '../generated/ast.js';
import type { LhcServices } from '../lhc-module.js';
import { conditionStatusOf } from '../summary/condition-outcome.js';

/**
 * Whether a condition holds, from the same cached evaluation the diagnostics use: `passes`, `nothing to judge`,
 * `2 violations · 1 waived`, `waived (3)`, or why it was not evaluated.
 */
export function conditionStatusLine(services: LhcServices, condition: Condition): string {
    const outcome = services.lhc.Conditions.outcomes().find((candidate) => candidate.condition === condition);
    if (!outcome) {
        const off = services.lhc.Settings.severityOf(condition.name, condition.severity ?? 'error') === 'off';
        return off ? 'switched off' : 'not evaluated: it has errors';
    }
    const waived = outcome.violations.filter((violation) => violation.waivedBy).length;
    const open = outcome.violations.length - waived;
    if (outcome.status === 'pass' || outcome.violations.length === 0) return conditionStatusOf(outcome) === 'nothing-to-judge' ? 'nothing to judge' : 'passes';
    if (open === 0) return `waived (${waived})`;
    return `${counted(open, 'violation')}${waived > 0 ? ` · ${waived} waived` : ''}`;
}
