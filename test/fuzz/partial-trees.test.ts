import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { describe, it } from 'mocha';
import { PartialTreeFuzzer } from './partial-tree-fuzz.js';

/** Fixed, so a failure here is the same failure on every machine; `npm run fuzz` tries fresh seeds. */
const SEED = 13;
const RUNS = 300;

describe('partial trees (fuzz)', function () {
    this.timeout(600_000);

    it(`checks, summarises and formats ${RUNS} broken variants of every example without a crash or an unknown finding (seed ${SEED})`, async () => {
        const fuzzer = new PartialTreeFuzzer();
        assert.ok(fuzzer.files.length >= 20, 'the examples are found');
        await fc.assert(
            fc.asyncProperty(fuzzer.arbitrary(), async (fuzzCase) => {
                const problems = await fuzzer.run(fuzzCase);
                assert.deepEqual(problems, [], fuzzer.describe(fuzzCase));
            }),
            { seed: SEED, numRuns: RUNS, endOnFailure: true }
        );
    });
});
