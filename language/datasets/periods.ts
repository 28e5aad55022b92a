import { FIRST_YEAR, isoDate, isValidIsoDate, LAST_YEAR, whyNotADate, yearText, type IsoDate } from '../model/dates.js';

/**
 * The kinds of time period public-health files use (Fingertips "Time period"):
 * - `years`: a calendar year, `2018` (1 January to 31 December);
 * - `financial-years`: an English financial year, `2017/18`, `2017/2018` or `2017-18` (1 April 2017 to 31 March 2018);
 * - `multi-year`: several years pooled, `2016 - 18` (calendar, the hyphen spaced) or `2014/15 - 16/17` (financial);
 * - `date`: one day, `2018-12-31` (plain CSVs with a date column).
 */
export type PeriodKind = 'years' | 'financial-years' | 'multi-year' | 'date';

export interface TimePeriod {
    /** As written in the file, trimmed. */
    text: string;
    kind: PeriodKind;
    start: IsoDate;
    /** The period's last day: evidence is dated here, and its staleness counts from here. */
    end: IsoDate;
}

/** The period forms a file may use, for error messages. */
export const PERIOD_EXAMPLES = '2018, 2017/18, 2016 - 18 or 2018-12-31';

const YEAR = /^(\d{4})$/;
const FINANCIAL_YEAR = /^(\d{4})\/(\d{2}|\d{4})$/;
/** `2017-18`, `2016-2018`: a hyphen with no space around it, which Fingertips never writes for pooled years. */
const HYPHENED_YEARS = /^(\d{4})-(\d{2}|\d{4})$/;
/** `2016 - 18`: Fingertips' pooled calendar years, the hyphen spaced. */
const MULTI_YEAR = /^(\d{4})\s+-\s*(\d{2}|\d{4})$|^(\d{4})\s*-\s+(\d{2}|\d{4})$/;
const MULTI_FINANCIAL_YEAR = /^(\d{4})\/(\d{2})\s*-\s*(\d{2}|\d{4})\/(\d{2})$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** The longest pooled period accepted, in years. */
const MAX_POOLED_YEARS = 10;

/** A two-digit year after the four-digit year `first`: `18` after 2016 is 2018, `01` after 1999 is 2001. */
function yearAfter(first: number, written: string): number {
    if (written.length === 4) return Number(written);
    let year = Math.floor(first / 100) * 100 + Number(written);
    if (year < first) year += 100;
    return year;
}

/** Whether every year of a period is one a date may have (0001-9999). */
function inRange(...years: number[]): boolean {
    return years.every((year) => year >= FIRST_YEAR && year <= LAST_YEAR);
}

const OUT_OF_RANGE = `its years must be from ${yearText(FIRST_YEAR)} to ${yearText(LAST_YEAR)}`;

/**
 * Reads a time period as Fingertips and other publishers write it, or says why it is not one (a sentence about the
 * text, starting with it quoted): `Spring 2018`, `2018/20` and an empty cell are not periods, and `2016-18` could be
 * pooled calendar years or a span of financial years, so it is refused rather than guessed. `2017-18` is the
 * financial year 2017/18, as English public bodies write it.
 */
export function readTimePeriod(written: string): TimePeriod | string {
    const text = written.trim();
    const notAPeriod = `"${text}" is not a time period (expected ${PERIOD_EXAMPLES})`;
    const financialYear = (first: number): TimePeriod | string => inRange(first, first + 1)
        ? { text, kind: 'financial-years', start: isoDate(first, 4, 1), end: isoDate(first + 1, 3, 31) }
        : `"${text}" is not a time period: ${OUT_OF_RANGE}`;
    let match = YEAR.exec(text);
    if (match) {
        const year = Number(match[1]);
        return inRange(year) ? { text, kind: 'years', start: isoDate(year, 1, 1), end: isoDate(year, 12, 31) } : `"${text}" is not a time period: ${OUT_OF_RANGE}`;
    }
    match = FINANCIAL_YEAR.exec(text);
    if (match) {
        const first = Number(match[1]);
        return yearAfter(first, match[2]!) === first + 1 ? financialYear(first) : notAPeriod;
    }
    match = HYPHENED_YEARS.exec(text);
    if (match) {
        const first = Number(match[1]);
        const last = yearAfter(first, match[2]!);
        if (last === first + 1) return financialYear(first);
        if (last <= first || last - first > MAX_POOLED_YEARS) return notAPeriod;
        const two = (year: number) => String(year % 100).padStart(2, '0');
        const [firstYear, lastYear] = [`${match[1]}/${two(first + 1)}`, `${yearText(last - 1)}/${two(last)}`];
        return `"${text}" is ambiguous: it could be the calendar years ${match[1]} to ${yearText(last)} pooled or the financial years ` +
            `${firstYear} to ${lastYear}; write ${match[1]} - ${two(last)} or ${firstYear} - ${two(last - 1)}/${two(last)}`;
    }
    match = MULTI_FINANCIAL_YEAR.exec(text);
    if (match) {
        const first = Number(match[1]);
        const lastStart = yearAfter(first, match[3]!);
        if (yearAfter(first, match[2]!) !== first + 1 || yearAfter(lastStart, match[4]!) !== lastStart + 1) return notAPeriod;
        if (lastStart <= first || lastStart - first > MAX_POOLED_YEARS) return notAPeriod;
        if (!inRange(first, lastStart + 1)) return `"${text}" is not a time period: ${OUT_OF_RANGE}`;
        return { text, kind: 'multi-year', start: isoDate(first, 4, 1), end: isoDate(lastStart + 1, 3, 31) };
    }
    match = MULTI_YEAR.exec(text);
    if (match) {
        const first = Number(match[1] ?? match[3]);
        const last = yearAfter(first, (match[2] ?? match[4])!);
        // Pooled periods span a few years; `2018 - 16` is a mistake, not 2018 to 2116.
        if (last <= first || last - first > MAX_POOLED_YEARS) return notAPeriod;
        if (!inRange(first, last)) return `"${text}" is not a time period: ${OUT_OF_RANGE}`;
        return { text, kind: 'multi-year', start: isoDate(first, 1, 1), end: isoDate(last, 12, 31) };
    }
    if (DATE.test(text)) {
        if (isValidIsoDate(text)) return { text, kind: 'date', start: text, end: text };
        return `"${text}" is not a date: ${whyNotADate(text)}`;
    }
    return notAPeriod;
}

/** A time period, or `undefined` when the text is not one (`readTimePeriod` says why). */
export function parseTimePeriod(written: string): TimePeriod | undefined {
    const period = readTimePeriod(written);
    return typeof period === 'string' ? undefined : period;
}
