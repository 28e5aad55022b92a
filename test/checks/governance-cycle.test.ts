import { strict as assert } from 'node:assert';
import { afterEach, describe, it } from 'mocha';
import { expectError, expectNoIssues } from 'langium/test';
import { isBoard } from '../../language/generated/ast.js';
import { resetWorkspace } from '../helpers.js';
import { checkTestKit, named } from './check-helpers.js';

const { services, validate, validateFiles } = checkTestKit();

describe('governance-cycle', () => {
    afterEach(() => resetWorkspace(services));

    it('reports every board of a loop, showing the loop', async () => {
        const result = await validate(`
            board A "A" { reports to B oversight political }
            board B "B" { reports to C }
            board C "C" { reports to A }
            board Feeder "Feeder" { reports to A }
        `);
        expectError(result, "Board 'A' reports to itself through a loop: A → B → C → A.", { node: named(result, isBoard, 'A'), property: 'reportsTo', code: 'governance-cycle' });
        expectError(result, "Board 'C' reports to itself through a loop: C → A → B → C.", { node: named(result, isBoard, 'C'), property: 'reportsTo', code: 'governance-cycle' });
        assert.equal(result.diagnostics.filter((d) => d.code === 'governance-cycle').length, 3, 'the feeder board is not in the loop');
    });

    it('reports a board that reports to itself, and a loop across files', async () => {
        const [first, second] = await validateFiles(`board Self "Self" { reports to Self }  board X "X" { reports to Y }`, `board Y "Y" { reports to X oversight political }`);
        expectError(first!, "Board 'Self' reports to itself through a loop: Self → Self.", { node: named(first!, isBoard, 'Self'), property: 'reportsTo', code: 'governance-cycle' });
        expectError(second!, "Board 'Y' reports to itself through a loop: Y → X → Y.", { node: named(second!, isBoard, 'Y'), property: 'reportsTo', code: 'governance-cycle' });
    });

    it('accepts a chain that ends', async () => {
        const result = await validate(`
            board LHB "London Health Board" { oversight political }
            board SPB "Strategic Partnership Board" { reports to LHB }
            board LEB "London Estates Board" { reports to SPB }
        `);
        expectNoIssues(result, { code: 'governance-cycle' });
    });
});
