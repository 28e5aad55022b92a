import { formatMoney, sameAmount } from '../model/money.js';
import { defineCheck } from './rule.js';
import { quoted, refText } from './wording.js';

export const pooledBudgetTotal = defineCheck({
    id: 'pooled-budget-total',
    severity: 'error',
    category: 'budgets',
    scope: 'document',
    description: 'The contributions to a pooled budget must add up to its stated total.',
    rationale: 'Commissioners "pass the budget to the provider alliance": the total the alliance receives must be the sum of what each partner puts in, or the budget is mis-stated.',
    checks: {
        PooledBudget: (budget, context) => {
            if (budget.total === undefined || budget.contributions.length === 0) return;
            const amounts = budget.contributions.map((contribution) => contribution.amount ?? 0);
            const sum = amounts.reduce((total, amount) => total + amount, 0);
            if (sameAmount(sum, budget.total)) return;
            const parts = budget.contributions.map((contribution) => `${refText(contribution.contributor, 'an unnamed partner')} ${formatMoney(contribution.amount)}`).join(' + ');
            context.report(budget, `Contributions to pooled budget ${quoted(budget.name)} add up to ${formatMoney(sum)} (${parts}), not its stated total ${formatMoney(budget.total)}.`, {
                property: 'total'
            });
        }
    }
});
