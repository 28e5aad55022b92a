import type { ComplianceSummary } from '../summary/summary-model.js';
import { renderSummaryHtml } from './summary-html.js';
import { renderSummaryJson } from './summary-json.js';
import { renderSummaryMarkdown } from './summary-markdown.js';

/** The output formats of `lhc summary`, by the name `--format` takes. */
export const SUMMARY_FORMATS = {
    md: (summary: ComplianceSummary) => renderSummaryMarkdown(summary),
    html: (summary: ComplianceSummary) => renderSummaryHtml(summary),
    json: (summary: ComplianceSummary) => renderSummaryJson(summary)
};

export type SummaryFormatName = keyof typeof SUMMARY_FORMATS;

export const SUMMARY_FORMAT_NAMES = Object.keys(SUMMARY_FORMATS) as SummaryFormatName[];

/** The format a file name asks for (`summary.html` → html), when `--format` is not given. */
export function summaryFormatForFile(file: string): SummaryFormatName | undefined {
    const extension = file.toLowerCase().split('.').pop();
    if (extension === 'html' || extension === 'htm') return 'html';
    if (extension === 'json') return 'json';
    if (extension === 'md' || extension === 'markdown') return 'md';
    return undefined;
}
