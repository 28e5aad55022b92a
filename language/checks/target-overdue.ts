import { isBefore, knownDate } from '../model/dates.js';
import { defineCheck } from './rule.js';
import { progressOf, targetValue } from './target-progress.js';
import { quoted } from './wording.js';

export const targetOverdue = defineCheck({
    id: 'target-overdue',
    severity: 'warning',
    category: 'targets',
    scope: 'workspace',
    description: 'As of the date, a target whose deadline has passed must be met.',
    rationale: 'The agreement\'s aspirations each carry a "2020 ambition"; once the deadline has passed, a target that the latest evidence does not show met has been missed, and the summary must say so.',
    checks: {
        Target: (target, context) => {
            const deadline = knownDate(target.deadline);
            if (!deadline || !isBefore(deadline, context.asOf)) return;
            const progress = progressOf(target, context);
            if (progress.goal === undefined || progress.status === 'met') return;
            const goal = targetValue(target, progress.goal);
            const evidence = progress.latest
                ? `the latest measurement, ${targetValue(target, progress.latest.value)} on ${progress.latest.date}, does not reach the goal ${goal}`
                : `no measurement shows its goal ${goal} met`;
            context.report(target, `Target ${quoted(target.name)} was due by ${deadline} and, as of ${context.asOf}, is not met: ${evidence}.`, {
                property: 'deadline',
                related: progress.latest ? [{ node: progress.latest.measurement, message: `The latest measurement of ${quoted(target.name)}.` }] : []
            });
        }
    }
});
