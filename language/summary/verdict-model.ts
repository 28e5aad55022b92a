/**
 * The verdict's data: one verdict per concern and the overall line (computed in verdict.ts). A leaf module, so the
 * summary's model can hold a verdict without importing how it is judged.
 */

/** Colour family of a verdict; the symbol and word carry the meaning without it. */
export type VerdictTone = 'good' | 'progress' | 'warn' | 'bad' | 'neutral';

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
    /**
     * How many things of the concern had nothing to judge (Rules: conditions that held over nothing and built-in
     * rules with nothing in the workspace to run on): never in `count`, `total` or `counts`.
     */
    nothingToJudge: number;
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
