import type { Agreement, Area, Party } from '../generated/ast.js';
import { areaAncestry, isWithin, outermostAreas } from './areas.js';
import { signatoriesOf } from './agreements.js';
import { LOCAL_AUTHORITY_KINDS } from './kinds.js';
import { includesKind, partyKind, servedAreasOf } from './parties.js';

/**
 * The area an agreement covers, which its area-bound rules (estate proceeds stay in the area, a scoped condition's
 * `areas`) are judged against. Found, in this order (docs/scoping.md):
 *   1. `covers <Area>` in the agreement itself;
 *   2. the area of the agreement it builds on, amends or supersedes (a 2017 MoU building on a 2015 agreement
 *      covers the same place unless it says otherwise);
 *   3. the areas its local signatories serve — signatories, and members of signing partnerships, that are not
 *      national (`government`, `national-body`, `nhs-region`, or serving a `country`) — reduced to the outermost.
 * Never the outermost region around the signatories: a deal area inside a region (Greater Manchester in the North
 * West) is judged as itself.
 */
export interface AgreementArea {
    /** One area when declared; possibly several when derived from signatories (the boroughs of a deal area). */
    readonly areas: readonly Area[];
    readonly source: 'covers' | 'inherited' | 'signatories';
    /** The agreement whose `covers` line (or signatories) gave the area. */
    readonly from: Agreement;
}

/** Party kinds that act for the whole country, not for a deal's area. */
const NATIONAL_KINDS: readonly string[] = ['government', 'national-body', 'nhs-region'];

/**
 * The agreement's area, or undefined when it declares none, inherits none and has no local signatory with areas.
 * Not cached on the agreement: an agreement node outlives edits to the files it references (its areas, its
 * signatories' `serves`), so a value kept on it would name areas of an earlier build. Per build, AgreementScope
 * keeps it (conditions/condition-scope.ts).
 */
export function agreementArea(agreement: Agreement): AgreementArea | undefined {
    const declared = declaredArea(agreement, new Set());
    if (declared) return declared.from === agreement ? declared : { ...declared, source: 'inherited' };
    return derivedArea(agreement, new Set());
}

/** `covers`, on the agreement or, failing that, on the agreements it builds on, amends or supersedes. */
function declaredArea(agreement: Agreement, visiting: Set<Agreement>): AgreementArea | undefined {
    if (visiting.has(agreement)) return undefined;
    visiting.add(agreement);
    const covered = agreement.covers?.ref;
    if (covered) return { areas: [covered], source: 'covers', from: agreement };
    for (const relation of agreement.relations ?? []) {
        const earlier = relation.target?.ref;
        const found = earlier ? declaredArea(earlier, visiting) : undefined;
        if (found) return found;
    }
    return undefined;
}

/** Where the local signatories serve; an agreement without any takes that of the one it builds on. */
function derivedArea(agreement: Agreement, visiting: Set<Agreement>): AgreementArea | undefined {
    if (visiting.has(agreement)) return undefined;
    visiting.add(agreement);
    const local = [...signatoriesOf(agreement)].filter(isLocal).flatMap(servedAreasOf);
    if (local.length > 0) return { areas: outermostAreas(local), source: 'signatories', from: agreement };
    for (const relation of agreement.relations ?? []) {
        const earlier = relation.target?.ref;
        const found = earlier ? derivedArea(earlier, visiting) : undefined;
        if (found) return found;
    }
    return undefined;
}

function isLocal(party: Party): boolean {
    const kind = partyKind(party);
    if (kind && NATIONAL_KINDS.includes(kind)) return false;
    return !servedAreasOf(party).some((area) => area.kind === 'country');
}

/** Whether an area lies within the agreement's area (within any of its areas, when derived from several). */
export function isInAgreementArea(area: Area, covered: AgreementArea): boolean {
    return covered.areas.some((container) => isWithin(area, container));
}

/** "London", or "Bolton, Bury and Wigan" for an area derived from several. */
export function agreementAreaName(covered: AgreementArea): string {
    const names = covered.areas.map((area) => area.name);
    return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** How the area was found, for messages: "the area DevolutionMoU2017 covers", "… its local signatories serve". */
export function agreementAreaOrigin(agreement: Agreement, covered: AgreementArea): string {
    switch (covered.source) {
        case 'covers': return `the area ${agreement.name} covers`;
        case 'inherited': return `the area ${agreement.name} covers (from ${covered.from.name}, which it builds on)`;
        case 'signatories': return `the area${covered.areas.length === 1 ? '' : 's'} ${covered.from === agreement ? agreement.name : covered.from.name}'s local signatories serve`;
    }
}

/**
 * An area inferred from signatories (`source: 'signatories'`), spelled out: each area with the local signatories that
 * serve it or a place inside it, and the areas a `covers` line could name — the smallest area holding every place
 * the local councils (and combined authorities, the GLA) serve, then the smallest holding all the inferred areas.
 * `beyondCouncils`: inferred areas outside the councils' area, which only a partner (a CCG across a boundary) brings.
 */
export interface InferredArea {
    readonly servedBy: ReadonlyMap<Area, readonly Party[]>;
    readonly candidates: readonly Area[];
    readonly councilArea: Area | undefined;
    readonly beyondCouncils: readonly Area[];
}

export function inferredArea(covered: AgreementArea): InferredArea {
    const local = [...signatoriesOf(covered.from)].filter(isLocal);
    const servedBy = new Map<Area, Party[]>(covered.areas.map((area) => [area, []]));
    for (const party of local) {
        for (const area of covered.areas) {
            if (servedAreasOf(party).some((served) => isWithin(served, area)) && !servedBy.get(area)!.includes(party)) servedBy.get(area)!.push(party);
        }
    }
    const councils = local.filter((party) => includesKind(party, LOCAL_AUTHORITY_KINDS)).flatMap(servedAreasOf);
    const councilArea = councils.length > 0 ? smallestAreaHolding(councils) : undefined;
    const overall = smallestAreaHolding(covered.areas);
    const candidates = [...new Set([councilArea, overall].filter((area): area is Area => area !== undefined))];
    const beyondCouncils = councilArea ? covered.areas.filter((area) => !isWithin(area, councilArea)) : [];
    return { servedBy, candidates, councilArea, beyondCouncils };
}

/** The smallest area that is or contains every one of the areas (their nearest common container), if any. */
function smallestAreaHolding(areas: readonly Area[]): Area | undefined {
    const [first, ...rest] = areas;
    return first ? areaAncestry(first).find((candidate) => rest.every((area) => isWithin(area, candidate))) : undefined;
}

/** Whether an area holds part of the agreement's area without lying inside it (England, for London): partly outside. */
export function holdsPartOf(area: Area, covered: AgreementArea): boolean {
    return !isInAgreementArea(area, covered) && covered.areas.some((inner) => isWithin(inner, area));
}
