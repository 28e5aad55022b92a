/**
 * Dates in `.lhc` are ISO calendar dates (YYYY-MM-DD). They are compared as day numbers so that no
 * time zone or clock ever enters a check.
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Day numbers of the date texts seen so far (NaN for text that is not a real date). A workspace repeats a few
 * hundred dates thousands of times, and every delegation check reads its dates again on every build. Bounded, so a
 * long session typing dates cannot grow it without end.
 */
const dayNumbers = new Map<string, number>();
const MAX_REMEMBERED_DATES = 10_000;

function rememberedDayNumber(text: string): number {
    let day = dayNumbers.get(text);
    if (day !== undefined) return day;
    day = computeDayNumber(text);
    if (dayNumbers.size >= MAX_REMEMBERED_DATES) dayNumbers.clear();
    dayNumbers.set(text, day);
    return day;
}

function computeDayNumber(text: string): number {
    const match = ISO_DATE.exec(text);
    if (!match) return Number.NaN;
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return Number.NaN;
    return Date.UTC(year, month - 1, day) / 86_400_000;
}

/** Whether text is a real calendar date (2017-02-30 is not). */
export function isValidIsoDate(text: string): boolean {
    return typeof text === 'string' && !Number.isNaN(rememberedDayNumber(text));
}

function daysInMonth(year: number, month: number): number {
    return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Days since 1970-01-01 for a valid ISO date; NaN otherwise. */
export function dayNumber(date: IsoDate): number {
    if (typeof date !== 'string') return Number.NaN;
    const day = rememberedDayNumber(date);
    // A well-formed but impossible date (2017-02-30) still counts on from the month's start, as Date.UTC does.
    if (!Number.isNaN(day) || !ISO_DATE.test(date)) return day;
    const match = ISO_DATE.exec(date)!;
    return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / 86_400_000;
}

export function compareDates(a: IsoDate, b: IsoDate): number {
    return dayNumber(a) - dayNumber(b);
}

export function isBefore(a: IsoDate, b: IsoDate): boolean {
    return compareDates(a, b) < 0;
}

export function fromDayNumber(day: number): IsoDate {
    return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

export type DurationUnit = 'day' | 'week' | 'month' | 'year';

export function normaliseDurationUnit(unit: string): DurationUnit {
    return unit.replace(/s$/, '') as DurationUnit;
}

/** Adds a calendar duration; month arithmetic clamps to the month's last day (2018-01-31 + 1 month = 2018-02-28). */
export function addDuration(date: IsoDate, amount: number, unit: DurationUnit): IsoDate {
    const day = dayNumber(date);
    if (unit === 'day') return fromDayNumber(day + amount);
    if (unit === 'week') return fromDayNumber(day + 7 * amount);
    const base = new Date(day * 86_400_000);
    const months = unit === 'year' ? 12 * amount : amount;
    const target = new Date(Date.UTC(base.getUTCFullYear(), base.getUTCMonth() + months, 1));
    const lastDay = daysInMonth(target.getUTCFullYear(), target.getUTCMonth() + 1);
    target.setUTCDate(Math.min(base.getUTCDate(), lastDay));
    return target.toISOString().slice(0, 10);
}

/** Today's date in UTC, the default for `--as-of`. */
export function today(): IsoDate {
    return new Date().toISOString().slice(0, 10);
}

/** Whether a period [start, end] contains the date; an open end means "indefinitely". */
export function isInForce(date: IsoDate, start: IsoDate | undefined, end: IsoDate | undefined): boolean {
    if (start && compareDates(date, start) < 0) return false;
    if (end && compareDates(date, end) > 0) return false;
    return true;
}

/** Whether two periods share at least one day; open ends extend indefinitely. */
export function periodsOverlap(a: { start?: IsoDate; end?: IsoDate }, b: { start?: IsoDate; end?: IsoDate }): boolean {
    const aStart = a.start ? dayNumber(a.start) : -Infinity;
    const aEnd = a.end ? dayNumber(a.end) : Infinity;
    const bStart = b.start ? dayNumber(b.start) : -Infinity;
    const bEnd = b.end ? dayNumber(b.end) : Infinity;
    return aStart <= bEnd && bStart <= aEnd;
}

/** The date if it is a real calendar date, else undefined: checks skip dates `invalid-date` already reports. */
export function knownDate(text: string | undefined): IsoDate | undefined {
    return text !== undefined && isValidIsoDate(text) ? text : undefined;
}
