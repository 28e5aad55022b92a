import type { Party } from '../generated/ast.js';
import { compareDates, knownDate, type IsoDate } from './dates.js';

/**
 * Who stands in a party's shoes at a date: the party itself, or — once a body has succeeded it
 * (`party NHSGreaterManchesterICB … succeeds NHSBoltonCCG on 2022-07-01`) — its successor, followed down the chain
 * (a CCG merged into a bigger CCG that became an ICB). A collective party (`members …`, e.g. "the 12 Greater
 * Manchester CCGs") whose every member stands, at the date, in one and the same successor's shoes is succeeded by
 * it too: the collective no longer exists apart from it. With no date, the latest successor counts. Source: the
 * Health and Care Act 2022, s.19–23, under which ICBs took over the CCGs' functions, property and liabilities on
 * 2022-07-01.
 */
export function successorAt(party: Party, date: IsoDate | undefined, successions: SuccessionIndex): Party {
    return follow(party, date, successions, new Set());
}

function follow(party: Party, date: IsoDate | undefined, successions: SuccessionIndex, seen: Set<Party>): Party {
    let current = party;
    for (;;) {
        seen.add(current);
        const next = successions.get(current);
        const due = next && !seen.has(next.successor) && !(date && next.on && compareDates(date, next.on) < 0);
        const successor = due ? next.successor : collectiveSuccessor(current, date, successions, seen);
        if (!successor || seen.has(successor)) return current;
        current = successor;
    }
}

/** The one party every member of a collective stands in for at the date, if there is one and it is not a member. */
function collectiveSuccessor(party: Party, date: IsoDate | undefined, successions: SuccessionIndex, seen: Set<Party>): Party | undefined {
    const members = (party.members ?? []).map((member) => member.ref);
    if (members.length === 0 || members.some((member) => !member || seen.has(member))) return undefined;
    const successors = new Set(members.map((member) => follow(member!, date, successions, new Set(seen))));
    const [only] = successors;
    return successors.size === 1 && only && !members.includes(only) ? only : undefined;
}

/**
 * Who owes what a list of parties promised, as of a date: each party's successor (`successorAt`), once each, with
 * the parties it stands in for (empty when it made the promise itself). "By the 12 CCGs and AGMA" is owed, after
 * 2022-07-01, by the ICB (standing in for the 12 CCGs) and AGMA.
 */
export function holdersAsOf(parties: readonly (Party | undefined)[], date: IsoDate | undefined, successions: SuccessionIndex): Holder[] {
    const holders = new Map<Party, Party[]>();
    for (const party of parties) {
        if (!party) continue;
        const holder = successorAt(party, date, successions);
        const inherited = holders.get(holder) ?? [];
        if (holder !== party && !inherited.includes(party)) inherited.push(party);
        holders.set(holder, inherited);
    }
    return [...holders].map(([party, inheritedFrom]) => ({ party, inheritedFrom }));
}

/** One who owes a promise as of a date, and the parties (as written) whose promise it inherited. */
export interface Holder {
    readonly party: Party;
    readonly inheritedFrom: readonly Party[];
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
