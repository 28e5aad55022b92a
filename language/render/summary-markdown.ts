import type { ChangeImpact, ViolationRef } from '../summary/change-impact.js';
import { intervalText } from './evidence-html.js';
import { dataChangesMarkdown } from './data-changes.js';
import type { ComplianceSummary, FactRef, FindingSummary, PartyRef, TargetSummary } from '../summary/summary-model.js';
import { findingsOf } from '../summary/row-findings.js';
import { headlineMarkdown, heldByMarkdown } from './summary-headline.js';
import { commitmentSection } from './summary-markdown-commitments.js';
import { printableLines } from './printable.js';
import { escapeMarkdown, markdownCodeSpan } from './escape-markdown.js';
import {
    COMMITMENT_LABELS, CONDITION_LABELS, DELEGATION_LABELS, PILOT_LABELS, STALE_LABEL, TARGET_LABELS, TRACE_LABELS, labelText, plural
} from '../summary/status-labels.js';
import { formatGoal, formatValue } from './summary-labels.js';

/** GitHub refuses comments longer than 65,536 characters; stay well below with room for a footer. */
export const MARKDOWN_LIMIT = 60_000;

const name = (ref: FactRef | undefined) => (ref ? escapeMarkdown(ref.title ?? ref.name) : '—');
const names = (refs: readonly FactRef[], limit = 6) => {
    if (refs.length === 0) return '—';
    const shown = refs.slice(0, limit).map((ref) => name(ref)).join(', ');
    return refs.length > limit ? `${shown} and ${refs.length - limit} more` : shown;
};
const dates = (from?: string, to?: string) => (from || to ? `${from ?? '…'} → ${to ?? 'open'}` : '—');

function table(header: readonly string[], rows: readonly string[][]): string[] {
    return [
        `| ${header.join(' | ')} |`,
        `|${header.map(() => '---').join('|')}|`,
        ...rows.map((row) => `| ${row.join(' | ')} |`)
    ];
}

function headline(summary: ComplianceSummary): string[] {
    const { verdict, totals } = summary;
    const concerns = verdict.concerns.map((concern) =>
        `| ${concern.label} | ${concern.symbol} ${concern.word} | ${concern.count} of ${concern.total} | ${escapeMarkdown(concern.phrase)} |`);
    return [
        `## Compliance summary as of ${summary.asOf}`,
        '',
        `${verdict.symbol} **${verdict.word}**: ${escapeMarkdown(verdict.line)}`,
        '',
        ...table(['Concern', 'Verdict', 'Count', 'In full'], []), ...concerns,
        '',
        `${plural(totals.agreements, 'agreement')} with ${plural(totals.signatories, 'signatory', 'signatories')}; ` +
        `${plural(totals.findings.errors, 'error')}, ${plural(totals.findings.warnings, 'warning')}` +
        (totals.findings.waived ? `, ${totals.findings.waived} waived` : '') + ' found by `lhc check`.'
    ];
}

/** A row's own findings for a table cell: errors first, at most three, then how many more. */
function rowFindingsCell(findings: readonly FindingSummary[]): string {
    const open = findings.filter((finding) => !finding.waived && finding.severity !== 'info');
    if (open.length === 0) return '';
    const shown = open.slice(0, 3).map((finding) => `${finding.severity === 'error' ? '✖' : '⚠'} ${markdownCodeSpan(finding.ruleId)} ${escapeMarkdown(finding.message)}`);
    return `<br>${[...shown, ...(open.length > 3 ? [`and ${open.length - 3} more`] : [])].join('<br>')}`;
}

function conditionSection(summary: ComplianceSummary): string[] {
    if (summary.conditions.length === 0) return [];
    const rows = summary.conditions.map((condition) => {
        const open = condition.violations.filter((violation) => !violation.waivedBy);
        const waived = condition.violations.filter((violation) => violation.waivedBy);
        const why = [
            ...open.slice(0, 3).map((violation) => `${name(violation.subject)}: ${escapeMarkdown(violation.why ?? violation.message)}`),
            ...(open.length > 3 ? [`and ${open.length - 3} more`] : []),
            ...waived.slice(0, 2).map((violation) => `${name(violation.subject)} waived: ${escapeMarkdown(violation.waivedBy?.reason ?? 'no reason given')}`)
        ].join('<br>') || `${plural(condition.checked.length, 'fact')} checked`;
        const own = rowFindingsCell(findingsOf(summary.findings, condition));
        return [
            labelText(CONDITION_LABELS[condition.status]),
            `**${escapeMarkdown(condition.title ?? condition.name)}** ${markdownCodeSpan(condition.id)}`,
            condition.clause ? `${escapeMarkdown(condition.clause.agreement ? `${condition.clause.agreement}.` : '')}${escapeMarkdown(condition.clause.name)}` : '—',
            why + own
        ];
    });
    return ['', '### Conditions', '', ...table(['Status', 'Condition', 'Clause', 'Facts behind it'], rows)];
}

function targetValue(target: TargetSummary, value: number | undefined): string {
    return value === undefined ? '—' : formatValue(value, target.valueKind, target.unit);
}

/** `<br>from data/phof.csv row 7`, for a latest figure drawn from a dataset. */
function sourceNote(target: TargetSummary): string {
    const provenance = target.latest?.provenance;
    return provenance ? `<br>${escapeMarkdown(`${provenance.file} row ${provenance.row}`)}` : '';
}

function targetSection(summary: ComplianceSummary): string[] {
    if (summary.targets.length === 0) return [];
    const rows = summary.targets.map((target) => [
        labelText(TARGET_LABELS[target.status]) + (target.stale ? `<br>${labelText(STALE_LABEL)}` : ''),
        `**${escapeMarkdown(target.title ?? target.name)}**<br>${escapeMarkdown(target.aspiration.title ?? target.aspiration.name)}${rowFindingsCell(findingsOf(summary.findings, target))}`,
        target.baseline ? `${targetValue(target, target.baseline.value)} (${target.baseline.date})` : '—',
        target.latest ? `${targetValue(target, target.latest.value)}${intervalText(target, target.latest)} (${target.latest.date})${sourceNote(target)}` : '—',
        escapeMarkdown(formatGoal(target)) + (target.deadline ? ` by ${target.deadline}` : '')
    ]);
    return ['', '### Targets', '', ...table(['Status', 'Target', 'Baseline', 'Latest evidence', 'Goal'], rows)];
}

function pilotSection(summary: ComplianceSummary): string[] {
    if (summary.pilots.length === 0) return [];
    const rows = summary.pilots.map((pilot) => [
        labelText(PILOT_LABELS[pilot.status]),
        `**${escapeMarkdown(pilot.title ?? pilot.name)}**${rowFindingsCell(findingsOf(summary.findings, pilot))}`,
        names(pilot.areas),
        names(pilot.leads as PartyRef[]),
        pilot.partners.length === 0 ? 'none' : names(pilot.partners as PartyRef[]),
        dates(pilot.start, pilot.end)
    ]);
    return ['', '### Pilots', '', ...table(['Status', 'Pilot', 'Areas', 'Leads', 'Partners', 'Dates'], rows)];
}

function delegationSection(summary: ComplianceSummary): string[] {
    if (summary.delegations.length === 0) return [];
    const rows = summary.delegations.map((delegation) => [
        labelText(DELEGATION_LABELS[delegation.status]),
        name(delegation.power),
        `${name(delegation.from)} ${delegation.kind} to ${name(delegation.to)}${heldByMarkdown(delegation, name)}`,
        dates(delegation.start, delegation.end),
        delegation.clause ? escapeMarkdown(delegation.clause.name) : '—'
    ]);
    return ['', '### Powers and delegations', '', ...table(['Status', 'Power', 'Who', 'Period', 'Clause'], rows)];
}

function agreementSection(summary: ComplianceSummary): string[] {
    if (summary.agreements.length === 0) return [];
    const lines = summary.agreements.map((agreement) => {
        const signed = agreement.signed ? `signed ${agreement.signed}` : 'not signed';
        return `- **${escapeMarkdown(agreement.title ?? agreement.name)}** (${signed}): ${names(agreement.signatories, 12)}${headlineMarkdown(agreement.headline, name, escapeMarkdown)}`;
    });
    return ['', '### Agreements and signatories', '', ...lines];
}

function traceSection(summary: ComplianceSummary): string[] {
    if (summary.traceability.length === 0) return [];
    const rows = summary.traceability.map((row) => [
        `${escapeMarkdown(row.clause.agreement ? `${row.clause.agreement}.` : '')}${escapeMarkdown(row.clause.name)}`,
        labelText(TRACE_LABELS[row.result]),
        [...row.conditions.map((condition) => `${CONDITION_LABELS[condition.status].symbol} ${escapeMarkdown(condition.name)}`),
            ...row.checks.map((check) => `${escapeMarkdown(check.ruleId)} (${check.findings})`)].join(', ') || '—',
        row.facts.length > 4 ? `${row.facts.length} facts` : names(row.facts, 4)
    ]);
    return [
        '', '<details><summary>Traceability: clause → result → conditions and checks → facts</summary>', '',
        ...table(['Clause', 'Result', 'Enforced by', 'Facts'], rows), '', '</details>'
    ];
}

function findingLine(violation: { ruleId: string; severity: string; message: string; location?: { file: string; line: number } }): string {
    const where = violation.location ? `${markdownCodeSpan(`${violation.location.file}:${violation.location.line}`)} ` : '';
    return `- ${where}${violation.severity} ${markdownCodeSpan(violation.ruleId)}: ${escapeMarkdown(violation.message)}`;
}

function findingSection(summary: ComplianceSummary, limit: number): string[] {
    const open = summary.findings.filter((finding) => !finding.waived && finding.severity !== 'info');
    if (open.length === 0) return [];
    const shown = open.slice(0, limit).map((finding) => findingLine({ ...finding, location: finding.location }));
    const more = open.length > limit ? [`- …and ${open.length - limit} more (run \`lhc check\` for all)`] : [];
    const errors = open.filter((finding) => finding.severity === 'error').length;
    // Errors are open on the page; warnings alone fold away.
    return ['', `<details${errors > 0 ? ' open' : ''}><summary>${plural(errors, 'error')} and ${plural(open.length - errors, 'warning')} found by lhc check</summary>`, '', ...shown, ...more, '', '</details>'];
}

function changeSection(changes: ChangeImpact | undefined): string[] {
    if (!changes) return [];
    const violationLines = (list: readonly ViolationRef[]) => [
        ...list.slice(0, 20).map(findingLine), ...(list.length > 20 ? [`- …and ${list.length - 20} more`] : [])
    ];
    const { added, removed, changed } = changes.declarations;
    const lines = [
        '', `### Changes since ${escapeMarkdown(changes.since)}`, '',
        `- Declarations: ${added.length} added, ${removed.length} removed, ${changed.length} changed` +
        (added.length + removed.length + changed.length > 0
            ? ` (${firstOf([...added.map((ref) => `+${name(ref)}`), ...removed.map((ref) => `−${name(ref)}`), ...changed.map((ref) => `~${name(ref)}`)], 15)})`
            : ''),
        `- ${plural(changes.violations.introduced.length, 'new violation')}, ${plural(changes.violations.fixed.length, 'fixed violation')}`
    ];
    if (changes.violations.introduced.length > 0) lines.push('', '**New violations**', '', ...violationLines(changes.violations.introduced));
    if (changes.violations.fixed.length > 0) lines.push('', '**Fixed**', '', ...violationLines(changes.violations.fixed));
    if (changes.targets.length > 0) {
        lines.push('', '**Targets whose status moved**', '', ...changes.targets.slice(0, 30).map((target) =>
            `- ${escapeMarkdown(target.title ?? target.name)}: ${target.before ? labelText(TARGET_LABELS[target.before]) : 'new'} → ` +
            `${target.after ? labelText(TARGET_LABELS[target.after]) : 'removed'}${target.staleAfter ? ` (${STALE_LABEL.word.toLowerCase()})` : ''}`),
        ...(changes.targets.length > 30 ? [`- …and ${changes.targets.length - 30} more`] : []));
    }
    if ((changes.commitments ?? []).length > 0) {
        lines.push('', '**Commitments whose status moved**', '', ...changes.commitments.slice(0, 30).map((commitment) =>
            `- ${escapeMarkdown(commitment.title ?? commitment.name)}: ${commitment.before ? labelText(COMMITMENT_LABELS[commitment.before]) : 'new'} → ` +
            `${commitment.after ? labelText(COMMITMENT_LABELS[commitment.after]) : 'removed'}`),
        ...(changes.commitments.length > 30 ? [`- …and ${changes.commitments.length - 30} more`] : []));
    }
    if (changes.conditions.length > 0) {
        lines.push('', '**Conditions whose result moved**', '', ...changes.conditions.slice(0, 30).map((condition) =>
            `- ${escapeMarkdown(condition.title ?? condition.name)}: ${condition.before ? labelText(CONDITION_LABELS[condition.before]) : 'new'} → ` +
            `${condition.after ? labelText(CONDITION_LABELS[condition.after]) : 'removed'}`),
        ...(changes.conditions.length > 30 ? [`- …and ${changes.conditions.length - 30} more`] : []));
    }
    lines.push(...dataChangesMarkdown(changes.dataFiles ?? []));
    return lines;
}

/**
 * The summary as GitHub-flavoured Markdown, for a pull-request comment or `$GITHUB_STEP_SUMMARY`. Long
 * lists are cut down until the whole fits in `MARKDOWN_LIMIT` characters.
 */
export function renderSummaryMarkdown(summary: ComplianceSummary): string {
    for (const limit of [100, 25, 0]) {
        const lines = [
            ...headline(summary),
            ...changeSection(summary.changes),
            ...conditionSection(summary),
            ...commitmentSection(summary, limit),
            ...targetSection(summary),
            ...pilotSection(summary),
            ...delegationSection(summary),
            ...agreementSection(summary),
            ...(limit > 0 ? traceSection(summary) : []),
            ...findingSection(summary, limit),
            '',
            `<sub>Generated by lhc from ${plural(summary.files.length, 'file')}; evidence older than ${plural(summary.staleAfterDays, 'day')} is stale.</sub>`
        ].join('\n') + '\n';
        // Each user string was escaped where it was placed; the whole is swept too, so no control character slips by.
        const text = printableLines(lines);
        if (text.length <= MARKDOWN_LIMIT || limit === 0) return text.length <= MARKDOWN_LIMIT ? text : cutToFit(text);
    }
    return '';
}

/** Up to `count` items joined by commas, then how many more there are: a list cut short says so. */
function firstOf(items: readonly string[], count: number): string {
    return items.slice(0, count).join(', ') + (items.length > count ? `, and ${items.length - count} more` : '');
}

/**
 * A summary too long even with its lists cut down, cut to `MARKDOWN_LIMIT` characters at a line end, saying from
 * which section on, and how many lines, were left out (the HTML and JSON summaries have everything).
 */
function cutToFit(text: string): string {
    const room = MARKDOWN_LIMIT - 200;
    const end = text.lastIndexOf('\n', room) + 1 || room;
    const kept = text.slice(0, end);
    const section = [...kept.matchAll(/^#{2,3} (.+)$/gm)].at(-1)?.[1];
    const left = text.slice(end).split('\n').filter(Boolean).length;
    return `${kept}\n…(summary cut to fit: ${left} more line${left === 1 ? '' : 's'}${section ? ` from the section "${section}" on` : ''} left out; the HTML and JSON summaries have everything)\n`;
}
