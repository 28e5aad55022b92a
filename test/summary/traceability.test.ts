import { strict as assert } from 'node:assert';
import { afterEach, describe, it } from 'mocha';
import { builtInChecks } from '../../language/checks/catalogue.js';
import { evaluateWorkspaceConditions } from '../../language/engine/condition-outcomes.js';
import { renderSummaryHtml } from '../../language/render/summary-html.js';
import { renderSummaryMarkdown } from '../../language/render/summary-markdown.js';
import type { ComplianceSummary, TraceRow } from '../../language/summary/summary-model.js';
import { createTestServices, resetWorkspace } from '../helpers.js';
import { summariseTexts } from './summary-fixture.js';

const { services } = createTestServices();
const AS_OF = '2019-06-01';

/**
 * One clause per kind of fact that can cite it: a missed target (through its aspiration), a delegation, an overdue
 * commitment, an objective no rule judges, a condition over estate sales when there are none, and one nothing cites.
 */
const DEAL = `
area Shire "Shire" region
party Board "Shire Board" ccg serves Shire
party Council "Shire Council" council serves Shire
power Care "Care commissioning" held by Board since 2013-04-01
mou Deal "Shire deal" {
  signed 2016-01-01
  signatories Board, Council
  clause Smoking "Cut adult smoking to 13% by the end of 2018."
  clause Handover "The board delegates care commissioning to the council."
  clause Report "The council will report by March 2018."
  clause Ambitions "The parties share ambitions."
  clause Sales "Every sale is approved by the board."
  clause Unused "A clause nothing cites."
  delegation Hand: Board delegates Care to Council from 2017-04-01 per Handover
  aspiration Habits "Kick habits" {
    per Smoking
    target Smokers "Adult smoking" { direction decrease baseline 17% on 2015-01-01 goal 13% by 2018-12-31 }
  }
  condition Approved "Sales are approved" per Sales severity error {
    every sale in estate-sales: some approval in sale.approvals: approval.approver = Board
  }
}
measurement S2019 of Habits.Smokers: 16.9% on 2019-03-01
commitment Reporting "Report" under Deal { by Council will "report" due 2018-03-31 per Report }
objective Shared "Shared ambitions" under Deal per Ambitions
`;

async function summarise(): Promise<ComplianceSummary> {
    return summariseTexts(services, [DEAL], { asOf: AS_OF, outcomes: (s) => evaluateWorkspaceConditions(s, AS_OF) });
}

const row = (summary: ComplianceSummary, clause: string): TraceRow => summary.traceability.find((entry) => entry.clause.name === clause)!;

describe('traceability: a clause\'s result comes from every fact citing it, and never passes on nothing judged', () => {
    afterEach(async () => {
        services.lhc.Settings.severities.clear();
        await resetWorkspace(services);
    });

    it('fails a clause whose aspiration\'s target is missed, though no check reported anything', async () => {
        const summary = await summarise();
        assert.equal(summary.targets[0]?.status, 'missed');
        assert.equal(summary.findings.length, 0, 'the fixture passes no findings: the result comes from the target itself');
        const smoking = row(summary, 'Smoking');
        assert.deepEqual(smoking.facts.map((fact) => fact.name), ['Habits', 'Smokers']);
        assert.deepEqual(smoking.judged.map((fact) => fact.name), ['Smokers']);
        assert.equal(smoking.result, 'fail');
    });

    it('fails a clause whose commitment is overdue, though no check reported anything', async () => {
        const summary = await summarise();
        assert.equal(summary.commitments[0]?.status, 'overdue');
        assert.equal(row(summary, 'Report').result, 'fail');
    });

    it('passes a clause whose delegation the rules in force judged, and says "nothing to judge" once none is in force', async () => {
        const judged = await summarise();
        assert.equal(row(judged, 'Handover').result, 'pass');
        assert.deepEqual(row(judged, 'Handover').judged.map((fact) => fact.name), ['Hand']);
        await resetWorkspace(services);
        for (const check of builtInChecks) services.lhc.Settings.severities.set(check.id, 'off');
        const unjudged = await summarise();
        assert.equal(row(unjudged, 'Handover').result, 'nothing-to-judge');
        assert.deepEqual(row(unjudged, 'Handover').judged, []);
    });

    it('says "nothing to judge" for a clause cited only by a fact no rule judges, or enforced by a condition over nothing', async () => {
        const summary = await summarise();
        assert.equal(row(summary, 'Ambitions').result, 'nothing-to-judge');
        assert.deepEqual(row(summary, 'Ambitions').facts.map((fact) => fact.name), ['Shared']);
        assert.equal(summary.conditions[0]?.status, 'nothing-to-judge', 'every sale of no sales judged nothing');
        assert.deepEqual(row(summary, 'Sales').conditions, [{ id: 'Approved', name: 'Approved', status: 'nothing-to-judge' }]);
        assert.equal(row(summary, 'Sales').result, 'nothing-to-judge');
        assert.equal(row(summary, 'Unused').result, 'untested');
        assert.equal(summary.totals.conditions.pass, 0, 'a condition over nothing is not counted as passing');
        assert.equal(summary.totals.conditions['nothing-to-judge'], 1);
    });

    it('shows "Nothing to judge", never "Pass", for those rows and that condition in Markdown and HTML', async () => {
        const summary = await summarise();
        const markdown = renderSummaryMarkdown(summary);
        assert.match(markdown, /\| Deal\\?\.Ambitions \| ○ Nothing to judge \|/);
        assert.match(markdown, /\| Deal\\?\.Sales \| ○ Nothing to judge \|/);
        const html = renderSummaryHtml(summary);
        const trace = html.slice(html.indexOf('<table class="trace"'));
        const rowOf = (clause: string) => trace.slice(trace.indexOf(`Deal.${clause}`), trace.indexOf('</tr>', trace.indexOf(`Deal.${clause}`)));
        for (const clause of ['Ambitions', 'Sales']) {
            assert.match(rowOf(clause), /Nothing to judge/, clause);
            assert.doesNotMatch(rowOf(clause), /Pass/, clause);
        }
    });

    it('gives every Pass row at least one judged fact among its facts', async () => {
        const summary = await summarise();
        for (const entry of summary.traceability) {
            const facts = new Set(entry.facts.map((fact) => `${fact.type}:${fact.id}`));
            for (const fact of entry.judged) assert.ok(facts.has(`${fact.type}:${fact.id}`), `${entry.clause.id}: ${fact.id} is one of its facts`);
            if (entry.result === 'pass') assert.ok(entry.judged.length > 0, entry.clause.id);
        }
    });
});
