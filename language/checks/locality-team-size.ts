import { defineCheck } from './rule.js';
import { counted, quoted } from './wording.js';

/** The MoU's locality-team model for Barking & Dagenham, Havering and Redbridge. */
export const MIN_RESIDENTS = 50_000;
export const MIN_GP_PRACTICES = 8;
export const MAX_GP_PRACTICES = 15;

export const localityTeamSize = defineCheck({
    id: 'locality-team-size',
    severity: 'error',
    category: 'localities',
    scope: 'document',
    description: `A locality team must serve at least ${MIN_RESIDENTS.toLocaleString('en-GB')} residents and be built on a network of ${MIN_GP_PRACTICES}–${MAX_GP_PRACTICES} GP practices.`,
    rationale: 'Under the 2017 MoU, the BHR provider alliance\'s locality teams: "Each team will support a population of at least 50,000 residents, with primary care at its heart (in networks of 8-15 GP practices)."',
    checks: {
        LocalityTeam: (team, context) => {
            if (team.population !== undefined && team.population < MIN_RESIDENTS) {
                context.report(team, `Locality team ${quoted(team.name)} serves ${counted(team.population, 'resident')}, fewer than the ${MIN_RESIDENTS.toLocaleString('en-GB')} a locality team must support.`, {
                    property: 'population'
                });
            }
            const practices = team.gpPractices;
            if (practices !== undefined && (practices < MIN_GP_PRACTICES || practices > MAX_GP_PRACTICES)) {
                context.report(team, `Locality team ${quoted(team.name)} is built on ${counted(practices, 'GP practice')}, outside the network of ${MIN_GP_PRACTICES}–${MAX_GP_PRACTICES} GP practices a locality team must have.`, {
                    property: 'gpPractices'
                });
            }
        }
    }
});
