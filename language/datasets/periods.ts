import { isValidIsoDate, type IsoDate } from '../model/dates.js';

/**
 * The kinds of time period public-health files use (Fingertips "Time period"):
 * - `years`: a calendar year, `2018` (1 January to 31 December);
 * - `financial-years`: an English financial year, `2017/18` (1 April 2017 to 31 March 2018);
 * - `multi-year`: several years pooled, `2016 - 18` (calendar) or `2014/15 - 16/17` (financial);
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
const MULTI_YEAR = /^(\d{4})\s*-\s*(\d{2}|\d{4})$/;
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

/**
 * Parses a time period as Fingertips and other publishers write it. Returns `undefined` for anything else
 * (`Spring 2018`, `2018/20`, an empty cell): the caller reports it, nothing is guessed.
 */
export function parseTimePeriod(written: string): TimePeriod | undefined {
    const text = written.trim();
    let match = YEAR.exec(text);
    if (match) return { text, kind: 'years', start: `${match[1]}-01-01`, end: `${match[1]}-12-31` };
    match = FINANCIAL_YEAR.exec(text);
    if (match) {
        const first = Number(match[1]);
        if (yearAfter(first, match[2]!) !== first + 1) return undefined;
        return { text, kind: 'financial-years', start: `${first}-04-01`, end: `${first + 1}-03-31` };
    }
    match = MULTI_FINANCIAL_YEAR.exec(text);
    if (match) {
        const first = Number(match[1]);
        const lastStart = yearAfter(first, match[3]!);
        if (yearAfter(first, match[2]!) !== first + 1 || yearAfter(lastStart, match[4]!) !== lastStart + 1) return undefined;
        if (lastStart <= first || lastStart - first > MAX_POOLED_YEARS) return undefined;
        return { text, kind: 'multi-year', start: `${first}-04-01`, end: `${lastStart + 1}-03-31` };
    }
    match = MULTI_YEAR.exec(text);
    if (match) {
        const first = Number(match[1]);
        const last = yearAfter(first, match[2]!);
        // Pooled periods span a few years; `2018 - 16` is a mistake, not 2018 to 2116.
        if (last <= first || last - first > MAX_POOLED_YEARS) return undefined;
        return { text, kind: 'multi-year', start: `${first}-01-01`, end: `${last}-12-31` };
    }
    if (DATE.test(text) && isValidIsoDate(text)) return { text, kind: 'date', start: text, end: text };
    return undefined;
}
