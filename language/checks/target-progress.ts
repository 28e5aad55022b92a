import type { Target } from '../generated/ast.js';
import type { FactIndex } from '../model/facts.js';
import { DEFAULT_STALE_AFTER_DAYS, targetProgress, type TargetProgress } from '../model/targets.js';
import type { CheckContext } from './rule.js';
import { writtenValue } from './wording.js';

/** How old the latest evidence may be, by default, before `stale-evidence` reports it (`--stale-after` changes it). */
export const STALE_AFTER_DAYS = DEFAULT_STALE_AFTER_DAYS;

/** Each target's progress, judged once per build and as-of date, shared by the three target-progress checks. */
const progressByBuild = new WeakMap<FactIndex, Map<string, Map<Target, TargetProgress>>>();

export function progressOf(target: Target, context: CheckContext): TargetProgress {
    let byDate = progressByBuild.get(context.facts);
    if (!byDate) progressByBuild.set(context.facts, byDate = new Map());
    const key = `${context.asOf}|${context.staleAfterDays}`;
    let byTarget = byDate.get(key);
    if (!byTarget) byDate.set(key, byTarget = new Map());
    let progress = byTarget.get(target);
    if (!progress) {
        progress = targetProgress(target, context.facts.measurementsByTarget.get(target) ?? [], context.asOf, context.staleAfterDays);
        byTarget.set(target, progress);
    }
    return progress;
}

/** A value of the target, written as the target writes its values: 13%, £12.5m, 1,000,000 working days. */
export function targetValue(target: Target, value: number): string {
    const kind = target.baseline?.$type ?? target.goal?.value.$type;
    const written = writtenValue(value, kind);
    return kind === 'NumberLiteral' && target.unit ? `${written} ${target.unit}` : written;
}
