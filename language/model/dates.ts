/**
 * Dates in `.lhc` are ISO calendar dates (YYYY-MM-DD) of the proleptic Gregorian calendar (ISO 8601: the Gregorian
 * leap-year rule applied to every year, 1900 not leap, 2000 and 0400 leap), years 0001 to 9999. They are compared
 * as day numbers (days since 1970-01-01) so that no time zone or clock ever enters a check.
 *
 * Every date the engine reads, computes or prints goes through this module, which counts days with integer
 * arithmetic only: JavaScript's `Date` maps the years 0 to 99 to 1900 to 1999 (`Date.UTC(99, 0, 1)`), and its local
 * methods depend on the machine's time zone, so it is used for nothing but reading the clock (`today`).
 */
export type IsoDate = string;

/** The years a date may be written in: four digits, from 0001 (there is no year 0000 in the Common Era). */
export const FIRST_YEAR = 1;
export const LAST_YEAR = 9999;

/** A date text: four-digit years as written in `.lhc` files; ±six-digit (ISO 8601 expanded) ones only arithmetic makes. */
const ISO_DATE = /^(\d{4}|[+-]\d{6})-(\d{2})-(\d{2})$/;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Whether a year of the proleptic Gregorian calendar is a leap year (every 4th, except centuries not divisible by 400). */
export function isLeapYear(year: number): boolean {
    return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** Days in a month (1-12) of a year. */
export function daysInMonth(year: number, month: number): number {
    if (month === 2) return isLeapYear(year) ? 29 : 28;
    return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Days before the first of each month in a common year. */
const DAYS_BEFORE_MONTH = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

/** Days from 0001-01-01 to 1970-01-01. */
const EPOCH = 719_162;

/** Days since 1970-01-01 of 1 January of a year (any integer year; year 0 is 1 BC). */
function firstDayOf(year: number): number {
    const before = year - 1;
    return 365 * before + Math.floor(before / 4) - Math.floor(before / 100) + Math.floor(before / 400) - EPOCH;
}

/**
 * Days since 1970-01-01 of a year, month and day. A month outside 1-12 carries into the years and a day outside
 * the month counts on from the month's first (2017-02-30 is 2017-03-02), as impossible dates written in a file are
 * placed before `invalid-date` reports them.
 */
export function dayOf(year: number, month: number, day: number): number {
    const carried = year + Math.floor((month - 1) / 12);
    const inYear = ((month - 1) % 12 + 12) % 12;
    return firstDayOf(carried) + DAYS_BEFORE_MONTH[inYear]! + (inYear >= 2 && isLeapYear(carried) ? 1 : 0) + day - 1;
}

/** The year, month (1-12) and day of a day number. */
export function civilOf(days: number): { year: number; month: number; day: number } {
    // The range of JavaScript's Date (±100,000,000 days), past which the engine never counted; a part day is dropped.
    if (!(Math.abs(days) <= 100_000_000)) throw new RangeError(`${days} is not a day number`);
    const dayNumber = Math.floor(days);
    // An estimate of the year, corrected by at most one either way.
    let year = Math.floor((dayNumber + EPOCH) / 365.2425) + 1;
    while (firstDayOf(year) > dayNumber) year--;
    while (firstDayOf(year + 1) <= dayNumber) year++;
    let rest = dayNumber - firstDayOf(year);
    let month = 1;
    for (; month < 12; month++) {
        const length = daysInMonth(year, month);
        if (rest < length) break;
        rest -= length;
    }
    return { year, month, day: rest + 1 };
}

/** The year a day number falls in. */
export function yearOf(dayNumber: number): number {
    return civilOf(dayNumber).year;
}

/** Day number of 1 January of a year. */
export function firstDayOfYear(year: number): number {
    return firstDayOf(year);
}

/** A year as ISO 8601 writes it: four digits (0099), or a sign and six digits outside 0000-9999. */
export function yearText(year: number): string {
    return isoYear(year);
}

function isoYear(year: number): string {
    if (year >= 0 && year <= 9999) return String(year).padStart(4, '0');
    return `${year < 0 ? '-' : '+'}${String(Math.abs(year)).padStart(6, '0')}`;
}

/** The ISO date of a year, month and day (which must be a real date). */
export function isoDate(year: number, month: number, day: number): IsoDate {
    return `${isoYear(year)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** What a date text says: its day number (NaN unless YYYY-MM-DD) and whether it is a real calendar date in range. */
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
        const written = match[1]!.length === 4 && year >= FIRST_YEAR;
        read = { day: dayOf(year, month, day), real: written && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) };
    }
    if (readDates.size >= MAX_REMEMBERED_DATES) readDates.clear();
    readDates.set(text, read);
    return read;
}

/** Whether text is a real calendar date of the years 0001-9999 written YYYY-MM-DD (2017-02-30 and 0000-01-01 are not). */
export function isValidIsoDate(text: string): boolean {
    return typeof text === 'string' && readDate(text).real;
}

/** Why a YYYY-MM-DD text is not a date, in plain words ("February 2019 has 28 days"). */
export function whyNotADate(text: string): string {
    const [year, month, day] = text.split('-').map(Number) as [number, number, number];
    if (year < FIRST_YEAR) return 'years start at 0001';
    if (month < 1 || month > 12) return `there is no month ${String(month).padStart(2, '0')}`;
    if (day < 1) return 'days start at 01';
    return `${monthYear(year, month)} has ${daysInMonth(year, month)} days`;
}

/** A month in words: "February 0099", "June 2019". */
export function monthYear(year: number, month: number): string {
    return `${MONTHS[month - 1]} ${isoYear(year)}`;
}

/** A real date in words, as a letter writes it: "1 June 2019", "29 February 0400". */
export function longDate(date: IsoDate): string {
    const { year, month, day } = civilOf(dayNumber(date));
    return `${day} ${monthYear(year, month)}`;
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

/** The ISO date of a day number (expanded, `+010000-01-01`, past 9999, so that arithmetic never wraps or guesses). */
export function fromDayNumber(day: number): IsoDate {
    const { year, month, day: dayOfMonth } = civilOf(day);
    return isoDate(year, month, dayOfMonth);
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
    const base = civilOf(day);
    const months = base.year * 12 + base.month - 1 + (unit === 'year' ? 12 * amount : amount);
    const year = Math.floor(months / 12);
    const month = months - year * 12 + 1;
    return isoDate(year, month, Math.min(base.day, daysInMonth(year, month)));
}

/** Today's date in UTC, the default for `--as-of`: the clock is the one thing `Date` is used for. */
export function today(): IsoDate {
    return fromDayNumber(Math.floor(Date.now() / 86_400_000));
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
