import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { describe, it } from 'mocha';
import { summariseWorkspace } from '../../language/engine/summarise.js';
import { niceTicks, yearTicks } from '../../language/render/chart-scales.js';
import { renderSummaryHtml } from '../../language/render/summary-html.js';
import { renderSummaryMarkdown } from '../../language/render/summary-markdown.js';
import { renderTargetChart } from '../../language/render/target-chart.js';
import { TRACE_COLUMNS } from '../../language/render/summary-html-trace.js';
import { dayNumber } from '../../language/model/dates.js';
import type { ComplianceSummary } from '../../language/summary/summary-model.js';
import { REPO_ROOT } from '../repo-paths.js';

const london = path.join(REPO_ROOT, 'examples', 'london');
let cached: ComplianceSummary | undefined;
async function londonSummary(): Promise<ComplianceSummary> {
    cached ??= (await summariseWorkspace({ paths: [london], asOf: '2019-06-01', root: london })).summary;
    return cached;
}

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

describe('summary layout: reading order, own findings, links, charts', () => {
    it('lists findings errors first, then warnings, then notes, waived last', async () => {
        const { summary } = await summariseWorkspace({ paths: [london], asOf: '2026-11-30', root: london });
        const ranks = summary.findings.map((finding) => (finding.waived ? 3 : SEVERITY_RANK[finding.severity]));
        assert.deepEqual(ranks, [...ranks].sort((a, b) => a - b));
        assert.ok(new Set(ranks).size >= 2, 'London in 2026 has warnings (overdue targets, pilots) and notes (stale evidence)');
    });

    it('shows each pilot\'s own warning in its row (HTML and Markdown)', async () => {
        const summary = await londonSummary();
        const warned = summary.pilots.filter((pilot) => summary.findings.some((finding) => finding.ruleId === 'no-public-involvement' && finding.subject?.id === pilot.id));
        assert.ok(warned.length > 0, 'London pilots without Healthwatch or the voluntary sector are warned about');
        const html = renderSummaryHtml(summary);
        const rows = html.slice(html.indexOf('<table class="pilots">')).split('<tr>').slice(2);
        for (const pilot of summary.pilots) {
            const row = rows.find((text) => text.includes(`>${pilot.title}<`));
            assert.ok(row, pilot.title);
            assert.equal(row!.includes('no-public-involvement'), warned.includes(pilot), `${pilot.title}: its own warning and no other`);
        }
        const markdown = renderSummaryMarkdown(summary);
        for (const pilot of warned) {
            const line = markdown.split('\n').find((text) => text.includes(`**${pilot.title}**`));
            assert.match(line ?? '', /⚠ `no-public-involvement`/, pilot.title);
        }
    });

    it('links every fact, clause and finding to its file and line', async () => {
        const summary = await londonSummary();
        const html = renderSummaryHtml(summary);
        for (const finding of summary.findings) {
            assert.ok(html.includes(`data-file="${finding.location.file}" data-line="${finding.location.line}" data-column="${finding.location.column}"`), `${finding.ruleId} at ${finding.location.file}:${finding.location.line}`);
        }
        for (const fact of [...summary.pilots, ...summary.targets, ...summary.conditions, ...summary.traceability.map((row) => row.clause)]) {
            assert.ok(fact.source, fact.id);
            assert.ok(html.includes(`data-file="${fact.source.file}" data-line="${fact.source.line}"`), `${fact.type} ${fact.id}`);
        }
        // Every element that names a file names a line too.
        assert.equal((html.match(/data-file="/g) ?? []).length, (html.match(/data-line="\d+"/g) ?? []).length);
    });

    it('puts the result next to the clause in the traceability table and collapses long fact lists', async () => {
        const summary = await londonSummary();
        const html = renderSummaryHtml(summary);
        const table = html.slice(html.indexOf('<table class="trace">'), html.indexOf('</table>', html.indexOf('<table class="trace">')));
        assert.ok(table.includes(`<tr>${TRACE_COLUMNS.map((column) => `<th scope="col">${column}</th>`).join('')}</tr>`));
        assert.deepEqual([...TRACE_COLUMNS].slice(0, 2), ['Clause', 'Result']);
        const long = summary.traceability.find((row) => row.facts.length > 2)!;
        assert.ok(table.includes(`<summary>${long.facts.length} facts</summary>`), 'a long list reads "N facts"');
        assert.match(html, /table \{[^}]*table-layout: fixed/);
    });

    it('draws one readable chart per target: years, axis titles, a labelled goal, every point with value and date, the as-of date', async () => {
        const summary = await londonSummary();
        const target = summary.targets.find((entry) => entry.history.length >= 2 && entry.baseline && entry.goal !== undefined)!;
        const chart = renderTargetChart(target, summary.asOf);
        const years = [...chart.matchAll(/<text class="tick"[^>]*text-anchor="middle">(\d{4})<\/text>/g)].map((match) => Number(match[1]));
        const first = Number(target.baseline!.date.slice(0, 4));
        assert.ok(years.length >= 5 && years[0] === first, `year ticks ${years.join(', ')}`);
        assert.deepEqual(years, years.map((_, index) => years[0]! + index * (years[1]! - years[0]!)), 'evenly spaced');
        assert.ok(chart.includes('>Year</text>'), 'time axis title');
        assert.match(chart, /class="axis-title" transform="[^"]*rotate\(-90\)"[^>]*>[^<]+<\/text>/);
        assert.ok(chart.includes(`Goal ${target.valueKind === 'percent' ? `${target.goal}%` : ''}`) || chart.includes('>Goal '), 'goal label');
        assert.ok(chart.includes(`As of ${summary.asOf}`));
        for (const point of target.history) {
            assert.match(chart, new RegExp(`<title>[^<]* on ${point.date}</title>`), `tooltip for ${point.date}`);
            assert.ok(chart.includes(` on ${point.date}`), `printed evidence ${point.date}`);
        }
        assert.ok(chart.includes('<span class="chart-note">Evidence: '), 'the evidence as text, for print');
        const html = renderSummaryHtml(summary);
        assert.equal((html.match(/<figure class="target-chart">/g) ?? []).length, summary.targets.filter((t) => t.history.length > 0 || (t.baseline && t.goal !== undefined && t.deadline)).length);
    });

    it('picks nice value ticks and yearly time ticks', () => {
        assert.deepEqual(niceTicks(13, 17.3, 5).ticks, [13, 14, 15, 16, 17, 18]);
        assert.deepEqual(niceTicks(0, 1_000_000, 5).ticks, [0, 200_000, 400_000, 600_000, 800_000, 1_000_000]);
        assert.deepEqual(yearTicks(dayNumber('2015-01-01'), dayNumber('2021-01-01')).map((tick) => tick.year), [2015, 2016, 2017, 2018, 2019, 2020, 2021]);
        assert.deepEqual(yearTicks(dayNumber('2000-01-01'), dayNumber('2030-01-01'), 8).map((tick) => tick.year), [2000, 2004, 2008, 2012, 2016, 2020, 2024, 2028]);
    });
});
