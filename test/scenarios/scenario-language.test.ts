import { strict as assert } from 'node:assert';
import { afterEach, describe, it } from 'mocha';
import { createTestServices, resetWorkspace } from '../helpers.js';
import { LhcCodeLensProvider } from '../../language/lsp/lhc-code-lens.js';
import { listTests, runTests } from '../../language/lsp/lhc-test-request.js';
import { buildFiles, WORKSPACE } from './scenario-helpers.js';

const { services } = createTestServices();

const FAILING_SALE = `
test "A sale reinvesting in Kent breaks the rule" as of 2019-06-01 {
    estate-sale KentSale "Sale of the Kent depot" {
        located in Camden
        sold 2019-01-01 for £4m
        reinvest £4m in Kent
    }
    expect ReinvestedInLondon fails on KentSale with "outside London"
}`;

describe('scenario tests in the language', () => {
    afterEach(() => resetWorkspace(services));

    it("links a test's facts inside the test, and keeps them out of the workspace", async () => {
        const documents = await buildFiles(services, { 'sales.lhc': WORKSPACE, 'tests/sales.test.lhc': FAILING_SALE });
        const test = documents['tests/sales.test.lhc']!.parseResult.value.tests[0]!;
        assert.equal(test.expectations[0]!.subject?.ref, test.facts[0], 'the expectation names the test’s own sale');
        assert.equal(test.expectations[0]!.condition?.ref?.name, 'ReinvestedInLondon');
        assert.deepEqual(services.lhc.Facts.get().estateSales.map((sale) => sale.name), ['CamdenSale'], 'the workspace does not see KentSale');
        assert.deepEqual(documents['tests/sales.test.lhc']!.diagnostics, [], 'a passing test has no diagnostics');
        assert.deepEqual(documents['sales.lhc']!.diagnostics?.filter((diagnostic) => diagnostic.code === 'ReinvestedInLondon'), [], 'nor does the workspace break');
        const result = services.lhc.Scenarios.result(test);
        assert.equal(result.passed, true);
        assert.match(result.expectations[0]!.actual, /fails on KentSale: the reinvestment of £4m in Kent is outside London/);
    });

    it('marks a failing expectation with expected against actual', async () => {
        const documents = await buildFiles(services, {
            'sales.lhc': WORKSPACE,
            'tests/sales.test.lhc': FAILING_SALE.replace('fails on KentSale with "outside London"', 'passes')
        });
        const [diagnostic, ...others] = documents['tests/sales.test.lhc']!.diagnostics ?? [];
        assert.equal(others.length, 0);
        assert.equal(diagnostic?.code, 'scenario-test');
        assert.match(String(diagnostic?.message), /^Expected ReinvestedInLondon passes, but ReinvestedInLondon fails on KentSale: the reinvestment of £4m in Kent is outside London\.$/);
        assert.equal(diagnostic?.range.start.line, 7, 'on the expect line');
    });

    it('replaces a workspace fact of the same name, for that test only', async () => {
        const documents = await buildFiles(services, {
            'sales.lhc': WORKSPACE,
            'tests/sales.test.lhc': `
test "Camden's sale, reinvested short" as of 2019-06-01 {
    estate-sale CamdenSale "Sale of the Camden clinic" {
        located in Camden
        sold 2018-03-01 for £10m
        reinvest £6m in Camden
    }
    expect ReinvestedInLondon fails on CamdenSale with "£6m of £10m (60%)"
}
test "Camden's sale as the workspace has it" as of 2019-06-01 {
    expect ReinvestedInLondon passes on CamdenSale
}`
        });
        const [short, asIs] = documents['tests/sales.test.lhc']!.parseResult.value.tests;
        assert.equal(services.lhc.Scenarios.result(short!).passed, true, services.lhc.Scenarios.result(short!).expectations.map((e) => e.actual).join());
        assert.equal(services.lhc.Scenarios.result(asIs!).passed, true, 'the other test still sees the workspace’s sale');
    });

    it('runs built-in rules by id, and refuses an id no check has', async () => {
        const documents = await buildFiles(services, {
            'sales.lhc': WORKSPACE,
            'tests/rules.test.lhc': `
test "A sale reinvesting in Kent, by the built-in rule" as of 2019-06-01 {
    estate-sale KentSale "Sale of the Kent depot" under LondonMoU {
        located in Camden
        sold 2019-01-01 for £4m
        reinvest £4m in Kent
    }
    expect "estate-proceeds-reinvested" fails on KentSale with "outside London"
    expect "estate-proceeds-reinvested" passes on CamdenSale
    expect "estate-procedes-reinvested" passes
}`
        });
        const diagnostics = documents['tests/rules.test.lhc']!.diagnostics ?? [];
        assert.deepEqual(diagnostics.map((diagnostic) => String(diagnostic.message)), [
            "No built-in rule is called 'estate-procedes-reinvested'; did you mean 'estate-proceeds-reinvested'? (see `lhc rules`)."
        ]);
    });

    it('refuses a test outside a .test.lhc file, and a test with no expectation', async () => {
        const documents = await buildFiles(services, {
            'sales.lhc': `${WORKSPACE}\ntest "misplaced" { expect ReinvestedInLondon passes }`,
            'tests/empty.test.lhc': 'test "says nothing" { }'
        });
        assert.ok(documents['sales.lhc']!.diagnostics?.some((diagnostic) => /^Tests belong in a file ending \.test\.lhc/.test(String(diagnostic.message))));
        assert.deepEqual(documents['tests/empty.test.lhc']!.diagnostics?.map((diagnostic) => String(diagnostic.message)),
            ['This test states no expectation: add `expect <condition> passes` or `… fails on <fact>`.']);
    });

    it('shows each test’s result in a code lens that runs it', async () => {
        const documents = await buildFiles(services, {
            'sales.lhc': WORKSPACE,
            'tests/sales.test.lhc': `${FAILING_SALE}\n${FAILING_SALE.replace('A sale reinvesting in Kent breaks the rule', 'Expecting a pass').replace('fails on KentSale with "outside London"', 'passes')}`
        });
        const document = documents['tests/sales.test.lhc']!;
        const lenses = await new LhcCodeLensProvider(services).provideCodeLens(document, { textDocument: { uri: document.uri.toString() } }) ?? [];
        assert.deepEqual(lenses.map((lens) => lens.command?.title), ['✓ passes · run test', '✗ fails: 1 of 1 expectation · run test']);
        assert.deepEqual(lenses.map((lens) => lens.command?.command), ['lhc.runTest', 'lhc.runTest']);
        assert.deepEqual(lenses[1]!.command?.arguments, [document.uri.toString(), 'Expecting a pass']);
        assert.equal(lenses[1]!.range.start.line, document.parseResult.value.tests[1]!.$cstNode!.range.start.line);
        // What the lens's command asks the server for: the test run afresh.
        const [outcome] = runTests(services, { tests: [{ uri: document.uri.toString(), name: 'Expecting a pass' }] });
        assert.equal(outcome?.passed, false);
        assert.equal(outcome?.expectations[0]?.expected, 'ReinvestedInLondon passes');
        assert.deepEqual(listTests(services).map((test) => test.name), ['A sale reinvesting in Kent breaks the rule', 'Expecting a pass']);
    });

    it('fails a test run against a workspace file with syntax errors, in its lens, its run and its diagnostic', async () => {
        const documents = await buildFiles(services, {
            'sales.lhc': WORKSPACE,
            'more.lhc': 'area Kent2 "Kent" region within England\nparty Broken "Broken" councl serves Kent2\n',
            'tests/sales.test.lhc': FAILING_SALE
        });
        const document = documents['tests/sales.test.lhc']!;
        const lenses = await new LhcCodeLensProvider(services).provideCodeLens(document, { textDocument: { uri: document.uri.toString() } }) ?? [];
        assert.deepEqual(lenses.map((lens) => lens.command?.title), ['✗ fails: ran against a workspace with syntax errors (more.lhc:2) · run test']);
        const [outcome] = runTests(services, undefined);
        assert.equal(outcome?.passed, false);
        assert.equal(outcome?.expectations[0]?.passed, true, 'its expectation held, on what could be read');
        assert.match(String(outcome?.problem), /^ran against a workspace with syntax errors, read only in part: more\.lhc:2$/);
        assert.match(String(document.diagnostics?.find((diagnostic) => diagnostic.code === 'scenario-test')?.message), /This test ran against a workspace with syntax errors/);
    });
});
