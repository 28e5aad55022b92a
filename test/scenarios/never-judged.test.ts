import { strict as assert } from 'node:assert';
import { afterEach, describe, it } from 'mocha';
import { createTestServices, resetWorkspace } from '../helpers.js';
import { whyNotJudged } from '../../language/conditions/condition-trace.js';
import { buildFiles, WORKSPACE } from './scenario-helpers.js';

const { services } = createTestServices();

/** One test file's single test, run; its expectations' results in order. */
async function run(test: string) {
    const documents = await buildFiles(services, { 'sales.lhc': WORKSPACE, 'tests/sales.test.lhc': test });
    const parsed = documents['tests/sales.test.lhc']!;
    assert.deepEqual([...parsed.parseResult.lexerErrors, ...parsed.parseResult.parserErrors], []);
    return { result: services.lhc.Scenarios.result(parsed.parseResult.value.tests[0]!), document: parsed };
}

describe('a pass is a judgement: expectations on what a rule never judged fail', () => {
    afterEach(() => resetWorkspace(services));

    it('`passes on` a fact the condition leaves out fails, saying the condition never judged it, as `lhc explain --fact` does', async () => {
        const { result, document } = await run(`
test "An unsold sale" as of 2019-06-01 {
    estate-sale UnsoldSale "Sale of the unsold depot" { located in Camden }
    expect ReinvestedInLondon passes on UnsoldSale
    expect ReinvestedInLondon passes on CamdenSale
}`);
        assert.equal(result.passed, false);
        const [unsold, camden] = result.expectations;
        assert.equal(unsold!.passed, false);
        assert.equal(unsold!.actual, 'ReinvestedInLondon never judged UnsoldSale: the condition leaves it out');
        assert.equal(camden!.passed, true, 'a sale the condition judges and passes still passes');
        assert.equal(camden!.actual, 'ReinvestedInLondon passes on CamdenSale');
        const diagnostic = document.diagnostics?.find((candidate) => candidate.code === 'scenario-test');
        assert.match(String(diagnostic?.message), /never judged UnsoldSale: the condition leaves it out/);
    });

    it('`passes on` a fact of a kind the condition does not range over fails', async () => {
        const { result } = await run(`
test "A council" as of 2019-06-01 {
    expect ReinvestedInLondon passes on CamdenCouncil
}`);
        assert.equal(result.passed, false);
        assert.equal(result.expectations[0]!.actual, 'ReinvestedInLondon never judged CamdenCouncil: it is not one of all estate sales');
        // The same answer as the tracer behind `lhc explain <condition> --fact` gives on the workspace.
        const facts = services.lhc.Facts.get();
        const condition = facts.conditions.find((candidate) => candidate.name === 'ReinvestedInLondon')!;
        const council = facts.parties.find((candidate) => candidate.name === 'CamdenCouncil')!;
        assert.equal(whyNotJudged(condition, facts, '2019-06-01', council), 'it is not one of all estate sales');
    });

    it('`passes` with nothing to range over fails: a vacuous pass is no judgement', async () => {
        const { result } = await run(`
test "No sales at all" self-contained as of 2019-06-01 {
    expect ReinvestedInLondon passes
}`);
        assert.equal(result.passed, false);
        assert.match(result.expectations[0]!.actual, /^ReinvestedInLondon passes without a judgement: /);
    });

    it('`passes` over facts the condition judges still passes', async () => {
        const { result } = await run(`
test "Camden's sale" as of 2019-06-01 {
    expect ReinvestedInLondon passes
}`);
        assert.equal(result.passed, true, result.expectations[0]!.actual);
    });

    it('a built-in rule never judges a fact it does not look at, whole or in part', async () => {
        const { result } = await run(`
test "A council is no locality team" as of 2019-06-01 {
    expect "locality-team-size" passes on CamdenCouncil
    expect "non-positive-money" passes on CamdenSale
}`);
        const [council, sale] = result.expectations;
        assert.equal(council!.passed, false);
        assert.match(council!.actual, /^"?locality-team-size"? never judged CamdenCouncil: it looks only at LocalityTeam/);
        assert.equal(sale!.passed, true, sale!.actual);
    });

    it('a built-in rule with nothing to look at judges nothing', async () => {
        const { result } = await run(`
test "No teams" self-contained as of 2019-06-01 {
    expect "locality-team-size" passes
}`);
        assert.equal(result.passed, false);
        assert.match(result.expectations[0]!.actual, /passes without a judgement: it looks only at LocalityTeam, and the test sees none$/);
    });
});
