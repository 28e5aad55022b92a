import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'mocha';
import type { ConditionOutcome } from '../../language/conditions/condition-evaluator.js';
import { buildWorkspace, createTestServices, resetWorkspace } from '../helpers.js';
import { FACTS } from './condition-test-helpers.js';

/** Each expression with whether it holds for FACTS as of 2019-06-01. Together: every operator and quantifier. */
const CASES: [string, boolean][] = [
    // comparisons
    ['Sale.proceeds = £12.5m', true],
    ['Sale.proceeds = £12m', false],
    ['Sale.proceeds != £12.5m', false],
    ['Sale.proceeds > £12m', true],
    ['Sale.proceeds < £12m', false],
    ['Sale.proceeds >= £12.5m', true],
    ['Sale.proceeds <= £12m', false],
    ['Team.population >= 50,000', true],
    ['"council" = CamdenCouncil.kind', true],
    // dates
    ['Sale.soldOn before 2018-07-01', true],
    ['Sale.soldOn after 2018-07-01', false],
    ['Sale.soldOn <= 2018-06-30', true],
    ['Sale.soldOn within 2 months of 2018-05-01', true],
    ['Sale.soldOn within 1 month of 2018-05-01', false],
    ['Sale.soldOn within 10 days of 2018-07-05', true],
    ['Sale.soldOn + 6 months = 2018-12-30', true],
    ['Sale.soldOn - 1 year before 2017-07-01', true],
    ['Sale.soldOn + 2 weeks = 2018-07-14', true],
    ['today after 2019-01-01', true],
    ['today = 2019-06-01', true],
    // money and percentage arithmetic, sums and shares
    ['£8m + £4.5m = Sale.proceeds', true],
    ['Sale.proceeds - £4.5m = £8m', true],
    ['2 * £4m = £8m', true],
    ['£25m / 2 = Sale.proceeds', true],
    ['£8m / Sale.proceeds = 64%', true],
    ['50% of Sale.proceeds = £6.25m', true],
    ['10% * £10m = £1m', true],
    ['sum(Budget.contributions.amount) = Budget.total', true],
    ['sum(c.amount for c in Budget.contributions where c.contributor.kind = "ccg") = £6m', true],
    ['sum(c.amount for c in Budget.contributions where c.contributor.kind = "ccg") > 70% of Budget.total', false],
    ['count(Sale.reinvestments) = 2', true],
    ['count(r for r in Sale.reinvestments where r within London) = 1', true],
    ['max(Sale.reinvestments.amount) = £8m', true],
    ['min(r.amount for r in Sale.reinvestments) = £4.5m', true],
    ['earliest(Sale.approvals.date) = 2018-05-10', true],
    ['latest([2018-01-01, 2019-01-01, 2017-05-05]) = 2019-01-01', true],
    // areas
    ['Camden within London', true],
    ['Surrey within London', false],
    ['CamdenCCG within London', true],
    ['NHSEngland within London', false],
    ['Sale within London', true],
    ['P.areas within London', true],
    ['Sale.reinvestments within London', false],
    // set membership
    ['PrimaryCare in Sale.reinvestments.purpose', true],
    ['AcuteCare in [PrimaryCare]', false],
    ['CamdenCouncil in Budget.contributors', true],
    ['LHB in LEB.reportingChain', true],
    ['LEB in LHB.reportingChain', false],
    // boolean logic
    ['not (Sale.proceeds > £20m)', true],
    ['Sale.proceeds > £1m and Sale.soldOn after 2019-01-01', false],
    ['Sale.proceeds > £1m or Sale.soldOn after 2019-01-01', true],
    ['Sale.proceeds > £20m implies false', true],
    ['true implies false', false],
    ['Sale.asset is set', false],
    ['Sale.asset is not set', true],
    ['D1.inForce', true],
    ['D1.start is set and D1.end is not set', true],
    // quantifiers
    ['every r in Sale.reinvestments: r.amount > £1m', true],
    ['every r in Sale.reinvestments: r within London', false],
    ['every r in Sale.reinvestments where r within London: r.purpose = PrimaryCare', true],
    ['some r in Sale.reinvestments: r.area = Surrey', true],
    ['some r in Sale.reinvestments: r.amount > £10m', false],
    ['no r in Sale.reinvestments: r.area = Surrey', false],
    ['no r in Sale.reinvestments: r.amount > £10m', true],
    ['at least 2 r in Sale.reinvestments: r.amount > £1m', true],
    ['at least 3 r in Sale.reinvestments: r.amount > £1m', false],
    ['at most 1 r in Sale.reinvestments: r within London', true],
    ['at most 0 r in Sale.reinvestments: r within London', false],
    ['every sale in estate-sales: sale.proceeds > £1m', true],
    ['some team in locality-teams: team.gpPractices >= 8 and team.gpPractices <= 15', true],
    ['every pilot in pilots: every lead in pilot.leads: lead.kind = "council"', true],
    ['some board in LEB.reportingChain: board.oversight = "political"', true],
    ['count(PrimaryCareCommissioning.delegations) = 1', true],
    ['every party in parties where party.kind = "board": party.areas is not set', true]
];

describe('condition operators and quantifiers', () => {
    const { services } = createTestServices();
    let outcomes: Map<string, ConditionOutcome>;

    before(async () => {
        const conditions = CASES.map(([expression], index) => `condition C${index} "case ${index}" workspace-wide { ${expression} }`).join('\n');
        const { diagnostics } = await buildWorkspace(services, FACTS, conditions);
        const authoring = diagnostics[1]!.filter((diagnostic) => String(diagnostic.code).startsWith('condition-') || diagnostic.code === 'syntax-error');
        assert.deepEqual(authoring.map((diagnostic) => `${diagnostic.code}: ${diagnostic.message}`), [], 'every case type-checks');
        outcomes = new Map(services.lhc.Conditions.outcomes('2019-06-01').map((outcome) => [outcome.id, outcome]));
    });
    after(() => resetWorkspace(services));

    CASES.forEach(([expression, holds], index) => {
        it(`${expression} ${holds ? 'holds' : 'fails'}`, () => {
            const outcome = outcomes.get(`C${index}`);
            assert.ok(outcome, 'evaluated');
            assert.equal(outcome.status, holds ? 'pass' : 'fail', outcome.violations.map((violation) => violation.why).join('\n'));
        });
    });
});
