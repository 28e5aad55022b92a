import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, describe, it } from 'mocha';
import { createTestServices, resetWorkspace } from '../helpers.js';
import { SMOKING_WORKSPACE, ruleMessages } from '../datasets/dataset-fixture.js';
import { runLhc } from '../cli/cli-harness.js';

const { services } = createTestServices();

const findings = (text: string) => ruleMessages(services, 'dataset-incomplete', {}, text);

describe('dataset-incomplete', () => {
    afterEach(() => resetWorkspace(services));

    it('reports a declaration without a file, and one without a layout', async () => {
        assert.deepEqual(await findings(SMOKING_WORKSPACE.replace('    file "data/phof.csv"\n', '')), ["The dataset 'Phof' names no file: add `file \"data/….csv\"`."]);
        await resetWorkspace(services);
        assert.deepEqual(await findings(SMOKING_WORKSPACE.replace('    layout fingertips\n', '')), ["The dataset 'Phof' gives no layout: add `layout fingertips` or `layout columns { … }`."]);
    });

    it('leaves a declaration that names its file and layout to dataset-unreadable, even when the file is missing', async () => {
        assert.deepEqual(await findings(SMOKING_WORKSPACE), []);
    });

    it('does not judge a dataset the parser recovered without its name: that is a syntax error', async () => {
        assert.deepEqual(await findings('dataset'), []);
        await resetWorkspace(services);
        assert.deepEqual(await findings('dataset Phof'), []);
    });

    it('is a finding: lhc check and lhc summary go on and report it, they do not stop with exit code 2', async () => {
        const folder = mkdtempSync(path.join(os.tmpdir(), 'lhc-dataset-incomplete-'));
        try {
            writeFileSync(path.join(folder, 'deal.lhc'), SMOKING_WORKSPACE.replace('    file "data/phof.csv"\n', ''));
            writeFileSync(path.join(folder, 'partial.lhc'), 'dataset\n');
            const check = await runLhc(['check', '.'], { cwd: folder });
            assert.equal(check.code, 1, check.stderr);
            assert.match(check.stdout, /deal\.lhc:\d+:\d+\s+error\s+dataset-incomplete\s+The dataset 'Phof' names no file/);
            assert.match(check.stdout, /partial\.lhc:\d+:\d+\s+error\s+syntax-error/);
            assert.doesNotMatch(check.stdout, /undefined/);
            const summary = await runLhc(['summary', '.'], { cwd: folder });
            assert.equal(summary.code, 0, summary.stderr);
        } finally {
            rmSync(folder, { recursive: true, force: true });
        }
    });
});
