import { deadlineKind, modalityOf } from '../model/commitments.js';
import { defineCheck } from './rule.js';
import { commitmentOf, stateOf } from './commitment-judgement.js';

export const commitmentWithoutDeadline = defineCheck({
    id: 'commitment-without-deadline',
    severity: 'info',
    category: 'commitments',
    description: 'A firm duty (will, must) needs a deadline — a date, "from" a date, or "within" a span of another fact — or it can never be judged overdue.',
    rationale: 'A promise without a date cannot be overdue, and saying so is a finding in itself: "partners will also explore options …", "precise details of this are pending". Endeavours, permissions and prohibitions need no date.',
    checks: {
        Commitment: (commitment, context) => {
            if (modalityOf(commitment) !== 'duty' || deadlineKind(commitment) !== 'undated') return;
            const status = stateOf(commitment, context).status;
            // Once kept or ended, the missing date no longer matters.
            if (status === 'delivered' || status === 'withdrawn' || status === 'superseded') return;
            context.report(commitment, `${commitmentOf(commitment)} is a firm duty with no deadline, so it cannot be judged on time or overdue: add 'due <date>', 'from <date>' or 'due within <span> of <fact>'.`, {
                property: 'name'
            });
        }
    }
});
