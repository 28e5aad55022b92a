import { afterEach, describe, it } from 'mocha';
import { expectError, expectNoIssues } from 'langium/test';
import { isContribution, isEstateAsset, isEstateSale, isPooledBudget, isReinvestment, isRequest } from '../../language/generated/ast.js';
import { resetWorkspace } from '../helpers.js';
import { all, checkTestKit, LONDON, named } from './check-helpers.js';

const { services, validate } = checkTestKit();

describe('non-positive-money', () => {
    afterEach(() => resetWorkspace(services));

    it('reports £0 proceeds, reinvestments, contributions, totals, requests and valuations', async () => {
        const result = await validate(`${LONDON}
            power Funding "Transformation funding" held by NHSEngland
            estate-asset Site "Site" located in Camden valued at £0
            estate-sale Sale "Sale" { asset Site sold 2018-06-30 for £0 reinvest £0.00 in Camden }
            pooled-budget B "B" { CamdenCouncil contributes £0 CamdenCCG contributes £0m total £0k }
            pilot P "P" { areas Camden leads CamdenCouncil requests Funding of £0 }
        `);
        const id = { code: 'non-positive-money' };
        expectError(result, "Estate asset 'Site' is valued at £0: an amount of money here must be more than £0.", { node: named(result, isEstateAsset, 'Site'), property: 'value', ...id });
        expectError(result, /Estate sale 'Sale' is sold for £0:/, { node: named(result, isEstateSale, 'Sale'), property: 'proceeds', ...id });
        expectError(result, /Estate sale 'Sale' reinvests £0 in Camden:/, { node: all(result, isReinvestment)[0]!, property: 'amount', ...id });
        expectError(result, /'CamdenCouncil' contributes £0 to pooled budget 'B':/, { node: all(result, isContribution)[0]!, property: 'amount', ...id });
        expectError(result, /'CamdenCCG' contributes £0 to pooled budget 'B':/, { node: all(result, isContribution)[1]!, property: 'amount', ...id });
        expectError(result, /Pooled budget 'B' has a total of £0:/, { node: named(result, isPooledBudget, 'B'), property: 'total', ...id });
        expectError(result, /Pilot 'P' requests Funding of £0:/, { node: all(result, isRequest)[0]!, property: 'amount', ...id });
    });

    it('accepts positive amounts, and £0 in a condition or a measurement', async () => {
        const result = await validate(`${LONDON}
            estate-asset Site "Site" located in Camden valued at £1
            estate-sale Sale "Sale" { asset Site sold 2018-06-30 for £12.5m reinvest £12.5m in Camden }
            pooled-budget B "B" { CamdenCouncil contributes £800,000 CamdenCCG contributes £0.2m total £1m }
            aspiration Inv "Investment" { target T "T" { unit "£" direction increase baseline £0 on 2015-01-01 goal £1m by 2020-12-31 } }
            condition C "C" { every s in estate-sales: s.proceeds > £0 }
        `);
        expectNoIssues(result, { code: 'non-positive-money' });
    });
});
