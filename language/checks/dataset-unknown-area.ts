import { defineCheck } from './rule.js';
import { counted, quoted } from './wording.js';

export const datasetUnknownArea = defineCheck({
    id: 'dataset-unknown-area',
    severity: 'warning',
    category: 'data',
    scope: 'workspace',
    description: 'In a dataset declared `only declared areas`, every row\'s area code must be the code of a declared area.',
    rationale: 'A dataset filtered to the workspace\'s areas should hold nothing else: a row for another code means an area is missing its `code`, has a wrong one, or the file is not the one the declaration describes.',
    checks: {
        Dataset: (dataset, context) => {
            if (!dataset.declaredAreasOnly) return;
            const load = context.evidence.load(dataset);
            if (!('loaded' in load)) return;
            const known = new Set(context.facts.areas.flatMap((area) => (area.code ? [area.code.toUpperCase()] : [])));
            for (const [code, rows] of load.loaded.rowsByArea) {
                if (known.has(code)) continue;
                const more = rows.length > 1 ? ` (and ${counted(rows.length - 1, 'more row')})` : '';
                context.report(dataset, `${load.loaded.written} row ${rows[0]!.row}, column "${load.loaded.areaColumn}": no area declares the code "${rows[0]!.areaCode}"${more}, but dataset ${quoted(dataset.name)} is for declared areas only.`, { property: 'file' });
            }
        }
    }
});
