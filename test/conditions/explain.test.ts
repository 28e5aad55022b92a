import { strict as assert } from 'node:assert';
import { afterEach, describe, it } from 'mocha';
import { buildWorkspace, createTestServices, resetWorkspace } from '../helpers.js';
import { FACTS, outcomeOf, underlined } from './condition-test-helpers.js';

const { services } = createTestServices();

const REINVEST = `
condition ReinvestInLondon "Estate sale proceeds are reinvested within London" per Mou.Estates {
    every sale in estate-sales: every reinvestment in sale.reinvestments: reinvestment within London
}`;

describe('condition violations and why-messages', () => {
    afterEach(() => resetWorkspace(services));

    it('reports a violation on the fact that breaks it, naming the condition, its clause and why', async () => {
        const { documents, diagnostics } = await buildWorkspace(services, REINVEST, FACTS);
        assert.deepEqual(diagnostics[0]!.map((diagnostic) => diagnostic.code), [], 'nothing on the condition itself');
        const [diagnostic, ...others] = diagnostics[1]!.filter((candidate) => candidate.code === 'ReinvestInLondon');
        assert.ok(diagnostic && others.length === 0);
        assert.equal(diagnostic.message,
            'Breaks ReinvestInLondon (per Mou.Estates): Estate sale proceeds are reinvested within London. Why: the reinvestment of £4.5m in Surrey for Acute care is outside London.');
        assert.equal(underlined(documents[1]!.textDocument.getText(), diagnostic), 'reinvest £4.5m in Surrey for AcuteCare', 'on the offending line of the sale');
        assert.equal(diagnostic.severity, 1);
        assert.deepEqual(diagnostic.data, {
            ruleId: 'ReinvestInLondon', code: 'ReinvestInLondon', source: 'condition', condition: 'ReinvestInLondon', clause: 'Mou.Estates',
            why: 'the reinvestment of £4.5m in Surrey for Acute care is outside London'
        });
        const related = diagnostic.relatedInformation ?? [];
        assert.deepEqual(related.map((info) => info.location.uri), [documents[0]!.uri.toString(), documents[1]!.uri.toString()]);
        assert.match(related[0]!.message, /^Condition ReinvestInLondon/);
        assert.equal(related[1]!.message, 'Clause Mou.Estates: Proceeds are reinvested in London.');
        const outcome = outcomeOf(services, 'ReinvestInLondon');
        assert.equal(outcome.status, 'fail');
        assert.equal((outcome.violations[0]!.subject as { name?: string }).name, 'Sale');
        assert.ok(outcome.checked.some((fact) => (fact as { name?: string }).name === 'Sale'), 'the sale is among the facts checked');
    });

    it('explains a failed comparison with the values on both sides', async () => {
        await buildWorkspace(services, FACTS, `condition BigTeams "Teams are big" { every team in locality-teams: team.population >= 75,000 }`);
        assert.equal(outcomeOf(services, 'BigTeams').violations[0]!.why, "the team's population is 60,000; at least 75,000 was required");
    });

    it('explains a failed sum against a share of the proceeds', async () => {
        await buildWorkspace(services, FACTS, `condition Mostly "Most goes to primary care" {
            every sale in estate-sales: sum(r.amount for r in sale.reinvestments where r.purpose = PrimaryCare) > 70% of sale.proceeds
        }`);
        assert.equal(outcomeOf(services, 'Mostly').violations[0]!.why,
            "the total amount of the sale's reinvestments whose purpose is Primary care is £8m of £12.5m (64%); more than 70%, £8.75m, was required");
    });

    it('explains a failed "some" by what each candidate lacks', async () => {
        await buildWorkspace(services, FACTS, `condition Approved "Approved by the LHB" {
            every sale in estate-sales: some a in sale.approvals: a.approver = LHB
        }`);
        assert.equal(outcomeOf(services, 'Approved').violations[0]!.why,
            "none of the sale's approvals qualifies (the approval by London Estates Board on 2018-05-10: the approval's approver is London Estates Board, not London Health Board)");
    });

    it('explains "at least", "no", "implies" and "is set"', async () => {
        await buildWorkspace(services, FACTS, `
            condition ThreeInLondon "Three reinvestments in London" { every sale in estate-sales: at least 3 r in sale.reinvestments: r within London }
            condition NoneInSurrey "Nothing to Surrey" { every sale in estate-sales: no r in sale.reinvestments: r.area = Surrey }
            condition AssetIfBig "A big sale names its asset" { every sale in estate-sales: sale.proceeds > £10m implies sale.asset is set }
        `);
        assert.equal(outcomeOf(services, 'ThreeInLondon').violations[0]!.why, "1 of 2 of the sale's reinvestments qualify; at least 3 required");
        assert.equal(outcomeOf(services, 'NoneInSurrey').violations[0]!.why, "the reinvestment of £4.5m in Surrey for Acute care: the reinvestment's area is Surrey");
        assert.equal(outcomeOf(services, 'AssetIfBig').violations[0]!.why, "the sale's asset is not set");
    });

    it('reports a condition without a quantifier on the fact it names', async () => {
        const { diagnostics } = await buildWorkspace(services, FACTS, `condition Pooled "Budget fully pooled" { Budget.fullyPooled is set }`);
        const diagnostic = diagnostics[0]!.find((candidate) => candidate.code === 'Pooled');
        assert.ok(diagnostic, 'reported in the budget’s file');
        assert.equal(String(diagnostic.message), 'Breaks Pooled: Budget fully pooled. Why: the full pooling date of Pooled budget is not set.');
    });

    it('gathers several reasons at one place into one violation', async () => {
        await buildWorkspace(services, FACTS, `condition Size "Team size" { every team in locality-teams: team.population >= 75,000 and team.gpPractices >= 12 }`);
        const outcome = outcomeOf(services, 'Size');
        assert.equal(outcome.violations.length, 1);
        assert.equal(outcome.violations[0]!.why, "the team's population is 60,000; at least 75,000 was required; the team's number of GP practices is 10; at least 12 was required");
    });

    // NHS England serves England, which holds London: it is partly outside London, not wholly outside it.
    it('says a party serving an area that contains the container is partly outside it, on each budget that breaks the rule', async () => {
        const withNational = FACTS.replace('    CamdenCouncil contributes £4m\n    pooled from', '    CamdenCouncil contributes £3m\n    NHSEngland contributes £1m\n    pooled from')
            .concat('pooled-budget Budget2 "Second pooled budget" {\n    CamdenCouncil contributes £4m\n    NHSEngland contributes £1m\n}\n');
        const { documents, diagnostics } = await buildWorkspace(services, withNational, `
            condition LocalParties "Contributors are local" { every budget in pooled-budgets: every p in budget.contributors: p within London }
            condition LocalContributions "Contributions are local" { every budget in pooled-budgets: every c in budget.contributions: c.contributor within London }
        `);
        const byParty = outcomeOf(services, 'LocalParties').violations;
        assert.deepEqual(byParty.map((violation) => (violation.subject as { name?: string }).name), ['Budget', 'Budget2'], 'one violation per budget, none on the party');
        for (const violation of byParty) assert.equal(violation.why, 'NHS England: NHSEngland serves England, partly outside London (England beyond London)');
        const onParty = diagnostics[0]!.filter((diagnostic) => diagnostic.code === 'LocalParties' && underlined(documents[0]!.textDocument.getText(), diagnostic) === 'NHSEngland');
        assert.deepEqual(onParty, [], 'nothing on the party declaration');
        const byContribution = outcomeOf(services, 'LocalContributions').violations;
        assert.equal(byContribution.length, 2);
        for (const violation of byContribution) {
            assert.equal(violation.why, 'the contribution of £1m by NHS England: NHSEngland serves England, partly outside London (England beyond London)');
        }
    });

    it('keeps reporting a fact written inside the fact in hand on itself (a target of an aspiration)', async () => {
        await buildWorkspace(services, FACTS, `
            aspiration Asp "Kick unhealthy habits" {
                target Dated "Dated" { metric "m" unit "%" direction decrease baseline 17% on 2015-01-01 goal 13% by 2020-12-31 }
                target Undated "Undated" { metric "m" unit "%" direction decrease baseline 17% on 2015-01-01 goal 13% }
            }
            condition TargetsDated "Targets are dated" { every a in aspirations: every t in a.targets: t.deadline is set }
        `);
        assert.deepEqual(outcomeOf(services, 'TargetsDated').violations.map((violation) => (violation.subject as { name?: string }).name), ['Undated']);
    });

    it('says which list a value is not among when "in" fails', async () => {
        await buildWorkspace(services, FACTS.replace('signatories CamdenCCG, CamdenCouncil, NHSEngland', 'signatories CamdenCCG, NHSEngland'), `
            condition Signed "Contributors signed" { every budget in pooled-budgets: every c in budget.contributions: c.contributor in Mou.signatories }
        `);
        assert.equal(outcomeOf(services, 'Signed').violations[0]!.why,
            "the contribution of £4m by Camden Council: the contribution's contributor, Camden Council, is not among the signatories of Devolution MoU");
    });

    it('honours configured severities and switches conditions off', async () => {
        await buildWorkspace(services, REINVEST, FACTS);
        services.lhc.Settings.severities.set('ReinvestInLondon', 'warning');
        try {
            assert.equal(outcomeOf(services, 'ReinvestInLondon').severity, 'warning');
            services.lhc.Settings.severities.set('ReinvestInLondon', 'off');
            assert.equal(services.lhc.Conditions.outcomes().find((outcome) => outcome.id === 'ReinvestInLondon'), undefined);
        } finally {
            services.lhc.Settings.severities.clear();
        }
    });
});
