import type { Party } from '../generated/ast.js';
import { includesKind } from '../model/parties.js';
import { defineCheck } from './rule.js';
import { listedNames, quoted } from './wording.js';

export const noPublicInvolvement = defineCheck({
    id: 'no-public-involvement',
    severity: 'warning',
    category: 'involvement',
    scope: 'document',
    description: 'A pilot should involve patients or the public: a Healthwatch or voluntary-sector party among its leads or partners.',
    rationale: 'The sources\' own criticism of the 2015 agreement: "What I found interesting in reading the agreement is the lack of involvement of patients or the public in the pilots. The exceptions are Harringey where the local Healthwatch are a party to the agreement and Hackney where the Local Healthwatch and the Local VCS organisation are involved."',
    checks: {
        Pilot: (pilot, context) => {
            const parties = [...pilot.leads, ...pilot.partners].map((reference) => reference.ref).filter((party): party is Party => party !== undefined);
            if (parties.some((party) => includesKind(party, ['healthwatch', 'voluntary-sector']))) return;
            const who = parties.length > 0 ? `among its leads and partners (${listedNames(parties)})` : 'and it names no leads or partners';
            context.report(pilot, `Pilot ${quoted(pilot.name)} involves no Healthwatch or voluntary-sector party ${who}.`, {
                property: 'name'
            });
        }
    }
});
