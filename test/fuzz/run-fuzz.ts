import fc from 'fast-check';
import { PartialTreeFuzzer, TRUNCATED_FILES, type FuzzCase } from './partial-tree-fuzz.js';

/**
 * `npm run fuzz [-- RUNS [SEED]]`: the partial-tree fuzzer at length (default 5,000 random cases, a fresh seed),
 * then the sweeps: every keyword of the grammar inserted once, and the truncation files cut at every token
 * boundary. Prints the seed first, so any crash can be replayed with it, then every crashing case and the crash
 * count; exits 1 on any crash.
 */
const runs = Number(process.argv[2] ?? process.env.LHC_FUZZ_RUNS ?? 5000);
const seed = Number(process.argv[3] ?? process.env.LHC_FUZZ_SEED ?? Date.now() % 2_147_483_647);
console.log(`lhc fuzz: seed ${seed}, ${runs} cases`);
const fuzzer = new PartialTreeFuzzer();
const started = Date.now();
let crashes = 0;
let index = 0;
const runCase = async (fuzzCase: FuzzCase) => {
    index++;
    const problems = await fuzzer.run(fuzzCase);
    if (problems.length > 0) {
        crashes++;
        console.log(`case ${index}: ${fuzzer.describe(fuzzCase)}\n  ${problems.join('\n  ')}`);
    }
    if (index % 500 === 0) console.log(`… ${index} cases, ${crashes} crash${crashes === 1 ? '' : 'es'}`);
};
for (const fuzzCase of fc.sample(fuzzer.arbitrary(), { seed, numRuns: runs })) await runCase(fuzzCase);
const sweeps = [...fuzzer.keywordSweep(seed), ...TRUNCATED_FILES.flatMap((file) => fuzzer.truncationSweep(file))];
for (const fuzzCase of sweeps) await runCase(fuzzCase);
console.log(`lhc fuzz: seed ${seed}: ${runs} random cases and ${sweeps.length} sweep cases (every keyword inserted, ${TRUNCATED_FILES.length} files cut at every token boundary), ${crashes} crash${crashes === 1 ? '' : 'es'} (${Math.round((Date.now() - started) / 1000)} s)`);
process.exitCode = crashes > 0 ? 1 : 0;
