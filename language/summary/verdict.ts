import { counted } from '../model/counted.js';
/**
 * The verdict: how the workspace stands, one concern at a time (rules, commitments, targets, delegations, pilots),
 * and one line a board reads in five seconds ("Rules: compliant · Targets: 6 of 13 missed, 6 with no evidence").
 * Plain data computed from the summary, so the HTML, Markdown and JSON forms say exactly the same thing.
 *
 * A concern is a `VerdictConcern` registered in `VERDICT_CONCERNS` (verdict-concerns.ts): adding one is a new
 * judge function and one line there. The overall line never says "compliant" alone while any concern fails or
 * waits for evidence: it always names every concern.
 */
import type { ComplianceSummary, FindingSummary } from './summary-model.js';
import type { ConcernCount, ConcernFindings, ConcernVerdict, SummaryVerdict } from './verdict-model.js';

export type { ConcernCount, ConcernFindings, ConcernVerdict, SummaryVerdict, VerdictState, VerdictTone } from './verdict-model.js';

/** Judges one concern of a summary; `undefined` leaves it out of the verdict (e.g. a concern a build does not know). */
export interface VerdictConcern {
    id: string;
    /** Declaration types (`Pilot`, `Target`…) whose findings this concern reports, so no other concern counts them again. */
    subjects?: readonly string[];
    judge(summary: ComplianceSummary, context: VerdictContext): ConcernVerdict | undefined;
}

export interface VerdictContext {
    /** Every declaration type some concern reports the findings of. */
    claimed: ReadonlySet<string>;
}

const OVERALL: Record<SummaryVerdict['state'], Pick<SummaryVerdict, 'symbol' | 'word' | 'tone'>> = {
    'not-compliant': { symbol: '✖', word: 'Action needed', tone: 'bad' },
    'attention': { symbol: '⚠', word: 'Needs attention', tone: 'warn' },
    'compliant': { symbol: '✔', word: 'Compliant', tone: 'good' },
    'nothing-to-judge': { symbol: '○', word: 'Nothing to judge', tone: 'neutral' }
};

/** The verdict of a summary from the given concerns, in their order. */
export function judgeSummary(summary: ComplianceSummary, concerns: readonly VerdictConcern[]): SummaryVerdict {
    const context: VerdictContext = { claimed: new Set(concerns.flatMap((concern) => concern.subjects ?? [])) };
    const judged = concerns.flatMap((concern) => concern.judge(summary, context) ?? []);
    const states = new Set(judged.map((concern) => concern.state));
    const state: SummaryVerdict['state'] = states.has('failing') ? 'not-compliant'
        : states.has('attention') ? 'attention'
        : states.has('ok') ? 'compliant' : 'nothing-to-judge';
    return {
        state,
        ...OVERALL[state],
        line: judged.map((concern) => `${concern.label}: ${concern.phrase}`).join(' · '),
        concerns: judged
    };
}

/**
 * `6 of 13 missed (4 on stale evidence), 6 with no evidence`: the first count is given out of the total, the
 * others plainly; a stale count qualifies the status it belongs to.
 */
export function countsPhrase(counts: readonly ConcernCount[], total: number): string {
    return counts.filter((entry) => entry.count > 0).map((entry, index) => {
        const stale = entry.stale ? ` (${entry.stale} on stale evidence)` : '';
        return `${index === 0 ? `${entry.count} of ${total}` : entry.count} ${entry.word}${stale}`;
    }).join(', ');
}

/** Open error and warning findings whose declaration has one of the given types (`Pilot`, `Delegation`…). */
export function findingsOn(findings: readonly FindingSummary[], types: readonly string[]): ConcernFindings {
    const open = findings.filter((finding) => !finding.waived && finding.subject && types.includes(finding.subject.type));
    const subjects = (severity: string) => new Set(open.filter((finding) => finding.severity === severity).map((finding) => `${finding.subject!.type}:${finding.subject!.id}`));
    const [errored, warned] = [subjects('error'), subjects('warning')];
    return {
        errors: open.filter((finding) => finding.severity === 'error').length,
        warnings: open.filter((finding) => finding.severity === 'warning').length,
        withErrors: errored.size,
        withWarnings: [...warned].filter((key) => !errored.has(key)).length
    };
}

/** `2 errors, 1 warning` for the findings on a concern, or '' when there are none. */
export function findingsPhrase(findings: Pick<ConcernFindings, 'errors' | 'warnings'>): string {
    const parts = [];
    if (findings.errors) parts.push(`${counted(findings.errors, 'error')}`);
    if (findings.warnings) parts.push(`${counted(findings.warnings, 'warning')}`);
    return parts.join(', ');
}
