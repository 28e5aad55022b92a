import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { after, describe, it } from 'mocha';
import { runLhc } from '../cli/cli-harness.js';
import { LHC_BIN, REPO_ROOT } from '../repo-paths.js';

const LONDON = path.join(REPO_ROOT, 'examples', 'london');

/** A copy of the London example to change, removed after the tests. */
function londonCopy(): string {
    // London names the shared national library beside it (`"libraries": ["../england"]`): copy both.
    const parent = mkdtempSync(path.join(tmpdir(), 'lhc-test-london-'));
    const folder = path.join(parent, 'london');
    cpSync(LONDON, folder, { recursive: true });
    cpSync(path.join(REPO_ROOT, 'examples', 'england'), path.join(parent, 'england'), { recursive: true });
    copies.push(parent);
    return folder;
}
const copies: string[] = [];

describe('lhc test', () => {
    after(() => { for (const folder of copies) rmSync(folder, { recursive: true, force: true }); });

    it('runs London’s scenario tests: a line per test, then N passed, 0 failed', async () => {
        const result = await runLhc(['test', 'examples/london'], { cwd: REPO_ROOT });
        assert.equal(result.code, 0, result.stdout + result.stderr);
        const lines = result.stdout.split('\n').filter((line) => /^[✓✗] /.test(line));
        const passed = Number(/^(\d+) passed, 0 failed$/m.exec(result.stdout)?.[1]);
        assert.ok(passed >= 12, `at least 12 tests, got ${passed}`);
        assert.equal(lines.length, passed, 'one line per test');
        assert.ok(lines.every((line) => line.startsWith('✓ ')));
        assert.match(result.stdout, /✓ A sale reinvesting less than it raised breaks the rule {2}examples\/london\/tests\/estates\.test\.lhc:\d+/);
    });

    it('--coverage: every London condition both passes and fails under some test, every body and filter exercised', async () => {
        const result = await runLhc(['test', 'examples/london', '--coverage'], { cwd: REPO_ROOT });
        assert.equal(result.code, 0, result.stdout + result.stderr);
        for (const name of ['ProceedsReinvestedInLondon', 'SalesApprovedByLondonEstatesBoard', 'MajorityToPrimaryAndCommunityCare',
            'BHRFullyPooledByApril2019', 'LocalityTeamsOfTheRightSize', 'JointAccountabilityForPooledBudgets', 'NHSEnglandKeepsItsDatedPromises']) {
            assert.match(result.stdout, new RegExp(`^ {2}${name} +passes ✓ {2}fails ✓$`, 'm'), name);
        }
        // Every condition of the London workspace, however many there are.
        const listed = result.stdout.split('\n').filter((line) => /^ {2}\w+ +passes [✓✗] {2}fails [✓✗]$/.test(line)).length;
        assert.ok(listed >= 7, `${listed} conditions listed`);
        assert.match(result.stdout, new RegExp(`Conditions with both outcomes covered: ${listed} of ${listed} \\(100%\\); quantifier bodies and where filters exercised: (\\d+) of \\1; coverage 100%`));
        const json = JSON.parse((await runLhc(['test', 'examples/london', '--coverage', '--format', 'json'], { cwd: REPO_ROOT })).stdout) as { coverage: { percent: number } };
        assert.equal(json.coverage.percent, 100);
    });

    it('--coverage lists what no test exercised, and --coverage-threshold fails below it', async () => {
        const folder = londonCopy();
        rmSync(path.join(folder, 'tests', 'bhr.test.lhc'));
        const result = await runLhc(['test', folder, '--coverage-threshold', '90'], { cwd: REPO_ROOT });
        assert.equal(result.code, 1);
        assert.match(result.stdout, /^ {2}LocalityTeamsOfTheRightSize +passes ✗ {2}fails ✗$/m);
        assert.match(result.stdout, /^ {6}quantifier body never evaluated: team\.population >= 50,000 and team\.gpPractices >= 8 and team\.gpPractices <= 15 {2}.*conditions\.lhc:\d+:\d+$/m);
        assert.match(result.stdout, /^ {6}where filter never judged an element: budget\.recipient = BHRProviderAlliance/m);
        assert.match(result.stderr, /^lhc test: coverage [\d.]+% is below the threshold of 90%$/m);
        assert.match(result.stdout, /\d+ passed, 0 failed/);
    });

    it('--format junit is JUnit XML: a testsuite per file, a testcase per test, failures with expected and actual', async () => {
        const folder = londonCopy();
        const file = path.join(folder, 'tests', 'estates.test.lhc');
        writeFileSync(file, readFileSync(file, 'utf8').replace('fails on SaleOfFormerClinicCroydon with "£5m of £7.5m"', 'passes on SaleOfFormerClinicCroydon'));
        const result = await runLhc(['test', folder, '--format', 'junit'], { cwd: folder });
        assert.equal(result.code, 1);
        assert.equal(XMLValidator.validate(result.stdout), true, 'well-formed XML');
        const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(result.stdout) as {
            testsuites: { tests: string; failures: string; testsuite: { name: string; tests: string; testcase: { name: string; failure?: { message: string; '#text': string } }[] }[] }
        };
        const suites = xml.testsuites.testsuite;
        assert.deepEqual(suites.map((suite) => suite.name), ['tests/bhr.test.lhc', 'tests/commitments.test.lhc', 'tests/estates.test.lhc']);
        assert.equal(xml.testsuites.failures, '1');
        const failed = suites.flatMap((suite) => suite.testcase).filter((testcase) => testcase.failure);
        assert.deepEqual(failed.map((testcase) => testcase.name), ['A sale reinvesting less than it raised breaks the rule']);
        assert.match(failed[0]!.failure!.message, /^expected: ProceedsReinvestedInLondon passes on SaleOfFormerClinicCroydon; actual: ProceedsReinvestedInLondon fails on SaleOfFormerClinicCroydon: /);
        assert.equal(Number(xml.testsuites.tests), suites.reduce((total, suite) => total + Number(suite.tests), 0));
    });

    it('prints a failure with expected against actual, and exits 1; --format tap and json say the same', async () => {
        const folder = londonCopy();
        const file = path.join(folder, 'tests', 'bhr.test.lhc');
        writeFileSync(file, readFileSync(file, 'utf8').replace('expect LocalityTeamsOfTheRightSize fails on RedbridgeLocality3 with "40,000"', 'expect LocalityTeamsOfTheRightSize passes'));
        const text = await runLhc(['test', folder], { cwd: folder });
        assert.equal(text.code, 1);
        assert.match(text.stdout, /^✗ A locality team of 40,000 residents is too small {2}tests\/bhr\.test\.lhc:\d+\n {4}expected: LocalityTeamsOfTheRightSize passes\n {4}actual: {3}LocalityTeamsOfTheRightSize fails on RedbridgeLocality3: the team's population is 40,000; at least 50,000 was required\n {4}at tests\/bhr\.test\.lhc:\d+$/m);
        assert.match(text.stdout, /\n\d+ passed, 1 failed\n$/);
        const tap = await runLhc(['test', folder, '--format', 'tap'], { cwd: folder });
        assert.match(tap.stdout, /^TAP version 13\n1\.\.\d+\n/);
        assert.match(tap.stdout, /^not ok \d+ - A locality team of 40,000 residents is too small \(tests\/bhr\.test\.lhc:\d+\)\n {2}---\n {2}- expected: "LocalityTeamsOfTheRightSize passes"\n/m);
        const json = JSON.parse((await runLhc(['test', folder, '--format', 'json'], { cwd: folder })).stdout) as { tests: { name: string; status: string }[]; totals: { failed: number } };
        assert.equal(json.totals.failed, 1);
        assert.deepEqual(json.tests.filter((test) => test.status === 'failed').map((test) => test.name), ['A locality team of 40,000 residents is too small']);
    });

    it('fails every test, and names each file and line, when a workspace file has syntax errors: the tests ran on a half-read deal', async () => {
        const folder = londonCopy();
        const file = path.join(folder, '2017-devolution-mou', 'estates.lhc');
        const lines = readFileSync(file, 'utf8').split('\n');
        const broken = lines.findIndex((line) => /^estate-sale /.test(line));
        assert.ok(broken >= 0);
        lines[broken] = lines[broken]!.replace('estate-sale ', 'estate-sael ');
        writeFileSync(file, lines.join('\n'));
        const result = await runLhc(['test', folder], { cwd: folder });
        assert.equal(result.code, 1, result.stdout + result.stderr);
        assert.match(result.stdout, /\n0 passed, \d+ failed\n$/);
        assert.match(result.stdout, /this test ran against a workspace with syntax errors, read only in part: estates\.lhc:\d+/);
        const said = result.stderr.split('\n').filter((line) => line.startsWith('lhc test: '));
        assert.equal(said.length, 1, result.stderr);
        assert.match(said[0]!, new RegExp(`^lhc test: 2017-devolution-mou/estates\\.lhc:${broken + 1}:\\d+: syntax error: .*; the tests ran against what could be read of it$`));
        const json = JSON.parse((await runLhc(['test', folder, '--format', 'json'], { cwd: folder })).stdout) as { totals: { passed: number } };
        assert.equal(json.totals.passed, 0);
    });

    it('exits 2 with one line for an unknown condition, a missing fact, or no tests at all', async () => {
        const folder = londonCopy();
        const file = path.join(folder, 'tests', 'bhr.test.lhc');
        const original = readFileSync(file, 'utf8');
        writeFileSync(file, original.replace('expect BHRFullyPooledByApril2019 passes', 'expect BHRFullyPooledByApril2020 passes'));
        const unknown = await runLhc(['test', folder], { cwd: folder });
        assert.equal(unknown.code, 2);
        assert.equal(unknown.stdout, '');
        assert.match(unknown.stderr, /^lhc test: tests\/bhr\.test\.lhc:\d+: test "BHR's pooled budgets are fully pooled by April 2019" expects something of 'BHRFullyPooledByApril2020', but no condition has that name \(did you mean 'BHRFullyPooledByApril2019'\?\)\n$/);
        writeFileSync(file, original.replace('fails on BHRDiabetesBudget', 'fails on BHRDiabetesBudgett'));
        const missing = await runLhc(['test', folder], { cwd: folder });
        assert.equal(missing.code, 2);
        assert.equal(missing.stderr.split('\n').filter(Boolean).length, 1, missing.stderr);
        assert.match(missing.stderr, /'BHRDiabetesBudgett', but no fact has that name/);
        const none = await runLhc(['test', path.join(folder, 'areas.lhc')], { cwd: folder });
        assert.equal(none.code, 2);
        assert.match(none.stderr, /^lhc test: No tests found in .*areas\.lhc: tests are written in files ending \.test\.lhc\n$/);
    });

    it('reports a test file that ends mid-declaration at its real 1-based line and column, never -1', async () => {
        const folder = londonCopy();
        const file = path.join(folder, 'tests', 'bhr.test.lhc');
        const original = readFileSync(file, 'utf8').trimEnd();
        // The file ends straight after a test's opening `expect <condition>`: the end of the input is the error.
        const cut = `${original}\ntest "cut short" {\n    expect BHRFullyPooledByApril2019`;
        writeFileSync(file, cut);
        const lines = cut.split('\n');
        const result = await runLhc(['test', folder], { cwd: folder });
        assert.equal(result.code, 2, result.stdout + result.stderr);
        assert.equal(result.stderr, `lhc test: tests/bhr.test.lhc:${lines.length}:${lines.at(-1)!.length + 1}: syntax error: Expected 'passes', 'fails' or 'is' but found the end of the file.\n`);
    });

    it('changing a London condition’s >= to >, or its area to the wrong one, makes a test fail', async () => {
        const mutations: [string, string][] = [
            ['>= sale.proceeds', '> sale.proceeds'],
            ['team.population >= 50,000', 'team.population > 50,000'],
            ['reinvestment within London', 'reinvestment within NorthCentralLondon']
        ];
        for (const [from, to] of mutations) {
            const folder = londonCopy();
            const conditions = path.join(folder, '2017-devolution-mou', 'conditions.lhc');
            const text = readFileSync(conditions, 'utf8');
            assert.ok(text.includes(from), `the condition has ${from}`);
            writeFileSync(conditions, text.replace(from, to));
            const result = await runLhc(['test', folder], { cwd: folder });
            assert.equal(result.code, 1, `${from} → ${to} should fail a test:\n${result.stdout}`);
            assert.match(result.stdout, /\d+ passed, [1-9]\d* failed/);
        }
    });

    it('lhc test and lhc check leave each other’s files alone: check ignores tests, tests see the workspace', async () => {
        const check = await runLhc(['check', 'examples/london', '--format', 'json'], { cwd: REPO_ROOT });
        const report = JSON.parse(check.stdout) as { files: string[] };
        assert.ok(report.files.length > 0 && report.files.every((file) => !file.endsWith('.test.lhc')), 'no test file is checked');
    });

    it('--watch runs again when a file changes', async function () {
        this.timeout(60_000);
        const folder = londonCopy();
        const child = spawn(process.execPath, [LHC_BIN, 'test', '.', '--watch'], { cwd: folder, env: { ...process.env, NO_COLOR: '1' } });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (chunk: Buffer) => { stdout += chunk.toString(); });
        child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
        const waitFor = async (pattern: RegExp, what: string, stream: () => string = () => stdout) => {
            for (let waited = 0; waited < 40_000; waited += 100) {
                if (pattern.test(stream())) return;
                await new Promise((resolve) => setTimeout(resolve, 100));
            }
            throw new Error(`no ${what}:\n${stdout}\n${stderr}`);
        };
        try {
            await waitFor(/\d+ passed, 0 failed/, 'first run');
            await waitFor(/watching for changes/, 'watching line', () => stderr);
            const file = path.join(folder, 'tests', 'bhr.test.lhc');
            writeFileSync(file, readFileSync(file, 'utf8').replace('expect JointAccountabilityForPooledBudgets passes', 'expect JointAccountabilityForPooledBudgets fails on BHRDiabetesBudget'));
            await waitFor(/\d+ passed, 1 failed/, 'second run after the change');
            assert.match(stderr, /bhr\.test\.lhc changed; running the tests again/);
        } finally {
            child.kill('SIGINT');
        }
    });
});
