import type { Commitment } from '../generated/ast.js';
import { commitmentStateIn } from '../model/commitment-states.js';
import type { CommitmentState } from '../model/commitments.js';
import type { CheckContext } from './rule.js';
import { listedNames, quoted } from './wording.js';

/** The commitment's state as of the check's date, shared by every commitment-* rule (judged once per build and date). */
export function stateOf(commitment: Commitment, context: CheckContext): CommitmentState {
    return commitmentStateIn(commitment, context.facts, context.asOf);
}

/** The property a deadline finding underlines: `due`, `due within … of` or `from`. */
export function deadlineProperty(commitment: Commitment): 'due' | 'dueWithin' | 'dutyFrom' | 'name' {
    if (commitment.dutyFrom !== undefined) return 'dutyFrom';
    if (commitment.dueWithin !== undefined) return 'dueWithin';
    if (commitment.due !== undefined) return 'due';
    return 'name';
}

/** "Commitment 'SetUpLEB' of LondonPartners": how findings name a commitment and who owes it. */
export function commitmentOf(commitment: Commitment): string {
    const holders = listedNames(commitment.holders.map((holder) => holder.ref));
    return `Commitment ${quoted(commitment.name)}${holders ? ` of ${holders}` : ''}`;
}
