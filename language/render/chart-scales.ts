import { dayNumber } from '../model/dates.js';

/**
 * "Nice" axis ticks for a value range: 1, 2, 2.5 or 5 times a power of ten, about `count` of them, covering the
 * range. The classic graph-paper rule (Heckbert, "Nice numbers for graph labels", Graphics Gems, 1990).
 */
export function niceTicks(min: number, max: number, count = 5): { ticks: number[]; min: number; max: number } {
    if (!Number.isFinite(min) || !Number.isFinite(max)) return { ticks: [], min: 0, max: 1 };
    if (min === max) { min -= Math.abs(min) * 0.1 || 1; max += Math.abs(max) * 0.1 || 1; }
    const rough = (max - min) / Math.max(1, count);
    const power = 10 ** Math.floor(Math.log10(rough));
    const step = [1, 2, 2.5, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= rough) ?? 10 * power;
    const low = Math.floor(min / step) * step;
    const high = Math.ceil(max / step) * step;
    const ticks: number[] = [];
    for (let tick = low; tick <= high + step / 2; tick += step) ticks.push(Number(tick.toPrecision(12)));
    return { ticks, min: low, max: high };
}

/** Day numbers of 1 January of each year in a range, thinned to at most `most` ticks. */
export function yearTicks(minDay: number, maxDay: number, most = 12): { day: number; year: number }[] {
    const first = new Date(minDay * 86_400_000).getUTCFullYear();
    const last = new Date(maxDay * 86_400_000).getUTCFullYear();
    const years: number[] = [];
    for (let year = first; year <= last + 1; year++) {
        const day = dayNumber(`${year}-01-01`);
        if (day >= minDay && day <= maxDay) years.push(year);
    }
    const every = Math.max(1, Math.ceil(years.length / most));
    return years.filter((year) => (year - (years[0] ?? 0)) % every === 0).map((year) => ({ day: dayNumber(`${year}-01-01`), year }));
}
