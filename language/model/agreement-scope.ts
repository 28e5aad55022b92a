import type { AstNode } from 'langium';
import * as ast from '../generated/ast.js';
import { agreementArea, isInAgreementArea, type AgreementArea } from './agreement-area.js';
import { governingAgreement, signatoriesOf } from './agreements.js';
import { BuildCache } from './build-cache.js';
import type { FactIndex } from './facts.js';
import { servedAreasOf } from './parties.js';

/**
 * Which facts are "under" an agreement, for the conditions declared under it (docs/scoping.md). A fact is under
 * agreement A when it belongs to A or to an agreement that builds on, amends or supersedes A (directly or through
 * others: A's *family*). A fact belongs to an agreement
 *   1. when it is written inside its braces or names it with `under` (a delegation, pilot, sale, budget, …);
 *   2. when it is part of such a fact (a target of an aspiration; a measurement of that target);
 *   3. when, naming none, it cites one of the agreement's clauses with `per` (a locality team, a board);
 *   4. when, naming none and citing none, it has a place (a sale's or asset's site, a locality team's area, a
 *      pilot's areas) and every such place lies within the agreement's area (agreement-area.ts).
 * Otherwise it is under no agreement, and only `workspace-wide` conditions judge it. Files and folders play no
 * part: moving a declaration to another file must not change what judges it.
 *
 * Shared vocabulary is under an agreement by relation, not declaration: an area when it lies within the
 * agreement's area; a party or board when it (or a partnership it belongs to) signed an agreement of the family,
 * or serves an area within the agreement's area. Powers and themes/services are national vocabulary: every
 * condition sees all of them.
 */

/** Why a fact is outside a scope, for the note on a condition whose range is empty. */
export type Exclusion =
    | { kind: 'other-agreement'; agreement: ast.Agreement }
    | { kind: 'no-agreement' }
    | { kind: 'outside-area' };

/** The agreement a fact belongs to by declaration (rules 1–3 above), if any. */
export function declaredAgreementOf(node: AstNode): ast.Agreement | undefined {
    if (ast.isAgreement(node)) return node;
    if (ast.isMeasurement(node)) {
        const target = node.target?.ref;
        return target ? declaredAgreementOf(target) : undefined;
    }
    return governingAgreement(node);
}

/** The places that attach a fact naming no agreement to the agreements whose area holds them (rule 4). */
export function placesOf(node: AstNode): ast.Area[] {
    const refs = (...references: ({ ref?: ast.Area } | undefined)[]) => references.flatMap((reference) => (reference?.ref ? [reference.ref] : []));
    if (ast.isEstateSale(node)) return refs(node.location ?? node.asset?.ref?.location);
    if (ast.isEstateAsset(node)) return refs(node.location);
    if (ast.isLocalityTeam(node)) return refs(node.area);
    if (ast.isPilot(node)) return refs(...(node.areas ?? []));
    return [];
}

const families = new BuildCache<FactIndex, [ast.Agreement], ReadonlySet<ast.Agreement>>();
const laterByBuild = new BuildCache<FactIndex, [], ReadonlyMap<ast.Agreement, readonly ast.Agreement[]>>();

/** The agreement and every agreement that builds on, amends or supersedes it, directly or through others. */
export function agreementFamily(agreement: ast.Agreement, facts: FactIndex): ReadonlySet<ast.Agreement> {
    return families.get(facts, [agreement], () => familyOf(agreement, laterByBuild.get(facts, [], () => laterAgreements(facts))));
}

/**
 * Each agreement → the agreements that build on, amend or supersede it directly. Worked out once per build, not
 * once per family: per family (copying a list per entry) it made n agreements cost n² and more — most of each
 * edit's time in the language server on a workspace of 1,000 deals.
 */
function laterAgreements(facts: FactIndex): ReadonlyMap<ast.Agreement, readonly ast.Agreement[]> {
    const later = new Map<ast.Agreement, ast.Agreement[]>();
    for (const candidate of facts.agreements) {
        for (const relation of candidate.relations ?? []) {
            const earlier = relation.target?.ref;
            if (!earlier) continue;
            const list = later.get(earlier);
            if (list) list.push(candidate);
            else later.set(earlier, [candidate]);
        }
    }
    return later;
}

function familyOf(agreement: ast.Agreement, later: ReadonlyMap<ast.Agreement, readonly ast.Agreement[]>): ReadonlySet<ast.Agreement> {
    const found = new Set<ast.Agreement>([agreement]);
    const queue = [agreement];
    while (queue.length > 0) {
        for (const next of later.get(queue.pop()!) ?? []) {
            if (!found.has(next)) {
                found.add(next);
                queue.push(next);
            }
        }
    }
    return found;
}

/** The facts under one agreement (and its family): what a condition declared under it ranges over. */
export class AgreementScope {
    readonly family: ReadonlySet<ast.Agreement>;
    private signers: Set<ast.Party> | undefined;
    private foundArea: { area: AgreementArea | undefined } | undefined;

    constructor(readonly agreement: ast.Agreement, facts: FactIndex) {
        this.family = agreementFamily(agreement, facts);
    }

    /**
     * The agreement's area, if it has one (declared, inherited or derived). Worked out when first needed: most facts
     * are under an agreement by declaration, and the language server makes every agreement's scope on every edit.
     */
    get area(): AgreementArea | undefined {
        return (this.foundArea ??= { area: agreementArea(this.agreement) }).area;
    }

    /** Whether the fact is under the agreement; if not, why not. */
    exclusion(node: AstNode): Exclusion | undefined {
        if (ast.isArea(node)) return this.inArea(node) ? undefined : { kind: 'outside-area' };
        if (ast.isOrganisation(node) || ast.isBoard(node)) return this.includesParty(node) ? undefined : { kind: 'outside-area' };
        if (ast.isPower(node) || ast.isTopic(node)) return undefined;
        const owner = declaredAgreementOf(node);
        if (owner) return this.family.has(owner) ? undefined : { kind: 'other-agreement', agreement: owner };
        const places = placesOf(node);
        if (places.length > 0 && places.every((place) => this.inArea(place))) return undefined;
        return { kind: 'no-agreement' };
    }

    includes(node: AstNode): boolean {
        return this.exclusion(node) === undefined;
    }

    private inArea(area: ast.Area): boolean {
        return this.area !== undefined && isInAgreementArea(area, this.area);
    }

    private includesParty(party: ast.Party): boolean {
        if (!this.signers) {
            this.signers = new Set();
            for (const agreement of this.family) for (const signer of signatoriesOf(agreement)) this.signers.add(signer);
        }
        if (this.signers.has(party)) return true;
        const owner = ast.isBoard(party) ? declaredAgreementOf(party) : undefined;
        if (owner && this.family.has(owner)) return true;
        return servedAreasOf(party).some((area) => this.inArea(area));
    }
}
