import type { Party } from '../generated/ast.js';
import { compareDates, knownDate, type IsoDate } from './dates.js';

/**
 * Who stands in a party's shoes at a date: the party itself, or — once a body has succeeded it
 * (`party NHSGreaterManchesterICB … succeeds NHSBoltonCCG on 2022-07-01`) — its successor, followed down the chain
 * (a CCG merged into a bigger CCG that became an ICB). With no date, the latest successor counts. Source: the Health
 * and Care Act 2022, s.19–23, under which ICBs took over the CCGs' functions, property and liabilities on 2022-07-01.
 */
export function successorAt(party: Party, date: IsoDate | undefined, successions: SuccessionIndex): Party {
    const seen = new Set<Party>([party]);
    let current = party;
    for (;;) {
        const next = successions.get(current);
        if (!next || seen.has(next.successor)) return current;
        if (date && next.on && compareDates(date, next.on) < 0) return current;
        seen.add(next.successor);
        current = next.successor;
    }
}

/** Every party that a party has succeeded, directly or down the chain, as of the date (itself not included). */
export function predecessorsAt(party: Party, date: IsoDate | undefined, parties: readonly Party[], successions: SuccessionIndex): Party[] {
    return parties.filter((candidate) => candidate !== party && successorAt(candidate, date, successions) === party);
}

/** A predecessor's succession: who took over from it, and on what date (undefined when the date is invalid). */
export interface Succession {
    readonly successor: Party;
    readonly on: IsoDate | undefined;
}

/** Predecessor → its successor. A party succeeded twice keeps the first declared (the duplicate is reported). */
export type SuccessionIndex = ReadonlyMap<Party, Succession>;

export function successionIndex(parties: readonly Party[]): SuccessionIndex {
    const index = new Map<Party, Succession>();
    for (const successor of parties) {
        for (const predecessor of successor.predecessors ?? []) {
            const ref = predecessor.ref;
            if (ref && ref !== successor && !index.has(ref)) index.set(ref, { successor, on: knownDate(successor.succeededOn) });
        }
    }
    return index;
}
