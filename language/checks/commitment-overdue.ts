import { defineCheck } from './rule.js';
import { commitmentOf, deadlineProperty, stateOf } from './commitment-judgement.js';

export const commitmentOverdue = defineCheck({
    id: 'commitment-overdue',
    severity: 'warning',
    category: 'commitments',
    scope: 'workspace',
    description: 'As of the date, a duty or endeavour whose deadline has passed must be delivered, and a continuing duty must have started.',
    rationale: 'Most of an agreement is promises with dates: "the area\'s share of transformation funding will be delegated from April 2018", "fully pooled budgets … from April 2019". Once the date has passed, a promise nothing shows kept is overdue, and the summary must say so rather than let silence read as "done".',
    checks: {
        Commitment: (commitment, context) => {
            const state = stateOf(commitment, context);
            if (state.status !== 'overdue') return;
            const what = state.deadlineKind === 'continuing' ? `was to start on ${state.due}` : `was due by ${state.due}`;
            context.report(commitment, `${commitmentOf(commitment, state)} ${what} and, as of ${context.asOf}, nothing shows it delivered: add a 'delivered on' line with evidence, or 'fulfilled by' the fact that does it.`, {
                property: deadlineProperty(commitment)
            });
        }
    }
});
