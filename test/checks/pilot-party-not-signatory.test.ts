import { strict as assert } from 'node:assert';
import { afterEach, describe, it } from 'mocha';
import { expectError, expectNoIssues } from 'langium/test';
import { isPilot } from '../../language/generated/ast.js';
import { resetWorkspace } from '../helpers.js';
import { checkTestKit, LONDON, named } from './check-helpers.js';

const { services, validate, validateFiles } = checkTestKit();

describe('pilot-party-not-signatory', () => {
    afterEach(() => resetWorkspace(services));

    it('a partner need not sign: a Healthwatch that only takes part is no finding', async () => {
        const result = await validate(`${LONDON}
            agreement A2015 "Collaboration Agreement" {
                signed 2015-12-15
                signatories HaringeyCouncil
                pilot Prevention "Haringey prevention" { areas Haringey leads HaringeyCouncil partners HealthwatchHaringey }
            }
        `);
        expectNoIssues(result, { code: 'pilot-party-not-signatory' });
    });

    it('reports a partner given a power under the agreement, with the party and agreement as data for the quick fix', async () => {
        const result = await validate(`${LONDON}
            power Planning "Planning powers" held by HaringeyCouncil
            agreement A2015 "Collaboration Agreement" {
                signed 2015-12-15
                signatories HaringeyCouncil
                pilot Prevention "Haringey prevention" { areas Haringey leads HaringeyCouncil partners HealthwatchHaringey, CamdenCCG }
                delegation PlanningAdvice: HaringeyCouncil delegates Planning to CamdenCCG from 2016-04-01
            }
        `);
        expectError(result, "'CamdenCCG' is a partner of pilot 'Prevention' given 'Planning' by delegation 'PlanningAdvice', but is not a signatory of its agreement 'A2015'.", {
            node: named(result, isPilot, 'Prevention'), property: { name: 'partners', index: 1 }, code: 'pilot-party-not-signatory',
            data: { ruleId: 'pilot-party-not-signatory', party: 'CamdenCCG', agreement: 'A2015' }
        });
        assert.equal(result.diagnostics.filter((d) => d.code === 'pilot-party-not-signatory').length, 1);
    });

    it('reports a lead of a top-level pilot `under` an agreement declared in another file', async () => {
        const [, pilots] = await validateFiles(`${LONDON}
            agreement A2015 "Collaboration Agreement" { signed 2015-12-15 signatories CamdenCouncil }
        `, `pilot P "P" under A2015 { areas Camden leads CamdenCouncil, CamdenCCG }`);
        expectError(pilots!, /'CamdenCCG' is a lead of pilot 'P' but is not a signatory of its agreement 'A2015'/, {
            node: named(pilots!, isPilot, 'P'), property: { name: 'leads', index: 1 }, code: 'pilot-party-not-signatory'
        });
    });

    it('counts members of a signatory partnership, and boards made up of signatories', async () => {
        const result = await validate(`${LONDON}
            board BHRBoard "BHR board" { members HaveringCouncil, HaveringCCG }
            agreement A2015 "Collaboration Agreement" {
                signed 2015-12-15
                signatories NHSEngland, LondonPartners, HealthwatchHaringey
                pilot BHR "BHR" { areas Havering leads BHRBoard partners HaveringCCG }
                pilot Prevention "Prevention" { areas Haringey leads HaringeyCouncil partners HealthwatchHaringey, NHSEngland }
            }
            agreement NoList "Signatories not recorded" { pilot Q "Q" { areas Camden leads CamdenCouncil } }
        `);
        expectNoIssues(result, { code: 'pilot-party-not-signatory' });
    });
});
