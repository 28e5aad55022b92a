import { defineCheck } from './rule.js';
import { commitmentOf, deadlineProperty, stateOf } from './commitment-judgement.js';

export const commitmentDeliveredLate = defineCheck({
    id: 'commitment-delivered-late',
    severity: 'info',
    category: 'commitments',
    scope: 'workspace',
    description: 'A commitment should be delivered by its deadline; one delivered after it is noted.',
    rationale: 'A promise kept late is kept, but reviewers of an agreement ask whether its dates held ("from April 2018", "this month"); the summary notes late delivery without counting it as a failure.',
    checks: {
        Commitment: (commitment, context) => {
            const state = stateOf(commitment, context);
            if (state.status !== 'delivered-late' || !state.delivered) return;
            const line = state.delivered.line;
            context.report(commitment, `${commitmentOf(commitment, state)} was due by ${state.due} and was delivered on ${state.delivered.date}, late.`, {
                property: deadlineProperty(commitment),
                related: line ? [{ node: line, message: 'The delivery.' }] : []
            });
        }
    }
});
