import { dayNumber, firstDayOfYear, yearOf, yearText } from '../model/dates.js';
import { yearTicks } from './chart-scales.js';
import type { CommitmentSummary, HolderRef } from '../summary/commitment-summary.js';
import type { ComplianceSummary } from '../summary/summary-model.js';
import { COMMITMENT_LABELS, plural } from '../summary/status-labels.js';
import { escapeHtml as e } from './escape-html.js';
import { badge, named } from './summary-html-parts.js';
import { dueText } from './summary-markdown-commitments.js';

const STYLES = `<style>
.commitments td.what { min-width: 14rem; }
.commitments .evidence.none { color: var(--muted); font-style: italic; }
.timeline { width: 100%; height: auto; max-width: 60rem; margin: .5rem 0 1rem; }
.timeline text { font: 11px system-ui, sans-serif; fill: currentColor; }
.timeline .axis { stroke: var(--line, #999); }
.timeline .today { stroke: var(--bad, #b00); stroke-dasharray: 4 3; }
.timeline .dot-good { fill: var(--good, #070); } .timeline .dot-bad { fill: var(--bad, #b00); }
.timeline .dot-warn { fill: var(--warn, #a60); } .timeline .dot-progress { fill: var(--progress, #05a); }
.timeline .dot-neutral { fill: var(--neutral, #666); }
</style>`;

/** Who owes it: as of the date (a successor says whose promise it inherited), else its holders as written. */
function holderCells(c: CommitmentSummary): string {
    const who = (c.heldBy ?? c.holders).map((holder: HolderRef) =>
        `${named(holder)}${holder.inheritedFrom ? ` <span class="kind">inherited from</span> ${holder.inheritedFrom.map((party) => named(party)).join(', ')}` : ''}`);
    return who.join(', ') || '—';
}

/** The Commitments section of the HTML summary: a timeline of due dates against the as-of date, then the table. */
export function commitmentsHtml(summary: ComplianceSummary): string {
    const commitments = summary.commitments ?? [];
    if (commitments.length === 0) return '<p class="none">No commitments are declared.</p>';
    const rows = commitments.map((c) => `<tr class="tone-border-${COMMITMENT_LABELS[c.status].tone}">
<td data-label="Holder">${holderCells(c)}${c.beneficiary ? ` <span class="kind">for</span> ${named(c.beneficiary)}` : ''}</td>
<td data-label="What" class="what">${named(c)}<br><span class="kind">${e(c.modalityWords)}</span> ${e(c.what)}</td>
<td data-label="Due">${e(dueText(c))}</td>
<td data-label="Status">${badge(COMMITMENT_LABELS[c.status])}<br><small>${e(c.reason)}</small></td>
<td data-label="Evidence">${c.evidence ? `<span class="evidence">${e(c.evidence)}</span>${c.evidenceSource ? ` <span class="kind">(${e(c.evidenceSource)})</span>` : ''}` : '<span class="evidence none">None</span>'}</td>
<td data-label="Clause">${c.clause ? named(c.clause) : '—'}</td>
</tr>`).join('\n');
    return `${STYLES}${timelineSvg(commitments, summary.asOf)}
<table class="commitments"><thead><tr><th>Holder</th><th>What</th><th>Due</th><th>Status</th><th>Evidence</th><th>Clause</th></tr></thead>
<tbody>${rows}</tbody></table>`;
}

/** How many dated commitments the timeline draws (one row each); the rest are counted under it. */
const TIMELINE_ROWS = 40;

/**
 * Each dated commitment as a dot on its due date, one row each, coloured and labelled by status, with a dashed
 * line at the as-of date: what fell due before "today" and what is still ahead. Undated ones are counted below.
 */
export function timelineSvg(commitments: readonly CommitmentSummary[], asOf: string): string {
    const allDated = commitments.filter((c) => c.due);
    const dated = allDated.slice(0, TIMELINE_ROWS);
    const undated = commitments.length - allDated.length;
    const hidden = allDated.length - dated.length;
    const note = (undated > 0 ? `<p class="kind">${e(undated)} commitment${undated === 1 ? ' has' : 's have'} no deadline and cannot be placed on the timeline.</p>` : '') +
        (hidden > 0 ? `<p class="kind">The timeline shows the first ${TIMELINE_ROWS} dated commitments; ${e(hidden)} more ${hidden === 1 ? 'is' : 'are'} listed in the table below.</p>` : '');
    if (dated.length === 0) return note;
    const days = [...dated.map((c) => dayNumber(c.due!)), dayNumber(asOf)].filter(Number.isFinite);
    const start = firstDayOfYear(yearOf(Math.min(...days)));
    const end = firstDayOfYear(yearOf(Math.max(...days)) + 1);
    const [left, right, top, row] = [250, 760, 24, 20];
    const x = (day: number) => left + (right - left) * (day - start) / (end - start);
    const height = top + row * dated.length + 10;
    const years = yearTicks(start, end, 40).map(({ day, year }) => {
        const at = x(day);
        return `<line class="axis" x1="${at.toFixed(1)}" y1="${top - 6}" x2="${at.toFixed(1)}" y2="${height - 6}"/><text x="${at.toFixed(1)}" y="12" text-anchor="middle">${yearText(year)}</text>`;
    }).join('');
    const marks = dated.map((c, index) => {
        const y = top + row * index + row / 2;
        const label = COMMITMENT_LABELS[c.status];
        const name = c.title ?? c.name;
        return `<text x="${left - 8}" y="${y + 4}" text-anchor="end">${e(name.length > 38 ? `${name.slice(0, 37)}…` : name)}</text>` +
            `<circle class="dot-${label.tone}" cx="${x(dayNumber(c.due!)).toFixed(1)}" cy="${y}" r="6"><title>${e(`${name}: ${dueText(c)} · ${label.word}`)}</title></circle>` +
            `<text x="${(x(dayNumber(c.due!)) + 10).toFixed(1)}" y="${y + 4}">${e(label.symbol)} ${e(label.word)}</text>`;
    }).join('');
    const today = x(dayNumber(asOf));
    return `<svg class="timeline" viewBox="0 0 ${right + 130} ${height}" role="img" aria-label="${e(`Due dates of ${plural(dated.length, 'commitment')} against ${asOf}`)}">
${years}<line class="today" x1="${today.toFixed(1)}" y1="${top - 10}" x2="${today.toFixed(1)}" y2="${height}"/><text x="${today.toFixed(1)}" y="${height}" text-anchor="middle">as of ${e(asOf)}</text>${marks}</svg>${note}`;
}
