import { formatValue } from '../model/target-values.js';

export { formatValue };
import type { TargetSummary } from '../summary/summary-model.js';

/** The goal as stated (`10% below baseline`) and, when relative, what it resolves to. */
export function formatGoal(target: TargetSummary): string {
    const stated = target.goalStated;
    if (!stated) return '—';
    const value = formatValue(stated.value, stated.kind, stated.kind === 'number' ? target.unit : undefined);
    if (!stated.relative) return value;
    const resolved = target.goal !== undefined ? ` (${formatValue(target.goal, target.valueKind, target.unit)})` : '';
    return `${value} ${stated.relative} baseline${resolved}`;
}
