import * as path from 'node:path';
import { createColors } from 'picocolors';
import type { CheckReport, Finding } from '../engine/results.js';
import { plural } from '../summary/status-labels.js';
import { printable } from './printable.js';

export interface TextOptions {
    color: boolean;
    /** Paths are shown relative to this folder. */
    cwd: string;
}

/** `file:line:col  severity  rule-id  message`, one finding a line, then a one-line total. */
export function renderCheckText(report: CheckReport, options: TextOptions): string {
    const c = createColors(options.color);
    const lines = report.findings.map((finding) => {
        const where = `${printable(path.relative(options.cwd, finding.location.file) || finding.location.file)}:${finding.location.start.line}:${finding.location.start.column}`;
        const severity = finding.waived ? c.dim('waived ') : severityLabel(finding, c);
        return `${c.bold(where)}  ${severity}  ${c.cyan(printable(finding.ruleId))}  ${printable(finding.message)}`;
    });
    lines.push(summaryLine(report, c));
    return lines.join('\n') + '\n';
}

function severityLabel(finding: Finding, c: ReturnType<typeof createColors>): string {
    if (finding.severity === 'error') return c.red('error  ');
    if (finding.severity === 'warning') return c.yellow('warning');
    return c.blue('info   ');
}

function summaryLine(report: CheckReport, c: ReturnType<typeof createColors>): string {
    const { errors, warnings, infos, waived, files } = report.totals;
    const scope = `${plural(files, 'file')} checked as of ${report.asOf}`;
    const extra = [waived ? `${waived} waived` : '', infos ? plural(infos, 'note') : ''].filter(Boolean).join(', ');
    const tail = extra ? `; ${extra}` : '';
    if (errors === 0 && warnings === 0) return c.green(`✔ No problems: ${scope}${tail}.`);
    const problems = `${plural(errors + warnings, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`;
    return (errors > 0 ? c.red : c.yellow)(`✖ ${problems}: ${scope}${tail}.`);
}
