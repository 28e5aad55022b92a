import { AstUtils, WorkspaceCache, type LangiumDocument } from 'langium';
import * as ast from '../generated/ast.js';
import type { LhcServices } from '../lhc-module.js';
import { runTest, type TestEnvironment, type TestResult } from './run-test.js';
import { isTestDocument } from './test-files.js';
import { isComplete } from '../model/complete-nodes.js';

/**
 * Scenario tests for the editor: every test of the workspace, and each one's result, run at most once per
 * workspace state (diagnostics, code lenses and the Test Explorer share it).
 */
export class LhcScenarios {
    private readonly results: WorkspaceCache<ast.TestCase, TestResult>;

    constructor(private readonly services: LhcServices) {
        this.results = new WorkspaceCache(services.shared);
    }

    /** Every test in the workspace's `*.test.lhc` files, file by file. */
    tests(): ast.TestCase[] {
        return this.services.shared.workspace.LangiumDocuments.all
            .filter(isTestDocument)
            .flatMap((document) => (document.parseResult.value as ast.Document).tests)
            // A test the parser recovered without its name cannot be listed or run until it is written out.
            .filter(isComplete)
            .toArray();
    }

    /** A test's result in the current workspace state (cached until anything changes). */
    result(test: ast.TestCase): TestResult {
        return this.results.get(test, () => this.run(test));
    }

    /** Runs a test now, uncached. */
    run(test: ast.TestCase, probe?: TestEnvironment['probe']): TestResult {
        return runTest(test, this.environment(probe));
    }

    environment(probe?: TestEnvironment['probe']): TestEnvironment {
        return {
            documents: this.services.shared.workspace.LangiumDocuments.all.toArray() as LangiumDocument[],
            asOf: this.services.lhc.Conditions.asOf(),
            staleAfterDays: this.services.lhc.Settings.staleAfterDays,
            evidence: this.services.lhc.Evidence,
            probe
        };
    }

    /** The test a node is written in, if any. */
    testOf(node: ast.Expectation | ast.TestCase): ast.TestCase | undefined {
        return ast.isTestCase(node) ? node : AstUtils.getContainerOfType(node, ast.isTestCase);
    }
}
