import { afterEach, describe, it } from 'mocha';
import { expectError, expectNoIssues } from 'langium/test';
import { isArea } from '../../language/generated/ast.js';
import { resetWorkspace } from '../helpers.js';
import { checkTestKit, named } from './check-helpers.js';

const { services, validate } = checkTestKit();

describe('area-population', () => {
    afterEach(() => resetWorkspace(services));

    it('reports a borough with more people than the area containing it, naming both figures', async () => {
        const result = await validate(`
            area England "England" country
            area GM "Greater Manchester" combined-authority-area within England population 2,800,000 on 2015-02-27
            area Bolton "Bolton" borough within GM population 28,000,000 on 2014-06-30
        `);
        expectError(result, "Area 'Bolton' has a population of 28,000,000 on 2014-06-30, more than 'GM', which contains it (2,800,000 on 2015-02-27).", {
            node: named(result, isArea, 'Bolton'), property: 'population', code: 'area-population'
        });
    });

    it('compares with the nearest containing area that states a population', async () => {
        const result = await validate(`
            area England "England" country population 54,000,000 on 2015-06-30
            area NorthWest "North West" region within England
            area Bolton "Bolton" borough within NorthWest population 60,000,000 on 2015-06-30
        `);
        expectError(result, /more than 'England', which contains it/, { node: named(result, isArea, 'Bolton'), property: 'population', code: 'area-population' });
    });

    it('reports a population of 0', async () => {
        const result = await validate('area Empty "Empty" district population 0 on 2015-06-30');
        expectError(result, "Area 'Empty' has a population of 0: a population is a positive number.", { node: named(result, isArea, 'Empty'), property: 'population', code: 'area-population' });
    });

    it('accepts parts smaller than the whole and areas with no population', async () => {
        expectNoIssues(await validate(`
            area England "England" country population 54,000,000 on 2015-06-30
            area GM "Greater Manchester" combined-authority-area within England population 2,800,000 on 2015-02-27
            area Bolton "Bolton" borough within GM population 281,600 on 2014-06-30
            area Bury "Bury" borough within GM
        `));
    });
});
