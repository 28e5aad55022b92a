import type { Delegation } from '../generated/ast.js';
import { knownDate } from '../model/dates.js';
import { delegationsOfPower, type DelegationEntry, type PowerDelegations } from '../model/delegation-tables.js';
import { isOnwardDelegation } from '../model/delegations.js';
import { defineCheck } from './rule.js';
import { quoted } from './wording.js';

/** The delegations whose recipients serve an area that meets one of this entry's areas (plus the unplaced ones). */
function candidates(self: DelegationEntry, prepared: PowerDelegations): Iterable<DelegationEntry> {
    if (self.recipientAreas.length === 0) return prepared.entries.values();
    const found = new Set<DelegationEntry>(prepared.unplaced);
    for (const area of self.recipientAreas) {
        for (const entry of prepared.servingWithin.get(area) ?? []) found.add(entry);
    }
    for (const container of self.containers) {
        for (const entry of prepared.servingExactly.get(container) ?? []) found.add(entry);
    }
    return found;
}

function describePeriod(delegation: Delegation): string {
    const start = knownDate(delegation.start);
    const end = knownDate(delegation.end);
    if (start && end) return `from ${start} until ${end}`;
    if (start) return `from ${start} with no end`;
    if (end) return `until ${end}`;
    return 'with no dates';
}

export const overlappingDelegation = defineCheck({
    id: 'overlapping-delegation',
    severity: 'error',
    category: 'delegations',
    scope: 'workspace',
    description: 'The same power must not be delegated twice for overlapping periods, by the same delegator or to different recipients.',
    rationale: 'Commissioning functions are delegated to bodies within the agreement\'s area: if one power is delegated twice at once, two bodies would commission the same service and nobody knows which decision stands. Passing a power on down a chain (NHS England → the area\'s board → a sub-region), or from a body to its successor, is not a second delegation; neither are delegations to recipients serving separate areas, nor different holders delegating to the same body.',
    checks: {
        Delegation: (delegation, context) => {
            const power = delegation.power?.ref;
            if (!power) return;
            const delegations = delegationsOfPower(context.facts, power);
            const self = delegations.entries.get(delegation);
            // A period that ends before it starts is never in force (`end-before-start` reports it).
            if (!self || self.end < self.start) return;
            const found: DelegationEntry[] = [];
            // Recipients serving separate areas (Camden's CCG and Barnet's) each act for their own area: not a conflict.
            for (const other of candidates(self, delegations)) {
                // Each pair is reported once, on the later delegation: later start, then later declaration.
                if (other === self || other.start > self.start || (other.start === self.start && other.position > self.position)) continue;
                if (other.end < other.start || other.end < self.start) continue;
                const sameDelegator = other.delegation.from?.ref !== undefined && other.delegation.from?.ref === delegation.from?.ref;
                const sameRecipient = other.delegation.to?.ref !== undefined && other.delegation.to?.ref === delegation.to?.ref;
                if (!sameDelegator && sameRecipient) continue;
                if (isOnwardDelegation(other.delegation, delegation, delegations.graph) || isOnwardDelegation(delegation, other.delegation, delegations.graph)) continue;
                found.push(other);
            }
            const conflicts = found.sort((a, b) => a.start - b.start || a.position - b.position).map((entry) => entry.delegation);
            const [earlier] = conflicts;
            if (!earlier) return;
            // One finding per delegation, however many it overlaps: the first is named, the rest counted.
            const more = conflicts.length > 1 ? ` (and ${conflicts.length - 1} other delegation${conflicts.length > 2 ? 's' : ''} of it)` : '';
            context.report(delegation, `Delegation ${quoted(delegation.name)} of ${quoted(power.name)} to ${quoted(delegation.to?.$refText)} (${describePeriod(delegation)}) overlaps delegation ${quoted(earlier.name)}${more}: ${quoted(earlier.from?.$refText)} already delegates it to ${quoted(earlier.to?.$refText)} ${describePeriod(earlier)}.`, {
                property: 'name',
                related: conflicts.slice(0, 5).map((other) => ({ node: other, property: 'name', message: `${quoted(other.name)} delegates ${quoted(power.name)} to ${quoted(other.to?.$refText)} ${describePeriod(other)}.` }))
            });
        }
    }
});
