import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { AstUtils, URI, type AstNode } from 'langium';
import { NodeFileSystem } from 'langium/node';
import type { Document } from '../../language/generated/ast.js';
import { findLhcFiles } from '../../language/engine/workspace.js';
import { createLhcServices, type LhcServices } from '../../language/lhc-module.js';
import { DroppedDeclarationsJudge, formatProblems, judgeWorkspace, unreportedStretches } from './judge-partial.js';
import { grammarKeywords } from './keyword-inputs.js';
import { REPO_ROOT } from '../repo-paths.js';

/**
 * The partial-tree fuzzer: every `.lhc` file under examples/, broken by deleting random token spans, inserting
 * random tokens (every keyword of the grammar among them), cutting the file off at a token boundary, or deleting
 * random properties from the parsed tree (what error recovery can leave out), then
 * checked, summarised, formatted and its tests run as `lhc check`, `lhc summary`, `lhc fmt` and the editor's test
 * runner would. A case fails as `judge-partial.ts` says: anything throws, a finding has no rule id (Langium's "An
 * error occurred during validation"), a position is not a real line and column, a finding or summary names a
 * nameless node, or the depth guard loses a declaration (or skips text without a finding): see `DroppedDeclarationsJudge`. `npm test` runs a few hundred seeded cases and the sweeps; `npm run fuzz` runs thousands.
 */

/** One way to break a file. */
export type Mutation =
    | { kind: 'delete-tokens'; at: number; length: number }
    | { kind: 'insert-token'; at: number; token: number }
    | { kind: 'delete-property'; node: number; property: number }
    /** Cut the file off before token `at`, as a file being typed ends. */
    | { kind: 'truncate'; at: number };

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
    private readonly dropped: DroppedDeclarationsJudge;
    private counter = 0;

    constructor() {
        this.services = createLhcServices(NodeFileSystem).Lhc;
        this.services.lhc.Settings.asOf = '2019-06-01';
        this.dropped = new DroppedDeclarationsJudge(this.services);
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
            fc.record({ kind: fc.constant('delete-property' as const), node: fc.nat(), property: fc.nat() }),
            fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() })
        );
        return fc.record({ file: fc.nat({ max: this.files.length - 1 }), mutations: fc.array(mutation, { minLength: 1, maxLength: 4 }) });
    }

    /**
     * Every keyword of the grammar inserted once, each into a file and before a token chosen from `seed`: the
     * random cases may miss a keyword, these never do.
     */
    keywordSweep(seed: number): FuzzCase[] {
        const random = seededRandom(seed);
        return grammarKeywords().map((keyword) => ({
            file: random(this.files.length),
            mutations: [{ kind: 'insert-token' as const, at: random(1 << 30), token: this.vocabulary.indexOf(keyword) }]
        }));
    }

    /** The file cut off at every token boundary in turn (before its first token, …, before its last). */
    truncationSweep(relativePath: string): FuzzCase[] {
        const file = this.files.findIndex((candidate) => path.relative(REPO_ROOT, candidate.file) === relativePath);
        if (file < 0) throw new Error(`No example ${relativePath}`);
        return this.files[file]!.offsets.map((_, at) => ({ file, mutations: [{ kind: 'truncate' as const, at }] }));
    }

    /** The text a case checks: the file with its token mutations applied (property deletions come after parsing). */
    mutatedText(fuzzCase: FuzzCase): string {
        const { text, offsets } = this.files[fuzzCase.file]!;
        let result = text;
        let spans = offsets;
        for (const mutation of fuzzCase.mutations) {
            if (mutation.kind === 'delete-property' || spans.length === 0) continue;
            const index = mutation.at % spans.length;
            if (mutation.kind === 'truncate') {
                result = result.slice(0, spans[index]![0]);
                spans = spans.slice(0, index);
            } else if (mutation.kind === 'delete-tokens') {
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
        // A scenario test file stays one, so its tests are listed and run.
        const suffix = this.files[fuzzCase.file]!.file.endsWith('.test.lhc') ? '.test.lhc' : '.lhc';
        const uri = URI.file(path.join(REPO_ROOT, 'fuzz', `case-${++this.counter}${suffix}`));
        const document = shared.workspace.LangiumDocumentFactory.fromString<Document>(text, uri);
        for (const mutation of fuzzCase.mutations) if (mutation.kind === 'delete-property') deleteProperty(document.parseResult.value, mutation);
        shared.workspace.LangiumDocuments.addDocument(document);
        try {
            // Deleting a property the grammar requires makes a tree no parse makes: crashes count there, wording does not.
            const parsed = fuzzCase.mutations.every((mutation) => mutation.kind !== 'delete-property');
            return [...await judgeWorkspace(this.services, [document], REPO_ROOT, parsed), ...unreportedStretches(document),
                ...formatProblems(this.services, text), ...this.dropped.problems(text)];
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

/** Whole numbers below a bound, the same for the same seed (a linear congruential generator). */
function seededRandom(seed: number): (below: number) => number {
    let state = seed >>> 0;
    return (below) => {
        state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
        return state % below;
    };
}

/** Files whose every token boundary the truncation sweep cuts at: a condition file and a scenario test file. */
export const TRUNCATED_FILES = ['examples/greater-manchester/2015-devolution-mou/conditions.lhc', 'examples/london/tests/commitments.test.lhc'];
