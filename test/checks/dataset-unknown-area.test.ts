import { strict as assert } from 'node:assert';
import { afterEach, describe, it } from 'mocha';
import { createTestServices, resetWorkspace } from '../helpers.js';
import { FINGERTIPS_COLUMNS, SMOKING_WORKSPACE, csvText, fingertipsRow, ruleMessages } from '../datasets/dataset-fixture.js';

const { services } = createTestServices();
const ROWS = [
    fingertipsRow({}), fingertipsRow({ 'Area Code': 'E09000007' }), fingertipsRow({ 'Area Code': 'E09000007', 'Time period': '2017' }),
    fingertipsRow({ 'Area Code': 'E92000001' })
];

const findings = (text: string) => ruleMessages(services, 'dataset-unknown-area', { 'data/phof.csv': csvText(FINGERTIPS_COLUMNS, ROWS) }, text);

describe('dataset-unknown-area', () => {
    afterEach(() => resetWorkspace(services));

    it('reports each code no area declares, once, in a dataset for declared areas only', async () => {
        const text = SMOKING_WORKSPACE.replace('    retrieved 2019-05-01\n', '    retrieved 2019-05-01\n    only declared areas\n');
        assert.deepEqual(await findings(text), [
            'data/phof.csv row 3, column "Area Code": no area declares the code "E09000007" (and 1 more row), but dataset \'Phof\' is for declared areas only.'
        ]);
    });

    it('names the area column as a plain CSV\'s header writes it, and takes codes without regard to case', async () => {
        const text = SMOKING_WORKSPACE.replace('    layout fingertips\n', '    layout columns { date "Quarter end" value "Rate" area "ONS code" }\n    only declared areas\n');
        const csv = 'ONS code,Rate,Quarter end\ne12000007,14.0,2018-06-30\nE09000007,41.5,2018-06-30\nE12000007,13.9,2018-09-30\ne09000007,40.2,2018-09-30\n';
        assert.deepEqual(await ruleMessages(services, 'dataset-unknown-area', { 'data/phof.csv': csv }, text), [
            'data/phof.csv row 3, column "ONS code": no area declares the code "E09000007" (and 1 more row), but dataset \'Phof\' is for declared areas only.'
        ]);
    });

    it('accepts rows for other areas when the dataset is not limited to declared areas', async () => {
        assert.deepEqual(await findings(SMOKING_WORKSPACE), []);
    });
});
