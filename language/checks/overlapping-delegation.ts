import type { Delegation } from '../generated/ast.js';
import { dayNumber, knownDate, periodsOverlap } from '../model/dates.js';
import { isOnwardDelegation } from '../model/delegations.js';
import { defineCheck } from './rule.js';
import { quoted } from './wording.js';

function period(delegation: Delegation): { start?: string; end?: string } {
    return { start: knownDate(delegation.start), end: knownDate(delegation.end) };
}

function isReversed(delegation: Delegation): boolean {
    const { start, end } = period(delegation);
    return start !== undefined && end !== undefined && dayNumber(end) < dayNumber(start);
}

function describePeriod(delegation: Delegation): string {
    const { start, end } = period(delegation);
    if (start && end) return `from ${start} until ${end}`;
    if (start) return `from ${start} with no end`;
    if (end) return `until ${end}`;
    return 'with no dates';
}

/** Whether `a` comes before `b`: earlier start (an undated start counts as earliest), then order of declaration. */
function comesBefore(a: Delegation, b: Delegation, position: ReadonlyMap<Delegation, number>): boolean {
    const aStart = startDay(a);
    const bStart = startDay(b);
    return aStart !== bStart ? aStart < bStart : position.get(a)! < position.get(b)!;
}

function startDay(delegation: Delegation): number {
    const start = period(delegation).start;
    return start ? dayNumber(start) : -Infinity;
}

export const overlappingDelegation = defineCheck({
    id: 'overlapping-delegation',
    severity: 'error',
    category: 'delegations',
    description: 'The same power must not be delegated twice for overlapping periods, by the same delegator or to different recipients.',
    rationale: 'Commissioning functions are delegated "to within the London system": if one power is delegated twice at once, two bodies would commission the same service and nobody knows which decision stands. Passing a power on down a chain (NHS England → London → a sub-region) is not a second delegation; different holders delegating to the same body is allowed.',
    checks: {
        Delegation: (delegation, context) => {
            const power = delegation.power.ref;
            if (!power) return;
            const all = context.facts.delegationsByPower.get(power) ?? [];
            const position = new Map(all.map((each, index) => [each, index]));
            for (const other of all) {
                if (other === delegation || !comesBefore(other, delegation, position)) continue;
                // A period that ends before it starts is never in force (`end-before-start` reports it).
                if (isReversed(other) || isReversed(delegation) || !periodsOverlap(period(other), period(delegation))) continue;
                const sameDelegator = other.from.ref !== undefined && other.from.ref === delegation.from.ref;
                const sameRecipient = other.to.ref !== undefined && other.to.ref === delegation.to.ref;
                if (!sameDelegator && sameRecipient) continue;
                if (isOnwardDelegation(other, delegation, all) || isOnwardDelegation(delegation, other, all)) continue;
                const who = sameDelegator
                    ? `${quoted(delegation.from.$refText)} already delegates it`
                    : `${quoted(other.from.$refText)} already delegates it`;
                context.report(delegation, `Delegation ${quoted(delegation.name)} of ${quoted(power.name)} to ${quoted(delegation.to.$refText)} (${describePeriod(delegation)}) overlaps delegation ${quoted(other.name)}: ${who} to ${quoted(other.to.$refText)} ${describePeriod(other)}.`, {
                    property: 'name',
                    related: [{ node: other, property: 'name', message: `${quoted(other.name)} delegates ${quoted(power.name)} ${describePeriod(other)}.` }]
                });
            }
        }
    }
});
