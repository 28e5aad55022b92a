import type { Target } from '../generated/ast.js';
import { formatCount, formatMoney, isFigure } from './money.js';

/** How a target's values are written: `£` amounts, percentages or plain numbers. */
export type ValueKind = 'money' | 'percent' | 'number';

const VALUE_KIND: Record<string, ValueKind> = { MoneyLiteral: 'money', PercentLiteral: 'percent', NumberLiteral: 'number' };

/** The kind of value a written quantity is (`£12.5m` money, `13%` percent, `50,000` number). */
export function literalValueKind(literal: { $type: string }): ValueKind {
    return VALUE_KIND[literal.$type] ?? 'number';
}

/** A target's kind of value, from its baseline or else its absolute goal (a relative goal's `10%` is a change, not a value). */
export function targetValueKind(target: Target): ValueKind {
    const literal = target.baseline ?? (target.goal && !target.goal.relative ? target.goal.value : undefined);
    return literal ? literalValueKind(literal) : 'number';
}

/**
 * A value as an officer would write it: £12.5m, 13%, 50,000 jobs. The one way findings, hovers and summaries
 * write a target's figures, so the same number reads the same everywhere.
 */
export function formatValue(value: number | undefined, kind: ValueKind, unit?: string): string {
    if (kind === 'money') return formatMoney(value);
    // Large counts read better whole (652,198 working days); small values keep two decimals (14.15%).
    const rounded = formatCount(value, isFigure(value) && Math.abs(value) >= 1000 ? 0 : 2);
    if (kind === 'percent') return `${rounded}%`;
    return unit ? `${rounded} ${unit}` : rounded;
}

/** A value of the target in its own terms (see `formatValue`). */
export function formatTargetValue(target: Target, value: number): string {
    return formatValue(value, targetValueKind(target), target.unit);
}
