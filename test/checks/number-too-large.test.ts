import { afterEach, describe, it } from 'mocha';
import { strict as assert } from 'node:assert';
import { expectError, expectNoIssues } from 'langium/test';
import { isArea, isTarget } from '../../language/generated/ast.js';
import { resetWorkspace } from '../helpers.js';
import { checkTestKit, named } from './check-helpers.js';

const { services, validate } = checkTestKit();
const digits = (count: number) => `1${'0'.repeat(count - 1)}`;
const MESSAGE = (text: string) => `${text.slice(0, 12)}… (${text.length} characters) is too large a number: the largest lhc can hold is about 1.8e308.`;

// Issue 23: a figure a double cannot hold is refused where it is written, once, instead of printing as "?".
describe('number-too-large', () => {
    afterEach(() => resetWorkspace(services));

    it('reports a count, a percentage and an amount of money past 1.8e308, once each', async () => {
        const result = await validate(`
            area England "England" country code "E92000001" population ${digits(310)} on 2021-03-21
            aspiration Fit "Fitter" {
                target Active "Active" { unit "% of adults" direction increase baseline 57% on 2015-01-01 goal ${digits(320)}% by 2020-12-31 }
            }
        `);
        expectError(result, MESSAGE(digits(310)), { node: named(result, isArea, 'England'), property: 'population', code: 'number-too-large' });
        expectError(result, MESSAGE(`${digits(320)}%`), { node: named(result, isTarget, 'Active').goal!.value, property: 'value', code: 'number-too-large' });
        assert.deepEqual(result.diagnostics.map((diagnostic) => diagnostic.code), ['number-too-large', 'number-too-large'], 'no other check judges the figure');
    });

    it('leaves the largest figures a number holds alone', async () => {
        const result = await validate(`area England "England" country code "E92000001" population ${digits(300)} on 2021-03-21`);
        expectNoIssues(result);
    });
});
