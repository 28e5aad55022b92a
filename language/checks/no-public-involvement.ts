import type { Party } from '../generated/ast.js';
import { PUBLIC_VOICE_KINDS } from '../model/kinds.js';
import { includesKind } from '../model/parties.js';
import { defineCheck } from './rule.js';
import { listedNames, quoted } from './wording.js';

export const noPublicInvolvement = defineCheck({
    id: 'no-public-involvement',
    severity: 'warning',
    category: 'involvement',
    description: 'A pilot should involve patients or the public: a Healthwatch or voluntary-sector party among its leads or partners.',
    rationale: 'Patients and the public should have a voice in the changes a deal makes. Reviewers of the first health devolution agreements criticised "the lack of involvement of patients or the public in the pilots", naming the exceptions where the local Healthwatch and voluntary sector took part. A partner need not sign the agreement to take part (see pilot-party-not-signatory).',
    checks: {
        Pilot: (pilot, context) => {
            const parties = [...pilot.leads, ...pilot.partners].map((reference) => reference.ref).filter((party): party is Party => party !== undefined);
            if (parties.some((party) => includesKind(party, PUBLIC_VOICE_KINDS))) return;
            const who = parties.length > 0 ? `among its leads and partners (${listedNames(parties)})` : 'and it names no leads or partners';
            context.report(pilot, `Pilot ${quoted(pilot.name)} involves no Healthwatch or voluntary-sector party ${who}.`, {
                property: 'name'
            });
        }
    }
});
