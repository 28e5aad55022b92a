import * as path from 'node:path';
import type { LangiumDocument } from 'langium';
import * as ast from '../generated/ast.js';
import { findConfigFile } from '../config/config-loader.js';
import { closest } from '../conditions/condition-type-checker.js';
import { checkWorkspace } from '../engine/check.js';
import { InputError } from '../engine/errors.js';
import { findLhcFiles } from '../engine/workspace.js';
import type { IsoDate } from '../model/dates.js';
import { halfReadFiles, syntaxProblems, type HalfReadFile } from '../parsing/syntax-errors.js';
import { CoverageRecorder, type ConditionCoverage } from './coverage.js';
import type { TestResult } from './run-test.js';
import { isTestFile, TEST_FILE_SUFFIX } from './test-files.js';

export interface TestSessionOptions {
    paths: string[];
    asOf?: IsoDate;
    /** Paths in messages are relative to this folder. */
    cwd: string;
    coverage?: boolean;
    onProgress?: (message: string) => void;
}

/** Every test run under the given paths, workspace by workspace, with coverage when asked. */
export interface TestSession {
    results: TestResult[];
    /** Per condition of every workspace with tests, when `coverage` was asked for. */
    coverage?: ConditionCoverage[];
    /** The workspace files (not tests) with syntax errors: every test of their workspace ran on them half-read, and fails. */
    halfRead: HalfReadFile[];
}

/**
 * Finds every `*.test.lhc` file under the paths, groups them by the workspace they test — the folder of the
 * nearest `lhc.config.json`, else the folder holding the test file (its parent when that folder is `tests/`) —
 * and runs each workspace's tests on that workspace alone, so `lhc test examples` tests each example on its own.
 * Raises an InputError (exit 2, one line) when there are no tests, a test file does not parse, or an
 * expectation names a condition or rule that does not exist.
 */
export async function runTestSession(options: TestSessionOptions): Promise<TestSession> {
    const testFiles = findLhcFiles(options.paths).filter(isTestFile);
    if (testFiles.length === 0) throw new InputError(`No tests found in ${options.paths.join(', ')}: tests are written in files ending ${TEST_FILE_SUFFIX}`);
    const byWorkspace = new Map<string, string[]>();
    for (const file of testFiles) {
        const root = workspaceRootOf(file);
        byWorkspace.set(root, [...byWorkspace.get(root) ?? [], file]);
    }
    const results: TestResult[] = [];
    const halfRead: HalfReadFile[] = [];
    const recorder = options.coverage ? new CoverageRecorder() : undefined;
    for (const [root, files] of byWorkspace) {
        options.onProgress?.(`Testing ${path.basename(root)}…`);
        const { services, documents } = await checkWorkspace({ paths: [root], testFiles: files, asOf: options.asOf });
        const testDocuments = documents.filter((document) => isTestFile(document.uri.fsPath));
        halfRead.push(...halfReadFiles(documents.filter((document) => !isTestFile(document.uri.fsPath))));
        const conditionNames = services.lhc.Facts.get().conditions.map((condition) => condition.name);
        for (const document of testDocuments) refuseBroken(document, conditionNames, options.cwd);
        const scenarios = services.lhc.Scenarios;
        for (const document of testDocuments) {
            for (const test of document.parseResult.value.tests) {
                results.push(recorder ? recorder.record(scenarios.run(test, recorder.probe())) : scenarios.result(test));
            }
        }
        recorder?.addConditions(services.lhc.Facts.get().conditions);
    }
    return { results, coverage: recorder?.report(), halfRead };
}

/** The folder a test file tests: the nearest `lhc.config.json`'s, else the test's folder (or its parent, for `tests/`). */
export function workspaceRootOf(testFile: string): string {
    const config = findConfigFile(testFile);
    if (config) return path.dirname(config);
    const folder = path.dirname(path.resolve(testFile));
    return path.basename(folder) === 'tests' ? path.dirname(folder) : folder;
}

/** A test file that does not parse, or names what does not exist, cannot be run: one line saying where and what. */
function refuseBroken(document: LangiumDocument<ast.Document>, conditionNames: readonly string[], cwd: string): void {
    const file = path.relative(cwd, document.uri.fsPath) || document.uri.fsPath;
    const syntax = syntaxProblems(document.parseResult, document.textDocument.getText())[0];
    if (syntax) throw new InputError(`${file}:${syntax.line}:${syntax.column}: syntax error: ${syntax.message}`);
    for (const test of document.parseResult.value.tests) {
        for (const expectation of test.expectations) {
            const where = `${file}:${(expectation.$cstNode?.range.start.line ?? 0) + 1}`;
            if (expectation.condition && !expectation.condition.ref) {
                const suggestion = closest(expectation.condition.$refText, conditionNames);
                throw new InputError(`${where}: test "${test.name}" expects something of '${expectation.condition.$refText}', but no condition has that name${suggestion ? ` (did you mean '${suggestion}'?)` : ''}`);
            }
            if (expectation.subject && !expectation.subject.ref) {
                throw new InputError(`${where}: test "${test.name}" names '${expectation.subject.$refText}', but no fact has that name`);
            }
        }
    }
    const error = (document.diagnostics ?? []).find((diagnostic) => diagnostic.severity === 1
        && (diagnostic.code === 'unresolved-reference' || (diagnostic.data as { blocking?: boolean } | undefined)?.blocking === true));
    if (error) throw new InputError(`${file}:${error.range.start.line + 1}: ${error.message}`);
}
