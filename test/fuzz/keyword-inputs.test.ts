import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { after, before, describe, it } from 'mocha';
import type { Document } from '../../language/generated/ast.js';
import { createLhcServices } from '../../language/lhc-module.js';
import { runLhc } from '../cli/cli-harness.js';
import { containerHeaders, grammarKeywords, keywordForms, partialInputs, type PartialInput } from './keyword-inputs.js';
import { formatProblems, judgeWorkspace, NAMELESS, renderedProblems } from './judge-partial.js';

/**
 * Issue 13 fault 1 as a kind: every keyword of the grammar, alone and with the beginnings of a declaration after
 * it, at the top of a file and inside the body of every declaration that has one, gives syntax errors and findings
 * only, in the engine, the CLI (check, summary, fmt, test) and the language server (test/lsp/partial-inputs.test.ts).
 */
/** Inputs built as one workspace at a time: few enough that workspace-wide checks stay cheap. */
const CHUNK = 100;

describe('partial inputs: every keyword and its prefixes', function () {
    this.timeout(900_000);

    it('are made from the generated grammar: every keyword in six forms, and inside every declaration body', () => {
        const keywords = grammarKeywords();
        for (const keyword of ['commitment', 'dataset', 'delegation', 'condition', 'test', 'expect', '{', 'workspace-wide']) assert.ok(keywords.includes(keyword), keyword);
        assert.deepEqual(keywordForms('dataset'), ['dataset', 'dataset X', 'dataset X "t"', 'dataset X "t" {', 'dataset X:', 'dataset X "t" { }']);
        const headers = Object.fromEntries(containerHeaders().map(({ rule, header }) => [rule, header]));
        for (const rule of ['Agreement', 'Board', 'Aspiration', 'Target', 'Commitment', 'Dataset', 'PooledBudget', 'Condition', 'TestCase']) assert.ok(headers[rule], rule);
        assert.equal(headers.Agreement, 'agreement X "t" {');
        assert.equal(headers.TestCase, 'test "t" {');
        assert.equal(partialInputs().length, keywords.length * 6 + Object.keys(headers).length * keywords.length);
    });

    describe('in the engine (every input, built a hundred at a time, each with names of its own)', () => {
        const services = createLhcServices(NodeFileSystem).Lhc;
        services.lhc.Settings.asOf = '2019-06-01';
        const root = path.join(os.tmpdir(), 'lhc-partial-inputs');
        const inputs = partialInputs({ unique: true });

        it('checks, summarises and runs the tests of every input without a crash, an unknown finding or a nameless node', async () => {
            const { LangiumDocumentFactory, LangiumDocuments, DocumentBuilder } = services.shared.workspace;
            const problems: string[] = [];
            const unreported: string[] = [];
            for (let start = 0; start < inputs.length; start += CHUNK) {
                const labels = new Map<string, string>();
                const documents = inputs.slice(start, start + CHUNK).map((input, offset) => {
                    const name = `p${start + offset}${input.testFile ? '.test.lhc' : '.lhc'}`;
                    labels.set(name, input.label);
                    const document = LangiumDocumentFactory.fromString<Document>(input.text, URI.file(path.join(root, name)));
                    LangiumDocuments.addDocument(document);
                    return document;
                });
                for (const problem of await judgeWorkspace(services, documents, root)) {
                    const file = problem.split(':')[0]!;
                    problems.push(labels.has(file) ? `${JSON.stringify(labels.get(file))}: ${problem.slice(file.length + 2)}` : problem);
                }
                for (const document of documents) {
                    const syntax = (document.diagnostics ?? []).some((diagnostic) => diagnostic.code === 'syntax-error');
                    if (document.parseResult.parserErrors.length > 0 && !syntax) unreported.push(labels.get(path.basename(document.uri.fsPath))!);
                }
                await DocumentBuilder.update([], documents.map((document) => document.uri));
            }
            assert.deepEqual(problems, []);
            assert.deepEqual(unreported, [], 'every input that does not parse has a syntax error');
        });

        it('formats every input, or refuses it at a real line and column', () => {
            const problems = inputs.flatMap((input) => formatProblems(services, input.text).map((problem) => `${JSON.stringify(input.label)}: ${problem}`));
            assert.deepEqual(problems, []);
        });
    });

    describe('through the CLI (each keyword once, in one of its forms, in one folder)', () => {
        let folder: string;
        let broken: string[];

        before(() => {
            folder = mkdtempSync(path.join(os.tmpdir(), 'lhc-partial-cli-'));
            mkdirSync(path.join(folder, 'tests'));
            const keywords = grammarKeywords();
            const headers = containerHeaders().filter(({ rule }) => rule !== 'TestCase');
            // Every keyword in one of its forms at the top of a file, and once inside some declaration's body.
            const inputs: PartialInput[] = keywords.flatMap((keyword, index) => {
                const text = keywordForms(keyword)[index % 6]!;
                const { header } = headers[index % headers.length]!;
                return [{ label: text, text, testFile: false }, { label: `${header} ${keyword}`, text: `${header}\n    ${keyword}\n}\n`, testFile: false }];
            });
            inputs.forEach((input, index) => writeFileSync(path.join(folder, `p${index}.lhc`), `${input.text}\n`));
            writeFileSync(path.join(folder, 'tests', 'whole.test.lhc'), 'test "Whole" {\n    expect "duplicate-name" passes\n}\n');
            broken = inputs.map((_, index) => `p${index}.lhc`);
        });
        after(() => rmSync(folder, { recursive: true, force: true }));

        const clean = (run: { stdout: string; stderr: string }) => {
            assert.doesNotMatch(run.stderr, /\n\s+at |internal error|TypeError|RangeError/, run.stderr.slice(0, 2000));
            assert.doesNotMatch(run.stdout, /(^|\s|")unknown(\s\s|")|error occurred/im);
        };

        for (const format of ['text', 'json', 'sarif']) {
            it(`lhc check --format ${format} reports the syntax errors and exits 1, never 2`, async () => {
                const run = await runLhc(['check', '--format', format, '.'], { cwd: folder });
                clean(run);
                assert.equal(run.code, 1, run.stderr);
                assert.deepEqual(format === 'text' ? run.stdout.split('\n').filter((line) => NAMELESS.test(line)) : renderedProblems('json', run.stdout), []);
                if (format === 'json') {
                    const report = JSON.parse(run.stdout) as { findings: { ruleId: string }[] };
                    const withSyntaxErrors = new Set(report.findings.filter((finding) => finding.ruleId === 'syntax-error').map((finding) => /p\d+\.lhc/.exec(JSON.stringify(finding))?.[0]));
                    assert.ok(withSyntaxErrors.size > broken.length / 2, `${withSyntaxErrors.size} files with syntax errors`);
                }
            });
        }

        for (const format of ['md', 'html', 'json']) {
            it(`lhc summary --format ${format} summarises them and exits 0, naming no nameless node`, async () => {
                const run = await runLhc(['summary', '--format', format, '.'], { cwd: folder });
                clean(run);
                assert.equal(run.code, 0, run.stderr);
                assert.deepEqual(renderedProblems(format, run.stdout), []);
            });
        }

        it('lhc fmt --check names each file with a syntax error on one line, with a real position, and exits 2', async () => {
            const run = await runLhc(['fmt', '--check', '.'], { cwd: folder });
            clean(run);
            assert.equal(run.code, 2, 'a file that does not parse is not formatted (docs/cli.md)');
            for (const line of run.stderr.trim().split('\n')) assert.match(line, /^p\d+\.lhc:[1-9]\d*:[1-9]\d*: not formatted, it has a syntax error: /);
        });

        it('lhc test runs the tests of a workspace made of them and exits 0 or 1', async () => {
            const run = await runLhc(['test', '.'], { cwd: folder });
            clean(run);
            assert.ok(run.code === 0 || run.code === 1, `exit ${run.code}: ${run.stderr}`);
            assert.match(run.stdout, /Whole/);
        });

        it('lhc test refuses a test file that does not parse in one line with its position, and exits 2', async () => {
            const keywords = grammarKeywords();
            for (const keyword of ['test', 'expect', keywords[keywords.length - 1]!]) {
                writeFileSync(path.join(folder, 'tests', 'partial.test.lhc'), `test P "p" {\n    ${keyword}\n}\n`);
                const run = await runLhc(['test', '.'], { cwd: folder });
                clean(run);
                assert.equal(run.code, 2, `${keyword}: exit ${run.code}`);
                assert.match(run.stderr, /^lhc test: tests\/partial\.test\.lhc:[1-9]\d*:[1-9]\d*: syntax error: [^\n]+\n$/, keyword);
            }
            rmSync(path.join(folder, 'tests', 'partial.test.lhc'));
        });
    });
});
