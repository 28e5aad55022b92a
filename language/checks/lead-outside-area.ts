import type { Area } from '../generated/ast.js';
import { areasOverlap } from '../model/areas.js';
import { servedAreasOf } from '../model/parties.js';
import { defineCheck } from './rule.js';
import { listedNames, quoted } from './wording.js';

export const leadOutsideArea = defineCheck({
    id: 'lead-outside-area',
    severity: 'error',
    category: 'parties',
    description: "A pilot's leads must serve at least one of the pilot's areas.",
    rationale: 'Pilots are local: each runs in named places of the agreement\'s area. A lead that serves none of the pilot\'s areas cannot lead it there. A party serving an area serves every area within it (a party serving the region serves each borough); a party serving a borough works in the sub-region that contains it.',
    checks: {
        Pilot: (pilot, context) => {
            const pilotAreas = pilot.areas.map((area) => area.ref).filter((area): area is Area => area !== undefined);
            if (pilotAreas.length === 0) return;
            pilot.leads.forEach((reference, index) => {
                const lead = reference.ref;
                if (!lead) return;
                const served = servedAreasOf(lead);
                if (served.length === 0) {
                    context.report(pilot, `Lead ${quoted(lead.name)} of pilot ${quoted(pilot.name)} declares no areas it serves, so it cannot be shown to serve ${listedNames(pilotAreas, 'or')}; add \`serves …\` to ${quoted(lead.name)}.`, {
                        property: 'leads', index,
                        related: [{ node: lead, message: `${quoted(lead.name)} is declared here without \`serves\`.` }]
                    });
                    return;
                }
                if (served.some((area) => pilotAreas.some((pilotArea) => areasOverlap(area, pilotArea)))) return;
                context.report(pilot, `Lead ${quoted(lead.name)} of pilot ${quoted(pilot.name)} serves ${listedNames(served)}, none of the pilot's areas (${listedNames(pilotAreas)}).`, {
                    property: 'leads', index,
                    related: [{ node: lead, property: lead.areas.length > 0 ? 'areas' : undefined, message: `${quoted(lead.name)} serves ${listedNames(served)}.` }]
                });
            });
        }
    }
});
