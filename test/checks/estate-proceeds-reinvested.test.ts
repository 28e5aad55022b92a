import { strict as assert } from 'node:assert';
import { afterEach, describe, it } from 'mocha';
import { TextDocument } from 'langium';
import { expectError, expectNoIssues } from 'langium/test';
import { isEstateSale, isReinvestment } from '../../language/generated/ast.js';
import { buildWorkspace, resetWorkspace, ruleIds } from '../helpers.js';
import { all, checkTestKit, LONDON, named } from './check-helpers.js';

const { services, validate } = checkTestKit();

describe('estate-proceeds-reinvested', () => {
    afterEach(async () => {
        for (const document of services.shared.workspace.LangiumDocuments.all) services.shared.workspace.TextDocuments.delete(document.uri);
        await resetWorkspace(services);
    });

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

    it('reports a reinvestment outside the area of the sale\'s agreement, also when the location comes from the asset', async () => {
        const result = await validate(`${LONDON}
            mou Deal "Deal" { signed 2017-11-16 signatories NHSEngland, LondonPartners covers London }
            estate-asset Clinic "Former clinic" located in Camden
            estate-sale Sale "Sale" under Deal { asset Clinic sold 2018-06-30 for £12.5m reinvest £8m in Camden reinvest £4.5m in Kent }
        `);
        expectError(result, "Estate sale 'Sale' reinvests £4.5m in Kent, outside London, the area Deal covers.", {
            node: all(result, isReinvestment)[1]!, property: 'area', code: 'estate-proceeds-reinvested'
        });
    });

    it('judges a reinvestment in an area holding the agreement\'s area as partly outside it, never inside', async () => {
        const result = await validate(`${LONDON}
            mou Deal "Deal" { signed 2017-11-16 signatories NHSEngland, LondonPartners covers London }
            estate-sale Sale "Sale" under Deal { located in Camden sold 2018-06-30 for £12.5m reinvest £8m in Camden reinvest £4.5m in England }
        `);
        expectError(result, "Estate sale 'Sale' reinvests £4.5m in England, partly outside London (England beyond London), the area Deal covers.", {
            node: all(result, isReinvestment)[1]!, property: 'area', code: 'estate-proceeds-reinvested'
        });
    });

    it('judges a deal area inside a region as itself: reinvested next door, in the same region, is outside', async () => {
        const result = await validate(`
            area England "England" country
            area NorthWest "North West" region within England
            area GreaterManchester "Greater Manchester" sub-region within NorthWest
            area Manchester "Manchester" borough within GreaterManchester
            area CheshireEast "Cheshire East" borough within NorthWest
            party ManchesterCouncil "Manchester City Council" council serves Manchester
            mou GMMoU "GM MoU" { signed 2015-02-27 signatories ManchesterCouncil covers GreaterManchester }
            estate-sale Sale "Sale" under GMMoU { located in Manchester sold 2018-06-30 for £1m reinvest £1m in CheshireEast }
        `);
        expectError(result, "Estate sale 'Sale' reinvests £1m in CheshireEast, outside GreaterManchester, the area GMMoU covers.", {
            node: all(result, isReinvestment)[0]!, property: 'area', code: 'estate-proceeds-reinvested'
        });
    });

    it('derives the area from where the local signatories serve, leaving out national bodies', async () => {
        const result = await validate(`${LONDON}
            mou Deal "Deal" { signed 2017-11-16 signatories NHSEngland, CamdenCouncil, BarnetCouncil }
            estate-sale Inside "Inside" under Deal { located in Camden sold 2018-06-30 for £1m reinvest £1m in Barnet }
            estate-sale Outside "Outside" under Deal { located in Camden sold 2018-06-30 for £1m reinvest £1m in Haringey }
        `);
        expectNoIssues(result, { node: named(result, isEstateSale, 'Inside'), code: 'estate-proceeds-reinvested' });
        expectError(result, "Estate sale 'Outside' reinvests £1m in Haringey, outside Camden and Barnet, the areas Deal's local signatories serve.", {
            node: all(result, isReinvestment)[1]!, property: 'area', code: 'estate-proceeds-reinvested'
        });
    });

    it('takes the area of the agreement a deal builds on when it declares none', async () => {
        const result = await validate(`${LONDON}
            agreement Deal2015 "2015" { signed 2015-12-15 signatories NHSEngland covers London }
            mou Deal2017 "2017" builds on Deal2015 { signed 2017-11-16 signatories NHSEngland }
            estate-sale Sale "Sale" under Deal2017 { located in Camden sold 2018-06-30 for £1m reinvest £1m in Kent }
        `);
        expectError(result, "Estate sale 'Sale' reinvests £1m in Kent, outside London, the area Deal2017 covers (from Deal2015, which it builds on).", {
            node: all(result, isReinvestment)[0]!, property: 'area', code: 'estate-proceeds-reinvested'
        });
    });

    it('reports a sale under no agreement, or under one with no area, instead of passing it', async () => {
        const result = await validate(`${LONDON}
            mou National "National" { signed 2017-11-16 signatories NHSEngland }
            estate-sale Orphan "Orphan" { located in Camden sold 2018-06-30 for £1m reinvest £1m in Camden }
            estate-sale Nowhere "Nowhere" under National { located in Camden sold 2018-06-30 for £1m reinvest £1m in Camden }
        `);
        expectError(result, "Estate sale 'Orphan' belongs to no agreement, so there is no area to judge where its proceeds are reinvested: write it inside an agreement or add 'under <agreement>'.", {
            node: named(result, isEstateSale, 'Orphan'), property: 'name', code: 'estate-proceeds-reinvested'
        });
        expectError(result, "Estate sale 'Nowhere' is under 'National', which covers no area (no 'covers' line, and no local signatory serves one), so where its proceeds are reinvested cannot be judged.", {
            node: named(result, isEstateSale, 'Nowhere'), property: 'name', code: 'estate-proceeds-reinvested'
        });
    });

    it('accepts proceeds reinvested in full anywhere in the agreement\'s area (a borough, a sub-region, the region)', async () => {
        const result = await validate(`${LONDON}
            mou Deal "Deal" { signed 2017-11-16 signatories NHSEngland, LondonPartners covers London }
            estate-sale Sale "Sale" under Deal { located in Camden sold 2018-06-30 for £12.5m reinvest £8m in Havering reinvest £4m in NorthCentralLondon reinvest £0.5m in London }
            estate-sale Unsold "Not yet sold" { located in Camden }
        `);
        expectNoIssues(result, { code: 'estate-proceeds-reinvested' });
    });

    it('judges against the areas as they are now after the file declaring them is edited (the sale\'s own file unchanged)', async () => {
        const places = `
            area England "England" country
            area GreaterManchester "Greater Manchester" sub-region within England
            area Manchester "Manchester" borough within GreaterManchester
            party ManchesterCouncil "Manchester City Council" council serves Manchester
        `;
        const { documents: [placesFile, dealFile] } = await buildWorkspace(services, places, `
            mou GMMoU "GM MoU" { signed 2015-02-27 signatories ManchesterCouncil covers GreaterManchester }
            estate-sale Sale "Sale" under GMMoU { located in Manchester sold 2018-06-30 for £1m reinvest £1m in Manchester }
        `);
        assert.deepEqual(ruleIds(dealFile!.diagnostics ?? []), []);
        const { TextDocuments, DocumentBuilder, LangiumDocuments } = services.shared.workspace;
        TextDocuments.set(TextDocument.create(placesFile!.uri.toString(), 'lhc', 2, `${places}// edited\n`));
        await DocumentBuilder.update([placesFile!.uri], []);
        assert.deepEqual(ruleIds(LangiumDocuments.getDocument(dealFile!.uri)!.diagnostics ?? []), []);
    });
});
