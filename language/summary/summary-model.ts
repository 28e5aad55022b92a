/**
 * The compliance summary: what an agreement workspace says and how it stands as of a date. Plain data —
 * no AST nodes, no formatting — so that every renderer (Markdown, HTML, JSON, the VS Code view) shows the
 * same facts, and so that two summaries can be compared. `schemas/summary.schema.json` describes the JSON
 * form of exactly this shape; change both together and bump `SUMMARY_VERSION` on incompatible changes.
 */
import type { IsoDate } from '../model/dates.js';
import type { TargetStatus } from '../model/targets.js';
import type { CommitmentStatus } from '../model/commitments.js';
import type { EvidenceSourceSummary, EvidenceSummary } from './evidence-summary.js';
import type { CommitmentSummary } from './commitment-summary.js';
import type { SummaryVerdict } from './verdict-model.js';

export const SUMMARY_VERSION = 3;

export type { SourceRef, FactRef, PartyRef, ClauseRef } from './summary-refs.js';
import type { ClauseRef, FactRef, PartyRef, SourceRef } from './summary-refs.js';

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

/**
 * `pass` only when the condition judged at least one fact and none broke it; `nothing-to-judge` when it held over
 * nothing (no fact in its range, none read): neither a pass nor a failure, and never counted as either.
 */
export type ConditionStatus = 'pass' | 'fail' | 'waived' | 'nothing-to-judge';

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

/**
 * The result a clause gets in the traceability matrix, from every fact citing it (targets, commitments,
 * delegations…) and every condition enforcing it:
 * - `fail`: a condition fails, an open error, a missed target, a breached or overdue commitment;
 * - `warning`: an open warning, a target at risk or inconclusive, a commitment delivered late;
 * - `not-evidenced`: nothing fails, but a commitment is not (yet) shown kept or a target has no evidence;
 * - `pass`: at least one fact was judged (`TraceRow.judged`) and nothing above holds;
 * - `nothing-to-judge`: facts cite the clause or conditions enforce it, but none of them judged anything;
 * - `untested`: nothing cites or enforces the clause.
 */
export type TraceResult = 'pass' | 'fail' | 'warning' | 'waived' | 'not-evidenced' | 'nothing-to-judge' | 'untested';

/** One row of the traceability matrix: clause → conditions and checks → facts → result. */
export interface TraceRow {
    clause: ClauseRef;
    conditions: { id: string; name: string; status: ConditionStatus }[];
    /** Built-in checks that found something on a fact citing this clause. */
    checks: { ruleId: string; findings: number; waived: number }[];
    /** Facts citing the clause with `per` (an aspiration's targets with it), and facts its conditions checked. */
    facts: FactRef[];
    /**
     * Of `facts`, those something judged: a condition enforcing the clause checked it, a built-in rule in force ran
     * on it, or its own status judges it (a target with evidence, a commitment delivered, in force or overdue).
     * A `pass` always has at least one.
     */
    judged: FactRef[];
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
    /**
     * The built-in rules (checks and Langium's own diagnostics): `inForce` are not `off`; of those, `judged` had
     * something to judge in the workspace (a check ran on a declaration, or the rule found something) and
     * `nothingToJudge` had not (`pooled-budget-total` without pooled budgets). Only judged rules are counted as
     * passing or failing.
     */
    builtInRules: { inForce: number; judged: number; nothingToJudge: number };
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

/** An open (unwaived) error or warning: a finding of a check or a violated condition. */
export interface ViolationRef {
    ruleId: string;
    severity: 'error' | 'warning' | 'info';
    message: string;
    subject?: FactRef;
    location?: SourceRef;
}

/** What changed between two versions of an agreement workspace and what that did to compliance. */
export interface ChangeImpact {
    /** The earlier version: a folder or a git ref, as the user named it. */
    since: string;
    declarations: { added: FactRef[]; removed: FactRef[]; changed: FactRef[] };
    violations: { introduced: ViolationRef[]; fixed: ViolationRef[] };
    targets: { id: string; name: string; title?: string; before?: TargetStatus; after?: TargetStatus; staleBefore: boolean; staleAfter: boolean }[];
    conditions: { id: string; name: string; title?: string; before?: ConditionStatus; after?: ConditionStatus }[];
    /** Dataset files whose content changed, and the statuses they moved. */
    dataFiles: DataFileChange[];
    /** Commitments whose status moved. */
    commitments: CommitmentChange[];
    totals: { before: SummaryTotals; after: SummaryTotals };
}

/** A commitment whose status moved between two versions (`--since`): `before` absent when new, `after` when removed. */
export interface CommitmentChange {
    id: string;
    name: string;
    title?: string;
    before?: CommitmentStatus;
    after?: CommitmentStatus;
}

/** A dataset file that differs between two versions, and the targets whose status moved with it. */
export interface DataFileChange {
    /** The file, relative to the summary's root. */
    file: string;
    /** SHA-256 before and after; absent where the file was not used. */
    before?: string;
    after?: string;
    targets: { id: string; name: string; title?: string; before?: TargetStatus; after?: TargetStatus }[];
}
