import { afterEach, describe, it } from 'mocha';
import { expectError, expectNoIssues } from 'langium/test';
import { isMeasurement, isPercentLiteral, isTarget } from '../../language/generated/ast.js';
import { resetWorkspace } from '../helpers.js';
import { all, checkTestKit, named } from './check-helpers.js';

const { services, validate } = checkTestKit();

describe('percentage-out-of-range', () => {
    afterEach(() => resetWorkspace(services));

    it('reports a baseline, a goal and a measurement above 100%', async () => {
        const result = await validate(`
            aspiration Fit "Fitter London" {
                target Active "Active" { unit "% of adults" direction increase baseline 130% on 2015-01-01 goal 170% by 2020-12-31 }
            }
            measurement M of Fit.Active: 101.5% on 2018-01-01
        `);
        const target = named(result, isTarget, 'Active');
        expectError(result, "Target 'Active' has a baseline of 130%, out of range: a share cannot be more than 100%.", { node: target.baseline!, property: 'value', code: 'percentage-out-of-range' });
        expectError(result, /Target 'Active' has a goal of 170%, out of range/, { node: target.goal!.value, property: 'value', code: 'percentage-out-of-range' });
        expectError(result, /Measurement 'M' has a value of 101.5%, out of range/, { node: named(result, isMeasurement, 'M').value, property: 'value', code: 'percentage-out-of-range' });
    });

    it('reports a reduction of more than 100% below the baseline, and a percentage in a condition', async () => {
        const result = await validate(`
            aspiration Obesity "Healthy start" { target Obese "Obese" { unit "% of children" direction decrease baseline 20% on 2015-01-01 goal 120% below baseline by 2020-12-31 } }
            condition C "C" { 150% > 0% }
        `);
        const target = named(result, isTarget, 'Obese');
        expectError(result, "Target 'Obese' has a goal of 120% below baseline, out of range: a reduction of more than 100% would go below zero.", {
            node: target.goal!.value, property: 'value', code: 'percentage-out-of-range'
        });
        expectError(result, "Condition 'C' uses 150%, out of range: a share cannot be more than 100%.", { node: all(result, isPercentLiteral).find((p) => p.value === 150)!, property: 'value', code: 'percentage-out-of-range' });
    });

    it('accepts 0% to 100%, and an increase above the baseline of more than 100%', async () => {
        const result = await validate(`
            aspiration Fit "Fitter London" {
                target Active "Active" { unit "% of adults" direction increase baseline 0% on 2015-01-01 goal 100% by 2020-12-31 }
                target Jobs "Jobs" { unit "jobs" direction increase baseline 10,000 on 2015-01-01 goal 400% above baseline by 2020-12-31 }
                target Obese "Obese" { unit "% of children" direction decrease baseline 20% on 2015-01-01 goal 10% below baseline by 2020-12-31 }
            }
        `);
        expectNoIssues(result, { code: 'percentage-out-of-range' });
    });
});
