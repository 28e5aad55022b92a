import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { AstUtils, GrammarAST, URI, type AstNode, type LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import type { Document } from '../../language/generated/ast.js';
import { conditionRules } from '../../language/engine/condition-rules.js';
import { toFinding } from '../../language/engine/check.js';
import { formatText } from '../../language/engine/format.js';
import { countTotals, sortFindings, type CheckReport } from '../../language/engine/results.js';
import { summariseChecked } from '../../language/engine/summarise.js';
import { findLhcFiles } from '../../language/engine/workspace.js';
import { createLhcServices, type LhcServices } from '../../language/lhc-module.js';
import { CHECK_FORMATS } from '../../language/render/check-formats.js';
import { SUMMARY_FORMATS } from '../../language/render/summary-formats.js';
import { REPO_ROOT } from '../repo-paths.js';

/**
 * The partial-tree fuzzer: every `.lhc` file under examples/, broken by deleting random token spans, inserting
 * random tokens, or deleting random properties from the parsed tree (what error recovery can leave out), then
 * checked, summarised and formatted as `lhc check`, `lhc summary` and `lhc fmt` would. A case fails when anything
 * throws, when a finding has no rule id (Langium's "An error occurred during validation"), or when a position is
 * not a real line and column. `npm test` runs a few hundred seeded cases; `npm run fuzz` runs thousands.
 */

/** One way to break a file. */
export type Mutation =
    | { kind: 'delete-tokens'; at: number; length: number }
    | { kind: 'insert-token'; at: number; token: number }
    | { kind: 'delete-property'; node: number; property: number };

export interface FuzzCase {
    file: number;
    mutations: Mutation[];
}

/** Literals and punctuation worth inserting besides the grammar's keywords. */
const EXTRA_TOKENS = ['(', ')', '{', '}', '[', ']', ',', '.', ':', '"x"', '""', '"', 'x', 'London', '2019-06-01', '2019-02-29',
    '£5m', '£0', '£1,000,000', '50%', '150%', '0', '12', '3 months', '/*', '//', '*/', '\u0007', '\u001b[2J', '\ufeff', 'true'];

export class PartialTreeFuzzer {
    readonly files: { file: string; text: string; offsets: [number, number][] }[];
    readonly vocabulary: string[];
    private readonly services: LhcServices;
    private counter = 0;

    constructor() {
        this.services = createLhcServices(NodeFileSystem).Lhc;
        this.services.lhc.Settings.asOf = '2019-06-01';
        const lexer = this.services.parser.Lexer;
        this.files = findLhcFiles([path.join(REPO_ROOT, 'examples')]).map((file) => {
            const text = readFileSync(file, 'utf8');
            const tokens = lexer.tokenize(text).tokens;
            return { file, text, offsets: tokens.map((token) => [token.startOffset, token.endOffset! + 1] as [number, number]) };
        });
        const keywords = new Set<string>();
        for (const node of AstUtils.streamAllContents(this.services.Grammar)) if (GrammarAST.isKeyword(node)) keywords.add(node.value);
        this.vocabulary = [...keywords, ...EXTRA_TOKENS].sort();
    }

    /** Random cases over these files. */
    arbitrary(): fc.Arbitrary<FuzzCase> {
        const mutation: fc.Arbitrary<Mutation> = fc.oneof(
            fc.record({ kind: fc.constant('delete-tokens' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 8 }) }),
            fc.record({ kind: fc.constant('insert-token' as const), at: fc.nat(), token: fc.nat() }),
            fc.record({ kind: fc.constant('delete-property' as const), node: fc.nat(), property: fc.nat() })
        );
        return fc.record({ file: fc.nat({ max: this.files.length - 1 }), mutations: fc.array(mutation, { minLength: 1, maxLength: 4 }) });
    }

    /** The text a case checks: the file with its token mutations applied (property deletions come after parsing). */
    mutatedText(fuzzCase: FuzzCase): string {
        const { text, offsets } = this.files[fuzzCase.file]!;
        let result = text;
        let spans = offsets;
        for (const mutation of fuzzCase.mutations) {
            if (mutation.kind === 'delete-property' || spans.length === 0) continue;
            const index = mutation.at % spans.length;
            if (mutation.kind === 'delete-tokens') {
                const last = Math.min(spans.length - 1, index + mutation.length - 1);
                const [start, end] = [spans[index]![0], spans[last]![1]];
                result = result.slice(0, start) + result.slice(end);
                spans = [...spans.slice(0, index), ...spans.slice(last + 1).map(([s, e]) => [s - (end - start), e - (end - start)] as [number, number])];
            } else {
                const token = ` ${this.vocabulary[mutation.token % this.vocabulary.length]} `;
                const at = spans[index]![0];
                result = result.slice(0, at) + token + result.slice(at);
                spans = [...spans.slice(0, index), ...spans.slice(index).map(([s, e]) => [s + token.length, e + token.length] as [number, number])];
            }
        }
        return result;
    }

    /** Runs one case as check, summary and fmt do; returns what went wrong (nothing when all is well). */
    async run(fuzzCase: FuzzCase): Promise<string[]> {
        const problems: string[] = [];
        const text = this.mutatedText(fuzzCase);
        const { shared } = this.services;
        const uri = URI.file(path.join(REPO_ROOT, 'fuzz', `case-${++this.counter}.lhc`));
        const document = shared.workspace.LangiumDocumentFactory.fromString<Document>(text, uri);
        for (const mutation of fuzzCase.mutations) if (mutation.kind === 'delete-property') deleteProperty(document.parseResult.value, mutation);
        shared.workspace.LangiumDocuments.addDocument(document);
        // Langium prints a validation crash with its stack on the console; the finding it makes is what counts here.
        const consoleError = console.error;
        const logged: unknown[] = [];
        console.error = (...args: unknown[]) => logged.push(...args);
        try {
            await shared.workspace.DocumentBuilder.build([document], { validation: true });
            const findings = sortFindings((document.diagnostics ?? []).map((diagnostic) => toFinding(document, diagnostic)));
            for (const finding of findings) {
                if (finding.ruleId === 'unknown' || /error occurred/i.test(finding.message)) {
                    const stack = logged.find((entry): entry is Error => entry instanceof Error)?.stack?.split('\n')[1]?.trim();
                    problems.push(`check: ${finding.message.split('\n')[0]}${stack ? ` (${stack})` : ''}`);
                }
                const { start, end } = finding.location;
                if (!(start.line >= 1 && start.column >= 1 && end.line >= 1 && end.column >= 1)) problems.push(`check: position ${JSON.stringify(finding.location)}`);
            }
            const report: CheckReport = { asOf: '2019-06-01', files: [uri.fsPath], findings, totals: countTotals(1, findings) };
            const context = { cwd: REPO_ROOT, color: false, toolVersion: '0', docsUrl: (id: string) => id, conditions: conditionRules(this.services.lhc.Facts.get()) };
            for (const render of Object.values(CHECK_FORMATS)) render(report, context);
            const { summary } = summariseChecked({ report, services: this.services, documents: [document as LangiumDocument<Document>] }, REPO_ROOT);
            for (const render of Object.values(SUMMARY_FORMATS)) render(summary);
        } catch (error) {
            problems.push(`threw: ${(error as Error).stack?.split('\n').slice(0, 3).join(' | ') ?? String(error)}`);
        } finally {
            console.error = consoleError;
            await shared.workspace.DocumentBuilder.update([], [uri]);
        }
        try {
            const formatted = formatText(this.services, text);
            if ('problems' in formatted) {
                for (const problem of formatted.problems) {
                    if (!(problem.line >= 1 && problem.column >= 1)) problems.push(`fmt: position ${problem.line}:${problem.column}`);
                }
            }
        } catch (error) {
            problems.push(`fmt threw: ${(error as Error).message}`);
        }
        return problems;
    }

    describe(fuzzCase: FuzzCase): string {
        return `${path.relative(REPO_ROOT, this.files[fuzzCase.file]!.file)} ${JSON.stringify(fuzzCase.mutations)}`;
    }
}

/** Deletes one property of one node, as error recovery can: a reference, a value, a child, or a list's items. */
function deleteProperty(root: AstNode, mutation: { node: number; property: number }): void {
    const nodes = [...AstUtils.streamAst(root)];
    const node = nodes[mutation.node % nodes.length] as unknown as Record<string, unknown>;
    const properties = Object.keys(node).filter((key) => !key.startsWith('$'));
    if (properties.length === 0) return;
    const property = properties[mutation.property % properties.length]!;
    if (Array.isArray(node[property])) node[property] = (node[property] as unknown[]).slice(0, mutation.property % 2);
    else delete node[property];
}
