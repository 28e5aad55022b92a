import { defineCheck } from './rule.js';

export const datasetUnreadable = defineCheck({
    id: 'dataset-unreadable',
    severity: 'error',
    category: 'data',
    scope: 'document',
    description: 'A dataset\'s file must exist inside the workspace, be CSV and have the columns its layout requires.',
    rationale: 'Targets judged on a file that cannot be read would have no evidence without saying why. `lhc check` stops on it with exit code 2, like any other input it cannot read.',
    checks: {
        Dataset: (dataset, context) => {
            const load = context.evidence.load(dataset);
            if (!('unreadable' in load)) return;
            context.report(dataset, load.unreadable.message, { property: dataset.file !== undefined ? 'file' : 'name' });
        }
    }
});
