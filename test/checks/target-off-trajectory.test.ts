import { afterEach, beforeEach, describe, it } from 'mocha';
import { expectNoIssues, expectWarning } from 'langium/test';
import { isTarget } from '../../language/generated/ast.js';
import { resetWorkspace } from '../helpers.js';
import { checkTestKit, named } from './check-helpers.js';

const { services, validate } = checkTestKit();

const SMOKING = `
    aspiration Habits "Kick unhealthy habits" {
        target Smoking "Adult smoking" { unit "% of adults" direction decrease baseline 17.3% on 2015-04-01 goal 13% by 2020-12-31 }
    }
`;

describe('target-off-trajectory', () => {
    beforeEach(() => { services.lhc.Settings.asOf = '2018-06-01'; });
    afterEach(async () => {
        services.lhc.Settings.asOf = '2019-06-01';
        await resetWorkspace(services);
    });

    it('warns when the latest measurement is behind the straight line, saying what the line expects', async () => {
        const result = await validate(`${SMOKING}
            measurement Early of Habits.Smoking: 16% on 2016-06-01
            measurement Latest of Habits.Smoking: 17% on 2018-01-31
        `);
        expectWarning(result, "Target 'Smoking' is behind its trajectory: 17% on 2018-01-31, where the line from baseline 17.3% (2015-04-01) to goal 13% (2020-12-31) expects 15.18% by then.", {
            node: named(result, isTarget, 'Smoking'), property: 'name', code: 'target-off-trajectory'
        });
    });

    it('accepts a target on or ahead of its line, one with no evidence, and ignores measurements after the as-of date', async () => {
        const result = await validate(`${SMOKING}
            measurement Good of Habits.Smoking: 15% on 2018-01-31
            measurement Future of Habits.Smoking: 17.2% on 2019-01-31
            aspiration Other "Other" { target Unmeasured "Unmeasured" { unit "%" direction increase baseline 10% on 2015-01-01 goal 20% by 2020-12-31 } }
        `);
        expectNoIssues(result, { code: 'target-off-trajectory' });
    });
});
