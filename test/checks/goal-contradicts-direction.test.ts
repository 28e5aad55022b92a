import { afterEach, describe, it } from 'mocha';
import { expectError, expectNoIssues } from 'langium/test';
import { isTarget } from '../../language/generated/ast.js';
import { resetWorkspace } from '../helpers.js';
import { checkTestKit, named } from './check-helpers.js';

const { services, validate } = checkTestKit();

describe('goal-contradicts-direction', () => {
    afterEach(() => resetWorkspace(services));

    it('reports a decrease whose goal is above the baseline, and an increase whose goal is below it', async () => {
        const result = await validate(`
            aspiration A "A" {
                target Smoking "Smoking" { unit "% of adults" direction decrease baseline 17.3% on 2015-01-01 goal 23% by 2020-12-31 }
                target Active "Active" { unit "% of adults" direction increase baseline 57% on 2015-01-01 goal 50% by 2020-12-31 }
                target Days "Working days" { unit "working days" direction increase baseline 1,000,000 on 2015-01-01 goal 10% below baseline by 2020-12-31 }
            }
        `);
        expectError(result, "Target 'Smoking' should decrease, but its goal 23% is above its baseline 17.3%.", { node: named(result, isTarget, 'Smoking'), property: 'goal', code: 'goal-contradicts-direction' });
        expectError(result, "Target 'Active' should increase, but its goal 50% is below its baseline 57%.", { node: named(result, isTarget, 'Active'), property: 'goal', code: 'goal-contradicts-direction' });
        expectError(result, "Target 'Days' should increase, but its goal is 10% below baseline.", { node: named(result, isTarget, 'Days'), property: 'goal', code: 'goal-contradicts-direction' });
    });

    it('accepts goals on the right side, relative goals in the right direction, and targets to maintain', async () => {
        const result = await validate(`
            aspiration A "A" {
                target Smoking "Smoking" { unit "% of adults" direction decrease baseline 17.3% on 2015-01-01 goal 13% by 2020-12-31 }
                target Obese "Obese" { unit "% of children" direction decrease baseline 20% on 2015-01-01 goal 10% below baseline by 2020-12-31 }
                target Jobs "Jobs" { unit "jobs" direction increase baseline 0 on 2015-01-01 goal 50,000 above baseline by 2020-12-31 }
                target Steady "Steady" { unit "%" direction maintain baseline 80% on 2015-01-01 goal 80% by 2020-12-31 }
            }
        `);
        expectNoIssues(result, { code: 'goal-contradicts-direction' });
    });
});
