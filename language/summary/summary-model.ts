/**
 * The compliance summary: what an agreement workspace says and how it stands as of a date. Plain data —
 * no AST nodes, no formatting — so that every renderer (Markdown, HTML, JSON, the VS Code view) shows the
 * same facts, and so that two summaries can be compared. `schemas/summary.schema.json` describes the JSON
 * form of exactly this shape; change both together and bump `SUMMARY_VERSION` on incompatible changes.
 */
import type { IsoDate } from '../model/dates.js';
import type { TargetStatus } from '../model/targets.js';
import type { ChangeImpact } from './change-impact.js';
import type { EvidenceSourceSummary, EvidenceSummary } from './evidence-summary.js';
import type { CommitmentSummary } from './commitment-summary.js';
import type { SummaryVerdict } from './verdict.js';

export const SUMMARY_VERSION = 2;

/** Where a declaration is written: a path relative to the summary's root, with forward slashes, and a 1-based line. */
export interface SourceRef {
    file: string;
    line: number;
}

/** A declared fact the summary points at: its kind (`Pilot`, `EstateSale`…), its qualified name and title. */
export interface FactRef {
    type: string;
    /** Qualified name as written in references (`Aspiration.Target`, `Agreement.Clause`). */
    id: string;
    name: string;
    title?: string;
    source?: SourceRef;
}

export interface PartyRef extends FactRef {
    /** `ccg`, `council`, `healthwatch`…, or `board` for governance boards. */
    kind: string;
}

export interface ClauseRef extends FactRef {
    text: string;
    /** The agreement the clause belongs to. */
    agreement?: string;
}

export interface AgreementSummary extends FactRef {
    kind: 'agreement' | 'mou';
    signed?: IsoDate;
    /** The document the agreement is quoted from. */
    documentSource?: string;
    relations: { kind: 'builds on' | 'amends' | 'supersedes'; target: string }[];
    signatories: PartyRef[];
    clauses: ClauseRef[];
    /** The deal's headline facts, when it states any (`covers`, `takes effect`, `shadow`, `countersigned by`, envelopes). */
    headline?: AgreementHeadline;
}

export interface AgreementHeadline {
    covers?: FactRef & { code?: string; population?: number; populationDate?: IsoDate };
    effective?: IsoDate;
    shadow?: { from: IsoDate; until?: IsoDate };
    countersignatories: PartyRef[];
    /** The money the agreement covers; amounts in pounds. */
    envelopes: (FactRef & { kind: 'envelope' | 'allocation'; amount?: number; period?: 'year' | 'month'; financialYear?: string })[];
}

export interface PowerSummary extends FactRef {
    holders: PartyRef[];
    since?: IsoDate;
}

/**
 * `in-force` on the as-of date, `not-yet` (starts later) or `ended`; `void` when its delegator or recipient had been
 * succeeded by its start (model/acting-parties.ts): it was made with a body that no longer existed, whatever the date.
 */
export type DelegationStatus = 'in-force' | 'not-yet' | 'ended' | 'void';

export interface DelegationSummary extends FactRef {
    kind: 'delegates' | 'devolves';
    from?: PartyRef;
    to?: PartyRef;
    power?: FactRef;
    start?: IsoDate;
    end?: IsoDate;
    status: DelegationStatus;
    clause?: ClauseRef;
    agreement?: string;
    /** Who holds it at the as-of date when its recipient has been succeeded (`succeeds … on …`). */
    heldBy?: PartyRef;
}

/**
 * `planned` (starts after the as-of date), `active`, `ended` (its end date has passed) or `undated` (no start
 * date: the agreement does not say when it begins).
 */
export type PilotStatus = 'planned' | 'active' | 'ended' | 'undated';

export interface PilotSummary extends FactRef {
    agreement?: string;
    areas: FactRef[];
    themes: FactRef[];
    leads: PartyRef[];
    partners: PartyRef[];
    aims: string[];
    start?: IsoDate;
    end?: IsoDate;
    plansBy?: IsoDate;
    requests: { power?: FactRef; amount?: number; note?: string }[];
    status: PilotStatus;
    clause?: ClauseRef;
}

import type { ValueKind } from '../model/target-values.js';
export type { ValueKind };

export interface TargetSummary extends FactRef {
    aspiration: FactRef;
    ambition?: string;
    agreement?: string;
    metric?: string;
    unit?: string;
    direction?: 'increase' | 'decrease' | 'maintain';
    valueKind: ValueKind;
    baseline?: { value: number; date: IsoDate };
    /** The absolute goal (a relative goal is resolved against the baseline). */
    goal?: number;
    /** The goal as the agreement states it, e.g. `10% below baseline`. */
    goalStated?: { value: number; kind: ValueKind; relative?: 'below' | 'above' };
    deadline?: IsoDate;
    /** The latest figure on or before the as-of date, with its interval and where it comes from. */
    latest?: EvidenceSummary;
    /** Where the straight line from baseline to goal says the value should be on the latest evidence's date. */
    expectedAtLatest?: number;
    status: TargetStatus;
    /** The latest evidence is older than the allowed age. */
    stale: boolean;
    /** Every figure up to the as-of date, oldest first, with its interval and origin. */
    history: EvidenceSummary[];
    /** The datasets the figures come from (none for typed measurements only). */
    sources?: EvidenceSourceSummary[];
    /** For an `inconclusive` status: whether the latest interval spans the goal or the trajectory's value. */
    inconclusive?: 'goal' | 'trajectory';
    /** Why the target cannot be judged, when its status is `no-evidence` for want of a baseline, goal or deadline. */
    missing: ('baseline' | 'goal' | 'deadline')[];
    clause?: ClauseRef;
}

export type ConditionStatus = 'pass' | 'fail' | 'waived';

export interface WaiverRef {
    /** A `waiver` declaration, or an inline comment in the file. */
    by: 'waiver' | 'comment';
    reason?: string;
    approver?: PartyRef;
    expiry?: IsoDate;
    source?: SourceRef;
}

export interface ConditionViolation {
    subject: FactRef;
    /** The whole message, as \`lhc check\` reports it. */
    message: string;
    /** Only the values that made the condition false, when the evaluator says. */
    why?: string;
    waivedBy?: WaiverRef;
}

export interface ConditionSummary extends FactRef {
    agreement?: string;
    clause?: ClauseRef;
    severity: 'error' | 'warning' | 'info';
    status: ConditionStatus;
    /** The facts the condition looked at. */
    checked: FactRef[];
    violations: ConditionViolation[];
}

/** One finding of `lhc check` (built-in checks and conditions alike), as the summary reports it. */
export interface FindingSummary {
    ruleId: string;
    severity: 'error' | 'warning' | 'info';
    source: 'syntax' | 'check' | 'condition';
    message: string;
    location: SourceRef & { column: number };
    /** The declaration the finding is on, when it is on one. */
    subject?: FactRef;
    waived?: { by: 'waiver' | 'comment'; reason: string };
}

/** The result a clause gets in the traceability matrix. */
/** `not-evidenced`: nothing fails, but a commitment citing the clause is not (yet) kept as of the date. */
/** `warning`: no condition fails and no error, but a check warns on a fact citing the clause. */
export type TraceResult = 'pass' | 'fail' | 'warning' | 'waived' | 'not-evidenced' | 'untested';

/** One row of the traceability matrix: clause → conditions and checks → facts → result. */
export interface TraceRow {
    clause: ClauseRef;
    conditions: { id: string; name: string; status: ConditionStatus }[];
    /** Built-in checks that found something on a fact citing this clause. */
    checks: { ruleId: string; findings: number; waived: number }[];
    /** Facts citing the clause with `per`, and facts its conditions checked. */
    facts: FactRef[];
    result: TraceResult;
}

export interface SummaryTotals {
    files: number;
    agreements: number;
    signatories: number;
    delegations: { total: number; inForce: number };
    pilots: Record<PilotStatus, number> & { total: number };
    /** `stale` counts targets of any status whose latest evidence is stale: a qualifier, not a further status. */
    targets: Record<TargetStatus, number> & { total: number; stale: number };
    conditions: Record<ConditionStatus, number> & { total: number };
    /** How many built-in rules (checks and Langium's own diagnostics) the check applied, i.e. were not `off`. */
    builtInRules: number;
    findings: { errors: number; warnings: number; infos: number; waived: number };
}

export interface ComplianceSummary {
    version: typeof SUMMARY_VERSION;
    asOf: IsoDate;
    /** Evidence older than this many days is stale. */
    staleAfterDays: number;
    files: string[];
    agreements: AgreementSummary[];
    powers: PowerSummary[];
    delegations: DelegationSummary[];
    pilots: PilotSummary[];
    targets: TargetSummary[];
    /** Every commitment, worst first: see `commitment-summary.ts`. */
    commitments: CommitmentSummary[];
    conditions: ConditionSummary[];
    findings: FindingSummary[];
    traceability: TraceRow[];
    totals: SummaryTotals;
    /** One verdict per concern and the overall line: what the headline of every format says. */
    verdict: SummaryVerdict;
    /** With `--since`: what changed since an earlier version and its effect on compliance. */
    changes?: ChangeImpact;
}
