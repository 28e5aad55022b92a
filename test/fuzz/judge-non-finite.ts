import type { LangiumDocument } from 'langium';
import type { CheckReport } from '../../language/engine/results.js';
import type { LhcServices } from '../../language/lhc-module.js';
import { CHECK_FORMATS, type CheckFormatContext } from '../../language/render/check-formats.js';
import { SUMMARY_FORMATS } from '../../language/render/summary-formats.js';
import { TEST_FORMATS } from '../../language/render/test-results.js';
import type { ComplianceSummary } from '../../language/summary/summary-model.js';

/**
 * "Never wrong, never silent" for numbers: no output of `lhc check` or `lhc summary` prints `Infinity` or `NaN`
 * (a division by zero, an overflow, a date that is not one) unless the user wrote the word. JSON cannot hold either:
 * `JSON.stringify` writes `null` in their place, which then fails the format's own schema; so the value a JSON
 * format is made from is searched for a number that is not finite before it is written.
 */

/**
 * Problems with one rendered output: each line (or, in HTML, the text outside style and script) that shows a
 * number that is not finite, when the workspace's own text (`written`) does not contain that word.
 */
export function nonFiniteTextProblems(format: string, text: string, written: string): string[] {
    const words = ['Infinity', 'NaN'].filter((word) => !written.includes(word));
    if (words.length === 0) return [];
    const pattern = new RegExp(words.join('|'));
    const lines = text.replace(/<(style|script)\b[\s\S]*?<\/\1>/g, '').split('\n');
    return lines.filter((line) => pattern.test(line)).slice(0, 2).map((line) => {
        const at = line.search(pattern);
        return `${format} prints a number that is not finite: ${line.trim().slice(Math.max(0, at - 100), at + 40)}`;
    });
}

/** Problems with the value a JSON output is made from: the path of each number that is not finite (at most two). */
export function nonFiniteValueProblems(format: string, value: unknown): string[] {
    const found: string[] = [];
    const seen = new Set<object>();
    const walk = (item: unknown, where: string): void => {
        if (found.length >= 2) return;
        if (typeof item === 'number') {
            if (!Number.isFinite(item)) found.push(`${format} holds ${item} at ${where || '(top)'} (JSON writes null)`);
        } else if (item && typeof item === 'object') {
            if (seen.has(item)) return;
            seen.add(item);
            // Only the properties JSON.stringify writes: a model's own data, not the AST nodes it points to.
            const json = (item as { toJSON?: () => unknown }).toJSON;
            if (typeof json === 'function') return walk(json.call(item), where);
            if (Array.isArray(item)) item.forEach((entry, index) => walk(entry, `${where}[${index}]`));
            else for (const [key, entry] of Object.entries(item)) walk(entry, where ? `${where}.${key}` : key);
        }
    };
    walk(value, '');
    return found;
}

/**
 * Every output a workspace makes, rendered and searched: each check format (text, JSON, SARIF, JUnit, GitHub), each
 * summary format (Markdown, HTML, JSON) and each test-results format (text, JSON, JUnit, TAP); the values the JSON
 * formats are made from are searched for numbers that are not finite.
 */
export function nonFiniteOutputProblems(services: LhcServices, documents: readonly LangiumDocument[], report: CheckReport, context: CheckFormatContext, summary: ComplianceSummary): string[] {
    const written = documents.map((document) => document.textDocument.getText()).join('\n');
    const problems: string[] = [];
    for (const [format, render] of Object.entries(CHECK_FORMATS)) problems.push(...nonFiniteTextProblems(`check (${format})`, render(report, context), written));
    for (const [format, render] of Object.entries(SUMMARY_FORMATS)) problems.push(...nonFiniteTextProblems(`summary (${format})`, render(summary), written));
    const results = services.lhc.Scenarios.tests().map((test) => services.lhc.Scenarios.result(test));
    for (const [format, render] of Object.entries(TEST_FORMATS)) problems.push(...nonFiniteTextProblems(`test (${format})`, render(results, { cwd: context.cwd, color: false }), written));
    problems.push(...nonFiniteValueProblems('summary (json)', summary), ...nonFiniteValueProblems('check (json)', report));
    return problems;
}
