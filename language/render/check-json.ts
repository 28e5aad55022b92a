import * as path from 'node:path';
import type { CheckReport, Location } from '../engine/results.js';
import { escapeJsonControls } from './printable.js';

/** Version of the `lhc check --format json` shape; bumped on any incompatible change. */
export const CHECK_JSON_VERSION = 1;

/**
 * The stable machine-readable shape of `lhc check --format json`, documented in `docs/cli.md` and
 * described by `schemas/check-result.schema.json`. Paths are relative to `cwd`, with forward slashes.
 */
export function renderCheckJson(report: CheckReport, cwd: string): string {
    const relative = (file: string) => path.relative(cwd, file).split(path.sep).join('/');
    const location = (where: Location) => ({
        file: relative(where.file),
        line: where.start.line,
        column: where.start.column,
        endLine: where.end.line,
        endColumn: where.end.column
    });
    const output = {
        version: CHECK_JSON_VERSION,
        asOf: report.asOf,
        totals: report.totals,
        files: report.files.map(relative),
        findings: report.findings.map((finding) => ({
            ruleId: finding.ruleId,
            severity: finding.severity,
            source: finding.source,
            message: finding.message,
            ...location(finding.location),
            related: finding.related.map((related) => ({ ...location(related.location), message: related.message })),
            waived: finding.waived ? { by: finding.waived.by, reason: finding.waived.reason, ...(finding.waived.approver ? { approver: finding.waived.approver } : {}), ...(finding.waived.until ? { until: finding.waived.until } : {}), ...location(finding.waived.location) } : null
        }))
    };
    return escapeJsonControls(JSON.stringify(output, null, 2)) + '\n';
}
