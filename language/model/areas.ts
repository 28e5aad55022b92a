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

/** The outermost `region` containing the area (London for Camden), or undefined if none of its ancestors is a region. */
export function outermostRegion(area: Area): Area | undefined {
    return areaAncestry(area).filter((candidate) => candidate.kind === 'region').at(-1);
}
