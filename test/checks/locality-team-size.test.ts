import { afterEach, describe, it } from 'mocha';
import { expectError, expectNoIssues } from 'langium/test';
import { isLocalityTeam } from '../../language/generated/ast.js';
import { resetWorkspace } from '../helpers.js';
import { checkTestKit, LONDON, named } from './check-helpers.js';

const { services, validate } = checkTestKit();

describe('locality-team-size', () => {
    afterEach(() => resetWorkspace(services));

    it('reports too few residents, too few and too many GP practices', async () => {
        const result = await validate(`${LONDON}
            locality-team Small "Small" { in Havering serves 49,999 residents gp practices 7 }
            locality-team Big "Big" { in Havering serves 80,000 residents gp practices 16 }
        `);
        const small = named(result, isLocalityTeam, 'Small');
        expectError(result, "Locality team 'Small' serves 49,999 residents, fewer than the 50,000 a locality team must support.", { node: small, property: 'population', code: 'locality-team-size' });
        expectError(result, "Locality team 'Small' is built on 7 GP practices, outside the network of 8–15 GP practices a locality team must have.", { node: small, property: 'gpPractices', code: 'locality-team-size' });
        expectError(result, /'Big' is built on 16 GP practices, outside the network of 8–15/, { node: named(result, isLocalityTeam, 'Big'), property: 'gpPractices', code: 'locality-team-size' });
    });

    it('accepts the limits themselves', async () => {
        const result = await validate(`${LONDON}
            locality-team Low "Low" { in Havering serves 50,000 residents gp practices 8 }
            locality-team High "High" { in Havering serves 120,000 residents gp practices 15 }
            locality-team Unstated "Unstated" { in Havering }
        `);
        expectNoIssues(result, { code: 'locality-team-size' });
    });
});
