import type { Commitment } from '../generated/ast.js';
import { commitmentState, type CommitmentState } from './commitments.js';
import type { IsoDate } from './dates.js';
import type { FactIndex } from './facts.js';

/** Each commitment's state, judged once per workspace build and as-of date: checks, conditions and the summary share it. */
const statesByBuild = new WeakMap<FactIndex, Map<IsoDate, Map<Commitment, CommitmentState>>>();

export function commitmentStateIn(commitment: Commitment, facts: FactIndex, asOf: IsoDate): CommitmentState {
    let byDate = statesByBuild.get(facts);
    if (!byDate) statesByBuild.set(facts, byDate = new Map());
    let byCommitment = byDate.get(asOf);
    if (!byCommitment) byDate.set(asOf, byCommitment = new Map());
    let state = byCommitment.get(commitment);
    if (!state) byCommitment.set(commitment, state = commitmentState(commitment, asOf));
    return state;
}
