import type { AstNode } from 'langium';
import type * as ast from '../generated/ast.js';
import { governingAgreement } from './agreements.js';
import { addDuration, compareDates, knownDate, normaliseDurationUnit, type IsoDate } from './dates.js';
import { describeFactDate, factDate, factEnd } from './fact-dates.js';

/**
 * Where a commitment stands as of a date. The names are the summary JSON's, exactly:
 * - `not-yet-due`: it does not bind yet — its agreement is not yet signed (or in effect), a condition precedent
 *   is not met, the fact its relative deadline counts from has not happened, or its continuing duty starts later;
 * - `due`: it binds and its deadline has not passed (or it has none, so it can never be overdue);
 * - `overdue`: a duty or endeavour whose deadline has passed undelivered, or a continuing duty not started by its
 *   `from` date;
 * - `delivered` / `delivered-late`: delivered (by a `delivered on` line or the fact that `fulfilled` it) on or
 *   before its deadline / after it;
 * - `withdrawn`, `superseded` (also for `varied`: the varied terms replace these): ended before it was kept;
 * - `breached`: a prohibition broken, or a continuing duty stopped (its fulfilling fact ended, or a breach recorded);
 * - `in-force`: a continuing duty being performed, a permission, or a prohibition not broken.
 */
export type CommitmentStatus =
    | 'not-yet-due' | 'due' | 'overdue' | 'delivered' | 'delivered-late' | 'withdrawn' | 'superseded' | 'breached' | 'in-force';

/** Every status, worst first: the order the summary sorts commitments in. */
export const COMMITMENT_STATUSES: readonly CommitmentStatus[] = [
    'breached', 'overdue', 'due', 'not-yet-due', 'delivered-late', 'delivered', 'in-force', 'superseded', 'withdrawn'
];

/**
 * How firmly it is promised (the modality line's words):
 * - `duty` (`will`, `must`, or no modality line): done when delivered; overdue after its deadline;
 * - `endeavour` (`will explore`, `will seek to`): done when the exploration is reported (delivered), whatever its
 *   outcome; overdue after its deadline like a duty, but an undated endeavour is not a finding;
 * - `permission` (`may`): never due or overdue: `in-force` while it binds;
 * - `prohibition` (`must not`, `will not`): `in-force` until breached.
 */
export type Modality = 'duty' | 'endeavour' | 'permission' | 'prohibition';

export function modalityOf(commitment: ast.Commitment): Modality {
    const modality = commitment.modality;
    if (!modality) return 'duty';
    if (modality.qualifier === 'not') return 'prohibition';
    if (modality.qualifier === 'explore' || modality.qualifier === 'seek') return 'endeavour';
    return modality.word === 'may' ? 'permission' : 'duty';
}

/** The modality as written: `will`, `will explore`, `will seek to`, `must not`, `may`; `will` when none is. */
export function modalityWords(commitment: ast.Commitment): string {
    const modality = commitment.modality;
    if (!modality) return 'will';
    return [modality.word, modality.qualifier, modality.qualifier === 'seek' ? 'to' : undefined].filter(Boolean).join(' ');
}

/**
 * `dated` (`due 2018-03-31`, or `due when <pooled budgets> are fully pooled`: the date they name), `relative`
 * (`due within 6 months of …`), `continuing` (`from …`) or `undated`.
 */
export type DeadlineKind = 'dated' | 'relative' | 'continuing' | 'undated';

export function deadlineKind(commitment: ast.Commitment): DeadlineKind {
    if (commitment.dutyFrom !== undefined) return 'continuing';
    if (commitment.dueWithin !== undefined || commitment.dueAfter !== undefined) return 'relative';
    if (commitment.due !== undefined || (commitment.dueWhenPooled?.length ?? 0) > 0) return 'dated';
    return 'undated';
}

/**
 * The deadline of `due when A, B are fully pooled`: the latest of the budgets' `fully pooled from` dates (the
 * promise is kept only when every budget is). `missing` names the budgets that give no such date (or are not
 * declared); the deadline is then unknown.
 */
export function fullyPooledDeadline(commitment: ast.Commitment): { date?: IsoDate; missing: string[] } {
    const missing: string[] = [];
    let date: IsoDate | undefined;
    for (const reference of commitment.dueWhenPooled ?? []) {
        const pooled = knownDate(reference.ref?.fullyPooled);
        if (!pooled) missing.push(reference.$refText);
        else if (!date || compareDates(pooled, date) > 0) date = pooled;
    }
    return missing.length > 0 ? { missing } : { date, missing };
}

/** What kept (or shows) a commitment: a `delivered on` line, or the fact that `fulfilled` it. */
export interface CommitmentDelivery {
    date: IsoDate;
    evidence?: string;
    source?: string;
    /** The `delivered on` line, when delivery is recorded by one. */
    line?: ast.Delivery;
    /** The fact that fulfils it (`fulfilled by`), when that is what shows delivery. */
    fact?: AstNode;
}

export interface CommitmentState {
    status: CommitmentStatus;
    modality: Modality;
    deadlineKind: DeadlineKind;
    /** When it started to bind (the agreement in effect, conditions precedent met, the relative anchor's date). */
    binds?: IsoDate;
    /** The deadline: the date, the relative deadline resolved, or a continuing duty's `from` date. */
    due?: IsoDate;
    delivered?: CommitmentDelivery;
    ended?: { kind: 'withdrawn' | 'varied' | 'superseded'; date: IsoDate; reason?: string; by?: string };
    breach?: { date?: IsoDate; evidence?: string; source?: string; fact?: AstNode };
    /** Conditions precedent not met as of the date, as written. */
    waitingFor: string[];
    /** One sentence: why it has its status. */
    reason: string;
}

const atOrBefore = (date: IsoDate | undefined, asOf: IsoDate): date is IsoDate => date !== undefined && compareDates(date, asOf) <= 0;

const earliest = <T extends { date: IsoDate }>(items: T[]): T | undefined =>
    items.sort((a, b) => compareDates(a.date, b.date))[0];

/**
 * Judges a commitment as of a date. Pure: it reads only the commitment, the facts it references and the date.
 * Chains (`fulfilled by` or `once` another commitment) are followed; a cycle counts as not delivered.
 */
export function commitmentState(commitment: ast.Commitment, asOf: IsoDate, visiting: Set<ast.Commitment> = new Set()): CommitmentState {
    visiting.add(commitment);
    try {
        return judge(commitment, asOf, visiting);
    } finally {
        visiting.delete(commitment);
    }
}

/** The date a commitment was delivered, as of a date (for chains); undefined when not delivered or in a cycle. */
function deliveredOn(commitment: ast.Commitment, asOf: IsoDate, visiting: Set<ast.Commitment>): IsoDate | undefined {
    if (visiting.has(commitment)) return undefined;
    const state = commitmentState(commitment, asOf, visiting);
    return state.status === 'delivered' || state.status === 'delivered-late' || state.status === 'in-force' ? state.delivered?.date : undefined;
}

function judge(commitment: ast.Commitment, asOf: IsoDate, visiting: Set<ast.Commitment>): CommitmentState {
    const modality = modalityOf(commitment);
    const kind = deadlineKind(commitment);
    const dateOf = (node: AstNode | undefined) => factDate(node, (other) => deliveredOn(other, asOf, visiting));
    const delivered = deliveryOf(commitment, asOf, dateOf);
    const state: CommitmentState = { status: 'due', modality, deadlineKind: kind, delivered, waitingFor: [], reason: '' };
    const finish = (status: CommitmentStatus, reason: string): CommitmentState => Object.assign(state, { status, reason });

    // Binding: the agreement, then every condition precedent, then (for a relative deadline) its anchor.
    const agreementDate = dateOf(governingAgreement(commitment));
    let binds = agreementDate;
    for (const precondition of commitment.preconditions) {
        const met = precondition.fact ? dateOf(precondition.fact?.ref) : knownDate(precondition.metOn);
        if (atOrBefore(met, asOf)) binds = later(binds, met);
        else state.waitingFor.push(precondition.fact ? precondition.fact.$refText : `"${precondition.description ?? ''}"`);
    }
    if (kind === 'relative') {
        const anchor = dateOf(commitment.dueAfter?.ref);
        const span = commitment.dueWithin;
        if (atOrBefore(anchor, asOf) && span && Number.isFinite(span.amount) && span.unit) {
            state.due = addDuration(anchor, span.amount, normaliseDurationUnit(span.unit));
            binds = later(binds, anchor);
        } else if (!delivered) {
            state.waitingFor.push(commitment.dueAfter?.$refText ?? 'the fact its deadline counts from');
        }
    } else if (kind === 'dated') {
        state.due = commitment.due !== undefined ? knownDate(commitment.due) : fullyPooledDeadline(commitment).date;
    } else if (kind === 'continuing') {
        state.due = knownDate(commitment.dutyFrom);
    }
    state.binds = binds;

    // Ended before it was kept.
    const ending = earliest(commitment.endings
        .filter((ending) => atOrBefore(knownDate(ending.date), asOf))
        .map((ending) => ({ ending, date: ending.date })));
    if (ending && !(delivered && compareDates(delivered.date, ending.date) <= 0 && modality !== 'permission' && modality !== 'prohibition' && kind !== 'continuing')) {
        const { kind: endKind, reason, agreement, approver } = ending.ending;
        state.ended = { kind: endKind, date: ending.date, reason, by: agreement?.$refText ?? approver?.$refText };
        const how = state.ended.by ? ` by ${state.ended.by}` : '';
        return finish(endKind === 'withdrawn' ? 'withdrawn' : 'superseded', `${endKind} on ${ending.date}${how}${reason ? `: ${reason}` : ''}`);
    }

    // Broken.
    const breach = breachOf(commitment, asOf, dateOf);
    if (breach) {
        state.breach = breach;
        return finish('breached', breach.date ? `breached on ${breach.date}` : 'breached');
    }
    if (kind === 'continuing' && delivered) {
        for (const fact of commitment.fulfilledBy.map((reference) => reference.ref)) {
            const stopped = factEnd(fact);
            if (!fact || !stopped || compareDates(stopped, asOf) >= 0) continue;
            const name = (fact as { name?: string }).name ?? 'its fulfilling fact';
            state.breach = { date: stopped, fact, evidence: `${name} ended on ${stopped}` };
            return finish('breached', `the continuing duty stopped on ${stopped}, when ${name} ended`);
        }
    }

    if (delivered && modality !== 'permission' && modality !== 'prohibition' && kind !== 'continuing') {
        const late = state.due !== undefined && compareDates(delivered.date, state.due) > 0;
        return finish(late ? 'delivered-late' : 'delivered', `delivered on ${delivered.date}${late ? `, after its deadline ${state.due}` : ''}`);
    }
    if (state.waitingFor.length > 0) return finish('not-yet-due', `waiting for ${state.waitingFor.join(' and ')}`);
    if (binds && compareDates(binds, asOf) > 0) return finish('not-yet-due', `it binds from ${binds}`);
    const agreement = governingAgreement(commitment);
    // An agreement not yet signed (or in effect) binds no one yet.
    if (agreement && agreementDate === undefined) return finish('not-yet-due', `its agreement ${agreement.name} has no date it was signed or takes effect`);

    // A permission or prohibition `from` a later date does not bind yet either.
    const startsLater = kind === 'continuing' && state.due !== undefined && compareDates(state.due, asOf) > 0;
    if (startsLater && (modality === 'permission' || modality === 'prohibition')) return finish('not-yet-due', `it binds from ${state.due}`);
    if (modality === 'permission') return finish('in-force', 'a permission: it may be used, and is never overdue');
    if (modality === 'prohibition') return finish('in-force', 'a prohibition, not broken');
    if (kind === 'continuing') {
        if (state.due && compareDates(state.due, asOf) > 0) return finish('not-yet-due', `the duty starts on ${state.due}`);
        if (delivered) return finish('in-force', `performed since ${delivered.date}`);
        if (!state.due) return finish('due', 'a continuing duty with no valid start date');
        return finish('overdue', `the duty was to start on ${state.due} and nothing shows it has`);
    }
    const unpooled = fullyPooledDeadline(commitment).missing;
    if (!state.due && unpooled.length > 0) return finish('due', `it is due when ${unpooled.join(', ')} ${unpooled.length === 1 ? 'is' : 'are'} fully pooled, and no 'fully pooled from' date says when`);
    if (!state.due) return finish('due', 'it has no deadline, so it cannot be overdue');
    if (compareDates(state.due, asOf) < 0) return finish('overdue', `it was due by ${state.due} and nothing shows it delivered`);
    return finish('due', `due by ${state.due}`);
}

function later(a: IsoDate | undefined, b: IsoDate | undefined): IsoDate | undefined {
    if (!a) return b;
    if (!b) return a;
    return compareDates(a, b) >= 0 ? a : b;
}

/**
 * The delivery on or before the date: the earliest `delivered on` line; else, when every `fulfilled by` fact has
 * happened by then, the date the last of them did ("set up a board and a unit" needs both).
 */
function deliveryOf(commitment: ast.Commitment, asOf: IsoDate, dateOf: (node: AstNode | undefined) => IsoDate | undefined): CommitmentDelivery | undefined {
    const line = earliest(commitment.deliveries
        .filter((delivery) => atOrBefore(knownDate(delivery.date), asOf))
        .map((delivery) => ({ date: delivery.date, evidence: delivery.evidence, source: delivery.source, line: delivery })));
    const facts = commitment.fulfilledBy.map((reference) => ({ fact: reference.ref, date: dateOf(reference.ref) }));
    const happened = facts.length > 0 && facts.every((entry) => entry.fact && atOrBefore(entry.date, asOf))
        ? facts.map((entry) => ({ date: entry.date!, fact: entry.fact!, evidence: describeFactDate(entry.fact!, entry.date!) })).sort((a, b) => compareDates(b.date, a.date))
        : [];
    const last = happened[0];
    const byFacts = last ? { date: last.date, fact: last.fact, evidence: happened.map((entry) => entry.evidence).reverse().join('; ') } : undefined;
    if (line) return byFacts ? { ...line, fact: byFacts.fact } : line;
    return byFacts;
}

function breachOf(commitment: ast.Commitment, asOf: IsoDate, dateOf: (node: AstNode | undefined) => IsoDate | undefined): CommitmentState['breach'] {
    type Found = { date: IsoDate; evidence?: string; source?: string; fact?: AstNode };
    const found = commitment.breaches.flatMap((breach): Found[] => {
        if (breach.fact) {
            const fact = breach.fact?.ref;
            const date = dateOf(fact);
            return fact && atOrBefore(date, asOf) ? [{ date, fact, evidence: describeFactDate(fact, date) }] : [];
        }
        const date = knownDate(breach.date);
        return atOrBefore(date, asOf) ? [{ date, evidence: breach.evidence, source: breach.source }] : [];
    });
    return earliest(found);
}
