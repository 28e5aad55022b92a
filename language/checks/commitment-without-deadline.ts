import { deadlineKind, fullyPooledDeadline, modalityOf } from '../model/commitments.js';
import { listed } from './wording.js';
import { defineCheck } from './rule.js';
import { commitmentOf, stateOf } from './commitment-judgement.js';

export const commitmentWithoutDeadline = defineCheck({
    id: 'commitment-without-deadline',
    severity: 'info',
    category: 'commitments',
    scope: 'workspace',
    description: 'A firm duty (will, must) needs a deadline — a date, "from" a date, "within" a span of another fact, or when pooled budgets are fully pooled (which must then say from when) — or it can never be judged overdue.',
    rationale: 'A promise without a date cannot be overdue, and saying so is a finding in itself: "partners will also explore options …", "precise details of this are pending". Endeavours, permissions and prohibitions need no date.',
    checks: {
        Commitment: (commitment, context) => {
            // `due when X is fully pooled`, where X says no `fully pooled from` date: the deadline cannot be known.
            const unpooled = commitment.due === undefined ? fullyPooledDeadline(commitment).missing : [];
            if (unpooled.length > 0 && deadlineKind(commitment) === 'dated') {
                const state = stateOf(commitment, context);
                if (state.status === 'delivered' || state.status === 'withdrawn' || state.status === 'superseded') return;
                context.report(commitment, `${commitmentOf(commitment, state)} is due when ${listed(unpooled)} ${unpooled.length === 1 ? 'is' : 'are'} fully pooled, but ${unpooled.length === 1 ? 'it gives' : 'they give'} no 'fully pooled from' date, so it cannot be judged on time or overdue: add one to ${unpooled.length === 1 ? 'the pooled budget' : 'each pooled budget'}.`, {
                    // The first budget without the date.
                    property: 'dueWhenPooled', index: commitment.dueWhenPooled.findIndex((budget) => budget.$refText === unpooled[0])
                });
                return;
            }
            if (modalityOf(commitment) !== 'duty' || deadlineKind(commitment) !== 'undated') return;
            const state = stateOf(commitment, context);
            // Once kept or ended, the missing date no longer matters.
            if (state.status === 'delivered' || state.status === 'withdrawn' || state.status === 'superseded') return;
            context.report(commitment, `${commitmentOf(commitment, state)} is a firm duty with no deadline, so it cannot be judged on time or overdue: add 'due <date>', 'from <date>' or 'due within <span> of <fact>'.`, {
                property: 'name'
            });
        }
    }
});
