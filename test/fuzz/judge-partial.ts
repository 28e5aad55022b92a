import * as path from 'node:path';
import { AstUtils, createLangiumParser, type LangiumDocument, type LangiumParser, type ParseResult } from 'langium';
import { isCondition, type Document } from '../../language/generated/ast.js';
import { conditionRules } from '../../language/engine/condition-rules.js';
import { toFinding } from '../../language/engine/check.js';
import { formatText } from '../../language/engine/format.js';
import { isComplete } from '../../language/model/complete-nodes.js';
import { useCompactCst } from '../../language/parsing/compact-cst.js';
import { deepRegionsOf, guardNesting, MAX_OPERATORS } from '../../language/parsing/depth-guard.js';
import { positionAt } from '../../language/parsing/syntax-errors.js';
import { resetParserAfterThrow } from '../../language/parsing/unreadable-text.js';
import { countTotals, sortFindings, type CheckReport, type Finding } from '../../language/engine/results.js';
import { summariseChecked } from '../../language/engine/summarise.js';
import type { LhcServices } from '../../language/lhc-module.js';
import { listTests, runTests } from '../../language/lsp/lhc-test-request.js';
import { CHECK_FORMATS } from '../../language/render/check-formats.js';
import { SUMMARY_FORMATS } from '../../language/render/summary-formats.js';
import { nonFiniteOutputProblems } from './judge-non-finite.js';
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
        problems.push(...nonFiniteOutputProblems(services, documents, report, context, summary));
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

/** The words the depth guard counts as operators inside a condition (see `findDeepRegions`). */
const OPERATOR_WORDS = /\b(?:of|in|within|and|or|before|after)\b/g;

/**
 * "Dropped declarations" (issue 23): the text parsed with the depth guard and with a guard whose limits nothing
 * reaches, compared by the names declared at top level (declarations and tests). A name the unlimited parse reads
 * that the guarded one lost is a failure unless it lies in a stretch the guard reported (a condition's); so is a stretch without
 * its finding. The text is also read followed by its brace-free declarations until they hold more operator
 * words than one condition may (`MAX_OPERATORS`): a guard that counts outside conditions loses declarations there.
 * An unlimited parse that overflows the stack reads nothing to compare.
 */

export class DroppedDeclarationsJudge {
    private readonly unlimited: LangiumParser;

    constructor(private readonly services: LhcServices) {
        this.unlimited = guardNesting(useCompactCst(createLangiumParser(services)), { nesting: Number.MAX_SAFE_INTEGER, operators: Number.MAX_SAFE_INTEGER });
    }

    /** Problems with the text, and with the text followed by its brace-free declarations over and over. */
    problems(text: string): string[] {
        const full = this.parseUnlimited(text);
        if (!full) return [];
        // Declarations with operator words and no braces (`area … within`, `measurement … of`), repeated past the
        // limit one condition may hold: only a guard counting outside conditions loses anything there.
        const plain = full.value.declarations.map((declaration) => declaration.$cstNode?.text ?? '')
            .map((written) => ({ written, words: (written.match(OPERATOR_WORDS) ?? []).length }))
            .filter(({ written, words }) => words > 0 && !/[{}]/.test(written));
        const problems = this.compare(text, full, '');
        if (plain.length === 0) return problems;
        const repeated = [text];
        for (let words = 0, index = 0; words <= MAX_OPERATORS; index++) {
            const next = plain[index % plain.length]!;
            repeated.push(next.written);
            words += next.words;
        }
        const longer = repeated.join('\n');
        const fullLonger = this.parseUnlimited(longer);
        return fullLonger ? [...problems, ...this.compare(longer, fullLonger, ` (with its brace-free declarations repeated ${repeated.length - 1} times after it)`)] : problems;
    }

    private parseUnlimited(text: string): ParseResult<Document> | undefined {
        try {
            return this.unlimited.parse<Document>(text);
        } catch {
            resetParserAfterThrow(this.unlimited);
            return undefined;
        }
    }

    private compare(text: string, full: ParseResult<Document>, what: string): string[] {
        const guarded = this.services.parser.LangiumParser.parse<Document>(text);
        // A stretch counts as reported when it is a condition's: the condition holds it (its `condition-too-deep`
        // finding names it), or it follows a condition left open with no declaration between (reported on its own).
        const conditions = [...AstUtils.streamAst(guarded.value)].filter(isCondition).flatMap((condition) => condition.$cstNode ? [condition.$cstNode] : []);
        const starts = [...guarded.value.declarations, ...guarded.value.tests].flatMap((node) => node.$cstNode ? [node.$cstNode.offset] : []);
        const regions = deepRegionsOf(guarded.value).filter((region) => conditions.some((cst) => cst.offset <= region.start
            && (region.start < cst.end || !starts.some((start) => start > cst.offset && start < region.start))));
        const counts = new Map<string, number>();
        for (const name of declaredNames(guarded.value)) counts.set(name.name, (counts.get(name.name) ?? 0) + 1);
        const problems: string[] = [];
        // Only declarations written out in full count: error recovery makes nodes of fragments (`reinvestment.area
        // within X` after a stray token reads as an area named X), which are no declaration anyone wrote.
        for (const name of declaredNames(full.value).filter((each) => each.complete)) {
            const left = counts.get(name.name) ?? 0;
            if (left > 0) {
                counts.set(name.name, left - 1);
                continue;
            }
            if (regions.some((region) => region.start < name.end && name.start < region.end)) continue;
            problems.push(`dropped declaration${what}: '${name.name}' at ${positionAt(text, name.start).line}:${positionAt(text, name.start).column} is read without the depth guard but lost with it, outside any stretch it reported`);
        }
        return problems.slice(0, 3);
    }
}

/** The names a tree declares at top level (declarations and tests), where their declarations are, and whether each has every part the grammar requires. */
function declaredNames(root: Document): { name: string; start: number; end: number; complete: boolean }[] {
    return [...root.declarations, ...root.tests].flatMap((node) => {
        const name = (node as { name?: unknown }).name;
        const cst = node.$cstNode;
        return typeof name === 'string' && cst ? [{ name: `${node.$type} ${name}`, start: cst.offset, end: cst.end, complete: isComplete(node) }] : [];
    });
}

/** A document whose depth guard skipped text reports each stretch (`condition-too-deep`), never silently. */
export function unreportedStretches(document: LangiumDocument<Document>): string[] {
    const regions = deepRegionsOf(document.parseResult.value);
    if (regions.length === 0) return [];
    const text = document.textDocument.getText();
    const findings = (document.diagnostics ?? []).filter((diagnostic) => diagnostic.code === 'condition-too-deep');
    if (findings.length > 0) return [];
    return [`the depth guard skipped ${regions.length} stretch${regions.length === 1 ? '' : 'es'} (from ${positionAt(text, regions[0]!.start).line}:${positionAt(text, regions[0]!.start).column}) with no finding`];
}
