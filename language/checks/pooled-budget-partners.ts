import type { Party } from '../generated/ast.js';
import { includesKind } from '../model/parties.js';
import { defineCheck } from './rule.js';
import { listed, listedNames, quoted } from './wording.js';

export const pooledBudgetPartners = defineCheck({
    id: 'pooled-budget-partners',
    severity: 'error',
    category: 'budgets',
    description: 'A pooled budget must have at least one council and one CCG among its contributors.',
    rationale: 'Pooling joins council and NHS money: in Barking & Dagenham, Havering and Redbridge "local authority and health commissioners (from the CCGs) will be jointly accountable", starting "from April 2018 with selected services". Without both a council and a CCG contributing, nothing is pooled across health and care. A partnership counts through its members.',
    checks: {
        PooledBudget: (budget, context) => {
            const contributors = budget.contributions.map((contribution) => contribution.contributor?.ref).filter((party): party is Party => party !== undefined);
            const missing: string[] = [];
            if (!contributors.some((party) => includesKind(party, ['council']))) missing.push('a council');
            if (!contributors.some((party) => includesKind(party, ['ccg']))) missing.push('a CCG');
            if (missing.length === 0) return;
            const who = contributors.length > 0 ? ` (contributors: ${listedNames(contributors)})` : ' (it has no contributions)';
            context.report(budget, `Pooled budget ${quoted(budget.name)} has no ${listed(missing.map((item) => item.replace(/^an? /, '')), 'and no')} among its contributors${who}; a pooled budget needs at least one council and one CCG.`, {
                property: 'name'
            });
        }
    }
});
