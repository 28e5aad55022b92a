// The dataset item of `npm run bench` (issue 11), shared by the full run and `npm run bench:dataset`: the London
// example checked as it is and with a generated Fingertips-layout file beside it, each in fresh child processes,
// alternating so both see the same machine load; the ratio with ÷ without is measured within the run.
import { writeDatasetWorkspaces } from './dataset-scale.js';
import { child, expect, min, repository, stats } from './orchestrator.js';
import type { BenchResults } from './report.js';

interface DatasetCheck { checkSeconds: number; datasetLoadSeconds: number; findingsByRule: Record<string, number> }

/** Findings the London copies must not have: the generated file or its declaration would be broken. */
const UNEXPECTED = ['dataset-unreadable', 'dataset-bad-row', 'dataset-unknown-area', 'evidence-no-rows', 'unresolved-reference', 'syntax-error'];

/**
 * Measures `runs` checks of London without and with a `rows`-row dataset, in copies written under `workspaces` and
 * removed afterwards. The ratio is the fastest check with the dataset over the fastest without; the load's seconds
 * and share are those of that fastest check with it. `undefined` when every child of one side failed (recorded in
 * the orchestrator's failures).
 */
export function measureDatasetItem(workspaces: string, rows: number, runs: number): BenchResults['dataset'] {
    const written = writeDatasetWorkspaces(repository, workspaces, rows);
    try {
        process.stdout.write(`London with a ${rows.toLocaleString('en-GB')}-row dataset\n`);
        const without: DatasetCheck[] = [];
        const withDataset: DatasetCheck[] = [];
        for (let run = 1; run <= runs; run++) {
            const plain = child<DatasetCheck>(`London check without the dataset, run ${run}`, 'measure-dataset.js', [written.without]);
            if (plain) without.push(plain);
            const loaded = child<DatasetCheck>(`London check with the dataset, run ${run}`, 'measure-dataset.js', [written.withDataset]);
            if (loaded) withDataset.push(loaded);
        }
        for (const check of [...without, ...withDataset]) {
            const unexpected = UNEXPECTED.filter((id) => check.findingsByRule[id]);
            expect(unexpected.length === 0, `dataset item: the London copies have findings they must not have: ${unexpected.join(', ')}`);
        }
        if (without.length === 0 || withDataset.length === 0) return undefined;
        const fastest = withDataset.reduce((a, b) => (a.checkSeconds <= b.checkSeconds ? a : b));
        return {
            rows,
            checkWithoutSeconds: stats(without.map((check) => check.checkSeconds)),
            checkWithSeconds: stats(withDataset.map((check) => check.checkSeconds)),
            loadSeconds: fastest.datasetLoadSeconds,
            loadShare: fastest.datasetLoadSeconds / fastest.checkSeconds,
            withOverWithout: fastest.checkSeconds / min(without.map((check) => check.checkSeconds))
        };
    } finally {
        written.dispose();
    }
}
