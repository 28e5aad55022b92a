import { afterEach, describe, it } from 'mocha';
import { expectError, expectNoIssues } from 'langium/test';
import { isPooledBudget } from '../../language/generated/ast.js';
import { resetWorkspace } from '../helpers.js';
import { checkTestKit, LONDON, named } from './check-helpers.js';

const { services, validate } = checkTestKit();

describe('pooled-budget-total', () => {
    afterEach(() => resetWorkspace(services));

    it('reports contributions that do not add up, showing the sum', async () => {
        const result = await validate(`${LONDON}
            pooled-budget Diabetes "Diabetes" { HaveringCouncil contributes £4m HaveringCCG contributes £3m total £8m }
        `);
        expectError(result, "Contributions to pooled budget 'Diabetes' add up to £7m (HaveringCouncil £4m + HaveringCCG £3m), not its stated total £8m.", {
            node: named(result, isPooledBudget, 'Diabetes'), property: 'total', code: 'pooled-budget-total'
        });
    });

    it('compares to the penny, whatever way the amounts are written; no total means nothing to compare', async () => {
        const result = await validate(`${LONDON}
            pooled-budget Care "Care" { HaveringCouncil contributes £4.5m HaveringCCG contributes £8,000,000 total £12.5m }
            pooled-budget Small "Small" { HaveringCouncil contributes £0.1m HaveringCCG contributes £200k total £300,000 }
            pooled-budget Open "Open" { HaveringCouncil contributes £1m HaveringCCG contributes £1m }
        `);
        expectNoIssues(result, { code: 'pooled-budget-total' });
    });
});
