// `npm run bench:dataset`: only the dataset item of the benchmark (issue 11's goal: London + a 50,000-row Fingertips
// file checks in under 2× London alone), for a quick measurement after a change to dataset loading. Takes the
// benchmark's `--rows` and `--runs` (3 by default) and its output folder; prints the figures and the goal, writes
// nothing else. Exit 1 when a measurement broke, never because of the goal.
import { mkdirSync, rmSync } from 'node:fs';
import { measureDatasetItem } from './dataset-item.js';
import { failures, repository } from './orchestrator.js';
import { datasetFigures, datasetGoal } from './report.js';
import { benchSettings, type BenchSettings } from './settings.js';

let settings: BenchSettings;
try {
    settings = benchSettings(process.argv.slice(2), process.env, repository);
} catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(2);
}
mkdirSync(settings.workspaces, { recursive: true });
const dataset = measureDatasetItem(settings.workspaces, settings.datasetRows, settings.runs);
rmSync(settings.workspaces, { recursive: true, force: true });
if (dataset) {
    const goal = datasetGoal(dataset);
    process.stdout.write(`${datasetFigures(dataset)}\nruns: with ${dataset.checkWithSeconds.runs.map((s) => s.toFixed(2)).join(', ')} s; without ${dataset.checkWithoutSeconds.runs.map((s) => s.toFixed(2)).join(', ')} s\n`);
    process.stdout.write(`${goal.met ? 'met ' : 'MISS'}  ${goal.name}  ${goal.goal}  measured ${goal.measured}\n`);
}
if (failures.length > 0) {
    process.stderr.write(`\nbenchmark broken — ${failures.length} failure(s):\n${failures.map((failure) => `- ${failure}`).join('\n')}\n`);
    process.exit(1);
}
