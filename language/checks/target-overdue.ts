import { isBefore, knownDate } from '../model/dates.js';
import { defineCheck } from './rule.js';
import { evidenceLabel, evidenceRelated, progressOf, targetValue } from './target-progress.js';
import { quoted } from './wording.js';
import type { Target } from '../generated/ast.js';
import type { EvidencePoint } from '../model/evidence.js';

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
            if (progress.goal === undefined || progress.status === 'met' || progress.status === 'inconclusive') return;
            const goal = targetValue(target, progress.goal);
            const evidence = progress.latest
                ? `${progress.latest.measurement ? 'the latest measurement,' : `the latest evidence, ${evidenceLabel(progress.latest)},`} ${targetValue(target, progress.latest.value)}${interval(target, progress.latest)} on ${progress.latest.date}, does not reach the goal ${goal}`
                : `no measurement shows its goal ${goal} met`;
            context.report(target, `Target ${quoted(target.name)} was due by ${deadline} and, as of ${context.asOf}, is not met: ${evidence}.`, {
                property: 'deadline',
                related: evidenceRelated(progress.latest, context, `The latest evidence for ${quoted(target.name)}`)
            });
        }
    }
});

/** ` (95% CI 12.1% to 14.0%)`, or nothing when the figure has no interval. */
function interval(target: Target, point: EvidencePoint): string {
    return point.lower !== undefined && point.upper !== undefined ? ` (95% CI ${targetValue(target, point.lower)} to ${targetValue(target, point.upper)})` : '';
}
