import { AstUtils, DocumentState, GrammarUtils, type AstNode } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import type * as ast from '../generated/ast.js';
import type { LhcServices } from '../lhc-module.js';
import type { TestResult } from '../scenarios/run-test.js';
import { LIST_TESTS_REQUEST, RUN_TESTS_REQUEST, type RunTestsParams, type TestInfo, type TestOutcome, type TestRange } from './lhc-test-protocol.js';

/** Answers the Test Explorer: which tests there are, and their results. */
export function registerTestRequests(connection: Connection, shared: LangiumSharedServices, services: LhcServices): void {
    connection.onRequest(LIST_TESTS_REQUEST, async () => {
        await ready(shared);
        return listTests(services);
    });
    connection.onRequest(RUN_TESTS_REQUEST, async (params: RunTestsParams) => {
        await ready(shared);
        return runTests(services, params);
    });
}

async function ready(shared: LangiumSharedServices): Promise<void> {
    await shared.workspace.WorkspaceManager.ready;
    await shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated);
}

export function listTests(services: LhcServices): TestInfo[] {
    return services.lhc.Scenarios.tests().map(testInfo);
}

/** Runs the named tests (every test when none are named), each afresh. */
export function runTests(services: LhcServices, params: RunTestsParams | undefined): TestOutcome[] {
    const wanted = params?.tests;
    const tests = services.lhc.Scenarios.tests().filter((test) => {
        if (!wanted) return true;
        const uri = AstUtils.getDocument(test).uri.toString();
        return wanted.some((item) => item.uri === uri && item.name === test.name);
    });
    return tests.map((test) => outcomeOf(services.lhc.Scenarios.run(test)));
}

export function testInfo(test: ast.TestCase): TestInfo {
    const uri = AstUtils.getDocument(test).uri.toString();
    return { id: `${uri}#${test.name}`, uri, name: test.name, range: headerRange(test) };
}

export function outcomeOf(result: TestResult): TestOutcome {
    return {
        ...testInfo(result.test),
        passed: result.passed,
        durationMs: result.durationMs,
        ...(result.problem ? { problem: result.problem } : {}),
        expectations: result.expectations.map((judged) => ({
            passed: judged.passed, expected: judged.expected, actual: judged.actual, range: rangeOf(judged.expectation)
        }))
    };
}

/** The `test "name"` part of a test: where its lens and its Test Explorer item point. */
export function headerRange(test: ast.TestCase): TestRange {
    const name = GrammarUtils.findNodeForProperty(test.$cstNode, 'name');
    const start = test.$cstNode?.range.start ?? { line: 0, character: 0 };
    return { start, end: name?.range.end ?? start };
}

function rangeOf(node: AstNode): TestRange {
    return node.$cstNode?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
}
