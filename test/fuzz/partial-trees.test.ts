import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { before, describe, it } from 'mocha';
import { PartialTreeFuzzer, TRUNCATED_FILES, type FuzzCase } from './partial-tree-fuzz.js';
import { grammarKeywords } from './keyword-inputs.js';

/** Fixed, so a failure here is the same failure on every machine; `npm run fuzz` tries fresh seeds. */
const SEED = 13;
const RUNS = 300;

describe('partial trees (fuzz)', function () {
    this.timeout(600_000);
    let fuzzer: PartialTreeFuzzer;
    before(() => { fuzzer = new PartialTreeFuzzer(); });

    const runAll = async (cases: readonly FuzzCase[]) => {
        const failures: string[] = [];
        for (const fuzzCase of cases) {
            const problems = await fuzzer.run(fuzzCase);
            if (problems.length > 0) failures.push(`${fuzzer.describe(fuzzCase)}: ${problems.join('; ')}`);
        }
        assert.deepEqual(failures, []);
    };

    it(`checks, summarises and formats ${RUNS} broken variants of every example without a crash or an unknown finding (seed ${SEED})`, async () => {
        assert.ok(fuzzer.files.length >= 20, 'the examples are found');
        await fc.assert(
            fc.asyncProperty(fuzzer.arbitrary(), async (fuzzCase) => {
                const problems = await fuzzer.run(fuzzCase);
                assert.deepEqual(problems, [], fuzzer.describe(fuzzCase));
            }),
            { seed: SEED, numRuns: RUNS, endOnFailure: true }
        );
    });

    it(`inserts every keyword of the grammar into some example (seed ${SEED})`, async () => {
        const cases = fuzzer.keywordSweep(SEED);
        assert.equal(cases.length, grammarKeywords().length);
        const tokens = cases.map((fuzzCase) => (fuzzCase.mutations[0] as { token: number }).token);
        assert.deepEqual(tokens.map((token) => fuzzer.vocabulary[token]).sort(), grammarKeywords().sort(), 'each keyword once');
        await runAll(cases);
    });

    for (const file of TRUNCATED_FILES) {
        it(`cuts ${file} off at every token boundary`, async () => {
            const cases = fuzzer.truncationSweep(file);
            assert.ok(cases.length > 50, `${cases.length} boundaries`);
            await runAll(cases);
        });
    }
});
