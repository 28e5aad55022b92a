import type { AstNode } from 'langium';
import type { Condition, Waiver } from '../generated/ast.js';
import { compareDates, isValidIsoDate, type IsoDate } from '../model/dates.js';

/**
 * Waivers: `waiver for <condition> on <fact> because "…" approved by <party> until <date>`.
 * Only a complete, unexpired waiver accepts a violation; anything less is itself a finding.
 */

export type WaiverState =
    | { kind: 'active' }
    | { kind: 'expired'; expiry: IsoDate }
    | { kind: 'incomplete'; missing: ('reason' | 'approver' | 'expiry')[] };

/**
 * Reasons that only hold a place: what a quick fix or a snippet inserts for the author to replace. A waiver with one
 * of them has no reason yet, so it waives nothing (otherwise accepting the quick fix would silence the finding).
 */
const PLACEHOLDER_REASON = /^(?:|…+|\.{2,}|todo|tbd|tbc|fixme|xxx|\?+|reason|give the reason|why this is acceptable)$/i;

/** Whether a waiver's reason is missing, blank, or a placeholder such as `…`, `...` or `TODO`. */
export function isPlaceholderReason(reason: string | undefined): boolean {
    return reason === undefined || PLACEHOLDER_REASON.test(reason.trim());
}

export function waiverState(waiver: Waiver, asOf: IsoDate): WaiverState {
    const missing: ('reason' | 'approver' | 'expiry')[] = [];
    if (isPlaceholderReason(waiver.reason)) missing.push('reason');
    if (!waiver.approver) missing.push('approver');
    if (!waiver.expiry || !isValidIsoDate(waiver.expiry)) missing.push('expiry');
    if (missing.length > 0) return { kind: 'incomplete', missing };
    // A waiver is good through its expiry day.
    if (compareDates(asOf, waiver.expiry!) > 0) return { kind: 'expired', expiry: waiver.expiry! };
    return { kind: 'active' };
}

/** The text of the reason (the value converter has already taken off the quotes). */
export function waiverReason(waiver: Waiver): string {
    return waiver.reason ?? '';
}

/**
 * How a waived finding says it is waived, in every output (editor, CLI, CI formats): `waived by <approver> until
 * <expiry>: <reason>`, so nobody reads a quiet finding as a pass.
 */
export function describeWaiver(waiver: Waiver): string {
    return `waived by ${waiver.approver?.$refText || 'nobody'} until ${waiver.expiry ?? 'no date'}: ${waiverReason(waiver)}`;
}

/** Active waivers grouped by condition and subject, so matching a violation is one lookup. */
export class WaiverIndex {
    private readonly byKey = new Map<Condition, Map<AstNode, Waiver>>();
    readonly used = new Set<Waiver>();

    constructor(waivers: readonly Waiver[], asOf: IsoDate) {
        for (const waiver of waivers) {
            const condition = waiver.condition?.ref;
            const subject = waiver.subject?.ref;
            if (!condition || !subject || waiverState(waiver, asOf).kind !== 'active') continue;
            let bySubject = this.byKey.get(condition);
            if (!bySubject) this.byKey.set(condition, bySubject = new Map());
            if (!bySubject.has(subject)) bySubject.set(subject, waiver);
        }
    }

    /** The active waiver for this condition on this subject; marks it used. */
    match(condition: Condition, subject: AstNode): Waiver | undefined {
        const waiver = this.byKey.get(condition)?.get(subject);
        if (waiver) this.used.add(waiver);
        return waiver;
    }
}

export type WaiverProblemId = 'waiver-expired' | 'waiver-incomplete' | 'waiver-unused';

export interface WaiverProblem {
    id: WaiverProblemId;
    waiver: Waiver;
    message: string;
    property?: 'expiry' | 'reason' | 'approver' | 'subject' | 'condition';
}

const MISSING_WORDS = { reason: "a real reason ('because \"<why this is acceptable>\"', not a placeholder)", approver: "an approver ('approved by <party>')", expiry: "an expiry date ('until <date>')" };

/** What is wrong with each waiver as of the date, given which waivers accepted a violation. */
export function waiverProblems(waivers: readonly Waiver[], used: ReadonlySet<Waiver>, evaluated: ReadonlySet<Condition>, asOf: IsoDate): WaiverProblem[] {
    const problems: WaiverProblem[] = [];
    for (const waiver of waivers) {
        if (!waiver.condition?.ref || !waiver.subject?.ref) continue; // an unresolved name is reported by linking
        const state = waiverState(waiver, asOf);
        const what = `The waiver for ${waiver.condition.ref.name} on ${waiver.subject.ref.$cstNode ? waiver.subject.$refText : 'its subject'}`;
        if (state.kind === 'incomplete') {
            problems.push({
                id: 'waiver-incomplete', waiver, property: state.missing.includes('reason') ? undefined : state.missing[0],
                message: `${what} lacks ${state.missing.map((part) => MISSING_WORDS[part]).join(' and ')}; it waives nothing until it has a reason, an approver and an expiry.`
            });
        } else if (state.kind === 'expired') {
            problems.push({
                id: 'waiver-expired', waiver, property: 'expiry',
                message: `${what} expired on ${state.expiry} (checked as of ${asOf}); the violation it covered counts again.`
            });
        } else if (!used.has(waiver) && evaluated.has(waiver.condition.ref)) {
            // A condition that could not be evaluated (it has authoring errors) says nothing about its waivers.
            problems.push({
                id: 'waiver-unused', waiver, property: 'subject',
                message: `${what} matches no violation as of ${asOf}: ${waiver.subject.$refText} does not break ${waiver.condition.ref.name}. Remove the waiver, or check its condition and fact.`
            });
        }
    }
    return problems;
}
