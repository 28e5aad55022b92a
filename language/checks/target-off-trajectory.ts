import { defineCheck } from './rule.js';
import { evidenceRelated, progressOf, targetValue } from './target-progress.js';
import { quoted } from './wording.js';

export const targetOffTrajectory = defineCheck({
    id: 'target-off-trajectory',
    severity: 'warning',
    category: 'targets',
    scope: 'workspace',
    description: 'The latest measurement of a target must be on the straight line from its baseline to its goal, or ahead of it.',
    rationale: 'Reviewers need to know early which 2020 ambitions are at risk: a target whose latest evidence is behind the straight-line trajectory from baseline (at its date) to goal (at the deadline) will, at that pace, miss its deadline.',
    checks: {
        Target: (target, context) => {
            const progress = progressOf(target, context);
            if (progress.status !== 'at-risk' || !progress.latest || progress.expectedAtLatest === undefined || !progress.baseline || progress.goal === undefined) return;
            const { latest, baseline } = progress;
            context.report(target, `Target ${quoted(target.name)} is behind its trajectory: ${targetValue(target, latest.value)} on ${latest.date}, where the line from baseline ${targetValue(target, baseline.value)} (${baseline.date}) to goal ${targetValue(target, progress.goal)} (${target.deadline}) expects ${targetValue(target, progress.expectedAtLatest)} by then.`, {
                property: 'name',
                related: evidenceRelated(latest, context, `The latest evidence for ${quoted(target.name)}`)
            });
        }
    }
});
