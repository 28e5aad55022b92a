import { afterEach, describe, it } from 'mocha';
import { expectError, expectNoIssues } from 'langium/test';
import { isAgreement, isPilot } from '../../language/generated/ast.js';
import { resetWorkspace } from '../helpers.js';
import { checkTestKit, named } from './check-helpers.js';

const { services, validate, validateFiles } = checkTestKit();

describe('unresolved-reference', () => {
    afterEach(() => resetWorkspace(services));

    it('names an undeclared party and an undeclared area', async () => {
        const result = await validate(`agreement A "A" { signatories NHSEngland pilot P "P" { areas Camdne } }`);
        expectError(result, "Unknown party 'NHSEngland': nothing in the workspace is declared with this name.", {
            node: named(result, isAgreement, 'A'), property: { name: 'signatories', index: 0 }, code: 'unresolved-reference'
        });
        expectError(result, "Unknown area 'Camdne': nothing in the workspace is declared with this name.", {
            node: named(result, isPilot, 'P'), property: { name: 'areas', index: 0 }, code: 'unresolved-reference'
        });
    });

    it('links a party declared in one file from a pilot in another', async () => {
        const [, pilots] = await validateFiles(`area Camden "Camden" borough  party CamdenCCG "NHS Camden CCG" ccg serves Camden`,
            `pilot P "P" { areas Camden leads CamdenCCG }`);
        expectNoIssues(pilots!, { code: 'unresolved-reference' });
        const pilot = named(pilots!, isPilot, 'P');
        if (pilot.leads[0]?.ref?.name !== 'CamdenCCG' || pilot.areas[0]?.ref?.name !== 'Camden') throw new Error('cross-file references did not resolve');
    });
});
