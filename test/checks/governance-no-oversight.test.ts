import { afterEach, describe, it } from 'mocha';
import { expectError, expectNoIssues } from 'langium/test';
import { isBoard } from '../../language/generated/ast.js';
import { resetWorkspace } from '../helpers.js';
import { checkTestKit, named } from './check-helpers.js';

const { services, validate } = checkTestKit();

describe('governance-no-oversight', () => {
    afterEach(() => resetWorkspace(services));

    it('reports a chain that ends without political oversight, naming the chain', async () => {
        const result = await validate(`
            board SPB "Strategic Partnership Board" { reports to LHB }
            board LHB "London Health Board" { oversight executive }
            board LEB "London Estates Board" { reports to SPB }
        `);
        expectError(result, "Board 'LEB' never reaches political oversight: its reporting chain LEB → SPB → LHB ends at 'LHB', which reports to no board, and none of these boards is `oversight political`.", {
            node: named(result, isBoard, 'LEB'), property: 'reportsTo', code: 'governance-no-oversight'
        });
        expectError(result, "Board 'LHB' has no political oversight: it reports to no board and is not itself `oversight political`.", {
            node: named(result, isBoard, 'LHB'), property: 'name', code: 'governance-no-oversight'
        });
    });

    it('reports a loop with no political board in it', async () => {
        const result = await validate(`board A "A" { reports to B } board B "B" { reports to A }`);
        expectError(result, /Board 'A' never reaches political oversight: its reporting chain A → B loops back to 'A'/, { node: named(result, isBoard, 'A'), property: 'reportsTo', code: 'governance-no-oversight' });
    });

    it('does not say a board reports to no board when it reports to a name that is not a board', async () => {
        const result = await validate(`party NHSEngland "NHS England" national-body
            board LEB "London Estates Board" { reports to NHSEngland }`);
        expectNoIssues(result, { code: 'governance-no-oversight' });
        expectError(result, "Unknown board 'NHSEngland': NHSEngland is a party (national-body), not a board.", { code: 'unresolved-reference' });
    });

    it('accepts the London chain: LEB → SPB → LHB, chaired by the Mayor, with political oversight', async () => {
        const result = await validate(`
            party Mayor "Mayor of London" mayor
            board LHB "London Health Board" { chair Mayor oversight political }
            board SPB "Strategic Partnership Board" { reports to LHB }
            board LEB "London Estates Board" { reports to SPB }
        `);
        expectNoIssues(result, { code: 'governance-no-oversight' });
    });
});
