import { dayNumber } from '../model/dates.js';
import type { EvidenceSummary } from '../summary/evidence-summary.js';
import { escapeHtml as e } from './escape-html.js';
import type { ChartFrame } from './target-chart.js';

/** Every figure and bound of a history: the chart's value axis must show whole intervals. */
export function evidenceExtent(history: readonly EvidenceSummary[]): number[] {
    return history.flatMap((entry) => [entry.value, ...(entry.lower !== undefined && entry.upper !== undefined ? [entry.lower, entry.upper] : [])]);
}

const f = (n: number) => n.toFixed(1);

/**
 * A chart layer: the 95% confidence interval of each figure that has one, as an error bar (a vertical line from the
 * lower to the upper bound, with caps), titled with its numbers so a tooltip and a screen reader say them.
 */
export function intervalLayer(frame: ChartFrame): string {
    return frame.target.history.filter((entry) => entry.lower !== undefined && entry.upper !== undefined).map((entry) => {
        const x = frame.x(dayNumber(entry.date));
        const top = frame.y(entry.upper!);
        const bottom = frame.y(entry.lower!);
        return `<g class="error-bar"><title>${e(`${frame.label(entry.value)} on ${entry.date}, 95% CI ${frame.label(entry.lower!)} to ${frame.label(entry.upper!)}`)}</title>` +
            `<line x1="${f(x)}" y1="${f(top)}" x2="${f(x)}" y2="${f(bottom)}"/>` +
            `<line x1="${f(x - 5)}" y1="${f(top)}" x2="${f(x + 5)}" y2="${f(top)}"/>` +
            `<line x1="${f(x - 5)}" y1="${f(bottom)}" x2="${f(x + 5)}" y2="${f(bottom)}"/></g>`;
    }).join('');
}
