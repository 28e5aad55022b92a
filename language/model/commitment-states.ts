import type { Commitment } from '../generated/ast.js';
import { BuildCache } from './build-cache.js';
import { commitmentState, type CommitmentState } from './commitments.js';
import type { IsoDate } from './dates.js';
import type { FactIndex } from './facts.js';
import { holdersAsOf, type Holder } from './succession.js';

/** A commitment judged in a workspace: its state, and who owes it as of the date (the successors of its holders). */
export interface JudgedCommitment extends CommitmentState {
    /** Who owes it as of the date: each `by` party, or the party that has since succeeded it (CCG → ICB). */
    holders: readonly Holder[];
}

/** Each commitment's state, judged once per workspace build and as-of date: checks, conditions and the summary share it. */
const statesByBuild = new BuildCache<FactIndex, [IsoDate, Commitment], JudgedCommitment>();

export function commitmentStateIn(commitment: Commitment, facts: FactIndex, asOf: IsoDate): JudgedCommitment {
    return statesByBuild.get(facts, [asOf, commitment], () => ({
        ...commitmentState(commitment, asOf),
        holders: holdersAsOf(commitment.holders.map((holder) => holder.ref), asOf, facts.successions)
    }));
}

/** Whether any holder as of the date stands in for a party that made the promise (it was inherited). */
export function inherited(state: JudgedCommitment): boolean {
    return state.holders.some((holder) => holder.inheritedFrom.length > 0);
}
