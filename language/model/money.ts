/** Money in `.lhc` is pounds sterling, written `£12.5m`, `£11bn`, `£250k` or `£800,000`. */

const SUFFIX: Record<string, number> = { k: 1_000, m: 1_000_000, bn: 1_000_000_000 };

/** Parses a MONEY token into pounds. */
export function parseMoney(text: string): number {
    const match = /^£([\d,]+(?:\.\d+)?)(bn|m|k)?$/.exec(text.trim());
    if (!match) return Number.NaN;
    const amount = Number(match[1]!.replace(/,/g, ''));
    return Math.round(amount * (match[2] ? SUFFIX[match[2]]! : 1) * 100) / 100;
}

/**
 * Whether a figure can be written: a finite number. Any optional property of a recovered tree may be missing, and a
 * sum over one is NaN; every formatter below writes such a figure as `NO_AMOUNT` or `NO_FIGURE`, never as
 * `undefined`, `NaN` or `£NaN`.
 */
export function isFigure(value: unknown): value is number {
    return typeof value === 'number' && Number.isFinite(value);
}

/** A sum of money the file does not give (or that cannot be worked out from it). */
export const NO_AMOUNT = '(no amount)';

/** Any other figure the file does not give. */
export const NO_FIGURE = '?';

/** Formats pounds the way an officer would write them: £12.5m, £11bn, £800,000; `NO_AMOUNT` when there is no figure. */
export function formatMoney(pounds: number | undefined): string {
    if (!isFigure(pounds)) return NO_AMOUNT;
    const sign = pounds < 0 ? '-' : '';
    const value = Math.abs(pounds);
    const scaled = (divisor: number, suffix: string) => `${sign}£${trim(value / divisor)}${suffix}`;
    if (value >= 1_000_000_000 && value % 10_000_000 === 0) return scaled(1_000_000_000, 'bn');
    if (value >= 1_000_000 && value % 10_000 === 0) return scaled(1_000_000, 'm');
    return `${sign}£${value.toLocaleString('en-GB', { maximumFractionDigits: 2 })}`;
}

function trim(value: number): string {
    return Number(value.toFixed(3)).toString();
}

/**
 * Pounds as whole pence. Every amount written in `.lhc` is a whole number of pence (`parseMoney` rounds to them), so
 * rounding a computed amount (a sum, `50% of` a sale) to the penny removes binary floating-point noise, never a
 * real difference.
 */
export function toPence(pounds: number): number {
    return Math.round(pounds * 100);
}

/** Orders two amounts of money in whole pence, exactly: negative, 0 or positive. £4.5m + £8m is exactly £12.5m. */
export function compareMoney(a: number, b: number): number {
    return toPence(a) - toPence(b);
}

/** Whether two amounts of money are the same to the penny (compared exactly in whole pence). */
export function sameAmount(a: number, b: number): boolean {
    return compareMoney(a, b) === 0;
}

/**
 * The precision at which percentages, counts and other plain numbers compare: equal when they differ by at most one
 * part in 10^9 of the larger. Counts and written figures compare exactly; a computed share (`£7 / £100` is
 * 7.000000000000001% in binary floating point) still equals `7%`, while 50.004% is more than 50%.
 */
export const RELATIVE_PRECISION = 1e-9;

/** Orders two plain numbers (percentages, counts, quantities) at `RELATIVE_PRECISION`: negative, 0 or positive. */
export function compareQuantities(a: number, b: number): number {
    if (a === b) return 0;
    return Math.abs(a - b) <= RELATIVE_PRECISION * Math.max(Math.abs(a), Math.abs(b)) ? 0 : a - b;
}

/** Parses a NUMBER token (which may use thousands separators). */
export function parseCount(text: string): number {
    return Number(text.replace(/,/g, ''));
}

/** A count or plain number in a sentence, grouped as in en-GB (652,198); `NO_FIGURE` when there is no figure. */
export function formatCount(value: number | undefined, maximumFractionDigits = 0): string {
    return isFigure(value) ? value.toLocaleString('en-GB', { maximumFractionDigits }) : NO_FIGURE;
}

/** A percentage to two decimals at most: 13%, 14.15%; `?%` when there is no figure. */
export function formatPercent(value: number | undefined): string {
    if (!isFigure(value)) return `${NO_FIGURE}%`;
    return `${Number(value.toFixed(2))}%`;
}
