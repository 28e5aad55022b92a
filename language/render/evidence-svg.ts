import { dayNumber } from '../model/dates.js';
import type { EvidenceSummary } from '../summary/evidence-summary.js';

/** Every figure and bound of a history: the chart's value axis must show whole intervals. */
export function evidenceExtent(history: readonly EvidenceSummary[]): number[] {
    return history.flatMap((entry) => [entry.value, ...(entry.lower !== undefined && entry.upper !== undefined ? [entry.lower, entry.upper] : [])]);
}

/**
 * The 95% confidence interval of each figure that has one, as an error bar: a vertical line from the lower to the
 * upper bound with short caps, titled with its numbers so a screen reader and a tooltip say them.
 */
export function renderErrorBars(history: readonly EvidenceSummary[], x: (day: number) => number, y: (value: number) => number, label: (value: number) => string): string {
    const f = (n: number) => n.toFixed(1);
    return history.filter((entry) => entry.lower !== undefined && entry.upper !== undefined).map((entry) => {
        const cx = x(dayNumber(entry.date));
        const top = y(entry.upper!);
        const bottom = y(entry.lower!);
        return `<g class="error-bar"><title>${label(entry.value)} on ${entry.date}, 95% CI ${label(entry.lower!)} to ${label(entry.upper!)}</title>` +
            `<line x1="${f(cx)}" y1="${f(top)}" x2="${f(cx)}" y2="${f(bottom)}"/>` +
            `<line x1="${f(cx - 4)}" y1="${f(top)}" x2="${f(cx + 4)}" y2="${f(top)}"/>` +
            `<line x1="${f(cx - 4)}" y1="${f(bottom)}" x2="${f(cx + 4)}" y2="${f(bottom)}"/></g>`;
    }).join('');
}
