import type { TargetSummary } from '../summary/summary-model.js';
import { escapeHtml as e } from './escape-html.js';
import { formatValue } from './summary-labels.js';

/**
 * The source line under a target's chart, as text: each dataset its figures come from (file, publisher, retrieved
 * date, rows, SHA-256 prefix, illustrative or not), then the typed measurements' own sources. '' without evidence.
 */
export function evidenceSourceNote(target: TargetSummary): string {
    const parts = (target.sources ?? []).map((source) => {
        const rows = source.rows.length === 1 ? `row ${source.rows[0]}` : `rows ${source.rows.join(', ')}`;
        const details = [
            source.publisher, source.retrieved ? `retrieved ${source.retrieved}` : undefined, rows,
            `SHA-256 ${source.sha256.slice(0, 12)}…`, source.illustrative ? 'illustrative values' : undefined
        ].filter(Boolean).join(' · ');
        return `${source.file} (dataset ${source.dataset}: ${details})`;
    });
    const typed = [...new Set(target.history.filter((entry) => entry.measurement).map((entry) => entry.source ?? 'typed measurements'))];
    parts.push(...typed);
    return parts.length === 0 ? '' : `Source: ${parts.join('; ')}.`;
}

/** ` (95% CI 12.7% to 14.1%)` after a figure that has an interval. */
export function intervalText(target: TargetSummary, figure: { lower?: number; upper?: number } | undefined): string {
    if (!figure || figure.lower === undefined || figure.upper === undefined) return '';
    return ` (95% CI ${formatValue(figure.lower, target.valueKind)} to ${formatValue(figure.upper, target.valueKind)})`;
}

/** Why a target is inconclusive, in words, as a note under its figures. */
export function inconclusiveNote(target: TargetSummary): string {
    if (target.status !== 'inconclusive') return '';
    const mark = target.inconclusive === 'trajectory' ? 'where the straight line to the goal expected it to be' : 'the goal';
    return `<p class="note">The latest figure's 95% confidence interval spans ${e(mark)}: the data cannot say which side of it the true value is.</p>`;
}
