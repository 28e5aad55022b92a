import type { FactRef, FindingSummary } from './summary-model.js';
import { compareText } from '../model/text-order.js';

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

/**
 * Reading order for findings: open errors, then warnings, then notes, then waived ones; within each, by file
 * and position. Used for the summary's findings list and for every row's own findings.
 */
export function compareFindings(a: FindingSummary, b: FindingSummary): number {
    return Number(Boolean(a.waived)) - Number(Boolean(b.waived))
        || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]
        || compareText(a.location.file, b.location.file)
        || a.location.line - b.location.line
        || a.location.column - b.location.column;
}

/**
 * The findings on one declaration (a pilot, target, commitment or condition), in reading order; `also` adds
 * declarations whose findings belong to the same row (a target's measurements).
 */
export function findingsOf(findings: readonly FindingSummary[], ref: FactRef, also: readonly FactRef[] = []): FindingSummary[] {
    const keys = new Set([ref, ...also].map((entry) => `${entry.type}:${entry.id}`));
    return findings.filter((finding) => finding.subject && keys.has(`${finding.subject.type}:${finding.subject.id}`));
}
