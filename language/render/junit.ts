import { counted } from '../model/counted.js';
import * as path from 'node:path';
import type { CheckReport, Finding } from '../engine/results.js';
import type { ConditionRuleInfo } from '../engine/condition-rules.js';
import { describeRules } from './rule-descriptions.js';
import { printable } from './printable.js';
import { escapeXml } from './escape-xml.js';

/**
 * `lhc check --format junit`: one `<testsuite>` per file and in it one `<testcase>` per rule, which fails
 * when that rule has an unwaived error or warning in that file (as ESLint's JUnit output does). Waived
 * findings and notes are listed in the test case's output, so nothing is hidden.
 */
export function renderJunit(report: CheckReport, options: { cwd: string; docsUrl: (id: string) => string; conditions?: readonly ConditionRuleInfo[] }): string {
    const rules = describeRules(report, options.docsUrl, options.conditions);
    const byFile = new Map<string, Finding[]>(report.files.map((file) => [file, []]));
    for (const finding of report.findings) {
        const list = byFile.get(finding.location.file) ?? [];
        list.push(finding);
        byFile.set(finding.location.file, list);
    }
    let totalTests = 0;
    let totalFailures = 0;
    const suites: string[] = [];
    for (const [file, findings] of byFile) {
        const relative = path.relative(options.cwd, file).split(path.sep).join('/');
        const cases: string[] = [];
        let failures = 0;
        for (const rule of rules) {
            const mine = findings.filter((finding) => finding.ruleId === rule.id);
            const failing = mine.filter((finding) => !finding.waived && finding.severity !== 'info');
            const other = mine.filter((finding) => finding.waived || finding.severity === 'info');
            const line = (finding: Finding) =>
                `${relative}:${finding.location.start.line}:${finding.location.start.column} ${finding.waived ? 'waived' : finding.severity}: ${printable(finding.message)}`;
            let body = '';
            if (failing.length > 0) {
                failures++;
                const severity = failing.some((finding) => finding.severity === 'error') ? 'error' : 'warning';
                body += `<failure message="${escapeXml(`${counted(failing.length, `${rule.id} finding`)}: ${printable(failing[0]!.message)}`)}" type="${severity}">` +
                    `${escapeXml(failing.map(line).join('\n'))}</failure>`;
            }
            if (other.length > 0) body += `<system-out>${escapeXml(other.map(line).join('\n'))}</system-out>`;
            cases.push(`    <testcase classname="${escapeXml(relative)}" name="${escapeXml(rule.id)}" file="${escapeXml(relative)}" time="0"${body ? `>${body}</testcase>` : '/>'}`);
        }
        totalTests += cases.length;
        totalFailures += failures;
        suites.push(`  <testsuite name="${escapeXml(relative)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="0" time="0">\n${cases.join('\n')}\n  </testsuite>`);
    }
    return `<?xml version="1.0" encoding="UTF-8"?>\n` +
        `<testsuites name="lhc check as of ${escapeXml(report.asOf)}" tests="${totalTests}" failures="${totalFailures}" errors="0" time="0">\n` +
        `${suites.join('\n')}${suites.length ? '\n' : ''}</testsuites>\n`;
}
