import { AstUtils, type ValidationChecks } from 'langium';
import * as ast from '../generated/ast.js';
import { allBuiltInRules, findBuiltInRule } from '../checks/catalogue.js';
import { closest } from '../conditions/condition-type-checker.js';
import type { LhcServices } from '../lhc-module.js';
import { isComplete } from '../model/complete-nodes.js';
import { inDocumentWithSyntaxErrors } from '../parsing/syntax-errors.js';
import { isTestDocument, TEST_FILE_SUFFIX } from './test-files.js';
import { WORKSPACE_CATEGORY } from '../validation/check-scopes.js';

/** The id carried by every diagnostic about a scenario test (a failing expectation, a misplaced test). */
export const TEST_DIAGNOSTIC_ID = 'scenario-test';

/**
 * Diagnostics in test files: each failing expectation is marked with what the rule actually said; a rule id no
 * check has, a test outside a `*.test.lhc` file and two tests of one name are errors.
 */
export function registerScenarioChecks(services: LhcServices): void {
    const scenarios = services.lhc.Scenarios;
    const code = { code: TEST_DIAGNOSTIC_ID, data: { ruleId: TEST_DIAGNOSTIC_ID } };
    // Problems that stop a test from running at all (`lhc test` exits 2 on them), not failing expectations.
    const blocking = { code: TEST_DIAGNOSTIC_ID, data: { ruleId: TEST_DIAGNOSTIC_ID, blocking: true } };
    // A test runs on the workspace's facts: its results can change with any file, so they are workspace-scoped.
    const judged = { code: TEST_DIAGNOSTIC_ID, data: { ruleId: TEST_DIAGNOSTIC_ID, scope: 'workspace' } };
    const judgedBlocking = { code: TEST_DIAGNOSTIC_ID, data: { ruleId: TEST_DIAGNOSTIC_ID, blocking: true, scope: 'workspace' } };
    const workspaceChecks: ValidationChecks<ast.LhcAstType> = {
        TestCase: (test, accept) => {
            // A test the parser recovered without its name is a syntax error until it is written out.
            if (!isComplete(test)) return;
            const document = AstUtils.getDocument(test);
            if (!isTestDocument(document)) {
                accept('error', `Tests belong in a file ending ${TEST_FILE_SUFFIX}, where their facts stay out of the workspace.`, { node: test, property: 'name', ...judgedBlocking });
                return;
            }
            const siblings = (test.$container as ast.Document).tests;
            if (siblings.find((other) => other.name === test.name) !== test) {
                accept('error', `Another test in this file is called "${test.name}": give each test its own name.`, { node: test, property: 'name', ...judgedBlocking });
            }
            if (inDocumentWithSyntaxErrors(test) || test.expectations.some((expectation) => expectation.condition && !expectation.condition.ref)) return;
            const result = scenarios.result(test);
            if (result.problem) accept('error', `This test ${result.problem}.`, { node: test, property: 'name', ...judged });
            for (const expectation of result.expectations) {
                // An unknown rule id is reported once, on the id (below).
                if (expectation.passed || isUnknownRule(expectation.expectation)) continue;
                accept('error', `Expected ${expectation.expected}, but ${expectation.actual}.`, { node: expectation.expectation, ...judged });
            }
        }
    };
    services.validation.ValidationRegistry.register(workspaceChecks, undefined, WORKSPACE_CATEGORY);
    const checks: ValidationChecks<ast.LhcAstType> = {
        Expectation: (expectation, accept) => {
            if (expectation.rule === undefined || !isComplete(expectation)) return;
            const rule = findBuiltInRule(expectation.rule);
            if (rule && 'checks' in rule) return;
            const ids = allBuiltInRules.filter((candidate) => 'checks' in candidate).map((candidate) => candidate.id);
            const suggestion = closest(expectation.rule, ids);
            accept('error', rule
                ? `'${rule.id}' is found by the parser or linker, not by a check: a test cannot run it.`
                : `No built-in rule is called '${expectation.rule}'${suggestion ? `; did you mean '${suggestion}'?` : ''} (see \`lhc rules\`).`,
            { node: expectation, property: 'rule', ...blocking });
        },
        Document: (document, accept) => {
            if (!isTestDocument(AstUtils.getDocument(document))) return;
            for (const declaration of document.declarations) {
                accept('warning', 'A test file holds tests: declare this fact inside the test that needs it (or in the workspace).', {
                    node: declaration, property: 'name' as never, ...code
                });
            }
        }
    };
    services.validation.ValidationRegistry.register(checks);
}

function isUnknownRule(expectation: ast.Expectation): boolean {
    if (expectation.rule === undefined) return false;
    const rule = findBuiltInRule(expectation.rule);
    return !rule || !('checks' in rule);
}

