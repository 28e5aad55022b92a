import type { Delegation, Party, Power } from '../generated/ast.js';
import { isInForce, knownDate, type IsoDate } from './dates.js';

/** How a party came to hold a power at a date: it held it itself, or a delegation in force gave it to them. */
export type HoldingSource = { kind: 'held'; since?: IsoDate } | { kind: 'delegated'; delegation: Delegation };

/**
 * Who holds a power at a date: its declared holders (from `since`, if given), then — repeatedly, so chains
 * count — the recipients of delegations of it in force at that date whose delegator already holds it.
 * A delegation whose delegator never held the power passes nothing on. `except` is left out (the delegation
 * being judged must not justify itself).
 */
export function holdersAt(power: Power, date: IsoDate | undefined, delegations: readonly Delegation[], except?: Delegation): Map<Party, HoldingSource> {
    const holders = new Map<Party, HoldingSource>();
    const since = knownDate(power.since);
    if (!date || !since || isInForce(date, since, undefined)) {
        for (const holder of power.holders) if (holder.ref) holders.set(holder.ref, { kind: 'held', since });
    }
    const candidates = delegations.filter((delegation) => delegation !== except
        && (!date || isInForce(date, knownDate(delegation.start), knownDate(delegation.end))));
    let added = true;
    while (added) {
        added = false;
        for (const delegation of candidates) {
            const from = delegation.from.ref;
            const to = delegation.to.ref;
            if (!from || !to || holders.has(to) || !holders.has(from)) continue;
            holders.set(to, { kind: 'delegated', delegation });
            added = true;
        }
    }
    return holders;
}

/**
 * Whether `later` passes on what `earlier` delegated: its delegator received the power from `earlier`'s
 * recipient, directly or down a chain of the given delegations (NHS England → London → a sub-region).
 */
export function isOnwardDelegation(earlier: Delegation, later: Delegation, delegations: readonly Delegation[]): boolean {
    const start = earlier.to.ref;
    const goal = later.from.ref;
    if (!start || !goal) return false;
    const reached = new Set<Party>([start]);
    const queue: Party[] = [start];
    while (queue.length > 0) {
        const current = queue.shift()!;
        if (current === goal) return true;
        for (const delegation of delegations) {
            const to = delegation.to.ref;
            if (delegation.from.ref === current && to && !reached.has(to)) {
                reached.add(to);
                queue.push(to);
            }
        }
    }
    return false;
}
