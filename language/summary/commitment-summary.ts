import type { Commitment } from '../generated/ast.js';
import { agreementOf } from '../model/agreements.js';
import { commitmentStateIn, inherited } from '../model/commitment-states.js';
import {
    COMMITMENT_STATUSES, modalityWords, type CommitmentStatus, type DeadlineKind, type Modality
} from '../model/commitments.js';
import type { IsoDate } from '../model/dates.js';
import type { FactIndex } from '../model/facts.js';
import type { FactRefs } from './fact-refs.js';
import type { ClauseRef, FactRef, PartyRef } from './summary-refs.js';
import { compareText } from '../model/text-order.js';

/**
 * One commitment as the summary reports it: who owes what to whom, by when, and how it stands as of the date
 * (statuses and their meaning: `language/model/commitments.ts`, docs/commitments.md). `due`, `evidence` and
 * `clause` are always present, `null` when the agreement gives none, so a reader sees the gap.
 */
export interface CommitmentSummary extends FactRef {
    agreement?: string;
    /** The parties that made it (`by`), as written. */
    holders: PartyRef[];
    /**
     * Who owes it as of the date, when a holder has since been succeeded (a CCG by its ICB): each with the holders
     * (as written) whose promise it inherited. Absent when every holder still owes it itself.
     */
    heldBy?: HolderRef[];
    beneficiary?: PartyRef;
    modality: Modality;
    /** The modality as written: `will`, `will explore`, `must not`… */
    modalityWords: string;
    /** What is promised, as written after the modality; the title when none is. */
    what: string;
    deadlineKind: DeadlineKind;
    /** The deadline (a relative one resolved; a continuing duty's start), or null. */
    due: IsoDate | null;
    status: CommitmentStatus;
    /** Why it has its status, in one sentence. */
    reason: string;
    /** The delivery date, as of the date; absent when not delivered. */
    delivered?: IsoDate;
    /** What shows delivery (or a breach), or null when nothing does. */
    evidence: string | null;
    /** The document the evidence comes from. */
    evidenceSource?: string;
    /** The fact that fulfils it (a delegation, a board…). */
    fulfilledBy?: FactRef;
    clause: ClauseRef | null;
}

/** A party that owes a commitment as of the date, and the holders it stands in for (when it inherited it). */
export interface HolderRef extends PartyRef {
    inheritedFrom?: PartyRef[];
}

const RANK = new Map(COMMITMENT_STATUSES.map((status, index) => [status, index]));

/** Every commitment, worst first (breached, overdue, due, …), then by deadline, then by name. */
export function summariseCommitments(facts: FactIndex, asOf: IsoDate, refs: FactRefs): CommitmentSummary[] {
    return facts.commitments.map((commitment) => summariseCommitment(commitment, facts, asOf, refs)).sort((a, b) =>
        (RANK.get(a.status)! - RANK.get(b.status)!) || compareText(a.due ?? '9999', b.due ?? '9999') || compareText(a.name, b.name));
}

function summariseCommitment(commitment: Commitment, facts: FactIndex, asOf: IsoDate, refs: FactRefs): CommitmentSummary {
    const state = commitmentStateIn(commitment, facts, asOf);
    const shown = state.breach ?? state.delivered;
    const fulfilling = state.delivered?.fact;
    const agreement = agreementOf(commitment)?.name;
    const beneficiary = refs.partyOf(commitment.beneficiary?.ref)[0];
    return {
        ...refs.fact(commitment),
        ...(agreement ? { agreement } : {}),
        holders: commitment.holders.flatMap((holder) => refs.partyOf(holder.ref)),
        ...(inherited(state) ? {
            heldBy: state.holders.map(({ party, inheritedFrom }) => ({
                ...refs.party(party),
                ...(inheritedFrom.length > 0 ? { inheritedFrom: inheritedFrom.map((predecessor) => refs.party(predecessor)) } : {})
            }))
        } : {}),
        ...(beneficiary ? { beneficiary } : {}),
        modality: state.modality,
        modalityWords: modalityWords(commitment),
        what: commitment.modality?.action ?? commitment.title ?? commitment.name,
        deadlineKind: state.deadlineKind,
        due: state.due ?? null,
        status: state.status,
        reason: state.reason,
        ...(state.delivered ? { delivered: state.delivered.date } : {}),
        evidence: shown?.evidence ?? (state.ended ? `${state.ended.kind} on ${state.ended.date}${state.ended.reason ? `: ${state.ended.reason}` : ''}` : null),
        ...(shown?.source ? { evidenceSource: shown.source } : {}),
        ...(fulfilling ? { fulfilledBy: refs.fact(fulfilling) } : {}),
        clause: refs.clause(commitment.clause?.ref) ?? null
    };
}

/** Statuses that leave a promise unkept as of the date: a clause citing one cannot read "pass". */
export const UNKEPT_STATUSES: ReadonlySet<CommitmentStatus> = new Set(['not-yet-due', 'due', 'overdue', 'breached']);
