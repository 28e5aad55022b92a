import { afterEach, describe, it } from 'mocha';
import { expectError, expectNoIssues } from 'langium/test';
import { isPooledBudget } from '../../language/generated/ast.js';
import { resetWorkspace } from '../helpers.js';
import { checkTestKit, LONDON, named } from './check-helpers.js';

const { services, validate } = checkTestKit();

describe('pooled-budget-partners', () => {
    afterEach(() => resetWorkspace(services));

    it('reports a budget with no CCG, and one with no contributions', async () => {
        const result = await validate(`${LONDON}
            party Trust "BHR hospitals" nhs-trust serves Havering
            pooled-budget Care "Intermediate care" { HaveringCouncil contributes £4m Trust contributes £3m total £7m }
            pooled-budget Empty "Empty" { total £1m }
        `);
        expectError(result, "Pooled budget 'Care' has no CCG among its contributors (contributors: HaveringCouncil and Trust); a pooled budget needs at least one council and one CCG.", {
            node: named(result, isPooledBudget, 'Care'), property: 'name', code: 'pooled-budget-partners'
        });
        expectError(result, /Pooled budget 'Empty' has no council and no CCG among its contributors \(it has no contributions\)/, {
            node: named(result, isPooledBudget, 'Empty'), property: 'name', code: 'pooled-budget-partners'
        });
    });

    it('reports a budget with CCGs only', async () => {
        const result = await validate(`${LONDON}
            pooled-budget Care "Care" { HaveringCCG contributes £4m CamdenCCG contributes £3m }
        `);
        expectError(result, /Pooled budget 'Care' has no council among its contributors \(contributors: HaveringCCG and CamdenCCG\)/, {
            node: named(result, isPooledBudget, 'Care'), property: 'name', code: 'pooled-budget-partners'
        });
    });

    it('accepts a council and a CCG, directly or through a partnership\'s members', async () => {
        const result = await validate(`${LONDON}
            party BHRCommissioners "BHR commissioners" partnership members HaveringCouncil, HaveringCCG
            pooled-budget Diabetes "Diabetes" { HaveringCouncil contributes £4m HaveringCCG contributes £3m total £7m }
            pooled-budget Send "Children's SEND" { BHRCommissioners contributes £2m }
        `);
        expectNoIssues(result, { code: 'pooled-budget-partners' });
    });
});
