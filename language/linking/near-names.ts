/**
 * The candidate nearest to `written` by edit distance, when it is near enough to be an obvious typo. Of equally near
 * ones the first in code-unit order, so the answer never depends on the order names were indexed in (the language
 * server's order follows the edits; a fresh build's, the files).
 */
export function closest(written: string | undefined, candidates: Iterable<string | undefined>): string | undefined {
    // After a syntax error the name written, or a candidate's, may be missing: nothing to suggest from it.
    if (typeof written !== 'string') return undefined;
    const limit = Math.max(2, Math.floor(written.length / 3));
    let best: string | undefined;
    let bestDistance = Infinity;
    let bestExact = Infinity;
    for (const candidate of candidates) {
        if (typeof candidate !== 'string' || candidate === written) continue;
        const distance = editDistance(written.toLowerCase(), candidate.toLowerCase(), limit);
        if (distance > bestDistance || distance === Infinity) continue;
        // Of equally near names, the one nearer in case ('sael' → 'sale' before 'Sale'), then code-unit order.
        const exact = editDistance(written, candidate, Infinity);
        if (distance < bestDistance || exact < bestExact || (exact === bestExact && best !== undefined && candidate < best)) {
            best = candidate;
            bestDistance = distance;
            bestExact = exact;
        }
    }
    return bestDistance <= limit ? best : undefined;
}

/** Levenshtein distance; `Infinity` once the lengths alone differ by more than `limit` (too far to be a typo). */
function editDistance(a: string, b: string, limit: number): number {
    if (Math.abs(a.length - b.length) > limit) return Infinity;
    let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        previous = current;
    }
    return previous[b.length]!;
}
