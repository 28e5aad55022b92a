// The Test Explorer for scenario tests (`*.test.lhc`): lists every test the language server knows, runs them
// through the server (`lhc/runTests`), and marks failures at the expectation with expected against actual.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
    LIST_TESTS_REQUEST, RUN_TESTS_REQUEST, type RunTestsParams, type TestInfo, type TestOutcome, type TestRange
} from '../../language/lsp/lhc-test-protocol.js';

export class LhcTestController implements vscode.Disposable {
    private readonly controller: vscode.TestController;
    private readonly disposables: vscode.Disposable[] = [];
    private refreshTimer: NodeJS.Timeout | undefined;

    constructor(private readonly client: () => LanguageClient) {
        this.controller = vscode.tests.createTestController('lhcScenarioTests', 'LHC scenario tests');
        this.controller.resolveHandler = async () => this.refresh();
        this.controller.refreshHandler = async () => this.refresh();
        this.controller.createRunProfile('Run', vscode.TestRunProfileKind.Run, (request, token) => this.run(request, token), true);
        const later = () => {
            clearTimeout(this.refreshTimer);
            this.refreshTimer = setTimeout(() => void this.refresh(), 500);
        };
        this.disposables.push(
            this.controller,
            vscode.workspace.onDidChangeTextDocument((event) => { if (event.document.languageId === 'lhc') later(); }),
            vscode.workspace.onDidSaveTextDocument((document) => { if (document.languageId === 'lhc') later(); })
        );
        void this.refresh();
    }

    /** Rebuilds the tree: a file item per test file, a test item per test. */
    async refresh(): Promise<void> {
        let tests: TestInfo[];
        try {
            tests = await this.client().sendRequest<TestInfo[]>(LIST_TESTS_REQUEST, {});
        } catch {
            return; // the server is starting or restarting: the next change refreshes
        }
        const files = new Map<string, vscode.TestItem>();
        for (const test of tests) {
            let file = files.get(test.uri);
            if (!file) {
                const uri = vscode.Uri.parse(test.uri);
                file = this.controller.createTestItem(test.uri, vscode.workspace.asRelativePath(uri), uri);
                files.set(test.uri, file);
            }
            const item = this.controller.createTestItem(test.id, test.name, vscode.Uri.parse(test.uri));
            item.range = toRange(test.range);
            file.children.add(item);
        }
        this.controller.items.replace([...files.values()]);
    }

    /** Runs the tests of a request (its files' tests for file items), reporting each as it comes back. */
    async run(request: vscode.TestRunRequest, token: vscode.CancellationToken): Promise<void> {
        const run = this.controller.createTestRun(request);
        const chosen: vscode.TestItem[] = [];
        const collect = (item: vscode.TestItem) => {
            if (request.exclude?.includes(item)) return;
            if (item.children.size === 0) chosen.push(item);
            else item.children.forEach(collect);
        };
        if (request.include) request.include.forEach(collect);
        else this.controller.items.forEach(collect);
        for (const item of chosen) run.started(item);
        try {
            const params: RunTestsParams = { tests: chosen.map((item) => ({ uri: item.uri!.toString(), name: item.label })) };
            const outcomes = await this.client().sendRequest<TestOutcome[]>(RUN_TESTS_REQUEST, params, token);
            for (const item of chosen) {
                const outcome = outcomes.find((candidate) => candidate.id === item.id);
                if (!outcome) run.skipped(item);
                else if (outcome.passed) run.passed(item, outcome.durationMs);
                else run.failed(item, messagesOf(outcome), outcome.durationMs);
            }
        } catch (error) {
            for (const item of chosen) run.errored(item, new vscode.TestMessage(`The language server could not run the test: ${(error as Error).message}`));
        } finally {
            run.end();
        }
    }

    /** Runs one test (the code lens's command) and says how it went. */
    async runOne(uri: string, name: string): Promise<void> {
        const item = this.controller.items.get(uri)?.children.get(`${uri}#${name}`);
        if (item) await this.run(new vscode.TestRunRequest([item]), new vscode.CancellationTokenSource().token);
        const outcomes = await this.client().sendRequest<TestOutcome[]>(RUN_TESTS_REQUEST, { tests: [{ uri, name }] } satisfies RunTestsParams);
        const outcome = outcomes[0];
        if (!outcome) return;
        if (outcome.passed) void vscode.window.showInformationMessage(`Test passed: ${name}`);
        else void vscode.window.showWarningMessage(`Test failed: ${name} — ${summaryOf(outcome)}`);
    }

    dispose(): void {
        clearTimeout(this.refreshTimer);
        for (const disposable of this.disposables) disposable.dispose();
    }
}

function toRange(range: TestRange): vscode.Range {
    return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

function messagesOf(outcome: TestOutcome): vscode.TestMessage[] {
    const uri = vscode.Uri.parse(outcome.uri);
    const messages = outcome.expectations.filter((judged) => !judged.passed).map((judged) => {
        const message = vscode.TestMessage.diff(`Expected ${judged.expected}`, judged.expected, judged.actual);
        message.location = new vscode.Location(uri, toRange(judged.range));
        return message;
    });
    if (outcome.problem) messages.push(new vscode.TestMessage(`This test ${outcome.problem}.`));
    return messages;
}

function summaryOf(outcome: TestOutcome): string {
    if (outcome.problem) return outcome.problem;
    const failed = outcome.expectations.filter((judged) => !judged.passed);
    return failed.map((judged) => `expected ${judged.expected}, but ${judged.actual}`).join('; ');
}
