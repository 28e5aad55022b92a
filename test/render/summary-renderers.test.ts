import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterEach, describe, it } from 'mocha';
import type { Condition, EstateSale } from '../../language/generated/ast.js';
import type { LhcServices } from '../../language/lhc-module.js';
import { renderSummaryHtml } from '../../language/render/summary-html.js';
import { renderSummaryJson } from '../../language/render/summary-json.js';
import { MARKDOWN_LIMIT, renderSummaryMarkdown } from '../../language/render/summary-markdown.js';
import { commitmentsHtml } from '../../language/render/summary-html-commitments.js';
import type { CommitmentSummary } from '../../language/summary/commitment-summary.js';
import { escapeMarkdown } from '../../language/render/escape-markdown.js';
import { computeChangeImpact } from '../../language/summary/change-impact.js';
import type { ConditionOutcomeLike } from '../../language/summary/condition-outcome.js';
import type { ComplianceSummary } from '../../language/summary/summary-model.js';
import { createTestServices, resetWorkspace } from '../helpers.js';
import { LONDON_LIKE, summariseTexts } from '../summary/summary-fixture.js';
import { explain, summaryValidator } from './schema-validators.js';

const { services } = createTestServices();
const HOSTILE = '<script>alert(1)</script>';

/** The fixture with a hostile party title and clause text. */
const HOSTILE_WORKSPACE = LONDON_LIKE
    .replace('"London Borough of Camden"', `"${HOSTILE}"`)
    .replace('"A clause nothing cites."', '"<img src=x onerror=alert(2)> | pipes | and **stars**"');

function outcomes(services: LhcServices): ConditionOutcomeLike[] {
    const facts = services.lhc.Facts.get();
    const siteB = facts.estateSales.find((sale) => sale.name === 'SiteB') as EstateSale;
    return [{
        condition: facts.conditions[0] as Condition, id: 'SalesApproved', severity: 'error', status: 'fail', checked: [...facts.estateSales],
        violations: [{ subject: siteB, message: `Sold without approval ${HOSTILE}` }]
    }];
}

async function hostileSummary(): Promise<ComplianceSummary> {
    return summariseTexts(services, [HOSTILE_WORKSPACE], { outcomes });
}

describe('summary renderers', () => {
    afterEach(() => resetWorkspace(services));

    describe('HTML', () => {
        it('escapes every string from the agreement', async () => {
            const html = renderSummaryHtml(await hostileSummary());
            assert.ok(!html.includes('<script'), 'no script element');
            assert.ok(!/<img/i.test(html), 'no img element');
            assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
            assert.ok(html.includes('&lt;img src=x onerror=alert(2)&gt;'));
            assert.ok(!/\son\w+=/i.test(html.replace(/&lt;[^]*?&gt;/g, '')), 'no event handler attribute');
        });

        it('is self-contained: no scripts, no external resources, a CSP that forbids them', async () => {
            const html = renderSummaryHtml(await hostileSummary());
            assert.ok(!/(src|href)\s*=\s*["']?(https?:)?\/\//i.test(html), 'no external src or href');
            assert.ok(!/@import|url\(/i.test(html), 'no CSS that loads anything');
            assert.ok(html.includes(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`));
            assert.ok(html.includes('@media print'));
        });

        it('shows every pilot, target and condition with its status in words and symbols', async () => {
            const summary = await hostileSummary();
            const html = renderSummaryHtml(summary);
            for (const pilot of summary.pilots) assert.ok(html.includes(pilot.title!), pilot.title);
            for (const target of summary.targets) assert.ok(html.includes(target.title!), target.title);
            assert.ok(html.includes('Estate sales are approved'));
            for (const word of ['Active', 'Planned', 'Ended', 'No start date', 'On track', 'At risk', 'Missed', 'Met', 'No evidence', 'Stale evidence', 'Fail', 'In force', 'Not checked']) {
                assert.ok(html.includes(`</span> ${word}</span>`), `status word ${word}`);
            }
            assert.ok(html.includes('<span class="symbol" aria-hidden="true">✖</span> Fail'));
        });

        it('draws an inline SVG trajectory for each target with data', async () => {
            const summary = await hostileSummary();
            const html = renderSummaryHtml(summary);
            const charts = html.match(/<svg class="chart"/g) ?? [];
            assert.equal(charts.length, summary.targets.filter((t) => t.baseline && t.goal !== undefined || t.history.length > 0).length);
            assert.match(html, /<title>Trajectory: baseline 17% on 2015-01-01, latest 14% on 2019-03-01, goal 13% by 2020-12-31<\/title>/);
            assert.ok(html.includes('class="trajectory"') && html.includes('class="evidence"') && html.includes('class="goal"'));
        });
    });

    describe('Markdown', () => {
        it('has a headline verdict and tables of conditions, targets, pilots and delegations', async () => {
            const summary = await hostileSummary();
            const markdown = renderSummaryMarkdown(summary);
            assert.match(markdown, /^## Compliance summary as of 2019-06-01/);
            assert.ok(markdown.includes(`✖ **Action needed**: Rules: not compliant: 1 of ${1 + summary.totals.builtInRules.judged} rules judged failing, 1 of 1 judged condition failing`), markdown.slice(0, 400));
            // One failing rule (the condition) of every rule judged: the condition and each built-in rule in force.
            assert.ok(markdown.includes(`| Rules | ✖ Not compliant | 1 of ${1 + summary.totals.builtInRules.judged} |`), markdown.slice(0, 800));
            assert.ok(markdown.includes('| ✖ Fail | **Estate sales are approved** `SalesApproved` |'));
            assert.ok(markdown.includes('| ↗ On track | **Adult smoking**<br>Kick unhealthy habits | 17% (2015-01-01) | 14% (2019-03-01) | 13% by 2020-12-31 |'));
            assert.ok(markdown.includes('| ⚠ At risk<br>◔ Stale evidence | **Child obesity**'));
            assert.ok(markdown.includes('| ✔ In force | Primary care commissioning | NHS England delegates to Camden CCG | 2018-04-01 → open | Delegation |'));
            assert.ok(markdown.includes('| ◷ Planned | **Barnet planned pilot** |'));
        });

        it('escapes Markdown and HTML in agreement text so a table row stays one row', async () => {
            const markdown = renderSummaryMarkdown(await hostileSummary());
            assert.ok(!markdown.includes('<script'));
            assert.ok(markdown.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
            assert.equal(escapeMarkdown('a | b\nc **d** [e](f) <g>'), 'a \\| b c \\*\\*d\\*\\* \\[e\\](f) &lt;g&gt;');
        });

        it('stays within the size of a pull-request comment', async () => {
            const summary = await hostileSummary();
            const many = { ...summary, findings: Array.from({ length: 3000 }, (_, index) => ({
                ruleId: 'demo-check', severity: 'error' as const, source: 'check' as const, message: `A long message number ${index} `.repeat(4),
                location: { file: 'agreement.lhc', line: index + 1, column: 1 }
            })) };
            const markdown = renderSummaryMarkdown(many);
            assert.ok(markdown.length <= MARKDOWN_LIMIT, String(markdown.length));
            assert.ok(markdown.includes('more (run `lhc check` for all)'));
        });

        it('says what it left out when even the cut-down lists do not fit (issue 23: a guard names what it skipped)', async () => {
            const summary = await hostileSummary();
            const target = summary.targets[0]!;
            const many = { ...summary, targets: Array.from({ length: 3000 }, (_, index) => ({ ...target, name: `T${index}` })) };
            const markdown = renderSummaryMarkdown(many);
            assert.ok(markdown.length <= MARKDOWN_LIMIT, String(markdown.length));
            assert.match(markdown, /…\(summary cut to fit: \d+ more lines from the section "[^"]+" on left out; the HTML and JSON summaries have everything\)\n$/);
        });

        it('counts the dated commitments its timeline does not draw', async () => {
            const summary = await hostileSummary();
            const commitment: CommitmentSummary = { type: 'Commitment', id: 'C', name: 'C', holders: [], modality: 'duty', modalityWords: 'will', what: 'report',
                deadlineKind: 'date', due: '2019-01-01', status: 'due', reason: 'due', evidence: null, clause: null } as unknown as CommitmentSummary;
            const html = commitmentsHtml({ ...summary, commitments: Array.from({ length: 45 }, (_, index) => ({ ...commitment, name: `C${index}` })) });
            assert.ok(html.includes('The timeline shows the first 40 dated commitments; 5 more are listed in the table below.'));
        });
    });

    describe('JSON', () => {
        it('validates against schemas/summary.schema.json', async () => {
            const validate = summaryValidator();
            const summary = await hostileSummary();
            const json = JSON.parse(renderSummaryJson(summary)) as { version: number; targets: unknown[] };
            assert.ok(validate(json), explain(validate));
            assert.equal(json.version, 3);
            assert.equal(json.targets.length, 6);
        });

        it('is exactly what scripts/generate-summary-schema.mjs generates', () => {
            const root = new URL('../../../', import.meta.url);
            const generated = execFileSync(process.execPath, [new URL('scripts/generate-summary-schema.mjs', root).pathname], { encoding: 'utf8' });
            assert.equal(readFileSync(new URL('schemas/summary.schema.json', root), 'utf8'), generated);
        });

        it('validates with a change impact, and the schema rejects an unknown status', async () => {
            const validate = summaryValidator();
            const summary = await hostileSummary();
            const changes = computeChangeImpact('v1', { summary, declarations: [] }, { summary, declarations: [] });
            assert.ok(validate(JSON.parse(renderSummaryJson({ ...summary, changes }))), explain(validate));
            const broken = JSON.parse(renderSummaryJson(summary));
            broken.targets[0].status = 'fine';
            assert.equal(validate(broken), false);
        });
    });
});
