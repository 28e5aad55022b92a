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
import type { StatusLabel } from './status-labels.js';

/** Colour family of a verdict; the symbol and word carry the meaning without it. */
export type VerdictTone = StatusLabel['tone'];

/**
 * - `ok`: everything judged is as it should be;
 * - `attention`: nothing has failed, but something is at risk, unproven (no evidence) or warned about;
 * - `failing`: something is missed, failing or in error;
 * - `empty`: nothing of this concern is declared, so there is nothing to judge (said so, never a silent pass).
 */
export type VerdictState = 'ok' | 'attention' | 'failing' | 'empty';

/** One status of a concern and how many have it, e.g. `{ status: 'missed', word: 'missed', count: 6, stale: 4 }`. */
export interface ConcernCount {
    status: string;
    /** Lower-case words for the overall line: `missed`, `with no evidence`, `in force`. */
    word: string;
    count: number;
    /** Of `count`, how many are judged on stale evidence (targets only): a qualifier, never a peer status. */
    stale?: number;
}

export interface ConcernVerdict {
    /** `conditions`, `commitments`, `targets`, `delegations`, `pilots`, or a concern added later. */
    concern: string;
    /** What the overall line calls it: `Rules`, `Targets`… */
    label: string;
    state: VerdictState;
    symbol: string;
    /** The verdict in a word or two, capitalised: `Compliant`, `Missed`, `In force`. */
    word: string;
    tone: VerdictTone;
    /** How many of `total` have the state `word` names (6 missed; 3 rules failing): never more than `total`. */
    count: number;
    /**
     * How many things the concern judges, counted like `count` (targets; for Rules, the conditions and the built-in
     * rules in force), so "count of total" always reads true. `counts` add up to it.
     */
    total: number;
    /** The concern's part of the overall line after its label: `6 of 13 missed, 6 with no evidence`. */
    phrase: string;
    /** Every non-zero status, worst first. */
    counts: ConcernCount[];
    /** Open (not waived) errors and warnings `lhc check` found on this concern's declarations. */
    findings: ConcernFindings;
}

export interface SummaryVerdict {
    /** `compliant` only when every concern is `ok` or `empty` and at least one is `ok`. */
    state: 'compliant' | 'attention' | 'not-compliant' | 'nothing-to-judge';
    symbol: string;
    word: string;
    tone: VerdictTone;
    /** `Rules: compliant · Targets: 6 of 13 missed, 6 with no evidence · …` */
    line: string;
    concerns: ConcernVerdict[];
}

/** Findings on a concern's declarations, and how many declarations have them. */
export interface ConcernFindings {
    errors: number;
    warnings: number;
    /** Declarations with at least one open error. */
    withErrors: number;
    /** Declarations with at least one open warning and no error. */
    withWarnings: number;
}

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
