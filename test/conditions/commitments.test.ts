import { strict as assert } from 'node:assert';
import { afterEach, describe, it } from 'mocha';
import { buildWorkspace, createTestServices, resetWorkspace } from '../helpers.js';
import { outcomeOf } from './condition-test-helpers.js';

const { services } = createTestServices();

const FACTS = `
party NHSEngland "NHS England" national-body
party LondonPartners "London Partners" partnership
power TransformationFunding "Transformation funding" held by NHSEngland
mou MoU "The MoU" { signed 2017-11-16 signatories NHSEngland, LondonPartners }
delegation Funding: NHSEngland delegates TransformationFunding to LondonPartners from 2018-04-01 under MoU
commitment Delegate "Delegate funding" under MoU { by NHSEngland for LondonPartners will "delegate funding" from 2018-04-01 fulfilled by Funding }
commitment Report "Report" under MoU { by NHSEngland will "report" due 2018-09-30 }
commitment Explore "Explore weighting" under MoU { by LondonPartners will explore "London weighting" }
`;

const KEEPS_PROMISES = `condition NHSEnglandKeepsPromises "Every commitment of NHS England due before today is delivered" under MoU {
    every commitment in commitments where NHSEngland in commitment.holders and commitment.deadline before today:
        commitment.delivered is set
}`;

describe('conditions over commitments', () => {
    afterEach(() => resetWorkspace(services));

    it('type-checks "every commitment of NHSEngland due before today is delivered" and judges it as of the date', async () => {
        const { diagnostics } = await buildWorkspace(services, FACTS, KEEPS_PROMISES);
        assert.deepEqual(diagnostics[1]!.map((d) => `${String(d.code)}: ${d.message}`).filter((text) => text.startsWith('condition-') || text.startsWith('syntax')), []);
        assert.equal(outcomeOf(services, 'NHSEnglandKeepsPromises', '2018-06-01').status, 'pass', 'the delegation has started; the report is not yet due');
        const later = outcomeOf(services, 'NHSEnglandKeepsPromises', '2018-12-01');
        assert.equal(later.status, 'fail');
        assert.deepEqual(later.violations.map((violation) => (violation.subject as { name?: string }).name), ['Report']);
    });

    it('navigates status, modality, beneficiary, evidence and holders', async () => {
        const cases: [string, boolean][] = [
            ['Delegate.status = "in-force"', true],
            ['Report.status = "overdue"', true],
            ['Explore.status = "due"', true],
            ['Explore.modality = "endeavour"', true],
            ['Delegate.beneficiary = LondonPartners', true],
            ['Delegate.delivered = 2018-04-01', true],
            ['Delegate.evidence is set', true],
            ['Report.delivered is not set', true],
            ['count(c for c in commitments where c.status = "overdue") = 1', true],
            ['every c in commitments: LondonPartners in c.holders', false]
        ];
        const conditions = cases.map(([expression], index) => `condition K${index} "case ${index}" under MoU { ${expression} }`).join('\n');
        const { diagnostics } = await buildWorkspace(services, FACTS, conditions);
        assert.deepEqual(diagnostics[1]!.map((d) => `${String(d.code)}: ${d.message}`), []);
        cases.forEach(([expression, holds], index) => {
            assert.equal(outcomeOf(services, `K${index}`, '2019-01-01').status, holds ? 'pass' : 'fail', expression);
        });
    });

    it('rejects an unknown field, and a deadline compared with money', async () => {
        const { diagnostics } = await buildWorkspace(services, FACTS, `
            condition Bad1 "bad" { Report.deliverd is set }
            condition Bad2 "bad" { Report.deadline > £5m }`);
        const codes = diagnostics[1]!.map((d) => String(d.code));
        assert.ok(codes.includes('condition-unknown-field'), codes.join());
        assert.ok(codes.includes('condition-type-error'), codes.join());
    });
});
