import type { DataFileChange } from '../summary/data-change-impact.js';
import { escapeHtml as e } from './escape-html.js';
import { escapeMarkdown, markdownCodeSpan } from './escape-markdown.js';
import { TARGET_LABELS, type StatusLabel } from '../summary/status-labels.js';

const short = (sha: string | undefined) => (sha ? sha.slice(0, 12) : 'none');
const word = (label: StatusLabel | undefined, fallback: string) => (label ? `${label.symbol} ${label.word}` : fallback);

function what(change: DataFileChange): string {
    if (!change.before) return 'now used';
    if (!change.after) return 'no longer used';
    return `changed (SHA-256 ${short(change.before)} → ${short(change.after)})`;
}

function movedText(target: DataFileChange['targets'][number]): string {
    return `${target.title ?? target.name}: ${word(target.before && TARGET_LABELS[target.before], 'new')} → ${word(target.after && TARGET_LABELS[target.after], 'removed')}`;
}

/** Markdown lines for `--since`: each data file that changed and the target statuses it moved. */
export function dataChangesMarkdown(changes: readonly DataFileChange[]): string[] {
    if (changes.length === 0) return [];
    return ['', '**Data files that changed**', '', ...changes.flatMap((change) => [
        `- ${markdownCodeSpan(change.file)} ${what(change)}${change.targets.length === 0 ? ': no target status moved' : ''}`,
        ...change.targets.map((target) => `  - ${escapeMarkdown(movedText(target))}`)
    ])];
}

/** The same, as HTML for the summary page. */
export function dataChangesHtml(changes: readonly DataFileChange[]): string {
    if (changes.length === 0) return '';
    return `<h3>Data files that changed</h3><ul>${changes.map((change) =>
        `<li><code>${e(change.file)}</code> ${e(what(change))}${change.targets.length === 0 ? ': no target status moved'
            : `<ul>${change.targets.map((target) => `<li>${e(movedText(target))}</li>`).join('')}</ul>`}</li>`).join('')}</ul>`;
}
