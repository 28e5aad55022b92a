import type { Delegation, Party, Power } from '../generated/ast.js';
import { dayNumber, isInForce, knownDate, type IsoDate } from './dates.js';
import { successorAt, type SuccessionIndex } from './succession.js';

/**
 * How a party came to hold a power at a date: it held it itself, or a delegation in force gave it to them.
 * `succeeded` names the predecessor whose holding it took over (`succeeds … on …`).
 */
export type HoldingSource = ({ kind: 'held'; since?: IsoDate } | { kind: 'delegated'; delegation: Delegation }) & { succeeded?: Party };

/**
 * Who holds a power at a date: its declared holders (from `since`, if given), then — repeatedly, so chains
 * count — the recipients of delegations of it in force at that date whose delegator already holds it.
 * A delegation whose delegator never held the power passes nothing on, and no delegation can justify
 * itself: it only adds its recipient once its delegator is already a holder. With no date, any time counts.
 * Every party is read through its succession chain as of the date (`successorAt`): what a CCG held or was
 * given, its ICB holds from the day it took over, and a delegation a CCG made is judged as its ICB's.
 */
export function holdersAt(
    power: Power, date: IsoDate | undefined, delegations: readonly Delegation[], successions: SuccessionIndex = new Map()
): Map<Party, HoldingSource> {
    const holders = new Map<Party, HoldingSource>();
    const add = (party: Party, source: HoldingSource): void => {
        const holder = successorAt(party, date, successions);
        if (!holders.has(holder)) holders.set(holder, holder === party ? source : { ...source, succeeded: party });
    };
    const since = knownDate(power.since);
    if (!date || !since || isInForce(date, since, undefined)) {
        for (const holder of power.holders) if (holder.ref) add(holder.ref, { kind: 'held', since });
    }
    let pending = delegations.filter((delegation) => !date || isInForce(date, knownDate(delegation.start), knownDate(delegation.end)));
    let added = true;
    while (added) {
        added = false;
        // Holders only grow: a delegation that passed its power on, or whose recipient already holds it, has nothing
        // more to give, so each round looks only at those still waiting for their delegator to become a holder.
        const waiting: Delegation[] = [];
        for (const delegation of pending) {
            const from = delegation.from?.ref;
            const to = delegation.to?.ref;
            if (!from || !to || holders.has(successorAt(to, date, successions))) continue;
            if (!holders.has(successorAt(from, date, successions))) {
                waiting.push(delegation);
                continue;
            }
            add(to, { kind: 'delegated', delegation });
            added = true;
        }
        pending = waiting;
    }
    return holders;
}

/** A delegation's period as day numbers; open ends are infinite, invalid dates count as open. */
export function periodDays(delegation: Delegation): { start: number; end: number } {
    const start = knownDate(delegation.start);
    const end = knownDate(delegation.end);
    return { start: start ? dayNumber(start) : -Infinity, end: end ? dayNumber(end) : Infinity };
}

/** Who passes a power to whom, for following chains without re-scanning every delegation. */
export type DelegationGraph = ReadonlyMap<Party, readonly Party[]>;

export function delegationGraph(delegations: readonly Delegation[], successions: SuccessionIndex = new Map()): DelegationGraph {
    const graph = new Map<Party, Party[]>();
    // A successor carries on what its predecessor was given: an ICB passing on its CCG's delegation is onward.
    for (const [predecessor, { successor }] of successions) graph.set(predecessor, [successor]);
    for (const delegation of delegations) {
        const from = delegation.from?.ref;
        const to = delegation.to?.ref;
        if (!from || !to) continue;
        const list = graph.get(from) ?? [];
        list.push(to);
        graph.set(from, list);
    }
    return graph;
}

/**
 * Whether `later` passes on what `earlier` delegated: its delegator received the power from `earlier`'s
 * recipient, directly or down a chain of delegations (NHS England → London → a sub-region).
 */
export function isOnwardDelegation(earlier: Delegation, later: Delegation, graph: DelegationGraph): boolean {
    const start = earlier.to?.ref;
    const goal = later.from?.ref;
    if (!start || !goal) return false;
    const reached = new Set<Party>([start]);
    const queue: Party[] = [start];
    for (let next = queue.shift(); next; next = queue.shift()) {
        if (next === goal) return true;
        for (const to of graph.get(next) ?? []) {
            if (!reached.has(to)) {
                reached.add(to);
                queue.push(to);
            }
        }
    }
    return false;
}
