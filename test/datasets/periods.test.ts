import { strict as assert } from 'node:assert';
import { describe, it } from 'mocha';
import { parseTimePeriod } from '../../language/datasets/periods.js';

describe('datasets: time periods', () => {
    it('reads calendar years, financial years, pooled years and dates, dating each at its end', () => {
        const read = (text: string) => { const period = parseTimePeriod(text); return period && [period.kind, period.start, period.end]; };
        assert.deepEqual(read('2018'), ['years', '2018-01-01', '2018-12-31']);
        assert.deepEqual(read('2017/18'), ['financial-years', '2017-04-01', '2018-03-31']);
        assert.deepEqual(read('1999/00'), ['financial-years', '1999-04-01', '2000-03-31']);
        assert.deepEqual(read('2016 - 18'), ['multi-year', '2016-01-01', '2018-12-31']);
        assert.deepEqual(read('2017-18'), ['financial-years', '2017-04-01', '2018-03-31']);
        assert.deepEqual(read('2017/2018'), ['financial-years', '2017-04-01', '2018-03-31']);
        assert.deepEqual(read('2014/15 - 16/17'), ['multi-year', '2014-04-01', '2017-03-31']);
        assert.deepEqual(read(' 2018-12-31 '), ['date', '2018-12-31', '2018-12-31']);
    });

    it('refuses anything else rather than guess', () => {
        for (const text of ['', 'Spring 2018', '2017/19', '2018 - 16', '2018-02-30', '18', '2017/18 Q1', '2016-18', '0000', '9999/00', '9998 - 02']) {
            assert.equal(parseTimePeriod(text), undefined, text);
        }
    });
});
