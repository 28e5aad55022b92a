/**
 * Small pieces of the HTML summary shared by its sections: status badges, links to the source, fact lists that
 * collapse when long, clause quotes and a row's own findings. Every user string goes through `escapeHtml`.
 *
 * A link to the source is an element with `data-file` (relative to the summary's root) and `data-line`
 * (1-based) and the class `src`. The standalone page has no script, so it shows `file:line` as a tooltip; the
 * VS Code view makes every such element open the file at that line.
 */
import type { FactRef, FindingSummary, SourceRef } from '../summary/summary-model.js';
import { escapeHtml as e } from './escape-html.js';
import type { StatusLabel } from '../summary/status-labels.js';

export const SEVERITY_LABELS: Record<'error' | 'warning' | 'info', StatusLabel> = {
    error: { symbol: '✖', word: 'Error', tone: 'bad' },
    warning: { symbol: '⚠', word: 'Warning', tone: 'warn' },
    info: { symbol: 'ℹ', word: 'Note', tone: 'neutral' }
};

export const WAIVED_LABEL: StatusLabel = { symbol: '⊘', word: 'Waived', tone: 'warn' };

export function badge(label: StatusLabel, extraClass = ''): string {
    return `<span class="status tone-${label.tone}${extraClass ? ` ${extraClass}` : ''}"><span class="symbol" aria-hidden="true">${label.symbol}</span> ${e(label.word)}</span>`;
}

/** The attributes that make an element a link to a place in the source, or '' when the place is unknown. */
export function sourceAttributes(source: (SourceRef & { column?: number }) | undefined, description = ''): string {
    if (!source) return '';
    const where = `${source.file}:${source.line}`;
    return ` data-file="${e(source.file)}" data-line="${e(source.line)}"${source.column ? ` data-column="${e(source.column)}"` : ''}` +
        ` title="${e(description ? `${description} · ${where}` : where)}"`;
}

/** A declared fact by its title (or name), linked to where it is declared. */
export function named(ref: FactRef | undefined): string {
    if (!ref) return '<span class="none">—</span>';
    const link = sourceAttributes(ref.source, `${ref.type} ${ref.id}`);
    return `<span class="fact${link ? ' src' : ''}"${link}>${e(ref.title ?? ref.name)}</span>`;
}

export function factList(refs: readonly FactRef[], empty = '—'): string {
    return refs.length === 0 ? `<span class="none">${e(empty)}</span>` : refs.map((ref) => named(ref)).join(', ');
}

/**
 * A list of facts that stays short: up to `inline` shown as they are, more collapsed to "N facts" that opens to
 * the whole list (print shows the count and every name, see the print styles).
 */
export function collapsedFacts(refs: readonly FactRef[], inline = 3, noun = 'fact'): string {
    if (refs.length <= inline) return factList(refs, 'none');
    return `<details class="facts"><summary>${e(refs.length)} ${e(noun)}s</summary>${factList(refs)}</details>`;
}

export function clauseQuote(clause: { name: string; text: string; agreement?: string; source?: SourceRef }): string {
    const id = `${clause.agreement ? `${clause.agreement}.` : ''}${clause.name}`;
    const link = sourceAttributes(clause.source, `Clause ${id}`);
    return `<blockquote class="clause"><p>${e(clause.text)}</p><cite${link ? ` class="src"${link}` : ''}>Clause ${e(id)}</cite></blockquote>`;
}

/** A clause named by its id and linked, for tables. */
export function clauseName(clause: { name: string; agreement?: string; source?: SourceRef } | undefined): string {
    if (!clause) return '<span class="none">—</span>';
    const id = `${clause.agreement ? `${clause.agreement}.` : ''}${clause.name}`;
    const link = sourceAttributes(clause.source, `Clause ${id}`);
    // A narrow column breaks the id after the agreement's name or between the words of a CamelCase name, never
    // in the middle of a word.
    const words = (name: string) => e(name).replace(/([a-z0-9])(?=[A-Z])/g, '$1<wbr>');
    const text = clause.agreement ? `${words(clause.agreement)}.<wbr>${words(clause.name)}` : words(clause.name);
    return `<span class="clause-id${link ? ' src' : ''}"${link}>${text}</span>`;
}

/** `file:line` of a finding, linked to its exact place. */
export function findingWhere(finding: FindingSummary): string {
    return `<code class="src"${sourceAttributes(finding.location, finding.ruleId)}>${e(finding.location.file)}:${e(finding.location.line)}</code>`;
}

/** The findings of one row (pilot, target, condition…), errors first, each linked to its place. */
export function rowFindings(findings: readonly FindingSummary[]): string {
    if (findings.length === 0) return '';
    return `<ul class="row-findings">${findings.map((finding) => `<li>${finding.waived ? badge(WAIVED_LABEL, 'small') : badge(SEVERITY_LABELS[finding.severity], 'small')} ` +
        `<code>${e(finding.ruleId)}</code> <span class="src"${sourceAttributes(finding.location, finding.ruleId)}>${e(finding.message)}</span>` +
        `${finding.waived ? ` <small>(waived: ${e(finding.waived.reason)})</small>` : ''}</li>`).join('')}</ul>`;
}

export function period(start?: string, end?: string): string {
    if (!start && !end) return '<span class="none">no dates</span>';
    return `${e(start ?? '…')} → ${e(end ?? 'open-ended')}`;
}
