import { defineCheck } from './rule.js';
import { commitmentOf, stateOf } from './commitment-judgement.js';

export const commitmentBreached = defineCheck({
    id: 'commitment-breached',
    severity: 'error',
    category: 'commitments',
    scope: 'workspace',
    description: 'As of the date, no prohibition may be broken and no continuing duty may have stopped.',
    rationale: 'A prohibition ("must not") is breached by a fact that does the forbidden thing; a continuing duty ("from April 2018") is breached when what performs it stops, such as a delegation that ends. Either is a broken promise, not a late one.',
    checks: {
        Commitment: (commitment, context) => {
            const state = stateOf(commitment, context);
            if (state.status !== 'breached' || !state.breach) return;
            const { breach } = state;
            const when = breach.date ? ` on ${breach.date}` : '';
            const evidence = breach.evidence ? `: ${breach.evidence.replace(/\.$/, '')}` : '';
            context.report(commitment, `${commitmentOf(commitment, state)} was breached${when}${evidence}.`, {
                property: 'name',
                related: breach.fact ? [{ node: breach.fact, message: 'The fact that breaches it.' }] : []
            });
        }
    }
});
