import { strict as assert } from 'node:assert';
import { describe, it } from 'mocha';
import { niceTicks } from '../../language/render/chart-scales.js';
import { CHECK_FORMATS } from '../../language/render/check-formats.js';
import { SUMMARY_FORMATS } from '../../language/render/summary-formats.js';
import { summariseWorkspace } from '../../language/engine/summarise.js';
import { conditionRules } from '../../language/engine/condition-rules.js';
import { checkWorkspace } from '../../language/engine/check.js';
import { csvText, FINGERTIPS_COLUMNS, fingertipsRow, SMOKING_WORKSPACE, tempWorkspace } from '../datasets/dataset-fixture.js';
import { explain, summaryValidator } from './schema-validators.js';

// Issue 23, D: chart geometry is finite for any finite figure, and no output prints Infinity or NaN.

const NON_FINITE = /Infinity|NaN/;

describe('outputs stay finite for figures near the largest double (issue 23)', () => {
    it('scales values without overflow: every tick and position is finite, the ticks of ordinary ranges unchanged', () => {
        for (const [min, max] of [[-1.7e308, 1.7e308], [0, Number.MAX_VALUE], [-Number.MAX_VALUE, -Number.MAX_VALUE], [0, 5e-324], [1, 1.0000000000000002], [Number.MAX_VALUE, Number.MAX_VALUE]]) {
            const scale = niceTicks(min!, max!, 5);
            assert.ok(scale.ticks.length >= 2 && scale.ticks.every(Number.isFinite), `${min} to ${max}: ${scale.ticks}`);
            for (const value of [min!, max!, ...scale.ticks]) {
                const at = scale.fraction(value);
                assert.ok(Number.isFinite(at) && at >= -1e-9 && at <= 1 + 1e-9, `${value} in ${min} to ${max} is at ${at}`);
            }
        }
        assert.deepEqual(niceTicks(13, 17.3, 5).ticks, [13, 14, 15, 16, 17, 18]);
    });

    it('renders a target whose figures are ±1.7e308 with finite geometry in every format, and a JSON summary its schema accepts', async () => {
        const rows = [
            fingertipsRow({ 'Time period': '2016', 'Value': '1.7e308', 'Lower CI 95.0 limit': '-1.7e308', 'Upper CI 95.0 limit': '1.7976931348623157e308' }),
            fingertipsRow({ 'Time period': '2017', 'Value': '-1.7e308', 'Lower CI 95.0 limit': '-1.7976931348623157e308', 'Upper CI 95.0 limit': '0' })
        ];
        const root = tempWorkspace({ 'data/phof.csv': csvText(FINGERTIPS_COLUMNS, rows), 'deal.lhc': SMOKING_WORKSPACE });
        const { summary } = await summariseWorkspace({ paths: [root], asOf: '2019-06-01', root });
        const chart = SUMMARY_FORMATS.html(summary).match(/<svg class="chart"[\s\S]*?<\/svg>/)?.[0] ?? '';
        assert.match(chart, /class="evidence"/, 'the chart is drawn');
        for (const [format, render] of Object.entries(SUMMARY_FORMATS)) assert.doesNotMatch(render(summary), NON_FINITE, format);
        const validate = summaryValidator();
        assert.ok(validate(JSON.parse(SUMMARY_FORMATS.json(summary))), explain(validate));
        const checked = await checkWorkspace({ paths: [root], asOf: '2019-06-01' });
        const context = { cwd: root, color: false, toolVersion: '0', docsUrl: (id: string) => id, conditions: conditionRules(checked.services.lhc.Facts.get()) };
        for (const [format, render] of Object.entries(CHECK_FORMATS)) assert.doesNotMatch(render(checked.report, context), NON_FINITE, format);
    });
});
