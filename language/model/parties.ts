import type { Area, Party, PartyKind } from '../generated/ast.js';
import { isOrganisation } from '../generated/ast.js';

/**
 * The party and everyone it stands for: its members, their members, and so on. A partnership or a board
 * acts for its members, so a Healthwatch inside a partnership still involves the public.
 */
export function partyAndMembers(party: Party): Party[] {
    const result = new Set<Party>();
    const visit = (current: Party | undefined): void => {
        if (!current || result.has(current)) return;
        result.add(current);
        for (const member of current.members) visit(member.ref);
    };
    visit(party);
    return [...result];
}

/** The kind of an organisation (`ccg`, `council`, …); boards have none. */
export function partyKind(party: Party): PartyKind | undefined {
    return isOrganisation(party) ? party.kind : undefined;
}

/** Whether the party, or any party it stands for, is of one of the kinds. */
export function includesKind(party: Party, kinds: readonly PartyKind[]): boolean {
    return partyAndMembers(party).some((member) => {
        const kind = partyKind(member);
        return kind !== undefined && kinds.includes(kind);
    });
}

/**
 * The areas a party serves: those it declares with `serves`, or — for a partnership or board that declares none —
 * the areas its members serve.
 */
export function servedAreasOf(party: Party): Area[] {
    const areas = new Set<Area>();
    const visit = (current: Party, seen: Set<Party>): void => {
        if (seen.has(current)) return;
        seen.add(current);
        const own = current.areas.map((area) => area.ref).filter((area): area is Area => area !== undefined);
        if (own.length > 0 || current.areas.length > 0) {
            for (const area of own) areas.add(area);
            return;
        }
        for (const member of current.members) if (member.ref) visit(member.ref, seen);
    };
    visit(party, new Set());
    return [...areas];
}
