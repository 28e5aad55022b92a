import { areaAncestry } from '../model/areas.js';
import { formatCount } from '../model/money.js';
import { defineCheck } from './rule.js';
import { quoted } from './wording.js';

const people = (count: number | undefined): string => formatCount(count);

export const areaPopulation = defineCheck({
    id: 'area-population',
    severity: 'error',
    category: 'values', scope: 'document',
    description: 'An area\'s population is a positive number, no larger than that of any area containing it.',
    rationale: 'Populations weigh targets and budgets per head and are checked against the public data officers download (ONS mid-year estimates, keyed by GSS code). No area has no people, and a borough cannot hold more people than the combined-authority area or region it lies within: either figure is a typing mistake or the two are of very different dates.',
    checks: {
        Area: (area, context) => {
            const population = area.population;
            if (population === undefined) return;
            if (population <= 0) {
                context.report(area, `Area ${quoted(area.name)} has a population of ${people(population)}: a population is a positive number.`, { property: 'population' });
                return;
            }
            // The nearest containing area with a population is the one to compare with.
            const container = areaAncestry(area).slice(1).find((candidate) => candidate.population !== undefined && candidate.population > 0);
            if (!container || container.population! >= population) return;
            const on = (date: string | undefined): string => (date ? ` on ${date}` : '');
            context.report(area, `Area ${quoted(area.name)} has a population of ${people(population)}${on(area.populationDate)}, more than ${quoted(container.name)}, which contains it (${people(container.population!)}${on(container.populationDate)}).`, {
                property: 'population',
                related: [{ node: container, property: 'population', message: `${quoted(container.name)}'s population is given here.` }]
            });
        }
    }
});
