import { strict as assert } from 'node:assert';
import { describe, it } from 'mocha';
import * as path from 'node:path';
import { REPO_ROOT } from '../repo-paths.js';
import { churnSettings, runChurn } from './churn.js';

const examples = path.join(REPO_ROOT, 'examples');

// Issue 16: with dependency-aware revalidation, results must equal a fresh full build. Two deals (London and Greater
// Manchester, two workspace folders) on the national library, so an edit can affect one agreement, the other or both.
// Rerun a failure with LHC_CHURN_SEED=<seed> (`random` for a new seed); LHC_CHURN_EDITS=<n> changes the number of edits.
describe('language server: random edits across two deals and their library match a fresh build (issue 16)', () => {
    it('after each of 500 seeded random edits, every open file shows what a fresh full build reports', async function () {
        const { seed, edits } = churnSettings(500, 16);
        this.timeout(edits * 2_000 + 120_000);
        console.log(`      seed ${seed}, ${edits} edits (LHC_CHURN_SEED=${seed} reruns it)`);
        const started = Date.now();
        const result = await runChurn({
            folders: [path.join(examples, 'london'), path.join(examples, 'greater-manchester')],
            libraries: [path.join(examples, 'england')],
            edits, seed, compareAllEvery: Number(process.env.LHC_CHURN_COMPARE_ALL_EVERY ?? 25)
        });
        console.log(`      ${result.edits} edits, ${result.comparisons} comparisons in ${((Date.now() - started) / 1000).toFixed(1)} s ` +
            `(server ${(result.serverMs / 1000).toFixed(1)} s, fresh ${(result.freshMs / 1000).toFixed(1)} s): ${JSON.stringify(result.kinds)}`);
        assert.equal(result.divergence, undefined, result.divergence);
        assert.equal(result.edits, edits);
        const greaterManchester = result.editedFiles.filter((uri) => uri.includes('/greater-manchester/')).length;
        const london = result.editedFiles.filter((uri) => uri.includes('/london/')).length;
        assert.ok(edits < 100 || (greaterManchester > 0 && london > 0), 'both deals were edited');
    });
});
