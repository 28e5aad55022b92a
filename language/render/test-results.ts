import * as path from 'node:path';
import { createColors } from 'picocolors';
import { coveragePercent, type ConditionCoverage } from '../scenarios/coverage.js';
import type { TestResult } from '../scenarios/run-test.js';
import { escapeXml } from './escape-xml.js';
import { escapeJsonControls, printable } from './printable.js';

/** What every test-results format gets: the results, where paths are relative to, and the coverage if asked. */
export interface TestRenderOptions {
    cwd: string;
    color: boolean;
    coverage?: readonly ConditionCoverage[];
}

export const TEST_FORMAT_NAMES = ['text', 'json', 'junit', 'tap'] as const;
export type TestFormatName = typeof TEST_FORMAT_NAMES[number];

export const TEST_FORMATS: Record<TestFormatName, (results: readonly TestResult[], options: TestRenderOptions) => string> = {
    text: renderTestText,
    json: renderTestJson,
    junit: renderTestJunit,
    tap: renderTestTap
};

function relative(file: string, cwd: string): string {
    return (path.relative(cwd, file) || file).split(path.sep).join('/');
}

/** The failed expectations of a test as lines: expected, actual, where (each one line, control characters shown as pictures). */
export function failureLines(result: TestResult, cwd: string): string[] {
    const lines: string[] = [];
    if (result.problem) lines.push(`this test ${result.problem}`);
    for (const judged of result.expectations) {
        if (judged.passed) continue;
        const line = (judged.expectation.$cstNode?.range.start.line ?? 0) + 1;
        lines.push(`expected: ${judged.expected}`, `actual:   ${judged.actual}`, `at ${relative(result.file, cwd)}:${line}`);
    }
    return lines.map(printable);
}

/** `N passed, N failed`, the line every format's text ends with. */
export function totalsLine(results: readonly TestResult[]): string {
    const passed = results.filter((result) => result.passed).length;
    return `${passed} passed, ${results.length - passed} failed`;
}

/** A line per test (✓ or ✗, name, file:line), the failures with expected against actual, the coverage, the totals. */
export function renderTestText(results: readonly TestResult[], options: TestRenderOptions): string {
    const c = createColors(options.color);
    const lines: string[] = [];
    for (const result of results) {
        const where = c.dim(`${printable(relative(result.file, options.cwd))}:${result.line}`);
        lines.push(`${result.passed ? c.green('✓') : c.red('✗')} ${printable(result.name)}  ${where}`);
        if (!result.passed) lines.push(...failureLines(result, options.cwd).map((line) => `    ${line}`));
    }
    if (options.coverage) lines.push('', ...coverageLines(options.coverage, options.cwd, c));
    lines.push('', c.bold(totalsLine(results)));
    return lines.join('\n') + '\n';
}

function coverageLines(coverage: readonly ConditionCoverage[], cwd: string, c: ReturnType<typeof createColors>): string[] {
    if (coverage.length === 0) return ['Coverage: no conditions to cover.'];
    const mark = (covered: boolean) => covered ? c.green('✓') : c.red('✗');
    const width = Math.max(...coverage.map((entry) => entry.name.length));
    const lines = ['Coverage (by the tests that name each condition):'];
    for (const entry of coverage) {
        lines.push(`  ${entry.name.padEnd(width)}  passes ${mark(entry.passes)}  fails ${mark(entry.fails)}`);
        for (const part of entry.parts.filter((item) => !item.exercised)) {
            const what = part.kind === 'body' ? 'quantifier body never evaluated' : `where filter ${part.missing}`;
            lines.push(`      ${what}: ${printable(part.text)}  ${c.dim(`${printable(relative(part.file, cwd))}:${part.line}:${part.column}`)}`);
        }
    }
    const both = coverage.filter((entry) => entry.passes && entry.fails).length;
    const parts = coverage.flatMap((entry) => entry.parts);
    lines.push(`Conditions with both outcomes covered: ${both} of ${coverage.length} (${Math.floor(both / coverage.length * 1000) / 10}%); ` +
        `quantifier bodies and where filters exercised: ${parts.filter((part) => part.exercised).length} of ${parts.length}; ` +
        `coverage ${coveragePercent(coverage)}%`);
    return lines;
}

export function renderTestJson(results: readonly TestResult[], options: TestRenderOptions): string {
    const passed = results.filter((result) => result.passed).length;
    return escapeJsonControls(JSON.stringify({
        tests: results.map((result) => ({
            name: result.name,
            file: relative(result.file, options.cwd),
            line: result.line,
            asOf: result.asOf,
            status: result.passed ? 'passed' : 'failed',
            durationMs: Math.round(result.durationMs * 10) / 10,
            ...(result.problem ? { problem: result.problem } : {}),
            expectations: result.expectations.map((judged) => ({
                line: (judged.expectation.$cstNode?.range.start.line ?? 0) + 1,
                passed: judged.passed,
                expected: judged.expected,
                actual: judged.actual
            }))
        })),
        totals: { passed, failed: results.length - passed },
        ...(options.coverage ? {
            coverage: {
                percent: coveragePercent(options.coverage),
                conditions: options.coverage.map((entry) => ({
                    name: entry.name,
                    passes: entry.passes,
                    fails: entry.fails,
                    parts: entry.parts.map((part) => ({ ...part, file: relative(part.file, options.cwd) }))
                }))
            }
        } : {})
    }, null, 2)) + '\n';
}

/** JUnit XML: one `<testsuite>` per test file, one `<testcase>` per test, a `<failure>` with expected and actual. */
export function renderTestJunit(results: readonly TestResult[], options: TestRenderOptions): string {
    const byFile = new Map<string, TestResult[]>();
    for (const result of results) byFile.set(result.file, [...byFile.get(result.file) ?? [], result]);
    const seconds = (ms: number) => (ms / 1000).toFixed(3);
    const suites = [...byFile].map(([file, tests]) => {
        const name = printable(relative(file, options.cwd));
        const failures = tests.filter((result) => !result.passed).length;
        const cases = tests.map((result) => {
            const open = `    <testcase classname="${escapeXml(name)}" name="${escapeXml(printable(result.name))}" file="${escapeXml(name)}" line="${result.line}" time="${seconds(result.durationMs)}"`;
            if (result.passed) return `${open}/>`;
            const lines = failureLines(result, options.cwd);
            const message = lines[0]?.startsWith('expected: ') ? `${lines[0]}; ${lines[1]?.replace(/^actual: +/, 'actual: ')}` : lines[0] ?? 'failed';
            return `${open}>\n      <failure message="${escapeXml(message)}" type="expectation">${escapeXml(lines.join('\n'))}</failure>\n    </testcase>`;
        });
        const time = tests.reduce((total, result) => total + result.durationMs, 0);
        return `  <testsuite name="${escapeXml(name)}" tests="${tests.length}" failures="${failures}" errors="0" skipped="0" time="${seconds(time)}">\n${cases.join('\n')}\n  </testsuite>`;
    });
    const failures = results.filter((result) => !result.passed).length;
    const time = results.reduce((total, result) => total + result.durationMs, 0);
    return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="lhc test" tests="${results.length}" failures="${failures}" errors="0" time="${seconds(time)}">\n` +
        `${suites.join('\n')}${suites.length ? '\n' : ''}</testsuites>\n`;
}

/** TAP version 13: `ok`/`not ok` per test, a YAML block with expected and actual under each failure. */
export function renderTestTap(results: readonly TestResult[], options: TestRenderOptions): string {
    const lines = ['TAP version 13', `1..${results.length}`];
    results.forEach((result, index) => {
        const description = `${printable(result.name).replace(/#/g, '\\#')} (${printable(relative(result.file, options.cwd))}:${result.line})`;
        lines.push(`${result.passed ? 'ok' : 'not ok'} ${index + 1} - ${description}`);
        if (result.passed) return;
        lines.push('  ---');
        for (const judged of result.expectations.filter((item) => !item.passed)) {
            lines.push(`  - expected: ${escapeJsonControls(JSON.stringify(judged.expected))}`, `    actual: ${escapeJsonControls(JSON.stringify(judged.actual))}`,
                `    at: ${JSON.stringify(`${relative(result.file, options.cwd)}:${(judged.expectation.$cstNode?.range.start.line ?? 0) + 1}`)}`);
        }
        if (result.problem) lines.push(`  - problem: ${escapeJsonControls(JSON.stringify(result.problem))}`);
        lines.push('  ...');
    });
    lines.push(`# ${totalsLine(results)}`);
    return lines.join('\n') + '\n';
}
