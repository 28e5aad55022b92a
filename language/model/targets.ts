import type { Quantity, Target } from '../generated/ast.js';
import { dayNumber, type IsoDate } from './dates.js';
import type { EvidencePoint } from './evidence.js';

/**
 * Where a target stands as of a date, judged against a straight line from the baseline (at its date)
 * to the goal (at the deadline):
 * - `met`: the latest evidence reaches the goal;
 * - `missed`: the deadline has passed and the latest evidence does not reach the goal;
 * - `on-track`: the latest evidence is at or past where the line says it should be by its date;
 * - `at-risk`: it is behind the line;
 * - `inconclusive`: the latest evidence's 95% confidence interval spans the mark it is judged against (the goal, or
 *   the line's value at its date), so the data cannot say which side it is on;
 * - `no-evidence`: there is no measurement (or the target lacks what is needed to judge it).
 * With an interval, `met`, `missed`, `on-track` and `at-risk` need the whole interval on that side of the mark.
 */
export type TargetStatus = 'met' | 'on-track' | 'at-risk' | 'missed' | 'inconclusive' | 'no-evidence';

/** A figure of the history: value, date and the 95% confidence interval when known. */
export interface HistoryEntry {
    value: number;
    date: IsoDate;
    lower?: number;
    upper?: number;
}

export interface TargetProgress {
    status: TargetStatus;
    baseline?: { value: number; date: IsoDate };
    /** The absolute goal value (a relative goal is resolved against the baseline). */
    goal?: number;
    deadline?: IsoDate;
    /** The latest evidence on or before the as-of date (a typed measurement or a dataset row). */
    latest?: EvidencePoint;
    /** For `inconclusive`: whether the interval spans the goal or the trajectory's value. */
    inconclusive?: 'goal' | 'trajectory';
    /** Where the trajectory says the value should be at the latest measurement's date. */
    expectedAtLatest?: number;
    /** Whether the latest evidence is older than the allowed age. */
    stale: boolean;
    /** Every figure on or before the as-of date, oldest first. */
    history: HistoryEntry[];
    /** The same figures with where each came from. */
    evidence: EvidencePoint[];
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
 * Which side of a mark a figure is on. Without an interval the value decides. With one, the whole interval must be
 * on a side; an interval across the mark `spans` it. For `maintain`, the mark is a band of ±1%: the interval must lie
 * inside it to reach it, and wholly outside it to miss.
 */
export function sideOfMark(target: Target, point: { value: number; lower?: number; upper?: number }, mark: number): 'reaches' | 'misses' | 'spans' {
    if (point.lower === undefined || point.upper === undefined) return reaches(target, point.value, mark) ? 'reaches' : 'misses';
    if (target.direction === 'maintain') {
        const tolerance = Math.abs(mark) * 0.01;
        if (point.lower >= mark - tolerance && point.upper <= mark + tolerance) return 'reaches';
        return point.upper < mark - tolerance || point.lower > mark + tolerance ? 'misses' : 'spans';
    }
    const lower = reaches(target, point.lower, mark);
    const upper = reaches(target, point.upper, mark);
    if (lower && upper) return 'reaches';
    return !lower && !upper ? 'misses' : 'spans';
}

/**
 * Judges a target as of a date. `evidence` is the target's evidence, typed and drawn from datasets (any order);
 * evidence older than `staleAfterDays` (counted from its date: a dataset row's period end) is stale.
 */
export function targetProgress(target: Target, evidence: readonly EvidencePoint[], asOf: IsoDate, staleAfterDays = DEFAULT_STALE_AFTER_DAYS): TargetProgress {
    const asOfDay = dayNumber(asOf);
    const history = evidence
        .filter((point) => point.date && dayNumber(point.date) <= asOfDay)
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
        history: history.map(({ value, date, lower, upper }) => (lower !== undefined && upper !== undefined ? { value, date, lower, upper } : { value, date })),
        evidence: history
    };
    if (!latest || goal === undefined) return progress;
    progress.expectedAtLatest = trajectoryValue(target, latest.date);
    const againstGoal = sideOfMark(target, latest, goal);
    if (againstGoal === 'reaches') {
        progress.status = 'met';
    } else if (againstGoal === 'spans') {
        progress.status = 'inconclusive';
        progress.inconclusive = 'goal';
    } else if (target.deadline && dayNumber(target.deadline) < asOfDay) {
        progress.status = 'missed';
    } else if (progress.expectedAtLatest === undefined) {
        progress.status = 'on-track';
    } else {
        const againstLine = sideOfMark(target, latest, progress.expectedAtLatest);
        progress.status = againstLine === 'reaches' ? 'on-track' : againstLine === 'misses' ? 'at-risk' : 'inconclusive';
        if (againstLine === 'spans') progress.inconclusive = 'trajectory';
    }
    return progress;
}
