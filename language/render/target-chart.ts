/**
 * One chart per target, large enough to read: years along the time axis, values with "nice" ticks up the other,
 * both axes titled, the goal line labelled with its value and deadline, the straight line from baseline to goal,
 * every piece of evidence as a point with its value and date (a tooltip on screen; the same facts as text under the
 * chart, which is what print shows), and the as-of date marked. Hand-written SVG: a dependency would bring a DOM
 * or a build step for what is two scales and some lines. Drawn with line styles and shapes, not colour alone.
 *
 * What is drawn comes in layers (`TARGET_CHART_LAYERS`): a further layer (confidence intervals, say) is a function
 * of the `ChartFrame` listed there; `TARGET_CHART_NOTES` adds lines of text under the chart (a data source).
 */
import { dayNumber, firstDayOfYear, yearOf, yearText } from '../model/dates.js';
import type { TargetSummary } from '../summary/summary-model.js';
import { niceTicks, yearTicks } from './chart-scales.js';
import { escapeHtml as e } from './escape-html.js';
import { formatValue } from './summary-labels.js';
import { evidenceExtent, intervalLayer } from './evidence-svg.js';
import { evidenceSourceNote } from './evidence-html.js';

const WIDTH = 720;
const HEIGHT = 320;
const PLOT = { left: 84, right: 24, top: 28, bottom: 62 };

/** Everything a layer needs to draw: the target, its scales and the plot's edges (SVG units). */
export interface ChartFrame {
    target: TargetSummary;
    asOf: string;
    x(day: number): number;
    y(value: number): number;
    /** A value as the target writes it: 13%, £12.5m, 50,000. */
    label(value: number): string;
    left: number;
    right: number;
    top: number;
    bottom: number;
    minDay: number;
    maxDay: number;
    /** The values the value axis marks. */
    valueTicks: number[];
}

export type ChartLayer = (frame: ChartFrame) => string;

const f = (n: number) => n.toFixed(1);

function goalLayer(frame: ChartFrame): string {
    const { target } = frame;
    if (target.goal === undefined) return '';
    const y = frame.y(target.goal);
    const text = `Goal ${frame.label(target.goal)}${target.deadline ? ` by ${target.deadline}` : ''}`;
    const above = y - 6 > frame.top + 10;
    return `<line class="goal" x1="${frame.left}" y1="${f(y)}" x2="${frame.right}" y2="${f(y)}"/>` +
        `<text class="goal-label" x="${frame.right - 4}" y="${f(above ? y - 6 : y + 16)}" text-anchor="end">${e(text)}</text>`;
}

function trajectoryLayer(frame: ChartFrame): string {
    const { target } = frame;
    if (!target.baseline || target.goal === undefined || !target.deadline) return '';
    const [x1, y1] = [frame.x(dayNumber(target.baseline.date)), frame.y(target.baseline.value)];
    return `<line class="trajectory" x1="${f(x1)}" y1="${f(y1)}" x2="${f(frame.x(dayNumber(target.deadline)))}" y2="${f(frame.y(target.goal))}"/>` +
        `<rect class="baseline-mark" x="${f(x1 - 5)}" y="${f(y1 - 5)}" width="10" height="10"><title>${e(`Baseline ${frame.label(target.baseline.value)} on ${target.baseline.date}`)}</title></rect>`;
}

function asOfLayer(frame: ChartFrame): string {
    const day = dayNumber(frame.asOf);
    if (!(day >= frame.minDay && day <= frame.maxDay)) return '';
    const x = frame.x(day);
    const anchor = x > (frame.left + frame.right) / 2 ? 'end' : 'start';
    return `<line class="as-of" x1="${f(x)}" y1="${frame.top - 8}" x2="${f(x)}" y2="${frame.bottom}"/>` +
        `<text class="as-of-label" x="${f(anchor === 'end' ? x - 4 : x + 4)}" y="${frame.top - 12}" text-anchor="${anchor}">${e(`As of ${frame.asOf}`)}</text>`;
}

function evidenceLayer(frame: ChartFrame): string {
    const points = frame.target.history.map((entry) => ({ ...entry, px: frame.x(dayNumber(entry.date)), py: frame.y(entry.value) }));
    if (points.length === 0) return '';
    const path = points.map((point, index) => `${index === 0 ? 'M' : 'L'}${f(point.px)},${f(point.py)}`).join(' ');
    return `<path class="evidence" d="${path}"/>` + points.map((point) =>
        `<g class="evidence-point" tabindex="0"><title>${e(`${frame.label(point.value)} on ${point.date}`)}</title>` +
        `<circle cx="${f(point.px)}" cy="${f(point.py)}" r="5"/></g>`).join('');
}

/** The layers, drawn in this order (later ones on top). */
export const TARGET_CHART_LAYERS: readonly ChartLayer[] = [goalLayer, trajectoryLayer, asOfLayer, intervalLayer, evidenceLayer];

/** Lines of text under a target's chart; each returns '' when it has nothing to say. */
export const TARGET_CHART_NOTES: readonly ((target: TargetSummary, label: (value: number) => string) => string)[] = [
    (target, label) => target.history.length === 0 ? '' : `Evidence: ${target.history.map((entry) => `${label(entry.value)}${entry.lower !== undefined && entry.upper !== undefined ? ` (95% CI ${label(entry.lower)} to ${label(entry.upper)})` : ''} on ${entry.date}`).join('; ')}.`,
    evidenceSourceNote
];

/** The frame of a target's chart, or undefined when there is nothing to draw (no evidence, and no baseline and goal). */
export function chartFrame(target: TargetSummary, asOf: string): ChartFrame | undefined {
    const baseline = target.baseline ? { day: dayNumber(target.baseline.date), value: target.baseline.value } : undefined;
    const goal = target.goal !== undefined && target.deadline ? { day: dayNumber(target.deadline), value: target.goal } : undefined;
    const history = target.history.map((entry) => ({ day: dayNumber(entry.date), value: entry.value }));
    if (history.length === 0 && !(baseline && goal)) return undefined;
    const days = [...history.map((p) => p.day), baseline?.day, goal?.day].filter((day): day is number => day !== undefined && Number.isFinite(day));
    const values = [...evidenceExtent(target.history), baseline?.value, target.goal].filter((value): value is number => value !== undefined && Number.isFinite(value));
    if (days.length === 0 || values.length === 0) return undefined;
    const asOfDay = dayNumber(asOf);
    let [minDay, maxDay] = [Math.min(...days), Math.max(...days)];
    // Show the as-of date when it is within ten years of the data: "how long ago was this" is part of the story.
    if (asOfDay >= minDay && asOfDay <= maxDay + 3650) maxDay = Math.max(maxDay, asOfDay);
    // Start and end on whole years so the year ticks sit at both ends.
    minDay = firstDayOfYear(yearOf(minDay));
    maxDay = firstDayOfYear(yearOf(maxDay) + 1);
    const rawMin = Math.min(...values);
    const scale = niceTicks(rawMin >= 0 ? Math.max(0, rawMin - (Math.max(...values) - rawMin) * 0.2) : rawMin, Math.max(...values), 5);
    const left = PLOT.left, right = WIDTH - PLOT.right, top = PLOT.top, bottom = HEIGHT - PLOT.bottom;
    const label = (value: number) => formatValue(value, target.valueKind, target.valueKind === 'number' ? undefined : target.unit);
    return {
        target, asOf, label, left, right, top, bottom, minDay, maxDay,
        x: (day) => left + ((day - minDay) / (maxDay - minDay)) * (right - left),
        y: (value) => top + (1 - scale.fraction(value)) * (bottom - top),
        valueTicks: scale.ticks
    };
}

function axes(frame: ChartFrame): string {
    const parts: string[] = [];
    for (const tick of frame.valueTicks) {
        const y = frame.y(tick);
        parts.push(`<line class="grid" x1="${frame.left}" y1="${f(y)}" x2="${frame.right}" y2="${f(y)}"/>`,
            `<text class="tick" x="${frame.left - 8}" y="${f(y + 4)}" text-anchor="end">${e(frame.label(tick))}</text>`);
    }
    for (const { day, year } of yearTicks(frame.minDay, frame.maxDay)) {
        const x = frame.x(day);
        parts.push(`<line class="axis" x1="${f(x)}" y1="${frame.bottom}" x2="${f(x)}" y2="${frame.bottom + 5}"/>`,
            `<text class="tick" x="${f(x)}" y="${frame.bottom + 20}" text-anchor="middle">${yearText(year)}</text>`);
    }
    const unit = frame.target.valueKind === 'money' ? '£' : frame.target.valueKind === 'percent' ? '%' : frame.target.unit;
    const valueTitle = `${frame.target.metric ?? frame.target.title ?? frame.target.name}${unit ? ` (${unit})` : ''}`;
    parts.push(`<line class="axis" x1="${frame.left}" y1="${frame.bottom}" x2="${frame.right}" y2="${frame.bottom}"/>`,
        `<line class="axis" x1="${frame.left}" y1="${frame.top}" x2="${frame.left}" y2="${frame.bottom}"/>`,
        `<text class="axis-title" x="${(frame.left + frame.right) / 2}" y="${HEIGHT - 14}" text-anchor="middle">Year</text>`,
        `<text class="axis-title" transform="translate(18 ${(frame.top + frame.bottom) / 2}) rotate(-90)" text-anchor="middle">${e(valueTitle.length > 42 ? `${valueTitle.slice(0, 41)}…` : valueTitle)}</text>`);
    return parts.join('');
}

/** The chart as a `<figure>`, or '' when there is nothing to draw. */
export function renderTargetChart(target: TargetSummary, asOf: string): string {
    const frame = chartFrame(target, asOf);
    if (!frame) return '';
    const description = [
        target.baseline ? `baseline ${frame.label(target.baseline.value)} on ${target.baseline.date}` : 'no baseline',
        target.latest ? `latest ${frame.label(target.latest.value)}${target.latest.lower !== undefined && target.latest.upper !== undefined ? ` (95% CI ${frame.label(target.latest.lower)} to ${frame.label(target.latest.upper)})` : ''} on ${target.latest.date}` : 'no evidence',
        target.goal !== undefined && target.deadline ? `goal ${frame.label(target.goal)} by ${target.deadline}` : 'no goal'
    ].join(', ');
    const svg = `<svg class="chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${e(`Trajectory: ${description}`)}">` +
        `<title>${e(`Trajectory: ${description}`)}</title>${axes(frame)}${TARGET_CHART_LAYERS.map((layer) => layer(frame)).join('')}</svg>`;
    const notes = TARGET_CHART_NOTES.map((note) => note(target, frame.label)).filter(Boolean);
    return `<figure class="target-chart">${svg}<figcaption>Dashed: the straight line from baseline (square) to goal. Dotted: the goal. ` +
        `Solid with dots: evidence. Upright dotted line: the as-of date.${notes.map((note) => `<span class="chart-note">${e(note)}</span>`).join('')}</figcaption></figure>`;
}
