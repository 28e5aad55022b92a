import { afterEach, describe, it } from 'mocha';
import { expectError, expectNoIssues } from 'langium/test';
import { isEstateSale, isReinvestment } from '../../language/generated/ast.js';
import { resetWorkspace } from '../helpers.js';
import { all, checkTestKit, LONDON, named } from './check-helpers.js';

const { services, validate } = checkTestKit();

describe('estate-proceeds-reinvested', () => {
    afterEach(() => resetWorkspace(services));

    it('reports proceeds not fully reinvested, over-reinvested, or not reinvested at all', async () => {
        const result = await validate(`${LONDON}
            estate-sale Short "Short" { located in Camden sold 2018-06-30 for £12.5m reinvest £8m in Camden reinvest £4m in Barnet }
            estate-sale Over "Over" { located in Camden sold 2018-06-30 for £1m reinvest £1.5m in Camden }
            estate-sale None "None" { located in Camden sold 2018-06-30 for £2m }
        `);
        const id = 'estate-proceeds-reinvested';
        expectError(result, "Estate sale 'Short' raised £12.5m but reinvests £12m (£500,000 short).", { node: named(result, isEstateSale, 'Short'), property: 'proceeds', code: id });
        expectError(result, "Estate sale 'Over' raised £1m but reinvests £1.5m (£500,000 more than it raised).", { node: named(result, isEstateSale, 'Over'), property: 'proceeds', code: id });
        expectError(result, "Estate sale 'None' raised £2m but reinvests none of them.", { node: named(result, isEstateSale, 'None'), property: 'proceeds', code: id });
    });

    it('reports a reinvestment outside the region the land lies in, also when the location comes from the asset', async () => {
        const result = await validate(`${LONDON}
            estate-asset Clinic "Former clinic" located in Camden
            estate-sale Sale "Sale" { asset Clinic sold 2018-06-30 for £12.5m reinvest £8m in Camden reinvest £4.5m in Kent }
        `);
        expectError(result, "Estate sale 'Sale' of land in Camden reinvests £4.5m in Kent, outside London.", {
            node: all(result, isReinvestment)[1]!, property: 'area', code: 'estate-proceeds-reinvested'
        });
    });

    it('accepts proceeds reinvested in full anywhere in London (a borough, a sub-region, the region)', async () => {
        const result = await validate(`${LONDON}
            estate-sale Sale "Sale" { located in Camden sold 2018-06-30 for £12.5m reinvest £8m in Havering reinvest £4m in NorthCentralLondon reinvest £0.5m in London }
            estate-sale Unsold "Not yet sold" { located in Camden }
        `);
        expectNoIssues(result, { code: 'estate-proceeds-reinvested' });
    });
});
