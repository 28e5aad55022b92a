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
