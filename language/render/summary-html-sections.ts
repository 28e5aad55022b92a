/**
 * The HTML summary's sections for conditions, targets, pilots, delegations and agreements. Each row carries its
 * own findings of `lhc check`, errors first, and links every fact, clause and finding to its source.
 */
import { inconclusiveNote, intervalText } from './evidence-html.js';
import type {
    AgreementSummary, ComplianceSummary, ConditionSummary, PilotSummary, TargetSummary
} from '../summary/summary-model.js';
import { findingsOf } from '../summary/row-findings.js';
import { escapeHtml as e } from './escape-html.js';
import { CONDITION_LABELS, DELEGATION_LABELS, PILOT_LABELS, STALE_LABEL, TARGET_LABELS, plural } from '../summary/status-labels.js';
import { formatGoal, formatValue } from './summary-labels.js';
import { badge, clauseName, clauseQuote, collapsedFacts, factList, named, period, rowFindings } from './summary-html-parts.js';
import { renderTargetChart } from './target-chart.js';
import { headlineHtml, heldByHtml } from './summary-headline.js';

const SEVERITY_ARTICLE = { error: 'an error', warning: 'a warning', info: 'a note' } as const;

export function conditionsHtml(summary: ComplianceSummary): string {
    const list = summary.conditions;
    if (list.length === 0) return '<p class="none">The agreements declare no conditions.</p>';
    const order = { fail: 0, waived: 1, 'nothing-to-judge': 2, pass: 3 } as const;
    return [...list].sort((a, b) => order[a.status] - order[b.status]).map((condition) => conditionHtml(condition, summary)).join('\n');
}

function conditionHtml(condition: ConditionSummary, summary: ComplianceSummary): string {
    const open = condition.violations.filter((violation) => !violation.waivedBy);
    const waived = condition.violations.filter((violation) => violation.waivedBy);
    const violations = [...open, ...waived].map((violation) => {
        const waiver = violation.waivedBy;
        const how = waiver
            ? ` <span class="waiver">${badge(CONDITION_LABELS.waived)} ${e(waiver.reason ?? 'no reason given')}` +
              `${waiver.approver ? `, approved by ${named(waiver.approver)}` : ''}${waiver.expiry ? `, until ${e(waiver.expiry)}` : ''}</span>`
            : '';
        return `<li>${named(violation.subject)}: ${e(violation.why ?? violation.message)}${how}</li>`;
    }).join('');
    return `<article class="item condition tone-border-${CONDITION_LABELS[condition.status].tone}">
<header>${badge(CONDITION_LABELS[condition.status])} <h3>${named({ ...condition, title: condition.title ?? condition.name })}</h3> <code>${e(condition.id)}</code> <span class="severity">reported as ${SEVERITY_ARTICLE[condition.severity]} when it fails</span></header>
${condition.clause ? clauseQuote(condition.clause) : ''}
${violations ? `<ul class="violations">${violations}</ul>` : ''}
${rowFindings(findingsOf(summary.findings, condition))}
<div class="checked"><strong>Checked:</strong> ${collapsedFacts(condition.checked, 6)}</div>
</article>`;
}

/** A target's value for the progress boxes; a plain number's unit is shown once, under the metric. */
function value(target: TargetSummary, amount: number | undefined): string {
    return amount === undefined ? '—' : e(formatValue(amount, target.valueKind));
}

export function targetsHtml(summary: ComplianceSummary): string {
    if (summary.targets.length === 0) return '<p class="none">No targets are declared.</p>';
    const order = { 'missed': 0, 'at-risk': 1, 'inconclusive': 2, 'no-evidence': 3, 'on-track': 4, 'met': 5 } as const;
    const sorted = [...summary.targets].sort((a, b) => order[a.status] - order[b.status]);
    return `<div class="targets">${sorted.map((target) => targetHtml(target, summary)).join('\n')}</div>`;
}

function targetHtml(target: TargetSummary, summary: ComplianceSummary): string {
    const chart = renderTargetChart(target, summary.asOf);
    const missing = target.missing.length > 0 ? `<p class="note">Cannot be judged: no ${e(target.missing.join(' and no '))} is given.</p>` : '';
    const expected = target.expectedAtLatest !== undefined && target.latest && target.status !== 'met'
        ? `<p class="note">On ${e(target.latest.date)} the straight line to the goal expected ${value(target, target.expectedAtLatest)}${target.unit && target.valueKind === 'number' ? ` ${e(target.unit)}` : ''}.</p>` : '';
    return `<article class="item target tone-border-${TARGET_LABELS[target.status].tone}">
<header>${badge(TARGET_LABELS[target.status])}${target.stale ? ` ${badge(STALE_LABEL)}` : ''} <h3>${named({ ...target, title: target.title ?? target.name })}</h3></header>
<p class="aspiration">${named(target.aspiration)}${target.metric ? ` · ${e(target.metric)}` : ''}${target.unit && target.valueKind === 'number' ? ` <span class="unit">(in ${e(target.unit)})</span>` : ''}${target.clause ? ` · ${clauseName(target.clause)}` : ''}</p>
<dl class="progress">
<div><dt>Baseline</dt><dd>${target.baseline ? `${value(target, target.baseline.value)} <small>${e(target.baseline.date)}</small>` : '—'}</dd></div>
<div><dt>Latest evidence</dt><dd>${target.latest ? `${value(target, target.latest.value)}${e(intervalText(target, target.latest))} <small>${e(target.latest.date)}${target.latest.source ? ` · ${e(target.latest.source)}` : ''}</small>` : 'none'}</dd></div>
<div><dt>Goal</dt><dd>${e(formatGoal(target))}${target.deadline ? ` <small>by ${e(target.deadline)}</small>` : ''}</dd></div>
</dl>
${expected}${missing}${inconclusiveNote(target)}
${rowFindings(findingsOf(summary.findings, target))}
${chart}
</article>`;
}

export function pilotsHtml(summary: ComplianceSummary): string {
    const list: readonly PilotSummary[] = summary.pilots;
    if (list.length === 0) return '<p class="none">No pilots are declared.</p>';
    const rows = list.map((pilot) => `<tr>
<td>${badge(PILOT_LABELS[pilot.status])}</td>
<th scope="row">${named({ ...pilot, title: pilot.title ?? pilot.name })}${pilot.aims.length ? `<ul class="aims">${pilot.aims.map((aim) => `<li>${e(aim)}</li>`).join('')}</ul>` : ''}${rowFindings(findingsOf(summary.findings, pilot))}</th>
<td>${collapsedFacts(pilot.areas, 4, 'area')}</td>
<td>${collapsedFacts(pilot.leads, 4, 'lead')}</td>
<td>${pilot.partners.length === 0 ? '<span class="none">none</span>' : collapsedFacts(pilot.partners, 4, 'partner')}</td>
<td class="dates">${period(pilot.start, pilot.end)}${pilot.plansBy ? `<br><small>plans by ${e(pilot.plansBy)}</small>` : ''}</td>
</tr>`).join('');
    return `<table class="pilots"><colgroup><col class="w-status"><col class="w-wide"><col><col><col><col class="w-dates"></colgroup>` +
        `<thead><tr><th scope="col">Status</th><th scope="col">Pilot</th><th scope="col">Areas</th><th scope="col">Leads</th><th scope="col">Partners</th><th scope="col">Dates</th></tr></thead><tbody>${rows}</tbody></table>`;
}

export function delegationsHtml(summary: ComplianceSummary): string {
    const order = { 'in-force': 0, 'not-yet': 1, 'ended': 2, 'void': 3 } as const;
    const sorted = [...summary.delegations].sort((a, b) => order[a.status] - order[b.status]);
    const delegationTable = sorted.length === 0 ? '<p class="none">No delegations are declared.</p>' : `<table class="delegations"><colgroup><col class="w-status"><col class="w-wide"><col><col><col class="w-dates"><col></colgroup>` +
        `<thead><tr><th scope="col">Status</th><th scope="col">Power</th><th scope="col">From</th><th scope="col">To</th><th scope="col">Period</th><th scope="col">Clause</th></tr></thead><tbody>${sorted.map((delegation) => `<tr>
<td>${badge(DELEGATION_LABELS[delegation.status])}</td>
<th scope="row">${named(delegation.power)} <small>(${e(delegation.kind)})</small>${rowFindings(findingsOf(summary.findings, delegation))}</th>
<td>${named(delegation.from)}</td><td>${named(delegation.to)}${heldByHtml(delegation)}</td>
<td class="dates">${period(delegation.start, delegation.end)}</td>
<td>${clauseName(delegation.clause)}</td>
</tr>`).join('')}</tbody></table>`;
    const powers = summary.powers.length === 0 ? '' : `<h3>Powers and who holds them</h3><ul class="powers">${summary.powers.map((power) =>
        `<li>${named(power)}: ${factList(power.holders, 'none')}${power.since ? ` <small>since ${e(power.since)}</small>` : ''}</li>`).join('')}</ul>`;
    return delegationTable + powers;
}

export function agreementsHtml(summary: ComplianceSummary): string {
    const list: readonly AgreementSummary[] = summary.agreements;
    if (list.length === 0) return '<p class="none">No agreements are declared.</p>';
    return list.map((agreement) => `<article class="item agreement">
<header><h3>${named({ ...agreement, title: agreement.title ?? agreement.name })}</h3> <span class="kind">${agreement.kind === 'mou' ? 'Memorandum of understanding' : 'Agreement'}</span></header>
<p>${agreement.signed ? `Signed <strong>${e(agreement.signed)}</strong>` : '<strong>Not signed</strong>'}${agreement.relations.map((relation) => ` · ${e(relation.kind)} ${e(relation.target)}`).join('')}${agreement.documentSource ? ` · source: ${e(agreement.documentSource)}` : ''}</p>
<p><strong>${e(plural(agreement.signatories.length, 'signatory', 'signatories'))}:</strong> ${factList(agreement.signatories, 'none')}</p>
${headlineHtml(agreement.headline)}
${agreement.clauses.length ? `<details class="clauses"><summary>${e(plural(agreement.clauses.length, 'clause'))}</summary>${agreement.clauses.map((clause) => clauseQuote(clause)).join('')}</details>` : ''}
</article>`).join('\n');
}
