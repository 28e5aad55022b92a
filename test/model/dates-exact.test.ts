import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { afterEach, describe, it } from 'mocha';
import { parseAsOf } from '../../language/cli/options.js';
import { lhcConfigSchema } from '../../language/config/config-schema.js';
import { readTimePeriod } from '../../language/datasets/periods.js';
import { InputError } from '../../language/engine/errors.js';
import { isAgreement } from '../../language/generated/ast.js';
import { addDuration, compareDates, dayNumber, fromDayNumber, isValidIsoDate, longDate, whyNotADate } from '../../language/model/dates.js';
import { firstDayOfYear, yearOf } from '../../language/model/dates.js';
import { checkTestKit, named } from '../checks/check-helpers.js';
import { resetWorkspace } from '../helpers.js';

// Issue 23, E: every date path is exact over the whole range accepted, years 0001 to 9999 of the proleptic
// Gregorian calendar, and year 0000 is refused in one line. Each path is compared with a calendar written here
// independently of model/dates.ts: Howard Hinnant's days_from_civil and civil_from_days
// (https://howardhinnant.github.io/date_algorithms.html), eras of 400 years and a March-based year.

function daysFromCivil(year: number, month: number, day: number): number {
    const y = month <= 2 ? year - 1 : year;
    const era = Math.floor(y / 400);
    const yearOfEra = y - era * 400;
    const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
    const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
    return era * 146_097 + dayOfEra - 719_468;
}

function civilFromDays(days: number): [number, number, number] {
    const z = days + 719_468;
    const era = Math.floor(z / 146_097);
    const dayOfEra = z - era * 146_097;
    const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
    const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
    const mp = Math.floor((5 * dayOfYear + 2) / 153);
    const month = mp < 10 ? mp + 3 : mp - 9;
    return [yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, dayOfYear - Math.floor((153 * mp + 2) / 5) + 1];
}

/** Days in a month, from the day count alone: the first of the next month less the first of this one. */
const monthLength = (year: number, month: number) => daysFromCivil(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - daysFromCivil(year, month, 1);
const pad = (value: number, width: number) => String(value).padStart(width, '0');
const iso = (year: number, month: number, day: number) => `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A real date of 0001-9999, weighted towards the edges: the first and last years, century years, leap days, month ends. */
const realDate = fc.tuple(
    fc.oneof(fc.integer({ min: 1, max: 9999 }), fc.constantFrom(1, 2, 4, 99, 100, 400, 1000, 1600, 1700, 1900, 2000, 2100, 2400, 9996, 9999), fc.integer({ min: 1, max: 99 })),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 31 })
).map(([year, month, day]) => [year, month, Math.min(day, monthLength(year, month))] as const);
/** Any YYYY-MM-DD text with a month and day of two digits, real or not, years 0000-9999. */
const anyDateText = fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }));
const RUNS = 20_000;

describe('dates: exact over 0001-9999 against an independent calendar (issue 23)', () => {
    it('the independent calendar agrees with itself and with known days (1900 not leap, 2000 and 0400 leap)', () => {
        assert.equal(daysFromCivil(1970, 1, 1), 0);
        assert.equal(daysFromCivil(2000, 3, 1) - daysFromCivil(2000, 2, 28), 2);
        assert.equal(daysFromCivil(1900, 3, 1) - daysFromCivil(1900, 2, 28), 1);
        assert.equal(daysFromCivil(400, 3, 1) - daysFromCivil(400, 2, 28), 2);
        fc.assert(fc.property(fc.integer({ min: -800_000, max: 3_000_000 }), (days) => daysFromCivil(...civilFromDays(days)) === days), { numRuns: RUNS });
    });

    it('reads a date text exactly: real or not, and its day number', () => {
        fc.assert(fc.property(anyDateText, ([year, month, day]) => {
            const text = iso(year, month, day);
            const real = year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= monthLength(year, month);
            assert.equal(isValidIsoDate(text), real, text);
            if (real) assert.equal(dayNumber(text), daysFromCivil(year, month, day), text);
        }), { numRuns: RUNS });
    });

    it('writes a day number as its ISO date, and in words ("1 June 2019")', () => {
        fc.assert(fc.property(realDate, ([year, month, day]) => {
            const days = daysFromCivil(year, month, day);
            assert.equal(fromDayNumber(days), iso(year, month, day));
            assert.equal(longDate(iso(year, month, day)), `${day} ${MONTH_NAMES[month - 1]} ${pad(year, 4)}`);
            assert.equal(yearOf(days), year);
            assert.equal(firstDayOfYear(year), daysFromCivil(year, 1, 1));
        }), { numRuns: RUNS });
        assert.equal(longDate('2019-06-01'), '1 June 2019');
    });

    it('adds days, weeks, months and years and orders dates exactly; a month added to the 31st clamps to the month end', () => {
        fc.assert(fc.property(realDate, realDate, fc.integer({ min: -1200, max: 1200 }), ([year, month, day], other, amount) => {
            const text = iso(year, month, day);
            const days = daysFromCivil(year, month, day);
            const expectDay = (shift: number) => {
                const [y, m, d] = civilFromDays(days + shift);
                return y >= 1 && y <= 9999 ? iso(y, m, d) : undefined;
            };
            for (const [unit, shift] of [['day', amount * 5], ['week', amount]] as const) {
                const expected = expectDay(unit === 'week' ? 7 * shift : shift);
                if (expected) assert.equal(addDuration(text, shift, unit), expected, `${text} + ${shift} ${unit}`);
            }
            for (const unit of ['month', 'year'] as const) {
                const months = year * 12 + month - 1 + (unit === 'year' ? 12 * amount : amount);
                const [y, m] = [Math.floor(months / 12), months - Math.floor(months / 12) * 12 + 1];
                if (y >= 1 && y <= 9999) assert.equal(addDuration(text, amount, unit), iso(y, m, Math.min(day, monthLength(y, m))), `${text} + ${amount} ${unit}`);
            }
            const otherText = iso(...other);
            assert.equal(compareDates(otherText, text), daysFromCivil(...other) - days);
        }), { numRuns: RUNS });
    });

    it('lhc.config.json asOf and --as-of accept exactly the real dates, and say why not in one line', () => {
        fc.assert(fc.property(anyDateText, ([year, month, day]) => {
            const text = iso(year, month, day);
            const real = year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= monthLength(year, month);
            const config = lhcConfigSchema.safeParse({ asOf: text });
            assert.equal(config.success, real, text);
            if (!real) assert.equal(config.error!.issues[0]!.message, 'must be a real date like 2019-06-01');
            if (real) assert.equal(parseAsOf(text), text);
            else assert.throws(() => parseAsOf(text), (error: unknown) => error instanceof InputError && error.message === `--as-of must be a date like 2019-06-01, not '${text}'`);
        }), { numRuns: RUNS });
    });

    it('reads CSV periods exactly: calendar years, financial years (2017/18, 2017-18) and dates; year 0000 and 10000 refused', () => {
        fc.assert(fc.property(fc.integer({ min: 0, max: 9999 }), realDate, (year, [y, m, d]) => {
            const calendar = readTimePeriod(pad(year, 4));
            if (year === 0) assert.equal(calendar, '"0000" is not a time period: its years must be from 0001 to 9999');
            else assert.deepEqual(calendar, { text: pad(year, 4), kind: 'years', start: iso(year, 1, 1), end: fromDayNumber(daysFromCivil(year + 1, 1, 1) - 1) });
            for (const written of [`${pad(year, 4)}/${pad((year + 1) % 100, 2)}`, `${pad(year, 4)}-${pad((year + 1) % 100, 2)}`]) {
                const financial = readTimePeriod(written);
                if (year === 0 || year === 9999) assert.equal(financial, `"${written}" is not a time period: its years must be from 0001 to 9999`);
                else assert.deepEqual(financial, { text: written, kind: 'financial-years', start: iso(year, 4, 1), end: iso(year + 1, 3, 31) });
            }
            assert.deepEqual(readTimePeriod(iso(y, m, d)), { text: iso(y, m, d), kind: 'date', start: iso(y, m, d), end: iso(y, m, d) });
            // The period's last day is one before the next period's first.
            if (year >= 1 && year < 9999) assert.equal(dayNumber((readTimePeriod(`${pad(year, 4)}/${pad((year + 1) % 100, 2)}`) as { end: string }).end), daysFromCivil(year + 1, 4, 1) - 1);
        }), { numRuns: RUNS });
    });

    it('says why a date is not one, with the month in words and the year in four digits', () => {
        fc.assert(fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
            const length = monthLength(year, month);
            assert.equal(whyNotADate(iso(year, month, length + 1)), `${MONTH_NAMES[month - 1]} ${pad(year, 4)} has ${length} days`);
        }), { numRuns: RUNS });
        assert.equal(whyNotADate('0000-06-01'), 'years start at 0001');
        assert.equal(whyNotADate('1900-02-29'), 'February 1900 has 28 days');
    });

    it('goes past 9999 and before 0001 only in arithmetic, in ISO 8601 expanded years, and back exactly', () => {
        assert.equal(addDuration('9999-12-31', 1, 'day'), '+010000-01-01');
        assert.equal(addDuration('0001-01-01', -1, 'day'), '0000-12-31');
        assert.equal(addDuration('0001-03-01', -1, 'year'), '0000-03-01');
        assert.equal(addDuration('0001-01-01', -367, 'day'), '-000001-12-31');
        for (const text of ['+010000-01-01', '0000-12-31', '-000001-12-31']) {
            assert.equal(fromDayNumber(dayNumber(text)), text);
            assert.equal(isValidIsoDate(text), false, `${text} is not a date a file may hold`);
        }
        assert.equal(dayNumber('+010000-01-01'), daysFromCivil(10_000, 1, 1));
    });
});

describe('dates: the language\'s date literals over 0001-9999 (issue 23)', () => {
    const { services, validate } = checkTestKit();
    afterEach(() => resetWorkspace(services));

    it('keeps each real date as written and reports each impossible one in words', async () => {
        await fc.assert(fc.asyncProperty(anyDateText, async ([year, month, day]) => {
            const text = iso(year, month, day);
            const result = await validate(`agreement A "A" { signed ${text} }`);
            assert.equal(named(result, isAgreement, 'A').signed, text);
            const messages = result.diagnostics.filter((diagnostic) => diagnostic.code === 'invalid-date').map((diagnostic) => diagnostic.message);
            const real = year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= monthLength(year, month);
            const why = year < 1 ? 'years start at 0001' : month < 1 || month > 12 ? `there is no month ${pad(month, 2)}` : day < 1 ? 'days start at 01' : `${MONTH_NAMES[month - 1]} ${pad(year, 4)} has ${monthLength(year, month)} days`;
            assert.deepEqual(messages, real ? [] : [`${text} is not a real date: ${why}.`]);
            await resetWorkspace(services);
        }), { numRuns: 500 });
    });
});
