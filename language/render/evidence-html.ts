import type { TargetSummary } from '../summary/summary-model.js';
import { escapeHtml as e } from './escape-html.js';
import { formatValue } from './summary-labels.js';

/**
 * The source line under a target's chart: each dataset its figures come from (file, publisher, retrieved date,
 * rows, SHA-256 prefix, illustrative or not), or the typed measurements' own sources. Empty when there is no evidence.
 */
export function renderEvidenceSource(target: TargetSummary): string {
    const parts = target.sources.map((source) => {
        const rows = source.rows.length === 1 ? `row ${source.rows[0]}` : `rows ${source.rows.join(', ')}`;
        const details = [
            source.publisher ? e(source.publisher) : undefined,
            source.retrieved ? `retrieved ${e(source.retrieved)}` : undefined,
            rows,
            `SHA-256 <code title="${e(source.sha256)}">${e(source.sha256.slice(0, 12))}</code>`,
            source.illustrative ? '<strong>illustrative values</strong>' : undefined
        ].filter(Boolean).join(' · ');
        return `<code>${e(source.file)}</code> (dataset ${e(source.dataset)}: ${details})`;
    });
    const typed = [...new Set(target.history.filter((entry) => entry.measurement).map((entry) => entry.source ?? 'typed measurement'))];
    for (const text of typed) parts.push(e(text));
    return parts.length === 0 ? '' : `<p class="chart-source">Source: ${parts.join('; ')}</p>`;
}

/** ` (95% CI 12.7% to 14.1%)` after a figure that has an interval. */
export function intervalText(target: TargetSummary, figure: { lower?: number; upper?: number } | undefined): string {
    if (!figure || figure.lower === undefined || figure.upper === undefined) return '';
    return ` (95% CI ${formatValue(figure.lower, target.valueKind)} to ${formatValue(figure.upper, target.valueKind)})`;
}
