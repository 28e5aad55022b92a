/**
 * Dates in `.lhc` are ISO calendar dates (YYYY-MM-DD). They are compared as day numbers so that no
 * time zone or clock ever enters a check.
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** What a date text says: its day number (NaN unless YYYY-MM-DD) and whether it is a real calendar date. */
interface ReadDate {
    readonly day: number;
    readonly real: boolean;
}

/**
 * The date texts read so far. A workspace repeats a few hundred dates thousands of times, and every delegation check
 * reads its dates again on every build. Bounded, so a long session typing dates cannot grow it without end.
 */
const readDates = new Map<string, ReadDate>();
const MAX_REMEMBERED_DATES = 10_000;

function readDate(text: string): ReadDate {
    let read = readDates.get(text);
    if (read) return read;
    const match = ISO_DATE.exec(text);
    if (!match) read = { day: Number.NaN, real: false };
    else {
        const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
        // An impossible date (2017-02-30) still counts on from the month's start, as Date.UTC does.
        read = { day: Date.UTC(year, month - 1, day) / 86_400_000, real: month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) };
    }
    if (readDates.size >= MAX_REMEMBERED_DATES) readDates.clear();
    readDates.set(text, read);
    return read;
}

/** Whether text is a real calendar date (2017-02-30 is not). */
export function isValidIsoDate(text: string): boolean {
    return typeof text === 'string' && readDate(text).real;
}

function daysInMonth(year: number, month: number): number {
    return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Days since 1970-01-01 for a valid ISO date; NaN otherwise. */
export function dayNumber(date: IsoDate): number {
    return typeof date === 'string' ? readDate(date).day : Number.NaN;
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
