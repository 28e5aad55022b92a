import { afterEach, describe, it } from 'mocha';
import * as assert from 'node:assert/strict';
import { expectError, expectNoIssues } from 'langium/test';
import { GrammarAST, AstUtils } from 'langium';
import { isAgreement, isArea, isEnvelope } from '../../language/generated/ast.js';
import { AREA_KINDS, PARTY_KINDS } from '../../language/model/kinds.js';
import { resetWorkspace } from '../helpers.js';
import { checkTestKit, named } from '../checks/check-helpers.js';

const { services, validate } = checkTestKit();

/** Greater Manchester's 2015 MoU, reduced to its headline facts. */
export const GM_HEADLINE = `
    area England "England" country code "E92000001"
    area GreaterManchester "Greater Manchester" combined-authority-area within England code "E47000001" population 2800000 on 2015-02-27
    party NHSEngland "NHS England" national-body serves England
    party HMTreasury "HM Treasury" government serves England
    party GMCA "Greater Manchester Combined Authority" combined-authority serves GreaterManchester
    theme HealthAndCare "Health and social care"
    mou GMMoU "Greater Manchester Health and Social Care Devolution MoU" {
        signed 2015-02-27
        signatories NHSEngland, GMCA
        countersigned by HMTreasury
        covers GreaterManchester
        takes effect 2016-04-01
        shadow from 2015-04-01 until 2016-03-31
        envelope Spending "Health and social care spending" {
            amount £6bn per year
            in 2015/16
            services HealthAndCare
        }
    }
`;

describe('headline facts of an agreement', () => {
    afterEach(() => resetWorkspace(services));

    it('parses the area covered, effective date, shadow period, countersignatories, envelope and population', async () => {
        const result = await validate(GM_HEADLINE);
        expectNoIssues(result);
        const mou = named(result, isAgreement, 'GMMoU');
        assert.equal(mou.covers?.ref?.name, 'GreaterManchester');
        assert.equal(mou.effective, '2016-04-01');
        assert.deepEqual([mou.shadowFrom, mou.shadowUntil], ['2015-04-01', '2016-03-31']);
        assert.deepEqual(mou.countersignatories.map((party) => party.ref?.name), ['HMTreasury']);
        const envelope = named(result, isEnvelope, 'Spending');
        assert.deepEqual([envelope.kind, envelope.amount, envelope.period, envelope.financialYear], ['envelope', 6e9, 'year', '2015/16']);
        const area = named(result, isArea, 'GreaterManchester');
        assert.deepEqual([area.kind, area.code, area.population, area.populationDate, area.parent?.ref?.name],
            ['combined-authority-area', 'E47000001', 2_800_000, '2015-02-27', 'England']);
    });

    it('the kind tables name exactly the grammar\'s closed lists', () => {
        const keywordsOf = (ruleName: string): string[] => {
            const rule = services.Grammar.rules.find((candidate) => candidate.name === ruleName)!;
            return AstUtils.streamAllContents(rule).filter(GrammarAST.isKeyword).map((keyword) => keyword.value).toArray();
        };
        assert.deepEqual([...PARTY_KINDS].sort(), keywordsOf('PartyKind').sort());
        assert.deepEqual([...AREA_KINDS].sort(), keywordsOf('AreaKind').sort());
        for (const kind of ['combined-authority', 'county-council', 'district-council', 'unitary-council', 'icb',
            'integrated-care-partnership', 'integrated-care-system', 'primary-care-network', 'nhs-region']) assert.ok(PARTY_KINDS.includes(kind as never), kind);
        for (const kind of ['city-region', 'combined-authority-area', 'county', 'district', 'ics-footprint']) assert.ok(AREA_KINDS.includes(kind as never), kind);
    });
});

describe('checks on the headline facts', () => {
    afterEach(() => resetWorkspace(services));

    it('an envelope of £0 is non-positive-money; a financial year of two years apart is invalid-date', async () => {
        const result = await validate(`
            mou M "M" {
                envelope Zero "Nothing" { amount £0 per year in 2015/17 }
            }
        `);
        expectError(result, "Envelope 'Zero' is for £0: an amount of money here must be more than £0.", { node: named(result, isEnvelope, 'Zero'), property: 'amount', code: 'non-positive-money' });
        expectError(result, '2015/17 is not a financial year: the year after 2015 is 16.', { node: named(result, isEnvelope, 'Zero'), property: 'financialYear', code: 'invalid-date' });
    });

    it('a pooled budget of a council and an ICB has both partners (the NHS commissioner after 2022)', async () => {
        const result = await validate(`
            area England "England" country
            party Council "A council" unitary-council serves England
            party ICB "An ICB" icb serves England
            pooled-budget B "B" { total £2m Council contributes £1m ICB contributes £1m }
        `);
        expectNoIssues(result, { code: 'pooled-budget-partners' });
    });
});
