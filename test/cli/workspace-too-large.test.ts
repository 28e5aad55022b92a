import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
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
    before(() => {
        folder = mkdtempSync(path.join(tmpdir(), 'lhc-too-large-'));
        writeWorkspace(folder, { files: 100 });
    });
    after(() => rmSync(folder, { recursive: true, force: true }));

    const check = (heapMb: number) => spawnSync(process.execPath, [`--max-old-space-size=${heapMb}`, LHC_BIN, 'check', folder], { encoding: 'utf8' });
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
        // The 1.03 MB are estimated to need 50.9 MB, so the check starts under 51 MB; it needs about 53 MB (measured:
        // it fits under 54 and, sometimes, 52), so the heap fills while it runs. Past 52 the check fits; the band
        // moves with the memory a check takes per MB (HEAP_MB_PER_MB).
        const run = check(51);
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
