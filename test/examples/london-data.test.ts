import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'mocha';
import { summariseWorkspace } from '../../language/engine/summarise.js';
import type { TargetSummary } from '../../language/summary/summary-model.js';
import { REPO_ROOT } from '../repo-paths.js';

const LONDON = path.join(REPO_ROOT, 'examples', 'london');
const CSV = path.join(LONDON, 'data', 'fingertips-london-2015-2019.csv');

function target(targets: readonly TargetSummary[], name: string): TargetSummary {
    const found = targets.find((candidate) => candidate.name === name);
    assert.ok(found, `no target ${name}`);
    return found;
}

describe('the London example: evidence from its Fingertips dataset', () => {
    it('judges adult smoking inconclusive as of today: the 2019 interval spans the 13% goal', async () => {
        const { summary } = await summariseWorkspace({ paths: [LONDON], root: LONDON, asOf: '2026-01-01' });
        const smoking = target(summary.targets, 'AdultSmoking');
        assert.equal(smoking.status, 'inconclusive');
        assert.equal(smoking.inconclusive, 'goal');
        assert.deepEqual({ value: smoking.latest?.value, lower: smoking.latest?.lower, upper: smoking.latest?.upper, date: smoking.latest?.date },
            { value: 13.4, lower: 12.7, upper: 14.1, date: '2019-12-31' });
        assert.equal(target(summary.targets, 'ChildObesityYear6').status, 'missed');
        assert.equal(target(summary.targets, 'RecommendedActivity').status, 'missed');
    });

    it('gives each figure from the dataset its file, row, SHA-256 and retrieved date, and names the source', async () => {
        const { summary } = await summariseWorkspace({ paths: [LONDON], root: LONDON, asOf: '2026-01-01' });
        const sha256 = createHash('sha256').update(readFileSync(CSV)).digest('hex');
        const lines = readFileSync(CSV, 'utf8').split('\n');
        for (const name of ['AdultSmoking', 'ChildObesityYear6', 'RecommendedActivity']) {
            const found = target(summary.targets, name);
            assert.equal(found.history.length, 5, `${name}: five years of figures`);
            for (const figure of found.history) {
                assert.ok(figure.provenance, `${name} ${figure.date} has its provenance`);
                assert.equal(figure.provenance.file, 'data/fingertips-london-2015-2019.csv');
                assert.equal(figure.provenance.sha256, sha256);
                assert.equal(figure.provenance.retrieved, '2020-06-01');
                // The row number points at the line of the file holding this very figure.
                const cells = lines[figure.provenance.row - 1]!.split(',');
                assert.equal(cells[4], 'E12000007', `${name} row ${figure.provenance.row} is London's`);
                assert.equal(Number(cells[12]), figure.value);
                assert.equal(cells[11], figure.provenance.period);
            }
            assert.deepEqual((found.sources ?? []).map((source) => [source.dataset, source.file, source.illustrative, source.rows.length]),
                [['LondonPublicHealth', 'data/fingertips-london-2015-2019.csv', true, 5]]);
        }
    });

    it('uses no hand-typed measurement for the three targets the dataset evidences', async () => {
        const { summary } = await summariseWorkspace({ paths: [LONDON], root: LONDON, asOf: '2026-01-01' });
        for (const name of ['AdultSmoking', 'ChildObesityYear6', 'RecommendedActivity']) {
            assert.ok(target(summary.targets, name).history.every((figure) => figure.measurement === undefined && figure.provenance), name);
        }
        assert.ok(target(summary.targets, 'WorkingDaysGained').history.every((figure) => figure.measurement && !figure.provenance), 'typed evidence stays typed');
    });
});
