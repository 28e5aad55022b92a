import { strict as assert } from 'node:assert';
import { describe, it } from 'mocha';
import * as path from 'node:path';
import { REPO_ROOT } from '../repo-paths.js';
import { churnSettings, runChurn } from './churn.js';

const london = path.join(REPO_ROOT, 'examples', 'london');
const england = path.join(REPO_ROOT, 'examples', 'england');

// Issue 14: the language server never shows a stale or wrong state. Rerun a failure with LHC_CHURN_SEED=<seed>
// (`random` for a new seed each run); LHC_CHURN_EDITS=<n> changes the number of edits, LHC_CHURN_COMPARE_ALL_EVERY=<n>
// how often the closed files are compared too.
describe('language server churn: random edits of the London workspace match a fresh server (issue 14)', () => {
    it('after each of 1,000 seeded random edits, every open file shows what a fresh server reports for the same texts', async function () {
        const { seed, edits } = churnSettings(1000, 14);
        this.timeout(edits * 2_000 + 120_000);
        console.log(`      churn seed ${seed}, ${edits} edits (LHC_CHURN_SEED=${seed} reruns it)`);
        const started = Date.now();
        const result = await runChurn({ folders: [london], libraries: [england], edits, seed, compareAllEvery: Number(process.env.LHC_CHURN_COMPARE_ALL_EVERY ?? 50) });
        console.log(`      ${result.edits} edits, ${result.comparisons} comparisons in ${((Date.now() - started) / 1000).toFixed(1)} s ` +
            `(server ${(result.serverMs / 1000).toFixed(1)} s, fresh ${(result.freshMs / 1000).toFixed(1)} s): ${JSON.stringify(result.kinds)}`);
        assert.equal(result.divergence, undefined, result.divergence);
        assert.equal(result.edits, edits);
        // The edits a user makes that the fault list names all happened.
        for (const kind of ['rename', 'paste', 'open', 'close', 'copy']) assert.ok((result.kinds[kind] ?? 0) > 0 || edits < 100, `no ${kind} edit`);
    });
});
