import { defineCheck } from './rule.js';
import { listed, quoted } from './wording.js';

export const datasetProvenance = defineCheck({
    id: 'dataset-provenance',
    severity: 'warning',
    category: 'data',
    scope: 'document',
    description: 'A dataset must say where it came from: its publisher, a URL or reference, and the date it was retrieved.',
    rationale: 'A target judged on a downloaded file is only as good as the download: reviewers need to know who published it and when it was taken, to tell whether a newer release changes the verdict.',
    checks: {
        Dataset: (dataset, context) => {
            const missing: string[] = [];
            if (!dataset.publisher) missing.push('`publisher "…"`');
            if (!dataset.url && !dataset.reference) missing.push('`url "…"` or `reference "…"`');
            if (!dataset.retrieved) missing.push('`retrieved <date>`');
            if (missing.length === 0) return;
            context.report(dataset, `Dataset ${quoted(dataset.name)} does not say where it came from: add ${listed(missing)}.`, { property: 'name' });
        }
    }
});
