import { strict as assert } from 'node:assert';
import { afterEach, describe, it } from 'mocha';
import { createTestServices, resetWorkspace } from '../helpers.js';
import { FINGERTIPS_COLUMNS, SMOKING_WORKSPACE, csvText, fingertipsRow, ruleMessages } from '../datasets/dataset-fixture.js';

const { services } = createTestServices();

const findings = (rows: ReturnType<typeof fingertipsRow>[], text = SMOKING_WORKSPACE) =>
    ruleMessages(services, 'evidence-no-rows', { 'data/phof.csv': csvText(FINGERTIPS_COLUMNS, rows) }, text);

describe('evidence-no-rows', () => {
    afterEach(() => resetWorkspace(services));

    it('says when the filters select no row with a value', async () => {
        assert.deepEqual(await findings([fingertipsRow({ 'Indicator ID': '90323' }), fingertipsRow({ 'Time period': '2017', 'Value': '', 'Lower CI 95.0 limit': '', 'Upper CI 95.0 limit': '', 'Value note': 'suppressed' })]), [
            'The evidence from dataset \'Phof\' for target \'AdultSmoking\' selects no rows with a value in data/phof.csv (1 matching row has no value): check its indicator, area code, sex, age, category and periods.'
        ]);
    });

    it('says when the area has no code to find rows by', async () => {
        const text = SMOKING_WORKSPACE.replace(' code "E12000007"', '');
        assert.deepEqual(await findings([fingertipsRow({})], text), [
            "The evidence from dataset 'Phof' for target 'AdultSmoking' selects no rows: area 'London' has no code to find its rows by."
        ]);
    });

    it('refuses to pick between two rows of one period', async () => {
        assert.deepEqual(await findings([fingertipsRow({}), fingertipsRow({ 'Sex': 'Female' })]), [
            'The evidence from dataset \'Phof\' for target \'AdultSmoking\' selects 2 rows for period 2018 (rows 2 and 3): add `sex`, `age` or `category` to choose one.'
        ]);
        await resetWorkspace(services);
        assert.deepEqual(await findings([fingertipsRow({}), fingertipsRow({ 'Sex': 'Female' })], SMOKING_WORKSPACE.replace('indicator 92443 area London', 'indicator 92443 area London sex "Persons"')), []);
    });
});
