import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'mocha';
import { summariseWorkspace } from '../../language/engine/summarise.js';
import { computeChangeImpact } from '../../language/summary/change-impact.js';
import { renderSummaryHtml } from '../../language/render/summary-html.js';
import { renderSummaryMarkdown } from '../../language/render/summary-markdown.js';
import { COMMITMENT_STATUSES } from '../../language/model/commitments.js';
import { explain, summaryValidator } from '../render/schema-validators.js';

const root = path.resolve(new URL('../../../', import.meta.url).pathname);
const london = path.join(root, 'examples', 'london');
const summarise = (asOf: string, folder = london) => summariseWorkspace({ paths: [folder], asOf, root: folder });

describe('commitments in the summary', () => {
    const scratch = mkdtempSync(path.join(tmpdir(), 'lhc-commitments-'));
    after(() => rmSync(scratch, { recursive: true, force: true }));

    it('JSON: one entry per commitment with status, due, holders, clause and evidence, valid against the schema', async () => {
        const { summary } = await summarise('2018-06-01');
        const validate = summaryValidator();
        assert.ok(validate(JSON.parse(JSON.stringify(summary))), explain(validate));
        assert.ok(summary.commitments.length >= 20);
        for (const commitment of summary.commitments) {
            assert.ok(COMMITMENT_STATUSES.includes(commitment.status), commitment.status);
            for (const key of ['due', 'holders', 'clause', 'evidence'] as const) assert.ok(key in commitment, `${commitment.name} has ${key}`);
        }
        const funding = summary.commitments.find((c) => c.name === 'DelegateTransformationFunding')!;
        assert.equal(funding.status, 'in-force');
        assert.equal(funding.due, '2018-04-01');
        assert.deepEqual(funding.holders.map((holder) => holder.name), ['NHSEngland']);
        assert.equal(funding.fulfilledBy?.name, 'TransformationFundingToLondon');
        assert.match(funding.evidence ?? '', /TransformationFundingToLondon from 2018-04-01/);
        const workforce = summary.commitments.find((c) => c.name === 'LondonWorkforceBoardEstablished')!;
        assert.equal(workforce.evidenceSource, '003_946c5bca0721a0a3.txt');
        const weighting = summary.commitments.find((c) => c.name === 'ExploreLondonWeighting')!;
        assert.equal(weighting.evidence, null);
        assert.equal(weighting.clause?.name, 'LondonWeighting');
    });

    it('sorts overdue (and breached) first', async () => {
        const { summary } = await summarise('2018-06-01');
        const statuses = summary.commitments.map((c) => c.status);
        const firstNotOverdue = statuses.findIndex((status) => status !== 'overdue' && status !== 'breached');
        assert.ok(firstNotOverdue > 0 && statuses.slice(firstNotOverdue).every((status) => status !== 'overdue' && status !== 'breached'), statuses.join());
    });

    it('traceability: a clause whose only fact is an undelivered commitment is not Pass ("London weighting")', async () => {
        const { summary } = await summarise('2018-06-01');
        const row = summary.traceability.find((candidate) => candidate.clause.name === 'LondonWeighting')!;
        assert.deepEqual(row.facts.map((fact) => fact.name), ['ExploreLondonWeighting']);
        assert.equal(row.result, 'not-evidenced');
        assert.ok(renderSummaryMarkdown(summary).includes('○ Not evidenced'));
        const kept = summary.traceability.find((candidate) => candidate.clause.name === 'WorkforceBoard')!;
        assert.notEqual(kept.result, 'not-evidenced', 'the delivered workforce board is evidenced');
    });

    it('the verdict counts commitments, and the Markdown and HTML have a Commitments section with a timeline', async () => {
        const { summary } = await summarise('2018-06-01');
        const concern = summary.verdict.concerns.find((c) => c.concern === 'commitments')!;
        assert.equal(concern.total, summary.commitments.length);
        assert.equal(concern.state, 'failing');
        assert.match(summary.verdict.line, /Commitments: \d+ of \d+ overdue/);
        const markdown = renderSummaryMarkdown(summary);
        assert.match(markdown, /### Commitments \(\d+\)\n\n\| holder \| what \| due \| status \| evidence \| clause \|/);
        assert.ok(markdown.indexOf('✖ Overdue') < markdown.indexOf('▶ In force'));
        const html = renderSummaryHtml(summary);
        assert.ok(html.includes('<section id="commitments"'));
        assert.match(html, /<svg class="timeline"[^>]*aria-label="Due dates of \d+ commitments against 2018-06-01"/);
        assert.ok(html.includes('class="today"'));
    });

    it('the statuses move with the date', async () => {
        const statusOf = async (asOf: string) => (await summarise(asOf)).summary.commitments.find((c) => c.name === 'BHRFullyPooledFromApril2019')!.status;
        assert.deepEqual([await statusOf('2017-01-01'), await statusOf('2018-06-01'), await statusOf('2026-11-30')], ['not-yet-due', 'due', 'overdue']);
    });

    it('--since reports commitments whose status changed', async () => {
        const text = (delivered: string) => `party NHSEngland "NHS England" national-body
mou MoU "The MoU" { signed 2017-11-16 signatories NHSEngland clause Promise "A promise." }
commitment Report "Report" under MoU { by NHSEngland will "report" due 2018-03-31 per Promise ${delivered} }
commitment Other "Other" under MoU { by NHSEngland will "act" due 2019-03-31 }
`;
        for (const [folder, body] of [['v1', ''], ['v2', 'delivered on 2018-03-01 "The report." source "r.txt"']] as const) {
            mkdirSync(path.join(scratch, folder), { recursive: true });
            writeFileSync(path.join(scratch, folder, 'deal.lhc'), text(body));
        }
        const version = (folder: string) => summarise('2018-06-01', path.join(scratch, folder));
        const impact = computeChangeImpact('v1', await version('v1'), await version('v2'));
        assert.deepEqual(impact.commitments, [{ id: 'Report', name: 'Report', title: 'Report', before: 'overdue', after: 'delivered' }]);
    });
});
