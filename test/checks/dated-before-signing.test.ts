import { strict as assert } from 'node:assert';
import { afterEach, describe, it } from 'mocha';
import { expectError, expectNoIssues } from 'langium/test';
import { isAgreement, isDelegation, isPilot, isPooledBudget, isEstateSale } from '../../language/generated/ast.js';
import { resetWorkspace } from '../helpers.js';
import { checkTestKit, LONDON, named } from './check-helpers.js';

const { services, validate, validateFiles } = checkTestKit();

const MOU = `
    power PrimaryCare "Primary care commissioning" held by NHSEngland since 2013-04-01
    mou DevolutionMoU2017 "Devolution MoU" {
        signed 2017-11-16
        signatories NHSEngland, LondonPartners
        clause Delegation "NHS England has committed to delegate or devolve some commissioning functions"
`;

describe('dated-before-signing', () => {
    afterEach(() => resetWorkspace(services));

    it('reports a delegation that starts before its agreement was signed, pointing at the signing date', async () => {
        const result = await validate(`${LONDON}${MOU}
            delegation X: NHSEngland delegates PrimaryCare to LondonPartners from 2017-01-01
        }`);
        const delegation = named(result, isDelegation, 'X');
        expectError(result, "Delegation 'X' starts 2017-01-01, before its agreement 'DevolutionMoU2017' was signed on 2017-11-16.", {
            node: delegation, property: 'start', code: 'dated-before-signing'
        });
        const diagnostic = result.diagnostics.find((d) => d.code === 'dated-before-signing')!;
        const related = diagnostic.relatedInformation?.[0];
        assert.equal(related?.message, "'DevolutionMoU2017' was signed on 2017-11-16.");
        assert.equal(result.document.textDocument.getText(related!.location.range), '2017-11-16', 'the related location is the signing date');
    });

    it('judges a top-level delegation by its `under` agreement, and one that only cites a clause by the clause\'s agreement', async () => {
        const [result] = await validateFiles(`${LONDON}${MOU} }
            delegation Under: NHSEngland delegates PrimaryCare to LondonPartners from 2017-06-01 under DevolutionMoU2017
            delegation Cited: NHSEngland delegates PrimaryCare to Mayor from 2017-07-01 per DevolutionMoU2017.Delegation
        `);
        expectError(result!, /'Under' starts 2017-06-01, before .*'DevolutionMoU2017'.*2017-11-16/, { node: named(result!, isDelegation, 'Under'), property: 'start', code: 'dated-before-signing' });
        expectError(result!, /'Cited' starts 2017-07-01/, { node: named(result!, isDelegation, 'Cited'), property: 'start', code: 'dated-before-signing' });
        const cited = result!.diagnostics.find((d) => d.code === 'dated-before-signing' && String(d.message).includes("'Cited'"))!;
        assert.deepEqual(cited.relatedInformation?.map((r) => r.message), ["'DevolutionMoU2017' was signed on 2017-11-16.", "'Cited' cites clause 'Delegation' of 'DevolutionMoU2017'."]);
    });

    it('reports pilots, pooled budgets and estate sales dated before signing', async () => {
        const result = await validate(`${LONDON}${MOU}
            pilot P "P" { areas Camden leads CamdenCouncil starts 2017-09-01 }
            pooled-budget B "B" { CamdenCouncil contributes £1m CamdenCCG contributes £1m total £2m pooled from 2017-04-01 }
            estate-sale S "S" { located in Camden sold 2016-01-01 for £1m reinvest £1m in Camden }
        }`);
        expectError(result, /Pilot 'P' starts 2017-09-01, before/, { node: named(result, isPilot, 'P'), property: 'start', code: 'dated-before-signing' });
        expectError(result, /Pooled budget 'B' is pooled from 2017-04-01, before/, { node: named(result, isPooledBudget, 'B'), property: 'start', code: 'dated-before-signing' });
        expectError(result, /Estate sale 'S' is dated 2016-01-01, before/, { node: named(result, isEstateSale, 'S'), property: 'soldOn', code: 'dated-before-signing' });
    });

    it('reports an agreement signed before the agreement it builds on', async () => {
        const result = await validate(`
            agreement A2015 "Collaboration Agreement" { signed 2015-12-15 }
            mou M "MoU" builds on A2015 { signed 2014-01-01 }
        `);
        expectError(result, "Agreement 'M' was signed on 2014-01-01, before 'A2015' (signed 2015-12-15) that it builds on.", {
            node: named(result, isAgreement, 'M'), property: 'signed', code: 'dated-before-signing'
        });
    });

    it('accepts dates on or after signing, and declarations with no agreement or no signing date', async () => {
        const result = await validate(`${LONDON}${MOU}
            delegation OnTheDay: NHSEngland delegates PrimaryCare to LondonPartners from 2017-11-16 until 2018-03-31
            delegation Later: NHSEngland delegates PrimaryCare to LondonPartners from 2018-04-01
            pilot P "P" { areas Camden leads CamdenCouncil starts 2018-04-01 plans by 2018-01-01 }
        }
        agreement Unsigned "Unsigned" { delegation Free: NHSEngland delegates PrimaryCare to Mayor from 2000-01-01 }
        delegation Loose: NHSEngland delegates PrimaryCare to Mayor from 2001-01-01
        `);
        expectNoIssues(result, { code: 'dated-before-signing' });
    });
});
