/** Money in `.lhc` is pounds sterling, written `£12.5m`, `£11bn`, `£250k` or `£800,000`. */

const SUFFIX: Record<string, number> = { k: 1_000, m: 1_000_000, bn: 1_000_000_000 };

/** Parses a MONEY token into pounds. */
export function parseMoney(text: string): number {
    const match = /^£([\d,]+(?:\.\d+)?)(bn|m|k)?$/.exec(text.trim());
    if (!match) return Number.NaN;
    const amount = Number(match[1]!.replace(/,/g, ''));
    return Math.round(amount * (match[2] ? SUFFIX[match[2]]! : 1) * 100) / 100;
}

/** Formats pounds the way an officer would write them: £12.5m, £11bn, £800,000. */
export function formatMoney(pounds: number): string {
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

/** Money totals compare to the penny, so that £4.5m + £8m equals £12.5m despite floating point. */
export function sameAmount(a: number, b: number): boolean {
    return Math.abs(a - b) < 0.005;
}

/** Parses a NUMBER token (which may use thousands separators). */
export function parseCount(text: string): number {
    return Number(text.replace(/,/g, ''));
}

export function formatPercent(value: number): string {
    if (typeof value !== 'number') return '?%';
    return `${Number(value.toFixed(2))}%`;
}
