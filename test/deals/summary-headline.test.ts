import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { before, describe, it } from 'mocha';
import { summariseWorkspace } from '../../language/engine/summarise.js';
import { renderSummaryHtml } from '../../language/render/summary-html.js';
import { renderSummaryMarkdown } from '../../language/render/summary-markdown.js';
import type { ComplianceSummary } from '../../language/summary/summary-model.js';
import { explain, summaryValidator } from '../render/schema-validators.js';
import { REPO_ROOT } from '../repo-paths.js';

/** Greater Manchester's headline facts and its CCG → ICB succession, in every summary format. */
describe('the summary of a deal\'s headline facts', () => {
    let summary: ComplianceSummary;
    before(async () => {
        ({ summary } = await summariseWorkspace({ paths: [path.join(REPO_ROOT, 'examples', 'greater-manchester')], asOf: '2023-06-01', root: REPO_ROOT }));
    });

    it('JSON: the area covered with its code and population, effective date, shadow period, countersignatories, envelope; valid against the schema', () => {
        const mou = summary.agreements.find((agreement) => agreement.name === 'GMDevolutionMoU2015')!;
        assert.deepEqual(
            { covers: mou.headline?.covers?.name, code: mou.headline?.covers?.code, population: mou.headline?.covers?.population, effective: mou.headline?.effective, shadow: mou.headline?.shadow },
            { covers: 'GreaterManchester', code: 'E47000001', population: 2_800_000, effective: '2016-04-01', shadow: { from: '2015-04-01', until: '2016-03-31' } });
        assert.deepEqual(mou.headline?.countersignatories.map((party) => party.name), ['HMTreasury', 'DepartmentOfHealth']);
        assert.deepEqual(mou.headline?.envelopes.map((envelope) => [envelope.name, envelope.amount, envelope.period, envelope.financialYear]),
            [['HealthAndSocialCareSpending', 6e9, 'year', '2015/16']]);
        const validate = summaryValidator();
        assert.ok(validate(JSON.parse(JSON.stringify(summary))), explain(validate));
    });

    it('HTML and Markdown print them', () => {
        const html = renderSummaryHtml(summary);
        assert.match(html, /Takes effect 2016-04-01/);
        assert.match(html, /Shadow period from 2015-04-01 until 2016-03-31/);
        assert.match(html, /£6bn a year in 2015\/16/);
        assert.match(html, /Countersigned by:/);
        const markdown = renderSummaryMarkdown(summary);
        assert.match(markdown, /Takes effect 2016-04-01; Shadow period from 2015-04-01 until 2016-03-31/);
        assert.match(markdown, /countersigned by HM Treasury/);
        assert.match(markdown, /population 2,800,000/);
    });

    it('an agreement stating none of them has no headline, so older summaries keep their shape', async () => {
        const { summary: england } = await summariseWorkspace({ paths: [path.join(REPO_ROOT, 'examples', 'england')], asOf: '2023-06-01', root: REPO_ROOT });
        assert.equal(england.agreements.length, 0);
        const { summary: london } = await summariseWorkspace({ paths: [path.join(REPO_ROOT, 'examples', 'london')], asOf: '2019-06-01', root: REPO_ROOT });
        // London's 2015 agreement states the area it covers and nothing else of a headline; the 2017 MoU states none.
        const headlines = Object.fromEntries(london.agreements.map((agreement) => [agreement.name, agreement.headline]));
        assert.equal(headlines['DevolutionMoU2017'], undefined);
        assert.deepEqual(Object.keys(headlines['CollaborationAgreement2015'] ?? {}).sort(), ['countersignatories', 'covers', 'envelopes']);
        assert.equal(headlines['CollaborationAgreement2015']?.covers?.name, 'London');
        assert.deepEqual([headlines['CollaborationAgreement2015']?.countersignatories, headlines['CollaborationAgreement2015']?.envelopes], [[], []]);
    });
});

describe('a delegation to a CCG after its ICB took over', () => {
    it('stays in force, held by the ICB, in JSON, HTML and Markdown', async () => {
        const { summary } = await summariseWorkspace({ paths: [path.join(REPO_ROOT, 'examples', 'greater-manchester')], asOf: '2023-06-01', root: REPO_ROOT });
        const delegation = summary.delegations.find((candidate) => candidate.name === 'CommissioningToGM')!;
        assert.equal(delegation.status, 'in-force');
        assert.equal(delegation.heldBy, undefined, 'a board is not succeeded');
        const { summary: succeeded } = await summariseWorkspace({ paths: [path.join(REPO_ROOT, 'test', 'deals', 'fixtures', 'ccg-to-icb')], asOf: '2023-06-01', root: REPO_ROOT });
        const toCCG = succeeded.delegations.find((candidate) => candidate.name === 'ToCCG')!;
        assert.equal(toCCG.status, 'in-force');
        assert.equal(toCCG.heldBy?.name, 'GMICB');
        assert.match(renderSummaryHtml(succeeded), /held by/);
        assert.match(renderSummaryMarkdown(succeeded), /\(held by NHS Greater Manchester ICB\)/);
        const before = await summariseWorkspace({ paths: [path.join(REPO_ROOT, 'test', 'deals', 'fixtures', 'ccg-to-icb')], asOf: '2020-06-01', root: REPO_ROOT });
        assert.equal(before.summary.delegations.find((candidate) => candidate.name === 'ToCCG')!.heldBy, undefined);
    });
});
