import { strict as assert } from 'node:assert';
import { describe, it } from 'mocha';
import { csvText, FINGERTIPS_COLUMNS, fingertipsRow, SMOKING_WORKSPACE } from '../datasets/dataset-fixture.js';
import { lhc, tempWorkspace } from './cli-helpers.js';

const GOOD = csvText(FINGERTIPS_COLUMNS, [fingertipsRow({})]);

/** Runs `lhc check .` in a workspace holding deal.lhc and the given files. */
function check(files: Record<string, string | Uint8Array>, text = SMOKING_WORKSPACE) {
    const workspace = tempWorkspace({ 'deal.lhc': text, ...files });
    try {
        return lhc(['check', '.'], workspace.dir, { NO_COLOR: '1' });
    } finally {
        workspace.dispose();
    }
}

describe('lhc check with datasets (the real binary)', () => {
    it('stops with exit 2 and one line on a missing dataset file', () => {
        const run = check({});
        assert.equal(run.status, 2, run.stdout + run.stderr);
        assert.equal(run.stderr, "lhc check: deal.lhc:6: data/phof.csv does not exist (dataset 'Phof').\n");
    });

    it('stops with exit 2 on a dataset file outside the workspace', () => {
        const run = check({}, SMOKING_WORKSPACE.replace('"data/phof.csv"', '"../../etc/phof.csv"'));
        assert.equal(run.status, 2);
        assert.match(run.stderr, /^lhc check: deal\.lhc:6: \.\.\/\.\.\/etc\/phof\.csv (does not exist|is outside the workspace) \(dataset 'Phof'\)/);
        const outside = tempWorkspace({ 'phof.csv': GOOD });
        try {
            const escaping = check({}, SMOKING_WORKSPACE.replace('"data/phof.csv"', JSON.stringify(`${outside.dir}/phof.csv`)));
            assert.equal(escaping.status, 2);
            assert.equal(escaping.stderr, `lhc check: deal.lhc:6: ${outside.dir}/phof.csv is outside the workspace (dataset 'Phof'); a dataset file must be inside it.\n`);
        } finally {
            outside.dispose();
        }
    });

    it('stops with exit 2 naming a missing required column', () => {
        const run = check({ 'data/phof.csv': csvText(FINGERTIPS_COLUMNS.filter((column) => column !== 'Value'), [fingertipsRow({})]) });
        assert.equal(run.status, 2);
        assert.equal(run.stderr, "lhc check: deal.lhc:6: data/phof.csv has no \"Value\" column, which the fingertips layout requires (dataset 'Phof').\n");
        assert.equal(run.stdout, '');
    });

    it('reports a bad row as one finding line naming the file, row and column, and exits 1', () => {
        const run = check({ 'data/phof.csv': csvText(FINGERTIPS_COLUMNS, [fingertipsRow({}), fingertipsRow({ 'Time period': '2017', 'Value': 'fourteen' })]) });
        assert.equal(run.status, 1, run.stdout + run.stderr);
        const lines = run.stdout.split('\n').filter((line) => line.includes('dataset-bad-row'));
        assert.equal(lines.length, 1, run.stdout);
        assert.match(lines[0]!, /^deal\.lhc:6:\d+\s+error\s+dataset-bad-row\s+data\/phof\.csv row 3, column "Value": "fourteen" is not a number\.$/);
        assert.doesNotMatch(run.stdout + run.stderr, /\bat .*\.js:\d+/, 'no stack trace');
    });

    it('accepts a file with a BOM and CRLF line ends', () => {
        const run = check({ 'data/phof.csv': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csvText(FINGERTIPS_COLUMNS, [fingertipsRow({})], '\r\n'))]) });
        assert.equal(run.status, 0, run.stdout + run.stderr);
    });
});
