import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { AstUtils, URI, type AstNode } from 'langium';
import { NodeFileSystem } from 'langium/node';
import type { Document } from '../../language/generated/ast.js';
import { findLhcFiles } from '../../language/engine/workspace.js';
import { createLhcServices, type LhcServices } from '../../language/lhc-module.js';
import { formatProblems, judgeWorkspace } from './judge-partial.js';
import { grammarKeywords } from './keyword-inputs.js';
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
        this.vocabulary = [...new Set([...grammarKeywords(), ...EXTRA_TOKENS])].sort();
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

    /** Runs one case as check, summary, fmt and the test runner do; returns what went wrong (nothing when all is well). */
    async run(fuzzCase: FuzzCase): Promise<string[]> {
        const text = this.mutatedText(fuzzCase);
        const { shared } = this.services;
        const uri = URI.file(path.join(REPO_ROOT, 'fuzz', `case-${++this.counter}.lhc`));
        const document = shared.workspace.LangiumDocumentFactory.fromString<Document>(text, uri);
        for (const mutation of fuzzCase.mutations) if (mutation.kind === 'delete-property') deleteProperty(document.parseResult.value, mutation);
        shared.workspace.LangiumDocuments.addDocument(document);
        try {
            return [...await judgeWorkspace(this.services, [document], REPO_ROOT), ...formatProblems(this.services, text)];
        } finally {
            await shared.workspace.DocumentBuilder.update([], [uri]);
        }
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
