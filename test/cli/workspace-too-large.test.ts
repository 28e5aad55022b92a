import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'mocha';
import { writeWorkspace } from '../../bench/generate.js';
import { LHC_BIN } from '../repo-paths.js';

/**
 * Issue 16 item 2: a workspace that would exceed the heap ends with one clear line and exit 2, never V8's native
 * trace and exit 134. A small generated workspace under a lowered --max-old-space-size stands in for 150 MB.
 */
describe('CLI: a workspace too large for the heap', () => {
    let folder: string;
    let dense: string;
    before(() => {
        folder = mkdtempSync(path.join(tmpdir(), 'lhc-too-large-'));
        writeWorkspace(folder, { files: 100 });
        // 100 files, 1.0 MB, of long sums: far more syntax tree per MB than the estimate assumes (≈ 30 MB a MB).
        dense = mkdtempSync(path.join(tmpdir(), 'lhc-too-dense-'));
        const sum = `${'1+'.repeat(400)}1 = 1`;
        for (let file = 0; file < 100; file++) {
            const conditions = Array.from({ length: 12 }, (_, index) => `    condition C${file}x${index} "c" workspace-wide { ${sum} }\n`);
            writeFileSync(path.join(dense, `f${file}.lhc`), `mou M${file} "m" {\n${conditions.join('')}}\n`);
        }
    });
    after(() => {
        rmSync(folder, { recursive: true, force: true });
        rmSync(dense, { recursive: true, force: true });
    });

    const check = (heapMb: number, workspace = folder) => spawnSync(process.execPath, [`--max-old-space-size=${heapMb}`, LHC_BIN, 'check', workspace], { encoding: 'utf8' });
    const TOO_LARGE = /^lhc check: workspace too large: 100 files, 1\.0 MB; check a folder at a time or raise --max-old-space-size \(now \d+ MB\)\n$/;

    it('refused up front from its size: one line, exit 2', function () {
        this.timeout(120_000);
        const run = check(32);
        assert.equal(run.status, 2, run.stderr.slice(0, 2000));
        assert.match(run.stderr, TOO_LARGE);
        assert.equal(run.stdout, '');
    });

    it('stopped while loading when the heap fills up (past the estimate): one line, exit 2', function () {
        this.timeout(120_000);
        // 1 MB is estimated to need 50 MB, so the check starts under 56 MB; these sums fill it while they load.
        const run = check(56, dense);
        assert.equal(run.status, 2, run.stderr.slice(0, 2000));
        assert.match(run.stderr, TOO_LARGE);
    });

    it('checked as usual with the heap it needs', function () {
        this.timeout(120_000);
        const run = check(256);
        assert.ok(run.status === 0 || run.status === 1, run.stderr.slice(0, 2000));
        assert.doesNotMatch(run.stderr, /too large/);
    });
});
