import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'mocha';
import { writeFileSafely as writeFileAtomic } from '../../language/engine/write-file.js';
import { runLhc } from './cli-harness.js';

const BROKEN = `
area London "London" region
party NHSEngland "NHS England" national-body
party NHSEngland "NHS England again" national-body
mou MoU "Devolution MoU" { signed 2017-11-16 signatories NHSEngland pilot P "A pilot" { leads NHSEngland starts 2018-01-01 } }
`;

describe('lhc check in CI', () => {
    let folder: string;
    beforeEach(() => {
        folder = mkdtempSync(path.join(tmpdir(), 'lhc-check-ci-'));
        writeFileSync(path.join(folder, 'deal.lhc'), BROKEN);
    });
    afterEach(() => rmSync(folder, { recursive: true, force: true }));

    it('--format github prints annotations and appends the Markdown summary to $GITHUB_STEP_SUMMARY', async () => {
        const stepSummary = path.join(folder, 'step-summary.md');
        writeFileSync(stepSummary, '# Earlier step\n');
        const result = await runLhc(['check', 'deal.lhc', '--format', 'github', '--as-of', '2019-06-01'], { cwd: folder, env: { GITHUB_STEP_SUMMARY: stepSummary } });
        assert.equal(result.code, 1, 'errors fail the build');
        assert.match(result.stdout, /^::error file=deal.lhc,line=4,endLine=4,col=\d+,endColumn=\d+,title=lhc duplicate-name::/m);
        const written = readFileSync(stepSummary, 'utf8');
        assert.ok(written.startsWith('# Earlier step\n## Compliance summary as of 2019-06-01'), written.slice(0, 80));
        assert.match(written, /^✖ \*\*Action needed\*\*: Rules: not compliant: 1 of \d+ rules judged failing, 1 with warnings, 2 errors, \d+ with nothing to judge/m);
        assert.ok(written.includes('**A pilot**'));
    });

    it('--format github leaves no step summary when the variable is not set', async () => {
        const result = await runLhc(['check', '--format', 'github', '--as-of', '2019-06-01'], { cwd: folder, env: {} });
        assert.equal(result.code, 1);
        assert.deepEqual(readdirSync(folder), ['deal.lhc']);
    });

    it('--format sarif --out writes the log to a file; --format junit prints XML', async () => {
        const sarif = await runLhc(['check', '--format', 'sarif', '--out', 'lhc.sarif', '--as-of', '2019-06-01'], { cwd: folder });
        assert.equal(sarif.code, 1);
        assert.equal(sarif.stdout, '');
        const log = JSON.parse(readFileSync(path.join(folder, 'lhc.sarif'), 'utf8')) as { runs: { results: unknown[] }[] };
        assert.equal(log.runs[0]?.results.length, 3, 'two duplicate names and a pilot without public involvement');
        const junit = await runLhc(['check', '--format', 'junit', '--as-of', '2019-06-01'], { cwd: folder });
        assert.match(junit.stdout, /<testsuite name="deal.lhc" tests="\d+" failures="2"/);
    });

    it('rejects an unknown format with exit code 2', async () => {
        const result = await runLhc(['check', '--format', 'xml'], { cwd: folder });
        assert.equal(result.code, 2);
        assert.match(result.stderr, /^lhc check: --format must be one of text, json, sarif, junit, github, not 'xml'\n$/);
    });
});

describe('writeFileAtomic', () => {
    let folder: string;
    beforeEach(() => { folder = mkdtempSync(path.join(tmpdir(), 'lhc-atomic-')); });
    afterEach(() => rmSync(folder, { recursive: true, force: true }));

    it('replaces the file whole and leaves no temporary file', () => {
        const file = path.join(folder, 'out.txt');
        writeFileAtomic(file, 'first');
        writeFileAtomic(file, 'second');
        assert.equal(readFileSync(file, 'utf8'), 'second');
        assert.deepEqual(readdirSync(folder), ['out.txt']);
    });

    it('reports a write it cannot do as an input error and leaves nothing behind', () => {
        assert.throws(() => writeFileAtomic(path.join(folder, 'missing', 'out.txt'), 'x'), { name: 'InputError', message: /^Cannot write .*out\.txt: ENOENT$/ });
        assert.deepEqual(readdirSync(folder), []);
    });
});
