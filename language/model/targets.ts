import type { Measurement, Quantity, Target } from '../generated/ast.js';
import { dayNumber, type IsoDate } from './dates.js';

/**
 * Where a target stands as of a date, judged against a straight line from the baseline (at its date)
 * to the goal (at the deadline):
 * - `met`: the latest evidence reaches the goal;
 * - `missed`: the deadline has passed and the latest evidence does not reach the goal;
 * - `on-track`: the latest evidence is at or past where the line says it should be by its date;
 * - `at-risk`: it is behind the line;
 * - `no-evidence`: there is no measurement (or the target lacks what is needed to judge it).
 */
export type TargetStatus = 'met' | 'on-track' | 'at-risk' | 'missed' | 'no-evidence';

export interface TargetProgress {
    status: TargetStatus;
    baseline?: { value: number; date: IsoDate };
    /** The absolute goal value (a relative goal is resolved against the baseline). */
    goal?: number;
    deadline?: IsoDate;
    /** The latest measurement on or before the as-of date. */
    latest?: { value: number; date: IsoDate; measurement: Measurement };
    /** Where the trajectory says the value should be at the latest measurement's date. */
    expectedAtLatest?: number;
    /** Whether the latest evidence is older than the allowed age. */
    stale: boolean;
    /** Every measurement on or before the as-of date, oldest first. */
    history: { value: number; date: IsoDate }[];
}

/** How old evidence may be before it is stale, unless a setting or `--stale-after` says otherwise. */
export const DEFAULT_STALE_AFTER_DAYS = 400;

export function quantityValue(quantity: Quantity | undefined): number | undefined {
    return quantity ? quantity.value : undefined;
}

/** The absolute goal: `13%` as written, or `10% below baseline` resolved against the baseline value. */
export function absoluteGoal(target: Target): number | undefined {
    const goal = target.goal;
    if (!goal) return undefined;
    const value = goal.value?.value;
    if (typeof value !== 'number') return undefined;
    if (!goal.relative) return value;
    const baseline = quantityValue(target.baseline);
    if (baseline === undefined) return undefined;
    // A relative goal in percent is a share of the baseline; in other units it is an absolute change.
    const change = goal.value.$type === 'PercentLiteral' ? baseline * value / 100 : value;
    return goal.relative === 'below' ? baseline - change : baseline + change;
}

/** Whether higher values are better for this target; a direction-less target is judged by its goal. */
export function higherIsBetter(target: Target): boolean {
    if (target.direction === 'increase') return true;
    if (target.direction === 'decrease') return false;
    const baseline = quantityValue(target.baseline);
    const goal = absoluteGoal(target);
    return baseline === undefined || goal === undefined ? true : goal >= baseline;
}

/** The value the straight line from baseline to goal gives for a date (clamped to the line's ends). */
export function trajectoryValue(target: Target, date: IsoDate): number | undefined {
    const baseline = quantityValue(target.baseline);
    const goal = absoluteGoal(target);
    if (baseline === undefined || goal === undefined || !target.baselineDate || !target.deadline) return undefined;
    const start = dayNumber(target.baselineDate);
    const end = dayNumber(target.deadline);
    if (!(end > start)) return goal;
    const fraction = Math.min(1, Math.max(0, (dayNumber(date) - start) / (end - start)));
    return baseline + (goal - baseline) * fraction;
}

function reaches(target: Target, value: number, mark: number): boolean {
    if (target.direction === 'maintain') return Math.abs(value - mark) <= Math.abs(mark) * 0.01;
    return higherIsBetter(target) ? value >= mark : value <= mark;
}

/**
 * Judges a target as of a date. `measurements` are the target's measurements (any order);
 * evidence older than `staleAfterDays` is stale.
 */
export function targetProgress(target: Target, measurements: readonly Measurement[], asOf: IsoDate, staleAfterDays = DEFAULT_STALE_AFTER_DAYS): TargetProgress {
    const asOfDay = dayNumber(asOf);
    const history = measurements
        .filter((measurement) => measurement.date && typeof measurement.value?.value === 'number' && dayNumber(measurement.date) <= asOfDay)
        .map((measurement) => ({ value: measurement.value.value, date: measurement.date, measurement }))
        .sort((a, b) => dayNumber(a.date) - dayNumber(b.date));
    const baselineValue = quantityValue(target.baseline);
    const goal = absoluteGoal(target);
    const latest = history.at(-1);
    const progress: TargetProgress = {
        status: 'no-evidence',
        baseline: baselineValue !== undefined && target.baselineDate ? { value: baselineValue, date: target.baselineDate } : undefined,
        goal,
        deadline: target.deadline,
        latest,
        stale: latest ? asOfDay - dayNumber(latest.date) > staleAfterDays : false,
        history: history.map(({ value, date }) => ({ value, date }))
    };
    if (!latest || goal === undefined) return progress;
    progress.expectedAtLatest = trajectoryValue(target, latest.date);
    if (reaches(target, latest.value, goal)) {
        progress.status = 'met';
    } else if (target.deadline && dayNumber(target.deadline) < asOfDay) {
        progress.status = 'missed';
    } else if (progress.expectedAtLatest === undefined || reaches(target, latest.value, progress.expectedAtLatest)) {
        progress.status = 'on-track';
    } else {
        progress.status = 'at-risk';
    }
    return progress;
}
