import type { AstNode } from 'langium';
import * as ast from '../generated/ast.js';
import { containment, partsOutside, type Containment } from '../model/areas.js';
import { servedAreasOf } from '../model/parties.js';
import { ENTITY_FIELDS, entityKindOf, locationField, type FieldContext } from './condition-types.js';

/**
 * `x within Area` in conditions (docs/scoping.md):
 * - an area is within a container when it is the container or lies inside it;
 * - a party or board is within it when **every** area it serves is (its own `serves` areas, or for a partnership or
 *   board that declares none, its members'). A CCG serving Tameside and Glossop is not within Greater Manchester;
 * - a located fact (sale, asset, reinvestment, locality team) by its place; a pilot by all of its areas;
 * - a list when every item is.
 * A party or board that serves no areas, a fact with no place, and an empty list are **unknown**: the value is
 * `undefined`, never a silent false, and the condition reports the fact it could not judge (`condition-undecided`).
 */

/** The areas a value stands for: an area itself, the areas a party serves, a located fact's place, a pilot's areas. */
export function areasOf(node: AstNode, context: FieldContext): ast.Area[] {
    if (ast.isArea(node)) return [node];
    if (ast.isOrganisation(node) || ast.isBoard(node)) return servedAreasOf(node);
    const kind = entityKindOf(node);
    if (!kind) return [];
    const fields = ENTITY_FIELDS[kind];
    const field = locationField(kind);
    if (field) {
        const area = fields[field]!.get(node, context) as ast.Area | undefined;
        return area ? [area] : [];
    }
    const areas = fields['areas']?.get(node, context);
    return Array.isArray(areas) ? areas.filter(ast.isArea) : [];
}

/** How each item of a `within` subject lies in the container. */
export function containments(subject: unknown, container: ast.Area, context: FieldContext): { item: unknown; containment: Containment }[] {
    const items = Array.isArray(subject) ? subject : [subject];
    return items.map((item) => ({
        item,
        containment: typeof item === 'object' && item !== null && '$type' in item
            ? containment(areasOf(item as AstNode, context), container)
            : { verdict: 'unknown', inside: [], outside: [], containing: [] }
    }));
}

/** true, false, or undefined (unknown: something has no areas to judge). */
export function isWithinArea(subject: unknown, container: ast.Area, context: FieldContext): boolean | undefined {
    const judged = containments(subject, container, context);
    if (judged.length === 0) return undefined;
    if (judged.some(({ containment }) => containment.verdict === 'some' || containment.verdict === 'none')) return false;
    return judged.some(({ containment }) => containment.verdict === 'unknown') ? undefined : true;
}

/**
 * Why a party or fact is not (or not known to be) within the container, when that is more than "it is not":
 * "TamesideAndGlossopCCG serves Tameside and Glossop, partly outside GreaterManchester (Glossop)", or
 * "GMBoard serves no areas, so whether it is within GreaterManchester is unknown". Undefined otherwise.
 */
export function withinReason(subject: unknown, container: ast.Area, context: FieldContext): string | undefined {
    const reasons: string[] = [];
    for (const { item, containment } of containments(subject, container, context)) {
        const name = nameOf(item);
        const party = typeof item === 'object' && item !== null && (ast.isOrganisation(item as AstNode) || ast.isBoard(item as AstNode));
        if (containment.verdict === 'unknown') {
            reasons.push(`${name} ${party ? 'serves no areas' : 'has no place'}, so whether it is within ${container.name} is unknown`);
        } else if (containment.verdict === 'some') {
            const served = [...containment.inside, ...containment.outside].map((area) => area.name);
            reasons.push(`${name} ${party ? 'serves' : 'is in'} ${listNames(served)}, partly outside ${container.name} (${listNames(partsOutside(containment, container))})`);
        }
    }
    if (Array.isArray(subject) && subject.length === 0) reasons.push(`there is nothing to judge, so whether it is within ${container.name} is unknown`);
    return reasons.length > 0 ? reasons.join('; ') : undefined;
}

function nameOf(item: unknown): string {
    const name = (item as { name?: unknown } | undefined)?.name;
    return typeof name === 'string' ? name : String(item);
}

function listNames(names: string[]): string {
    return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
