import { firstDayOfYear, yearOf } from '../model/dates.js';

/**
 * "Nice" axis ticks for a value range: 1, 2, 2.5 or 5 times a power of ten, about `count` of them, covering the
 * range. The classic graph-paper rule (Heckbert, "Nice numbers for graph labels", Graphics Gems, 1990).
 */
export function niceTicks(min: number, max: number, count = 5): { ticks: number[]; min: number; max: number; fraction(value: number): number } {
    if (!Number.isFinite(min) || !Number.isFinite(max)) return { ticks: [], min: 0, max: 1, fraction: (value) => value };
    // Figures near the largest double (1.8e308) are worked in units of 1e300, so that no difference or tick overflows;
    // the ticks past the largest double are then not labelled, but every position is finite.
    const unit = Math.max(Math.abs(min), Math.abs(max)) > 1e300 ? 1e300 : 1;
    let [from, to] = [min / unit, max / unit];
    // A range too narrow for a double to step through (1 to 1.0000000000000002, or 0 to 1e-320) is drawn as one value.
    const width = to - from;
    if (!(width > 1e-290 && width > Math.max(Math.abs(from), Math.abs(to)) * 1e-9)) { from -= Math.abs(from) * 0.1 || 1; to += Math.abs(to) * 0.1 || 1; }
    const [low, high, step] = niceRange(from, to, count);
    const ticks: number[] = [];
    for (let index = 0, tick = low; tick <= high + step / 2 && index <= 1000; index++, tick = low + index * step) {
        const value = Number((tick * unit).toPrecision(12));
        if (Number.isFinite(value) && value !== ticks.at(-1)) ticks.push(value);
    }
    return { ticks, min: low * unit, max: high * unit, fraction: (value) => (value / unit - low) / (high - low || 1) };
}

/** The nice range and step, in the caller's units: [low, high, step]. */
function niceRange(min: number, max: number, count: number): [number, number, number] {
    const rough = (max - min) / Math.max(1, count);
    const power = 10 ** Math.floor(Math.log10(rough));
    const step = [1, 2, 2.5, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= rough) ?? 10 * power;
    return [Math.floor(min / step) * step, Math.ceil(max / step) * step, step];
}

/** Day numbers of 1 January of each year in a range, thinned to at most `most` ticks. */
export function yearTicks(minDay: number, maxDay: number, most = 12): { day: number; year: number }[] {
    const first = yearOf(minDay);
    const last = yearOf(maxDay);
    const years: number[] = [];
    for (let year = first; year <= last + 1; year++) {
        const day = firstDayOfYear(year);
        if (day >= minDay && day <= maxDay) years.push(year);
    }
    const every = Math.max(1, Math.ceil(years.length / most));
    return years.filter((year) => (year - (years[0] ?? 0)) % every === 0).map((year) => ({ day: firstDayOfYear(year), year }));
}
