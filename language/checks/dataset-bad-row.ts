import { defineCheck } from './rule.js';

export const datasetBadRow = defineCheck({
    id: 'dataset-bad-row',
    severity: 'error',
    category: 'data',
    scope: 'document',
    description: 'Every row of a dataset must have numeric figures, an interval whose lower bound is not above its upper, a time period lhc can read, and no twin for the same indicator, area, period and breakdown.',
    rationale: 'Nothing is guessed from public data: a row that cannot be read as it stands is reported by file, row and column, never skipped in silence, so that no target is judged on a partial file.',
    checks: {
        Dataset: (dataset, context) => {
            const load = context.evidence.load(dataset);
            if (!('loaded' in load)) return;
            const { written, problems } = load.loaded;
            for (const problem of problems) {
                const where = problem.column !== undefined ? `${written} row ${problem.row}, column "${problem.column}":` : `${written} row ${problem.row}`;
                context.report(dataset, `${where} ${problem.message}.`, { property: 'file', data: { row: problem.row } });
            }
        }
    }
});
