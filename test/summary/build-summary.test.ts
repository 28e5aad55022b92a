import { strict as assert } from 'node:assert';
import { AstUtils } from 'langium';
import { afterEach, describe, it } from 'mocha';
import type { Condition, EstateSale, Waiver } from '../../language/generated/ast.js';
import type { LhcServices } from '../../language/lhc-module.js';
import type { ConditionOutcomeLike } from '../../language/summary/condition-outcome.js';
import type { ComplianceSummary } from '../../language/summary/summary-model.js';
import { createTestServices, resetWorkspace } from '../helpers.js';
import { LONDON_LIKE, summariseTexts } from './summary-fixture.js';

const { services } = createTestServices();

function salesOutcome(services: LhcServices, waiver?: Waiver): ConditionOutcomeLike[] {
    const facts = services.lhc.Facts.get();
    const condition = facts.conditions.find((c) => c.name === 'SalesApproved') as Condition;
    const siteB = facts.estateSales.find((sale) => sale.name === 'SiteB') as EstateSale;
    return [{
        condition,
        id: 'SalesApproved',
        severity: 'error',
        status: waiver ? 'waived' : 'fail',
        checked: [...facts.estateSales],
        violations: [{ subject: siteB, message: 'Unapproved site was sold without approval by London Estates Board', ...(waiver ? { waivedBy: waiver } : {}) }]
    }];
}

const target = (summary: ComplianceSummary, name: string) => summary.targets.find((t) => t.name === name)!;

describe('buildSummary', () => {
    afterEach(() => resetWorkspace(services));

    it('judges every target against the straight line from baseline to goal', async () => {
        const summary = await summariseTexts(services, [LONDON_LIKE]);
        const statuses = Object.fromEntries(summary.targets.map((t) => [t.name, t.status]));
        assert.deepEqual(statuses, {
            Smoking: 'on-track', Obesity: 'at-risk', Jobs: 'missed', GpAccess: 'met', Engagement: 'no-evidence', Funding: 'at-risk'
        });
        const smoking = target(summary, 'Smoking');
        assert.deepEqual(smoking.baseline, { value: 17, date: '2015-01-01' });
        assert.equal(smoking.goal, 13);
        assert.deepEqual(smoking.latest, { value: 14, date: '2019-03-01', source: 'APS 2019', measurement: 'Smoking2019' });
        assert.ok(smoking.expectedAtLatest! > 14 && smoking.expectedAtLatest! < 14.3, String(smoking.expectedAtLatest));
        assert.equal(smoking.id, 'Habits.Smoking');
        assert.equal(smoking.aspiration.title, 'Kick unhealthy habits');
        assert.equal(smoking.valueKind, 'percent');
        assert.equal(target(summary, 'Funding').valueKind, 'money');
        assert.equal(target(summary, 'Obesity').goal?.toFixed(2), '19.80', 'a relative goal resolves against the baseline');
        assert.deepEqual(target(summary, 'Obesity').goalStated, { value: 10, kind: 'percent', relative: 'below' });
        assert.deepEqual(target(summary, 'Engagement').missing, ['baseline', 'deadline']);
        assert.deepEqual(target(summary, 'GpAccess').history, [{ value: 50, date: '2016-01-01', measurement: 'Gp2016' }, { value: 100, date: '2019-01-01', measurement: 'Gp2019' }]);
        assert.deepEqual(
            { met: summary.totals.targets.met, onTrack: summary.totals.targets['on-track'], atRisk: summary.totals.targets['at-risk'], missed: summary.totals.targets.missed, none: summary.totals.targets['no-evidence'] },
            { met: 1, onTrack: 1, atRisk: 2, missed: 1, none: 1 });
    });

    it('marks evidence older than the configured age as stale', async () => {
        const byDefault = await summariseTexts(services, [LONDON_LIKE]);
        assert.deepEqual(byDefault.targets.filter((t) => t.stale).map((t) => t.name), ['Obesity', 'Funding']);
        assert.equal(byDefault.staleAfterDays, 400);
        await resetWorkspace(services);
        const strict = await summariseTexts(services, [LONDON_LIKE], { staleAfterDays: 90 });
        assert.deepEqual(strict.targets.filter((t) => t.stale).map((t) => t.name), ['Smoking', 'Obesity', 'Jobs', 'GpAccess', 'Funding']);
        assert.equal(strict.totals.targets.stale, 5);
        assert.equal(strict.staleAfterDays, 90);
    });

    it('ignores evidence dated after the as-of date', async () => {
        const summary = await summariseTexts(services, [LONDON_LIKE], { asOf: '2018-06-30' });
        const gp = target(summary, 'GpAccess');
        assert.equal(gp.latest?.date, '2016-01-01');
        assert.notEqual(gp.status, 'met');
        assert.equal(target(summary, 'Smoking').status, 'no-evidence');
    });

    it('gives pilots planned, active, ended or undated status as of the date', async () => {
        const summary = await summariseTexts(services, [LONDON_LIKE]);
        assert.deepEqual(Object.fromEntries(summary.pilots.map((p) => [p.name, p.status])), {
            ActivePilot: 'active', PlannedPilot: 'planned', EndedPilot: 'ended', UndatedPilot: 'undated'
        });
        const active = summary.pilots.find((p) => p.name === 'ActivePilot')!;
        assert.deepEqual(active.areas.map((a) => a.name), ['Camden']);
        assert.deepEqual(active.leads.map((p) => [p.name, p.kind]), [['CamdenCouncil', 'council']]);
        assert.deepEqual(active.partners.map((p) => p.name), ['Healthwatch', 'CamdenCCG']);
        assert.deepEqual(active.aims, ['Use planning and licensing powers for prevention']);
        assert.equal(active.clause?.id, 'MoU2017.Estates');
        assert.equal(active.agreement, 'MoU2017');
        assert.match(active.source!.file, /^file-\d+\.lhc$/);
        assert.equal(active.source!.line, 23);
        const later = await (async () => { await resetWorkspace(services); return summariseTexts(services, [LONDON_LIKE], { asOf: '2021-01-01' }); })();
        assert.equal(later.pilots.find((p) => p.name === 'PlannedPilot')?.status, 'active');
    });

    it('lists delegations with whether they are in force as of the date, and who holds each power', async () => {
        const summary = await summariseTexts(services, [LONDON_LIKE]);
        assert.deepEqual(Object.fromEntries(summary.delegations.map((d) => [d.name, d.status])), {
            PCDelegation: 'in-force', OldDelegation: 'ended', LaterDelegation: 'not-yet'
        });
        const delegation = summary.delegations.find((d) => d.name === 'PCDelegation')!;
        assert.equal(delegation.from?.title, 'NHS England');
        assert.equal(delegation.to?.title, 'Camden CCG');
        assert.equal(delegation.power?.title, 'Primary care commissioning');
        assert.equal(delegation.clause?.text, 'NHS England delegates primary care commissioning.');
        assert.deepEqual(summary.totals.delegations, { total: 3, inForce: 1 });
        assert.deepEqual(summary.powers.find((p) => p.name === 'PrimaryCare')?.holders.map((h) => h.name), ['NHSEngland']);
    });

    it('lists agreements with their signatories and clauses', async () => {
        const summary = await summariseTexts(services, [LONDON_LIKE]);
        const [mou] = summary.agreements;
        assert.equal(mou?.kind, 'mou');
        assert.equal(mou?.signed, '2017-11-16');
        assert.deepEqual(mou?.signatories.map((p) => p.title), ['NHS England', 'London Borough of Camden', 'Camden CCG']);
        assert.deepEqual(mou?.clauses.map((c) => c.id), ['MoU2017.Estates', 'MoU2017.Delegation', 'MoU2017.Unused']);
        assert.equal(summary.totals.signatories, 3);
    });

    it('reports each condition with its status and the facts behind it', async () => {
        const summary = await summariseTexts(services, [LONDON_LIKE], { outcomes: (s) => salesOutcome(s) });
        const [condition] = summary.conditions;
        assert.equal(condition?.status, 'fail');
        assert.equal(condition?.title, 'Estate sales are approved');
        assert.equal(condition?.clause?.id, 'MoU2017.Estates');
        assert.deepEqual(condition?.checked.map((f) => f.name), ['SiteA', 'SiteB']);
        assert.deepEqual(condition?.violations.map((v) => [v.subject.name, v.subject.type]), [['SiteB', 'EstateSale']]);
        assert.deepEqual(summary.totals.conditions, { total: 1, pass: 0, fail: 1, waived: 0, 'nothing-to-judge': 0 });
    });

    it('shows who waived a violation, why and until when', async () => {
        const waiverText = `waiver for SalesApproved on SiteB because "Sold before the board existed" approved by LEB until 2020-01-01 under MoU2017`;
        const summary = await summariseTexts(services, [LONDON_LIKE, waiverText], {
            outcomes: (s) => salesOutcome(s, s.lhc.Facts.get().waivers[0])
        });
        const violation = summary.conditions[0]!.violations[0]!;
        assert.equal(summary.conditions[0]!.status, 'waived');
        assert.equal(violation.waivedBy?.by, 'waiver');
        assert.equal(violation.waivedBy?.reason, 'Sold before the board existed');
        assert.equal(violation.waivedBy?.approver?.name, 'LEB');
        assert.equal(violation.waivedBy?.expiry, '2020-01-01');
    });

    it('says when a violation is accepted by an inline comment rather than a waiver', async () => {
        const summary = await summariseTexts(services, [LONDON_LIKE], {
            outcomes: (s) => salesOutcome(s).map((outcome) => ({
                ...outcome, status: 'waived' as const,
                violations: outcome.violations.map((violation) => ({ ...violation, waivedBy: { comment: 'Checked by hand in 2018' } }))
            }))
        });
        assert.deepEqual(summary.conditions[0]?.violations[0]?.waivedBy, { by: 'comment', reason: 'Checked by hand in 2018' });
    });

    it('traces every clause to its conditions, checks, facts and result', async () => {
        const summary = await summariseTexts(services, [LONDON_LIKE], { outcomes: (s) => salesOutcome(s) });
        const estates = summary.traceability.find((row) => row.clause.name === 'Estates')!;
        assert.deepEqual(estates.conditions, [{ id: 'SalesApproved', name: 'SalesApproved', status: 'fail' }]);
        // The aspiration citing the clause brings its targets: they are judged by their status.
        assert.deepEqual(estates.facts.map((f) => f.name), ['ActivePilot', 'Habits', 'Smoking', 'Obesity', 'Jobs', 'GpAccess', 'Engagement', 'Funding', 'SiteA', 'SiteB']);
        assert.equal(estates.result, 'fail');
        assert.equal(summary.traceability.find((row) => row.clause.name === 'Delegation')?.result, 'pass');
        assert.equal(summary.traceability.find((row) => row.clause.name === 'Unused')?.result, 'untested');
    });

    const withCheckFinding = (severity: 'error' | 'warning') => summariseTexts(services, [LONDON_LIKE], {
            findings: (s) => {
                const delegation = s.lhc.Facts.get().delegations.find((d) => d.name === 'PCDelegation')!;
                const range = delegation.$cstNode!.range;
                return [{
                    ruleId: 'demo-check', severity, message: 'Something about the delegation', source: 'check', related: [],
                    location: {
                        file: AstUtils.getDocument(delegation).uri.fsPath,
                        start: { line: range.start.line + 1, column: range.start.character + 3 },
                        end: { line: range.start.line + 1, column: range.start.character + 10 }
                    }
                }];
            }
        });

    it('puts a built-in check finding on a fact in the row of the clause that fact cites', async () => {
        const traced = await withCheckFinding('warning');
        const row = traced.traceability.find((r) => r.clause.name === 'Delegation')!;
        assert.equal(traced.findings[0]?.subject?.name, 'PCDelegation', 'the innermost declaration around the finding is its subject');
        assert.deepEqual(row.checks, [{ ruleId: 'demo-check', findings: 1, waived: 0 }]);
        assert.equal(row.result, 'warning', 'a warning alone does not make the clause fail');
        assert.equal(traced.totals.findings.warnings, 1);
    });

    it('fails the clause a fact cites when a check finds an error on it', async () => {
        const traced = await withCheckFinding('error');
        assert.equal(traced.traceability.find((r) => r.clause.name === 'Delegation')?.result, 'fail');
    });
});
