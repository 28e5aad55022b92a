import type { Area, Delegation, Power } from '../generated/ast.js';
import { areasOverlap } from '../model/areas.js';
import { knownDate } from '../model/dates.js';
import { delegationGraph, isOnwardDelegation, periodDays, type DelegationGraph } from '../model/delegations.js';
import type { FactIndex } from '../model/facts.js';
import { servedAreasOf } from '../model/parties.js';
import { defineCheck } from './rule.js';
import { quoted } from './wording.js';

/** A delegation prepared once per build: its period as day numbers, its position, the areas its recipient serves. */
interface Entry {
    delegation: Delegation;
    start: number;
    end: number;
    position: number;
    recipientAreas: Area[];
}

interface PowerDelegations {
    entries: Map<Delegation, Entry>;
    graph: DelegationGraph;
}

const preparedByBuild = new WeakMap<FactIndex, Map<Power, PowerDelegations>>();

function prepared(facts: FactIndex, power: Power): PowerDelegations {
    let byPower = preparedByBuild.get(facts);
    if (!byPower) preparedByBuild.set(facts, byPower = new Map());
    let result = byPower.get(power);
    if (!result) {
        const delegations = facts.delegationsByPower.get(power) ?? [];
        const areasByParty = new Map<unknown, Area[]>();
        const entries = new Map(delegations.map((delegation, position) => {
            const to = delegation.to.ref;
            let recipientAreas = areasByParty.get(to);
            if (!recipientAreas) areasByParty.set(to, recipientAreas = to ? servedAreasOf(to) : []);
            return [delegation, { delegation, ...periodDays(delegation), position, recipientAreas }] as const;
        }));
        byPower.set(power, result = { entries, graph: delegationGraph(delegations) });
    }
    return result;
}

function describePeriod(delegation: Delegation): string {
    const start = knownDate(delegation.start);
    const end = knownDate(delegation.end);
    if (start && end) return `from ${start} until ${end}`;
    if (start) return `from ${start} with no end`;
    if (end) return `until ${end}`;
    return 'with no dates';
}

/** Whether two recipients serve places that do not meet (Camden's CCG and Barnet's): each then acts for its own area. */
function servesSeparateAreas(a: Entry, b: Entry): boolean {
    if (a.recipientAreas.length === 0 || b.recipientAreas.length === 0) return false;
    return !a.recipientAreas.some((area) => b.recipientAreas.some((other) => areasOverlap(area, other)));
}

export const overlappingDelegation = defineCheck({
    id: 'overlapping-delegation',
    severity: 'error',
    category: 'delegations',
    description: 'The same power must not be delegated twice for overlapping periods, by the same delegator or to different recipients.',
    rationale: 'Commissioning functions are delegated "to within the London system": if one power is delegated twice at once, two bodies would commission the same service and nobody knows which decision stands. Passing a power on down a chain (NHS England → London → a sub-region) is not a second delegation; neither are delegations to recipients serving separate areas, nor different holders delegating to the same body.',
    checks: {
        Delegation: (delegation, context) => {
            const power = delegation.power.ref;
            if (!power) return;
            const { entries, graph } = prepared(context.facts, power);
            const self = entries.get(delegation);
            // A period that ends before it starts is never in force (`end-before-start` reports it).
            if (!self || self.end < self.start) return;
            const conflicts: Delegation[] = [];
            for (const other of entries.values()) {
                // Each pair is reported once, on the later delegation: later start, then later declaration.
                if (other === self || other.start > self.start || (other.start === self.start && other.position > self.position)) continue;
                if (other.end < other.start || other.end < self.start) continue;
                const sameDelegator = other.delegation.from.ref !== undefined && other.delegation.from.ref === delegation.from.ref;
                const sameRecipient = other.delegation.to.ref !== undefined && other.delegation.to.ref === delegation.to.ref;
                if (!sameDelegator && sameRecipient) continue;
                if (!sameRecipient && servesSeparateAreas(self, other)) continue;
                if (isOnwardDelegation(other.delegation, delegation, graph) || isOnwardDelegation(delegation, other.delegation, graph)) continue;
                conflicts.push(other.delegation);
            }
            const [earlier] = conflicts;
            if (!earlier) return;
            // One finding per delegation, however many it overlaps: the first is named, the rest counted.
            const more = conflicts.length > 1 ? ` (and ${conflicts.length - 1} other delegation${conflicts.length > 2 ? 's' : ''} of it)` : '';
            context.report(delegation, `Delegation ${quoted(delegation.name)} of ${quoted(power.name)} to ${quoted(delegation.to.$refText)} (${describePeriod(delegation)}) overlaps delegation ${quoted(earlier.name)}${more}: ${quoted(earlier.from.$refText)} already delegates it to ${quoted(earlier.to.$refText)} ${describePeriod(earlier)}.`, {
                property: 'name',
                related: conflicts.slice(0, 5).map((other) => ({ node: other, property: 'name', message: `${quoted(other.name)} delegates ${quoted(power.name)} to ${quoted(other.to.$refText)} ${describePeriod(other)}.` }))
            });
        }
    }
});
