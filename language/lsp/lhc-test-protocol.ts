// The scenario-test requests between the VS Code client (Test Explorer, code lenses) and the language server.
// No imports: the client bundle takes this file as it is.

/** Lists every scenario test of the workspace. */
export const LIST_TESTS_REQUEST = 'lhc/listTests';
/** Runs scenario tests (all when `tests` is absent) and returns their results. */
export const RUN_TESTS_REQUEST = 'lhc/runTests';
/** The command a test's code lens runs: `[uri, name]`. */
export const RUN_TEST_COMMAND = 'lhc.runTest';

export interface TestRange {
    start: { line: number; character: number };
    end: { line: number; character: number };
}

export interface TestInfo {
    /** `<uri>#<name>`: stable while the test keeps its name. */
    id: string;
    uri: string;
    name: string;
    /** The test's header (`test "…"`), 0-based as in LSP. */
    range: TestRange;
}

export interface RunTestsParams {
    tests?: { uri: string; name: string }[];
}

export interface ExpectationOutcome {
    passed: boolean;
    expected: string;
    actual: string;
    range: TestRange;
}

export interface TestOutcome extends TestInfo {
    passed: boolean;
    durationMs: number;
    /** Why it cannot be judged at all (no expectation). */
    problem?: string;
    expectations: ExpectationOutcome[];
}
