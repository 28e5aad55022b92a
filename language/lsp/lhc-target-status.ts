import type { Target } from '../generated/ast.js';
import type { LhcServices } from '../lhc-module.js';
import type { IsoDate } from '../model/dates.js';
import { formatTargetValue } from '../model/target-values.js';
import { targetProgress, type TargetProgress, type TargetStatus } from '../model/targets.js';

export const STATUS_LABELS: Record<TargetStatus, string> = {
    'met': 'met',
    'on-track': 'on track',
    'at-risk': 'at risk',
    'missed': 'missed',
    'inconclusive': 'inconclusive',
    'no-evidence': 'no evidence'
};

/** Where a target stands, judged with the workspace's measurements as of the effective date. */
export function progressOf(services: LhcServices, target: Target): { progress: TargetProgress; asOf: IsoDate } {
    const asOf = services.lhc.Conditions.asOfFor(target);
    const evidence = services.lhc.Evidence.forTarget(target).points;
    return { progress: targetProgress(target, evidence, asOf, services.lhc.Settings.staleAfterDays), asOf };
}

export { formatTargetValue };

/** ` (95% CI 12.7% to 14.1%)` for a figure with an interval; nothing otherwise. */
export function formatInterval(target: Target, point: { lower?: number; upper?: number }): string {
    return point.lower !== undefined && point.upper !== undefined
        ? ` (95% CI ${formatTargetValue(target, point.lower)} to ${formatTargetValue(target, point.upper)})` : '';
}

/** One line: `on track · 14.5% → goal 13% by 2020-12-31`; `inconclusive · 13.4% (95% CI 12.7% to 14.1%) → …`. */
export function targetStatusLine(target: Target, progress: TargetProgress): string {
    const parts = [STATUS_LABELS[progress.status]];
    const goal = progress.goal !== undefined ? `goal ${formatTargetValue(target, progress.goal)}` : 'no goal';
    const deadline = progress.deadline ? ` by ${progress.deadline}` : '';
    const latest = progress.latest ? `${formatTargetValue(target, progress.latest.value)}${formatInterval(target, progress.latest)} → ` : '';
    parts.push(`${latest}${goal}${deadline}`);
    if (progress.inconclusive === 'goal') parts.push('interval spans the goal');
    if (progress.inconclusive === 'trajectory') parts.push('interval spans the trajectory');
    if (progress.stale) parts.push('evidence is stale');
    return parts.join(' · ');
}
