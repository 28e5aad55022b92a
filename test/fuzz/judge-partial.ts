import * as path from 'node:path';
import type { LangiumDocument } from 'langium';
import type { Document } from '../../language/generated/ast.js';
import { conditionRules } from '../../language/engine/condition-rules.js';
import { toFinding } from '../../language/engine/check.js';
import { formatText } from '../../language/engine/format.js';
import { countTotals, sortFindings, type CheckReport, type Finding } from '../../language/engine/results.js';
import { summariseChecked } from '../../language/engine/summarise.js';
import type { LhcServices } from '../../language/lhc-module.js';
import { listTests, runTests } from '../../language/lsp/lhc-test-request.js';
import { CHECK_FORMATS } from '../../language/render/check-formats.js';
import { SUMMARY_FORMATS } from '../../language/render/summary-formats.js';
import { judgementProblems } from './judge-judgements.js';

/**
 * What must hold for any text, however broken, as `lhc check`, `lhc summary`, `lhc fmt` and the editor's test
 * runner see it: nothing throws; every finding has a rule id (not Langium's "An error occurred during validation");
 * every position is a real line and column; and no finding, summary row or test names a declaration the parser
 * recovered without its name ('?', 'undefined', 'null', 'NaN'). Each function returns what went wrong. `names: false`
 * leaves out the last, for trees no parse makes (the fuzzer's deletion of a property the grammar requires).
 */

/** Words that only appear when a missing name or value is printed. */
export const NAMELESS = /'\?'|\bundefined\b|\bnull\b|\bNaN\b/;

/**
 * Words a missing value prints as (`undefined`, `null`, `NaN`, `£NaN`): never acceptable, even on a tree no parse
 * makes, since any optional property may be missing (a recovered nameless node may read '?', these may not).
 */
export const MISSING_VALUE = /\bundefined\b|\bnull\b|NaN\b/;

/** Problems with one document's findings. */
export function findingProblems(findings: readonly Finding[], logged: readonly unknown[] = [], names = true): string[] {
    const problems: string[] = [];
    for (const finding of findings) {
        const line = finding.message.split('\n')[0];
        if (finding.ruleId === 'unknown' || /error occurred/i.test(finding.message)) {
            const stack = logged.find((entry): entry is Error => entry instanceof Error)?.stack?.split('\n')[1]?.trim();
            problems.push(`check: ${line}${stack ? ` (${stack})` : ''}`);
        } else if (names && NAMELESS.test(finding.message)) {
            problems.push(`check names a nameless node: ${finding.ruleId}: ${line}`);
        } else if (MISSING_VALUE.test(finding.message)) {
            problems.push(`check prints a missing value: ${finding.ruleId}: ${line}`);
        }
        const { start, end } = finding.location;
        if (!(start.line >= 1 && start.column >= 1 && end.line >= 1 && end.column >= 1)) problems.push(`check: position ${JSON.stringify(finding.location)}`);
    }
    return problems;
}

/**
 * Builds the documents (already added to the workspace) as one workspace, then checks their findings, renders
 * every check format and every summary format, and lists and runs the scenario tests. Langium prints a
 * validation crash on the console; it is captured, and the finding it makes is what is reported.
 */
export async function judgeWorkspace(services: LhcServices, documents: readonly LangiumDocument<Document>[], root: string, names = true): Promise<string[]> {
    const problems: string[] = [];
    const consoleError = console.error;
    const logged: unknown[] = [];
    console.error = (...args: unknown[]) => logged.push(...args);
    try {
        await services.shared.workspace.DocumentBuilder.build([...documents], { validation: true });
        const findings: Finding[] = [];
        for (const document of documents) {
            const own = (document.diagnostics ?? []).map((diagnostic) => toFinding(document, diagnostic));
            problems.push(...findingProblems(own, logged, names).map((problem) => `${path.basename(document.uri.fsPath)}: ${problem}`));
            findings.push(...own);
        }
        const sorted = sortFindings(findings);
        const report: CheckReport = { asOf: '2019-06-01', files: documents.map((document) => document.uri.fsPath), findings: sorted, totals: countTotals(documents.length, sorted) };
        const context = { cwd: root, color: false, toolVersion: '0', docsUrl: (id: string) => id, conditions: conditionRules(services.lhc.Facts.get()) };
        for (const render of Object.values(CHECK_FORMATS)) render(report, context);
        const { summary } = summariseChecked({ report, services, documents: [...documents] }, root);
        problems.push(...judgementProblems(summary).map((problem) => `summary: ${problem}`));
        for (const [format, render] of Object.entries(SUMMARY_FORMATS)) {
            problems.push(...renderedProblems(format, render(summary), names ? NAMELESS : MISSING_VALUE));
        }
        for (const test of [...listTests(services), ...runTests(services, undefined)]) {
            if (typeof test.name !== 'string' || NAMELESS.test(test.id)) problems.push(`test runner lists a nameless test: ${test.id}`);
        }
    } catch (error) {
        problems.push(`threw: ${(error as Error).stack?.split('\n').slice(0, 3).join(' | ') ?? String(error)}`);
    } finally {
        console.error = consoleError;
    }
    return problems;
}

/**
 * A summary as rendered: no nameless words (or, with `MISSING_VALUE`, no missing values) in its text (JSON: in its
 * strings; HTML: outside its style and script).
 */
export function renderedProblems(format: string, text: string, words: RegExp = NAMELESS): string[] {
    const strings: string[] = [];
    if (format === 'json') {
        const walk = (value: unknown): void => {
            if (typeof value === 'string') strings.push(value);
            else if (Array.isArray(value)) value.forEach(walk);
            else if (value && typeof value === 'object') Object.values(value).forEach(walk);
        };
        walk(JSON.parse(text));
    } else {
        strings.push(...text.replace(/<(style|script)\b[\s\S]*?<\/\1>/g, '').split('\n'));
    }
    // A long line (an HTML table row) is shown around the word, so the message shows what printed it.
    const around = (line: string) => line.trim().slice(Math.max(0, line.trim().search(words) - 120), line.trim().search(words) + 60);
    return strings.filter((line) => words.test(line)).slice(0, 3).map((line) => `summary (${format}) ${words === NAMELESS ? 'names a nameless node' : 'prints a missing value'}: ${around(line)}`);
}

/** `lhc fmt` on one text: it never throws, and a file it refuses is refused at a real line and column. */
export function formatProblems(services: LhcServices, text: string): string[] {
    try {
        const formatted = formatText(services, text);
        if (!('problems' in formatted)) return [];
        return formatted.problems.filter((problem) => !(problem.line >= 1 && problem.column >= 1)).map((problem) => `fmt: position ${problem.line}:${problem.column}`);
    } catch (error) {
        return [`fmt threw: ${(error as Error).message}`];
    }
}
