import { counted } from '../model/counted.js';
import * as path from 'node:path';
import type { CheckReport, Finding } from '../engine/results.js';
import { printableLines } from './printable.js';

/** Escapes a workflow command's message (GitHub's `escapeData`); other control characters become pictures. */
export function escapeGithubData(text: string): string {
    return printableLines(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

/** Escapes a workflow command's property value (GitHub's `escapeProperty`). */
export function escapeGithubProperty(text: string): string {
    return escapeGithubData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

/**
 * `lhc check --format github`: one workflow command per finding (`::error file=…,line=…::message`), which
 * GitHub Actions shows as annotations on the pull request's diff. Waived findings become notices that say
 * so. A last plain line gives the totals for the log.
 */
export function renderGithubAnnotations(report: CheckReport, options: { cwd: string }): string {
    const annotation = (finding: Finding) => {
        const file = path.relative(options.cwd, finding.location.file).split(path.sep).join('/');
        const { start, end } = finding.location;
        const properties = [
            `file=${escapeGithubProperty(file)}`,
            `line=${start.line}`,
            `endLine=${end.line}`,
            ...(start.line === end.line ? [`col=${start.column}`, `endColumn=${end.column}`] : [`col=${start.column}`]),
            `title=${escapeGithubProperty(`lhc ${finding.ruleId}${finding.waived ? ' (waived)' : ''}`)}`
        ].join(',');
        const command = finding.waived ? 'notice' : COMMAND[finding.severity];
        return `::${command} ${properties}::${escapeGithubData(finding.message)}`;
    };
    const { errors, warnings, infos, waived, files } = report.totals;
    const totals = `lhc: ${counted(errors, 'error')}, ${counted(warnings, 'warning')}, ${counted(infos, 'note')}, ${waived} waived in ${counted(files, 'file')} as of ${report.asOf}`;
    return [...report.findings.map(annotation), totals].join('\n') + '\n';
}
