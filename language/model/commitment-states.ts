import type { Commitment } from '../generated/ast.js';
import { BuildCache } from './build-cache.js';
import { commitmentState, type CommitmentState } from './commitments.js';
import type { IsoDate } from './dates.js';
import type { FactIndex } from './facts.js';

/** Each commitment's state, judged once per workspace build and as-of date: checks, conditions and the summary share it. */
const statesByBuild = new BuildCache<FactIndex, [IsoDate, Commitment], CommitmentState>();

export function commitmentStateIn(commitment: Commitment, facts: FactIndex, asOf: IsoDate): CommitmentState {
    return statesByBuild.get(facts, [asOf, commitment], () => commitmentState(commitment, asOf));
}
