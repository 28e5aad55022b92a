import type { Area } from '../generated/ast.js';
import { BuildCache } from '../model/build-cache.js';
import type { FactIndex } from '../model/facts.js';
import { defineCheck } from './rule.js';
import { listedNames, quoted } from './wording.js';

/** Areas by their code (upper case), once per build. */
const areasByCode = new BuildCache<FactIndex, [], Map<string, Area[]>>();

function byCode(facts: FactIndex): Map<string, Area[]> {
    return areasByCode.get(facts, [], () => {
        const map = new Map<string, Area[]>();
        for (const area of facts.areas) {
            if (!area.code) continue;
            const key = area.code.toUpperCase();
            map.set(key, [...(map.get(key) ?? []), area]);
        }
        return map;
    });
}

export const areaCodeDuplicate = defineCheck({
    id: 'area-code-duplicate',
    severity: 'error',
    category: 'data',
    scope: 'workspace',
    description: 'No two areas may have the same GSS code.',
    rationale: 'A dataset row is matched to its area by code: with two areas of one code, the row would be evidence for either, and one of the two declarations is wrong.',
    checks: {
        Area: (area, context) => {
            if (!area.code) return;
            const same = byCode(context.facts).get(area.code.toUpperCase()) ?? [];
            if (same.length < 2) return;
            const others = same.filter((other) => other !== area);
            context.report(area, `Area ${quoted(area.name)} has the code "${area.code}", which area${others.length === 1 ? '' : 's'} ${listedNames(others)} also ${others.length === 1 ? 'has' : 'have'}.`, {
                property: 'code',
                related: others.map((other) => ({ node: other, property: 'code', message: `${quoted(other.name)} has the same code.` }))
            });
        }
    }
});
