import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { describe, it } from 'mocha';
import { dayNumber, isValidIsoDate } from '../../language/model/dates.js';

// Day numbers are remembered per date text (model/dates.ts): asking twice, or after many other dates, gives the same.
describe('dates: remembered day numbers', () => {
    it('give the calendar\'s answer however often, and in whatever order, a date is asked', () => {
        fc.assert(fc.property(fc.array(fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2200, 0, 1)), noInvalidDate: true }), { minLength: 1, maxLength: 50 }), (dates) => {
            for (const date of [...dates, ...dates.reverse()]) {
                const text = date.toISOString().slice(0, 10);
                assert.equal(dayNumber(text), Math.floor(date.getTime() / 86_400_000));
                assert.equal(isValidIsoDate(text), true);
            }
        }));
    });

    it('keep impossible and malformed dates apart: 2017-02-30 is not valid yet counts on from February, text is NaN', () => {
        for (let round = 0; round < 2; round++) {
            assert.equal(isValidIsoDate('2017-02-30'), false);
            assert.equal(dayNumber('2017-02-30'), dayNumber('2017-03-02'));
            assert.equal(isValidIsoDate('soon'), false);
            assert.ok(Number.isNaN(dayNumber('soon')));
        }
    });

    it('stay right past the number of dates remembered at once', () => {
        for (let day = 0; day < 12_000; day++) dayNumber(new Date(day * 86_400_000).toISOString().slice(0, 10));
        assert.equal(dayNumber('1970-01-02'), 1);
        assert.equal(dayNumber('2000-01-01'), 10_957);
    });
});
