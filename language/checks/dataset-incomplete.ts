import { defineCheck } from './rule.js';

export const datasetIncomplete = defineCheck({
    id: 'dataset-incomplete',
    severity: 'error',
    category: 'data',
    scope: 'document',
    description: 'A dataset must name its file and its layout.',
    rationale: 'Without a file or a layout there is nothing to read, so every target whose evidence comes from the dataset would have none. Unlike an unreadable file, this is a fault of the declaration itself: it is reported with the other findings and the rest of the workspace is still checked.',
    checks: {
        Dataset: (dataset, context) => {
            const load = context.evidence.load(dataset);
            if (!('incomplete' in load)) return;
            context.report(dataset, load.incomplete.message, { property: dataset.file === undefined ? 'name' : 'file' });
        }
    }
});
