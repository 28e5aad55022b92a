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

describe('target-overdue', () => {
    beforeEach(() => { services.lhc.Settings.asOf = '2021-06-01'; });
    afterEach(async () => {
        services.lhc.Settings.asOf = '2019-06-01';
        await resetWorkspace(services);
    });

    it('warns when the deadline has passed and the latest evidence misses the goal', async () => {
        const result = await validate(`${SMOKING} measurement M of Habits.Smoking: 15% on 2021-01-31`);
        expectWarning(result, "Target 'Smoking' was due by 2020-12-31 and, as of 2021-06-01, is not met: the latest measurement, 15% on 2021-01-31, does not reach the goal 13%.", {
            node: named(result, isTarget, 'Smoking'), property: 'deadline', code: 'target-overdue'
        });
    });

    it('warns when the deadline has passed with no evidence at all', async () => {
        const result = await validate(SMOKING);
        expectWarning(result, /'Smoking' was due by 2020-12-31 .* no measurement shows its goal 13% met/, { node: named(result, isTarget, 'Smoking'), property: 'deadline', code: 'target-overdue' });
    });

    it('judges as of the date: the same target is not overdue before its deadline, nor once met', async () => {
        services.lhc.Settings.asOf = '2020-06-01';
        const early = await validate(`${SMOKING} measurement M of Habits.Smoking: 15% on 2020-01-31`);
        expectNoIssues(early, { code: 'target-overdue' });
        await resetWorkspace(services);
        services.lhc.Settings.asOf = '2021-06-01';
        const met = await validate(`${SMOKING} measurement M of Habits.Smoking: 12.9% on 2020-12-01`);
        expectNoIssues(met, { code: 'target-overdue' });
    });
});
