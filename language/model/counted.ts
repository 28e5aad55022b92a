import { formatCount } from './money.js';

/**
 * A count and its noun, the one way every message, summary and hover writes one: "1 cell", "3 cells", "0 cells",
 * "2 signatories" (with the plural given). Counts of 1,000 and more are written with separators ("1,200 rows").
 */
export function counted(count: number | undefined, word: string, pluralWord = `${word}s`): string {
    return `${formatCount(count, 3)} ${count === 1 ? word : pluralWord}`;
}
