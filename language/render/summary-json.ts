import type { ComplianceSummary } from '../summary/summary-model.js';
import { escapeJsonControls } from './printable.js';

/**
 * The summary for machines: the model as JSON, described by `schemas/summary.schema.json` (tests validate
 * real output against it). Paths in it are relative, dates ISO, money in pounds, percentages in points.
 */
export function renderSummaryJson(summary: ComplianceSummary): string {
    return escapeJsonControls(JSON.stringify(summary, null, 2)) + '\n';
}
