import type { Target } from '../generated/ast.js';
import { BuildCache } from '../model/build-cache.js';
import type { IsoDate } from '../model/dates.js';
import type { FactIndex } from '../model/facts.js';
import { DEFAULT_STALE_AFTER_DAYS, targetProgress, type TargetProgress } from '../model/targets.js';
import type { EvidencePoint } from '../model/evidence.js';
import type { CheckContext, RelatedFinding } from './rule.js';
import { quoted, writtenValue } from './wording.js';

/** How old the latest evidence may be, by default, before `stale-evidence` reports it (`--stale-after` changes it). */
export const STALE_AFTER_DAYS = DEFAULT_STALE_AFTER_DAYS;

/** Each target's progress, judged once per build and as-of date, shared by the three target-progress checks. */
const progressByBuild = new BuildCache<FactIndex, [IsoDate, number, Target], TargetProgress>();

export function progressOf(target: Target, context: CheckContext): TargetProgress {
    return progressByBuild.get(context.facts, [context.asOf, context.staleAfterDays, target],
        () => targetProgress(target, context.evidence.forTarget(target).points, context.asOf, context.staleAfterDays));
}

/** A value of the target, written as the target writes its values: 13%, £12.5m, 1,000,000 working days. */
export function targetValue(target: Target, value: number): string {
    const kind = target.baseline?.$type ?? target.goal?.value.$type;
    const written = writtenValue(value, kind);
    return kind === 'NumberLiteral' && target.unit ? `${written} ${target.unit}` : written;
}

/** How findings name a figure: `measurement 'Smoking2018'`, or `row 7 of data/phof.csv (2018)`. */
export function evidenceLabel(point: EvidencePoint): string {
    if (point.measurement) return `measurement ${quoted(point.measurement.name)}`;
    const provenance = point.provenance;
    return provenance ? `row ${provenance.row} of dataset ${quoted(provenance.dataset)} (${provenance.period})` : 'evidence';
}

/** Where a figure is declared, for a finding's related information: the measurement, or the dataset's `file`. */
export function evidenceRelated(point: EvidencePoint | undefined, context: CheckContext, message: string): RelatedFinding[] {
    if (!point) return [];
    if (point.measurement) return [{ node: point.measurement, property: 'date', message }];
    const dataset = context.facts.datasets.find((candidate) => candidate.name === point.provenance?.dataset);
    return dataset ? [{ node: dataset, property: 'file', message: `${message} (${evidenceLabel(point)})` }] : [];
}
