import { defineCheck } from './rule.js';
import { quoted } from './wording.js';

/**
 * An ONS Government Statistical Service (GSS) code: a letter for the nation (E England, W Wales, S Scotland,
 * N Northern Ireland, K for Great Britain or UK-wide areas, …), two digits for the entity (E09 London borough, E12
 * region) and six for the instance: nine characters, e.g. `E09000007` (Camden). Source: ONS Code History Database.
 */
export const GSS_CODE = /^[EKLMNSW]\d{8}$/;

export const areaCodeMalformed = defineCheck({
    id: 'area-code-malformed',
    severity: 'error',
    category: 'data',
    scope: 'document',
    description: 'An area\'s code must be an ONS GSS code: a letter and eight digits, like E09000007.',
    rationale: 'Public datasets (Fingertips indicator exports, ONS estimates) key their rows by GSS code; a code that is not one finds no rows, and the target it should evidence silently has none.',
    checks: {
        Area: (area, context) => {
            if (area.code === undefined || GSS_CODE.test(area.code)) return;
            context.report(area, `The code "${area.code}" of area ${quoted(area.name)} is not a GSS code: a letter and eight digits, like E09000007.`, { property: 'code' });
        }
    }
});
