import { strict as assert } from 'node:assert';
import { afterEach, describe, it } from 'mocha';
import { createTestServices, resetWorkspace } from '../helpers.js';
import { FINGERTIPS_COLUMNS, csvText, fingertipsRow, ruleMessages } from '../datasets/dataset-fixture.js';

const { services } = createTestServices();

const findings = (rows: ReturnType<typeof fingertipsRow>[]) => ruleMessages(services, 'dataset-bad-row', { 'data/phof.csv': csvText(FINGERTIPS_COLUMNS, rows) });

describe('dataset-bad-row', () => {
    afterEach(() => resetWorkspace(services));

    it('names the file, row and column of a non-numeric value', async () => {
        assert.deepEqual(await findings([fingertipsRow({ 'Value': 'n/a' })]), ['data/phof.csv row 2, column "Value": "n/a" is not a number.']);
    });

    it('names a lower bound above the upper', async () => {
        assert.deepEqual(await findings([fingertipsRow({ 'Lower CI 95.0 limit': '15.1', 'Upper CI 95.0 limit': '13.2' })]),
            ['data/phof.csv row 2, column "Lower CI 95.0 limit": the lower bound 15.1 is above the upper bound 13.2 ("Upper CI 95.0 limit").']);
    });

    it('names a duplicate row for the same area, period and breakdown, and the row it repeats', async () => {
        assert.deepEqual(await findings([fingertipsRow({}), fingertipsRow({ 'Value': '14.1' })]),
            ['data/phof.csv row 3 repeats row 2 (the same indicator, area, period and breakdown).']);
    });

    it('names an unparseable period', async () => {
        assert.deepEqual(await findings([fingertipsRow({ 'Time period': 'Spring 2018' })]),
            ['data/phof.csv row 2, column "Time period": "Spring 2018" is not a time period (expected 2018, 2017/18, 2016 - 18 or 2018-12-31).']);
    });

    it('finds nothing in good rows, different breakdowns of one period included', async () => {
        assert.deepEqual(await findings([fingertipsRow({}), fingertipsRow({ 'Sex': 'Female' }), fingertipsRow({ 'Category Type': 'Ethnic groups', 'Category': 'White' })]), []);
    });
});
