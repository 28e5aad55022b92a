import { afterEach, describe, it } from 'mocha';
import { expectError, expectNoIssues } from 'langium/test';
import { isPilot } from '../../language/generated/ast.js';
import { resetWorkspace } from '../helpers.js';
import { checkTestKit, LONDON, named } from './check-helpers.js';

const { services, validate, validateFiles } = checkTestKit();

describe('lead-outside-area', () => {
    afterEach(() => resetWorkspace(services));

    it('reports a lead that serves none of the pilot\'s areas, naming what it serves', async () => {
        const result = await validate(`${LONDON}
            pilot P "Barnet pilot" { areas Barnet, Haringey leads BarnetCouncil, HaveringCouncil }
        `);
        expectError(result, "Lead 'HaveringCouncil' of pilot 'P' serves Havering, none of the pilot's areas (Barnet and Haringey).", {
            node: named(result, isPilot, 'P'), property: { name: 'leads', index: 1 }, code: 'lead-outside-area'
        });
    });

    it('says so when the lead declares no areas at all', async () => {
        const result = await validate(`${LONDON}
            party Unplaced "Unplaced trust" nhs-trust
            pilot P "P" { areas Camden leads Unplaced }
        `);
        expectError(result, /Lead 'Unplaced' of pilot 'P' declares no areas it serves.*add `serves …` to 'Unplaced'/, {
            node: named(result, isPilot, 'P'), property: { name: 'leads', index: 0 }, code: 'lead-outside-area'
        });
    });

    it('works across files: a board in one file, a pilot in another', async () => {
        const [, pilots] = await validateFiles(`${LONDON}
            board KentBoard "Kent board" { serves Kent }
        `, `pilot P "P" { areas Camden leads KentBoard }`);
        expectError(pilots!, /Lead 'KentBoard' of pilot 'P' serves Kent, none of the pilot's areas \(Camden\)/, {
            node: named(pilots!, isPilot, 'P'), property: { name: 'leads', index: 0 }, code: 'lead-outside-area'
        });
    });

    it('counts containment both ways, boards that serve, and partnerships through their members', async () => {
        const result = await validate(`${LONDON}
            board NCLBoard "North Central London board" { serves NorthCentralLondon }
            party NoServes "No serves" partnership members CamdenCouncil
            pilot Wide "Mayor's pilot" { areas Camden leads Mayor, NHSEngland }
            pilot Estates "NCL estates" { areas NorthCentralLondon leads CamdenCouncil, BarnetCouncil, NCLBoard }
            pilot Board "Board-led" { areas Haringey, Camden leads NCLBoard, NoServes }
            pilot Nowhere "No areas" { leads HaveringCouncil }
        `);
        expectNoIssues(result, { code: 'lead-outside-area' });
    });
});
