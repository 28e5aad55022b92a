import type { Commitment } from '../generated/ast.js';
import { commitmentStateIn, type JudgedCommitment } from '../model/commitment-states.js';
import type { CheckContext } from './rule.js';
import { listed, listedNames, quoted } from './wording.js';

/** The commitment's state as of the check's date, shared by every commitment-* rule (judged once per build and date). */
export function stateOf(commitment: Commitment, context: CheckContext): JudgedCommitment {
    return commitmentStateIn(commitment, context.facts, context.asOf);
}

/** The property a deadline finding underlines: `due`, `due within … of` or `from`. */
export function deadlineProperty(commitment: Commitment): 'due' | 'dueWithin' | 'dueWhenPooled' | 'dutyFrom' | 'name' {
    if (commitment.dutyFrom !== undefined) return 'dutyFrom';
    if (commitment.dueWithin !== undefined) return 'dueWithin';
    if (commitment.due !== undefined) return 'due';
    if ((commitment.dueWhenPooled?.length ?? 0) > 0) return 'dueWhenPooled';
    return 'name';
}

/**
 * "Commitment 'SetUpLEB' of LondonPartners": how findings name a commitment and who owes it as of the check's date;
 * a successor says whose promise it inherited ("of NHSGreaterManchesterICB (inherited from BoltonCCG)").
 */
export function commitmentOf(commitment: Commitment, state: JudgedCommitment): string {
    const holders = listed(state.holders.map(({ party, inheritedFrom }) =>
        `${party.name}${inheritedFrom.length > 0 ? ` (inherited from ${listedNames(inheritedFrom)})` : ''}`));
    return `Commitment ${quoted(commitment.name)}${holders ? ` of ${holders}` : ''}`;
}
