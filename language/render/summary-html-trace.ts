/**
 * The HTML summary's traceability matrix, its list of problems and its "changes since" section. The matrix is
 * laid out to read at A4 portrait and in a 500 px pane: fixed column widths, the result right next to the
 * clause, long fact lists collapsed to "N facts"; below 40rem every row becomes a block (see the styles).
 */
import { dataChangesHtml } from './data-changes.js';
import type { ChangeImpact, ViolationRef } from '../summary/change-impact.js';
import type { ComplianceSummary, FactRef } from '../summary/summary-model.js';
import { escapeHtml as e } from './escape-html.js';
import { COMMITMENT_LABELS, CONDITION_LABELS, STALE_LABEL, TARGET_LABELS, TRACE_LABELS, plural, type StatusLabel } from '../summary/status-labels.js';
import { SEVERITY_LABELS, WAIVED_LABEL, badge, clauseName, collapsedFacts, findingWhere, named, sourceAttributes } from './summary-html-parts.js';

/** The matrix's column headings, in order; the print test looks for each of them in the PDF. */
export const TRACE_COLUMNS = ['Clause', 'Result', 'Enforced by', 'Facts'] as const;

export function traceabilityHtml(summary: ComplianceSummary): string {
    if (summary.traceability.length === 0) return '<p class="none">No clauses are quoted.</p>';
    const conditionsById = new Map(summary.conditions.map((condition) => [condition.id, condition]));
    const rows = summary.traceability.map((row) => {
        const enforcedBy = [
            ...row.conditions.map((condition) => `${badge(CONDITION_LABELS[condition.status], 'small')} ${named(conditionsById.get(condition.id) ?? { type: 'Condition', id: condition.id, name: condition.name })}`),
            ...row.checks.map((check) => `<code>${e(check.ruleId)}</code> ${e(plural(check.findings, 'finding'))}${check.waived ? ` (+${e(check.waived)} waived)` : ''}`)
        ];
        return `<tr>
<th scope="row" data-label="${TRACE_COLUMNS[0]}">${clauseName(row.clause)}<br><small class="clause-text">${e(truncate(row.clause.text, 160))}</small></th>
<td data-label="${TRACE_COLUMNS[1]}" class="result">${badge(TRACE_LABELS[row.result])}</td>
<td data-label="${TRACE_COLUMNS[2]}">${enforcedBy.map((entry) => `<div>${entry}</div>`).join('') || '<span class="none">nothing</span>'}</td>
<td data-label="${TRACE_COLUMNS[3]}">${collapsedFacts(row.facts, 2)}</td>
</tr>`;
    }).join('');
    return `<table class="trace"><colgroup><col class="w-clause"><col class="w-result"><col class="w-enforced"><col class="w-facts"></colgroup>` +
        `<thead><tr>${TRACE_COLUMNS.map((column) => `<th scope="col">${column}</th>`).join('')}</tr></thead><tbody>${rows}</tbody></table>`;
}

function truncate(text: string | undefined, length: number): string {
    if (text === undefined) return '';
    return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

/** Every finding of `lhc check`: errors, then warnings, then notes, then waived (the model's order). */
export function findingsHtml(summary: ComplianceSummary): string {
    if (summary.findings.length === 0) return '<p>No problems found.</p>';
    const row = (finding: ComplianceSummary['findings'][number]) => `<tr>
<td data-label="Severity">${finding.waived ? badge(WAIVED_LABEL) : badge(SEVERITY_LABELS[finding.severity])}</td>
<td data-label="Rule"><code>${e(finding.ruleId)}</code></td>
<td data-label="Message"><span class="src"${sourceAttributes(finding.location, finding.ruleId)}>${e(finding.message)}</span>${finding.subject ? `<br><small>on ${named(finding.subject)}</small>` : ''}${finding.waived ? `<br><small>waived: ${e(finding.waived.reason)}</small>` : ''}</td>
<td data-label="Where">${findingWhere(finding)}</td>
</tr>`;
    return `<table class="findings"><colgroup><col class="w-status"><col class="w-rule"><col class="w-wide"><col class="w-where"></colgroup>` +
        `<thead><tr><th scope="col">Severity</th><th scope="col">Rule</th><th scope="col">Message</th><th scope="col">Where</th></tr></thead><tbody>${summary.findings.map(row).join('')}</tbody></table>`;
}

function violationItem(violation: ViolationRef): string {
    return `<li>${badge(SEVERITY_LABELS[violation.severity])} <code>${e(violation.ruleId)}</code> ${violation.subject ? `${named(violation.subject)}: ` : ''}` +
        `<span class="src"${sourceAttributes(violation.location, violation.ruleId)}>${e(violation.message)}</span></li>`;
}

export function changesHtml(impact: ChangeImpact): string {
    const { added, removed, changed } = impact.declarations;
    const facts = (heading: string, refs: readonly FactRef[]) =>
        refs.length === 0 ? '' : `<p><strong>${e(heading)}:</strong> ${refs.map((ref) => `${named(ref)} <small>(${e(ref.type)})</small>`).join(', ')}</p>`;
    const moved = (before: StatusLabel | undefined, after: StatusLabel | undefined) =>
        `${before ? badge(before) : '<span class="none">new</span>'} → ${after ? badge(after) : '<span class="none">removed</span>'}`;
    return [
        `<p>${e(plural(added.length, 'declaration'))} added, ${e(removed.length)} removed, ${e(changed.length)} changed; ` +
        `<strong>${e(plural(impact.violations.introduced.length, 'new violation'))}</strong>, ${e(plural(impact.violations.fixed.length, 'fixed violation'))}.</p>`,
        facts('Added', added), facts('Removed', removed), facts('Changed', changed),
        impact.violations.introduced.length ? `<h3>New violations</h3><ul>${impact.violations.introduced.map(violationItem).join('')}</ul>` : '',
        impact.violations.fixed.length ? `<h3>Fixed</h3><ul>${impact.violations.fixed.map(violationItem).join('')}</ul>` : '',
        impact.targets.length ? `<h3>Targets whose status moved</h3><ul>${impact.targets.map((target) =>
            `<li>${e(target.title ?? target.name)}: ${moved(target.before && TARGET_LABELS[target.before], target.after && TARGET_LABELS[target.after])}${target.staleAfter ? ` ${badge(STALE_LABEL)}` : ''}</li>`).join('')}</ul>` : '',
        (impact.commitments ?? []).length ? `<h3>Commitments whose status moved</h3><ul>${impact.commitments.map((commitment) =>
            `<li>${e(commitment.title ?? commitment.name)}: ${moved(commitment.before && COMMITMENT_LABELS[commitment.before], commitment.after && COMMITMENT_LABELS[commitment.after])}</li>`).join('')}</ul>` : '',
        impact.conditions.length ? `<h3>Conditions whose result moved</h3><ul>${impact.conditions.map((condition) =>
            `<li>${e(condition.title ?? condition.name)}: ${moved(condition.before && CONDITION_LABELS[condition.before], condition.after && CONDITION_LABELS[condition.after])}</li>`).join('')}</ul>` : '',
        dataChangesHtml(impact.dataFiles ?? [])
    ].join('');
}
