import { afterEach, describe, it } from 'mocha';
import { expectError, expectNoIssues } from 'langium/test';
import { isAgreement, isDateLiteral, isDelegation } from '../../language/generated/ast.js';
import { resetWorkspace } from '../helpers.js';
import { all, checkTestKit, named } from './check-helpers.js';

const { services, validate } = checkTestKit();

describe('invalid-date', () => {
    afterEach(() => resetWorkspace(services));

    it('reports 30 February on the signing date', async () => {
        const result = await validate(`agreement A "A" { signed 2017-02-30 }`);
        expectError(result, '2017-02-30 is not a real date: February 2017 has 28 days.', {
            node: named(result, isAgreement, 'A'), property: 'signed', code: 'invalid-date'
        });
    });

    it('reports month 13 on a delegation end, and a leap day in a year without one', async () => {
        const result = await validate(`
            party P "P" council
            power Pw "Power" held by P
            delegation D: P delegates Pw to P from 2019-02-29 until 2019-13-01
        `);
        const delegation = named(result, isDelegation, 'D');
        expectError(result, /2019-13-01 .*there is no month 13/, { node: delegation, property: 'end', code: 'invalid-date' });
        expectError(result, /2019-02-29 .*February 2019 has 28 days/, { node: delegation, property: 'start', code: 'invalid-date' });
    });

    it('reports day 00, in a condition date and in the as-of line', async () => {
        const result = await validate(`
            as of 2019-04-31
            condition C "C" { 2019-06-00 before 2019-07-01 }
        `);
        expectError(result, /2019-06-00 .*days start at 01/, { node: all(result, isDateLiteral)[0]!, property: 'value', code: 'invalid-date' });
        expectError(result, /2019-04-31 .*April 2019 has 30 days/, { node: result.document.parseResult.value.asOf!, property: 'date', code: 'invalid-date' });
    });

    it('accepts real dates, including 29 February in a leap year', async () => {
        const result = await validate(`agreement A "A" { signed 2016-02-29 } agreement B "B" { signed 2017-11-16 }`);
        expectNoIssues(result, { code: 'invalid-date' });
    });
});
