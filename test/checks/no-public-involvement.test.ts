import { afterEach, describe, it } from 'mocha';
import { expectNoIssues, expectWarning } from 'langium/test';
import { isPilot } from '../../language/generated/ast.js';
import { resetWorkspace } from '../helpers.js';
import { checkTestKit, LONDON, named } from './check-helpers.js';

const { services, validate } = checkTestKit();

describe('no-public-involvement', () => {
    afterEach(() => resetWorkspace(services));

    it('warns about a pilot of councils and CCGs only, naming them', async () => {
        const result = await validate(`${LONDON}
            pilot BHR "BHR accountable care" { areas Havering leads HaveringCouncil partners HaveringCCG }
            pilot Nobody "No parties" { areas Camden }
        `);
        expectWarning(result, "Pilot 'BHR' involves no Healthwatch or voluntary-sector party among its leads and partners (HaveringCouncil and HaveringCCG).", {
            node: named(result, isPilot, 'BHR'), property: 'name', code: 'no-public-involvement'
        });
        expectWarning(result, "Pilot 'Nobody' involves no Healthwatch or voluntary-sector party and it names no leads or partners.", {
            node: named(result, isPilot, 'Nobody'), property: 'name', code: 'no-public-involvement'
        });
    });

    it('accepts Healthwatch as a partner, the voluntary sector as a lead, or either inside a partnership', async () => {
        const result = await validate(`${LONDON}
            party HackneyVCS "Hackney voluntary sector" voluntary-sector
            party HackneyPartners "Hackney partners" partnership members HackneyVCS
            pilot Haringey "Haringey prevention" { areas Haringey leads HaringeyCouncil partners HealthwatchHaringey }
            pilot Hackney "Hackney integration" { leads HackneyVCS }
            pilot Through "Through a partnership" { partners HackneyPartners }
        `);
        expectNoIssues(result, { code: 'no-public-involvement' });
    });
});
