import { afterEach, describe, it } from 'mocha';
import { expectError, expectNoIssues } from 'langium/test';
import { isDelegation, isPilot, isPooledBudget, isTarget } from '../../language/generated/ast.js';
import { resetWorkspace } from '../helpers.js';
import { checkTestKit, LONDON, named } from './check-helpers.js';

const { services, validate } = checkTestKit();

describe('end-before-start', () => {
    afterEach(() => resetWorkspace(services));

    it('reports a delegation that ends before it starts', async () => {
        const result = await validate(`${LONDON}
            power Funding "Transformation funding" held by NHSEngland
            delegation D: NHSEngland delegates Funding to LondonPartners from 2018-04-01 until 2018-03-31
        `);
        expectError(result, "Delegation 'D' ends 2018-03-31, before it starts on 2018-04-01.", { node: named(result, isDelegation, 'D'), property: 'end', code: 'end-before-start' });
    });

    it('reports a pilot that ends before it starts, or before its plans are due', async () => {
        const result = await validate(`${LONDON}
            pilot P "P" { areas Camden leads CamdenCouncil starts 2016-04-01 ends 2016-01-01 }
            pilot Q "Q" { areas Camden leads CamdenCouncil starts 2016-04-01 plans by 2019-01-01 ends 2018-12-31 }
        `);
        expectError(result, "Pilot 'P' ends 2016-01-01, before it starts on 2016-04-01.", { node: named(result, isPilot, 'P'), property: 'end', code: 'end-before-start' });
        expectError(result, "Pilot 'Q' ends 2018-12-31, before its plans are due by 2019-01-01.", { node: named(result, isPilot, 'Q'), property: 'end', code: 'end-before-start' });
    });

    it('reports a pooled budget fully pooled before it is first pooled', async () => {
        const result = await validate(`${LONDON}
            pooled-budget B "B" { CamdenCouncil contributes £1m CamdenCCG contributes £1m total £2m pooled from 2019-04-01 fully pooled from 2018-04-01 }
        `);
        expectError(result, "Pooled budget 'B' is fully pooled from 2018-04-01, before it is first pooled from 2019-04-01.", {
            node: named(result, isPooledBudget, 'B'), property: 'fullyPooled', code: 'end-before-start'
        });
    });

    it('reports a target due before its baseline date', async () => {
        const result = await validate(`
            aspiration A "A" { target T "T" { unit "%" direction decrease baseline 17% on 2021-01-01 goal 13% by 2020-12-31 } }
        `);
        expectError(result, "Target 'T' is due by 2020-12-31, before its baseline date 2021-01-01.", { node: named(result, isTarget, 'T'), property: 'deadline', code: 'end-before-start' });
    });

    it('accepts periods in order, open-ended periods, plans due before the start, and a single-day period', async () => {
        const result = await validate(`${LONDON}
            power Funding "Transformation funding" held by NHSEngland
            delegation D: NHSEngland delegates Funding to LondonPartners from 2018-04-01 until 2018-04-01
            delegation E: NHSEngland delegates Funding to Mayor from 2018-04-02
            pilot P "P" { areas Camden leads CamdenCouncil plans by 2016-01-01 starts 2016-04-01 ends 2020-03-31 }
            pooled-budget B "B" { CamdenCouncil contributes £1m CamdenCCG contributes £1m total £2m pooled from 2018-04-01 fully pooled from 2019-04-01 }
            aspiration A "A" { target T "T" { unit "%" direction decrease baseline 17% on 2015-01-01 goal 13% by 2020-12-31 } }
        `);
        expectNoIssues(result, { code: 'end-before-start' });
    });
});
