import type { Party } from '../generated/ast.js';
import { LOCAL_AUTHORITY_KINDS, NHS_COMMISSIONER_KINDS } from '../model/kinds.js';
import { includesKind } from '../model/parties.js';
import { defineCheck } from './rule.js';
import { listed, listedNames, quoted } from './wording.js';

export const pooledBudgetPartners = defineCheck({
    id: 'pooled-budget-partners',
    severity: 'error',
    category: 'budgets',
    description: 'A pooled budget must have at least one council (of any tier, or a combined authority) and one NHS commissioner (a CCG or ICB) among its contributors.',
    rationale: 'Pooling joins council and NHS money under section 75 of the NHS Act 2006: "local authority and health commissioners (from the CCGs) will be jointly accountable". Without both local government and the NHS commissioner of the day (a CCG before 2022-07-01, an ICB after) contributing, nothing is pooled across health and care. A partnership counts through its members. The money a deal covers as a whole is an `envelope`, which needs no contributors.',
    checks: {
        PooledBudget: (budget, context) => {
            const contributors = budget.contributions.map((contribution) => contribution.contributor.ref).filter((party): party is Party => party !== undefined);
            const missing: string[] = [];
            if (!contributors.some((party) => includesKind(party, LOCAL_AUTHORITY_KINDS))) missing.push('a council');
            // The NHS commissioner of the day: a CCG before 2022-07-01, an ICB after (or a CCG's successor).
            if (!contributors.some((party) => includesKind(party, NHS_COMMISSIONER_KINDS))) missing.push('a CCG');
            if (missing.length === 0) return;
            const who = contributors.length > 0 ? ` (contributors: ${listedNames(contributors)})` : ' (it has no contributions)';
            context.report(budget, `Pooled budget ${quoted(budget.name)} has no ${listed(missing.map((item) => item.replace(/^an? /, '')), 'and no')} among its contributors${who}; a pooled budget needs at least one council and one CCG.`, {
                property: 'name'
            });
        }
    }
});
