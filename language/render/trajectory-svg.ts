import { dayNumber } from '../model/dates.js';
import type { TargetSummary } from '../summary/summary-model.js';
import { escapeHtml } from './escape-html.js';
import { formatValue } from './summary-labels.js';
import { evidenceExtent, renderErrorBars } from './evidence-svg.js';

const WIDTH = 360;
const HEIGHT = 170;
const PAD = { left: 64, right: 16, top: 14, bottom: 30 };

/**
 * A target's trajectory as an inline SVG chart: the straight line from baseline to goal (dashed), the goal
 * (dotted), the evidence (solid, with points) and the as-of date. Drawn with line styles and shapes, not
 * colour alone, so it prints in black and white. Returns '' when there is nothing to draw.
 */
export function renderTrajectorySvg(target: TargetSummary, asOf: string): string {
    const points = target.history.map((entry) => ({ day: dayNumber(entry.date), value: entry.value }));
    const baseline = target.baseline ? { day: dayNumber(target.baseline.date), value: target.baseline.value } : undefined;
    const goal = target.goal !== undefined && target.deadline ? { day: dayNumber(target.deadline), value: target.goal } : undefined;
    const days = [...points.map((p) => p.day), baseline?.day, goal?.day].filter((day): day is number => day !== undefined && Number.isFinite(day));
    const values = [...evidenceExtent(target.history), baseline?.value, target.goal].filter((value): value is number => value !== undefined);
    if (days.length === 0 || values.length === 0 || (points.length === 0 && !(baseline && goal))) return '';
    const asOfDay = dayNumber(asOf);
    let [minDay, maxDay] = [Math.min(...days), Math.max(...days)];
    if (asOfDay >= minDay && asOfDay <= maxDay + 3650) maxDay = Math.max(maxDay, asOfDay);
    if (maxDay === minDay) { minDay -= 180; maxDay += 180; }
    let [minValue, maxValue] = [Math.min(...values), Math.max(...values)];
    const spread = maxValue - minValue || Math.abs(maxValue) * 0.1 || 1;
    minValue -= spread * 0.12;
    maxValue += spread * 0.12;
    if (Math.min(...values) >= 0 && minValue < 0) minValue = 0;

    const x = (day: number) => PAD.left + ((day - minDay) / (maxDay - minDay)) * (WIDTH - PAD.left - PAD.right);
    const y = (value: number) => PAD.top + (1 - (value - minValue) / (maxValue - minValue)) * (HEIGHT - PAD.top - PAD.bottom);
    const f = (n: number) => n.toFixed(1);
    const label = (value: number) => escapeHtml(formatValue(value, target.valueKind, target.valueKind === 'number' ? undefined : target.unit));
    const year = (day: number) => new Date(day * 86_400_000).getUTCFullYear();

    const parts: string[] = [];
    // Axes with the value range and the years at either end.
    parts.push(`<line class="axis" x1="${PAD.left}" y1="${HEIGHT - PAD.bottom}" x2="${WIDTH - PAD.right}" y2="${HEIGHT - PAD.bottom}"/>`);
    parts.push(`<line class="axis" x1="${PAD.left}" y1="${PAD.top}" x2="${PAD.left}" y2="${HEIGHT - PAD.bottom}"/>`);
    // Value ticks at the numbers that matter (baseline and goal), or at the evidence's range.
    const tickValues = baseline || goal ? [baseline?.value, goal?.value] : [Math.min(...values), Math.max(...values)];
    const placed: number[] = [];
    for (const tick of tickValues) {
        if (tick === undefined || placed.some((other) => Math.abs(y(other) - y(tick)) < 11)) continue;
        placed.push(tick);
        parts.push(`<line class="axis" x1="${PAD.left - 3}" y1="${f(y(tick))}" x2="${PAD.left}" y2="${f(y(tick))}"/>`);
        parts.push(`<text class="tick" x="${PAD.left - 6}" y="${f(y(tick) + 3.5)}" text-anchor="end">${label(tick)}</text>`);
    }
    parts.push(`<text class="tick" x="${PAD.left}" y="${HEIGHT - 10}" text-anchor="start">${year(minDay)}</text>`);
    parts.push(`<text class="tick" x="${WIDTH - PAD.right}" y="${HEIGHT - 10}" text-anchor="end">${year(maxDay)}</text>`);
    if (goal) {
        parts.push(`<line class="goal" x1="${PAD.left}" y1="${f(y(goal.value))}" x2="${WIDTH - PAD.right}" y2="${f(y(goal.value))}"/>`);
        const above = y(goal.value) - 4 > PAD.top + 8;
        parts.push(`<text class="tick goal-label" x="${PAD.left + 4}" y="${f(above ? y(goal.value) - 4 : y(goal.value) + 12)}" text-anchor="start">goal ${label(goal.value)}</text>`);
    }
    if (baseline && goal) {
        parts.push(`<line class="trajectory" x1="${f(x(baseline.day))}" y1="${f(y(baseline.value))}" x2="${f(x(goal.day))}" y2="${f(y(goal.value))}"/>`);
        parts.push(`<rect class="baseline-mark" x="${f(x(baseline.day) - 4)}" y="${f(y(baseline.value) - 4)}" width="8" height="8"/>`);
    }
    if (asOfDay >= minDay && asOfDay <= maxDay) {
        parts.push(`<line class="as-of" x1="${f(x(asOfDay))}" y1="${PAD.top}" x2="${f(x(asOfDay))}" y2="${HEIGHT - PAD.bottom}"/>`);
        parts.push(`<text class="tick" x="${f(x(asOfDay) - 3)}" y="${PAD.top + 8}" text-anchor="end">as of</text>`);
    }
    if (points.length > 0) {
        const path = points.map((point, index) => `${index === 0 ? 'M' : 'L'}${f(x(point.day))},${f(y(point.value))}`).join(' ');
        parts.push(`<path class="evidence" d="${path}"/>`);
        parts.push(renderErrorBars(target.history, x, y, (value) => label(value)));
        for (const point of points) parts.push(`<circle class="evidence-point" cx="${f(x(point.day))}" cy="${f(y(point.value))}" r="3.5"/>`);
    }
    const description = [
        target.baseline ? `baseline ${label(target.baseline.value)} on ${target.baseline.date}` : 'no baseline',
        target.latest ? `latest ${label(target.latest.value)}${target.latest.lower !== undefined && target.latest.upper !== undefined ? ` (95% CI ${label(target.latest.lower)} to ${label(target.latest.upper)})` : ''} on ${target.latest.date}` : 'no evidence',
        goal ? `goal ${label(goal.value)} by ${target.deadline}` : 'no goal'
    ].join(', ');
    return `<svg class="chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-label="Trajectory: ${description}">` +
        `<title>Trajectory: ${description}</title>${parts.join('')}</svg>`;
}
