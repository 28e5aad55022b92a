import { formatCount, formatMoney, formatPercent, isFigure } from '../model/money.js';

/** Small helpers that keep the wording of findings consistent: names quoted, lists read aloud. */

/** A declared name as findings quote it: 'CamdenCCG'. */
export function quoted(name: string | undefined): string {
    return `'${name ?? '?'}'`;
}

/** The name a reference is written with (`CamdenCCG`), or `fallback` when a recovered tree has none. */
export function refText(reference: { $refText?: string } | undefined, fallback = '?'): string {
    return reference?.$refText || fallback;
}

/** Items as a readable list: "A, B and C"; a long list names the first few and counts the rest. */
export function listed(items: readonly string[], conjunction = 'and', limit = 8): string {
    if (items.length <= 1) return items.join('');
    if (items.length > limit) return `${items.slice(0, limit - 1).join(', ')} ${conjunction} ${items.length - limit + 1} others`;
    return `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}

/** Named things (parties, areas) as a readable list of their names. */
export function listedNames(nodes: readonly ({ name: string } | undefined)[], conjunction = 'and', limit = 8): string {
    return listed(nodes.filter((node): node is { name: string } => node !== undefined).map((node) => node.name), conjunction, limit);
}

/** "1 practice", "3 practices" (see `counted` in model/counted.ts). */
export { counted } from '../model/counted.js';

/** A target value written back the way the target writes it: 13%, £12.5m, 1,000,000. */
export function writtenValue(value: number | undefined, kind: 'PercentLiteral' | 'MoneyLiteral' | 'NumberLiteral' | string | undefined): string {
    if (kind === 'PercentLiteral') return formatPercent(value);
    if (kind === 'MoneyLiteral') return formatMoney(value);
    // Counts are shown whole once they are large (25,176 jobs, not 25,176.34); small values keep two decimals.
    return formatCount(value, isFigure(value) && Math.abs(value) >= 100 ? 0 : 2);
}

/**
 * A message with one full stop at the end of each sentence. A sentence that ends with a value written by the author
 * (a condition's title, a unit, a clause's text) that has its own full stop, question or exclamation mark is not
 * given another: "…reinvested in full. Why:", not "…in full.. Why:"; "…'Signed.'", not "…'Signed.'.". An
 * ellipsis ("…" or "...") is left as it is.
 */
export function tidyFullStops(message: string): string {
    return message
        .replace(/([^.])\.\.(?=\s|$)/g, '$1.')
        .replace(/([.!?]['"’”])\.(?=\s|$)/g, '$1')
        .replace(/([!?])\.(?=\s|$)/g, '$1');
}
