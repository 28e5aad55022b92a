import type { Area } from '../generated/ast.js';

/** The chain from an area up to the outermost area that contains it, starting with the area itself. */
export function areaAncestry(area: Area): Area[] {
    const chain: Area[] = [];
    const seen = new Set<Area>();
    for (let current: Area | undefined = area; current && !seen.has(current); current = current.parent?.ref) {
        seen.add(current);
        chain.push(current);
    }
    return chain;
}

/** Whether `area` is `container` or lies within it (Camden within North Central London within London). */
export function isWithin(area: Area, container: Area): boolean {
    return areaAncestry(area).includes(container);
}

/** Whether a party that serves `served` areas serves `area`: it serves it or an area containing it. */
export function servesArea(served: readonly Area[], area: Area): boolean {
    return served.some((candidate) => isWithin(area, candidate));
}

/** Whether one area lies within the other (either way round): a party serving Camden works in North Central London. */
export function areasOverlap(a: Area, b: Area): boolean {
    return isWithin(a, b) || isWithin(b, a);
}

/**
 * How a set of areas (the areas a party serves, a pilot's areas) lies within a container: `all` of them, `some` of
 * them, `none`, or `unknown` when there are no areas to judge. `x within C` holds only for `all` (docs/scoping.md):
 * a CCG serving Tameside and Glossop is not within Greater Manchester, because Glossop is not. An area that contains
 * the container (England, for London) lies partly inside it and partly outside: it is among `outside` and
 * `containing`, and makes the verdict `some`, never `none` (nor `all`).
 */
export interface Containment {
    verdict: 'all' | 'some' | 'none' | 'unknown';
    inside: Area[];
    outside: Area[];
    /** The areas of `outside` that contain the container: partly inside it, the rest of them beyond it. */
    containing: Area[];
}

export function containment(areas: readonly Area[], container: Area): Containment {
    const inside = areas.filter((area) => isWithin(area, container));
    const outside = areas.filter((area) => !isWithin(area, container));
    const containing = outside.filter((area) => isWithin(container, area));
    const verdict = areas.length === 0 ? 'unknown' : outside.length === 0 ? 'all' : inside.length === 0 && containing.length === 0 ? 'none' : 'some';
    return { verdict, inside, outside, containing };
}

/** The part of each area outside the container, in words: "Glossop", or "England beyond London" for one containing it. */
export function partsOutside(found: Containment, container: Area): string[] {
    return found.outside.map((area) => found.containing.includes(area) ? `${area.name} beyond ${container.name}` : area.name);
}

/** The fewest areas that cover the same ground: drops any area that lies within another of the list. */
export function outermostAreas(areas: Iterable<Area>): Area[] {
    const unique = [...new Set(areas)];
    return unique.filter((area) => !unique.some((other) => other !== area && isWithin(area, other)));
}
