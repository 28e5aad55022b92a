import type { ComplianceSummary } from '../summary/summary-model.js';
import type { ConcernVerdict, SummaryVerdict } from '../summary/verdict.js';
import { escapeHtml as e } from './escape-html.js';
import { plural } from '../summary/status-labels.js';

/**
 * The headline of the HTML summary: the overall verdict with the board's one line (every concern named, never a
 * lone "compliant"), then one card per concern with its symbol, word, count and every non-zero status.
 */
export function verdictHtml(summary: ComplianceSummary): string {
    const verdict = summary.verdict;
    return `<div class="verdict tone-${verdict.tone}" role="status" aria-label="Verdict">
<p class="verdict-word"><span class="symbol" aria-hidden="true">${verdict.symbol}</span> <strong>${e(verdict.word)}</strong></p>
<p class="verdict-line">${verdictLineHtml(verdict)}</p>
</div>
<div class="glance" aria-label="Verdict by concern">${verdict.concerns.map(concernCard).join('')}${agreementsCard(summary)}</div>`;
}

function verdictLineHtml(verdict: SummaryVerdict): string {
    return verdict.concerns.map((concern) =>
        `<span class="concern-line"><strong>${e(concern.label)}:</strong> ${e(concern.phrase)}</span>`).join('<span class="sep" aria-hidden="true"> · </span>');
}

function concernCard(concern: ConcernVerdict): string {
    const rows = concern.counts.map((entry) =>
        `<li><span>${e(entry.word)}${entry.stale ? ` <small class="stale">(${e(entry.stale)} on stale evidence)</small>` : ''}</span> <span class="count">${e(entry.count)}</span></li>`).join('');
    const findings = concern.findings.errors + concern.findings.warnings > 0
        ? `<li class="card-findings"><span>${e([concern.findings.errors ? plural(concern.findings.errors, 'error') : '', concern.findings.warnings ? plural(concern.findings.warnings, 'warning') : ''].filter(Boolean).join(', '))} found</span> <a href="#${e(concern.concern)}">details</a></li>`
        : '';
    // Apart from the counts, which add up to the total: what had nothing to judge is neither passing nor failing.
    const unjudged = concern.nothingToJudge > 0
        ? `<li class="nothing-to-judge"><span>with nothing to judge <small>(not counted)</small></span> <span class="count">${e(concern.nothingToJudge)}</span></li>`
        : '';
    return `<div class="card concern tone-border-${concern.tone}" data-concern="${e(concern.concern)}">
<h3>${e(concern.label)}</h3>
<p class="big"><span class="status tone-${concern.tone}"><span class="symbol" aria-hidden="true">${concern.symbol}</span> ${e(concern.word)}</span> <span class="count">${e(concern.count)}</span><small> of ${e(concern.total)}</small></p>
<ul>${rows}${unjudged}${findings}</ul></div>`;
}

function agreementsCard(summary: ComplianceSummary): string {
    return `<div class="card"><h3>Agreements</h3><p class="big">${e(plural(summary.totals.agreements, 'agreement'))}</p>` +
        `<ul><li><span>${e(plural(summary.totals.signatories, 'signatory', 'signatories'))}</span></li><li><span>${e(plural(summary.files.length, 'file'))}</span></li></ul></div>`;
}
