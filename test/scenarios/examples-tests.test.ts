import { strict as assert } from 'node:assert';
import { describe, it } from 'mocha';
import { runLhc } from '../cli/cli-harness.js';
import { REPO_ROOT } from '../repo-paths.js';

// `npm test` (and so CI) runs every example's scenario tests: a condition or rule that stops meaning what its
// tests say fails the build.
describe('lhc test examples', () => {
    it('passes every scenario test of every example', async function () {
        this.timeout(180_000);
        const result = await runLhc(['test', 'examples'], { cwd: REPO_ROOT });
        assert.equal(result.code, 0, result.stdout + result.stderr);
        assert.match(result.stdout, /^\d+ passed, 0 failed$/m);
        assert.match(result.stdout, /examples\/rule-scenarios\/tests\/built-in-rules\.test\.lhc/, 'the built-in rules’ scenarios run too');
    });
});
