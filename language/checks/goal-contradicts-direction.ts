import { absoluteGoal, quantityValue } from '../model/targets.js';
import { defineCheck } from './rule.js';
import { quoted, writtenValue as written } from './wording.js';

export const goalContradictsDirection = defineCheck({
    id: 'goal-contradicts-direction',
    severity: 'error',
    category: 'targets',
    scope: 'document',
    description: 'A target that should increase must have its goal above its baseline; one that should decrease, below it.',
    rationale: '"Adult smoking down to 13%" is a decrease; "70% of adults achieving recommended activity levels" an increase. A goal on the wrong side of the baseline makes every measurement look like progress when it is not, or the reverse.',
    checks: {
        Target: (target, context) => {
            const direction = target.direction;
            const goal = target.goal;
            if (!goal?.value || (direction !== 'increase' && direction !== 'decrease')) return;
            if (goal.relative) {
                const wrong = (direction === 'increase' && goal.relative === 'below') || (direction === 'decrease' && goal.relative === 'above');
                if (!wrong || goal.value.value === 0) return;
                context.report(target, `Target ${quoted(target.name)} should ${direction}, but its goal is ${written(goal.value.value, goal.value.$type)} ${goal.relative} baseline.`, {
                    property: 'goal'
                });
                return;
            }
            const baseline = quantityValue(target.baseline);
            const value = absoluteGoal(target);
            if (baseline === undefined || value === undefined || !target.baseline || !Number.isFinite(value) || !Number.isFinite(baseline)) return;
            const wrong = direction === 'increase' ? value < baseline : value > baseline;
            if (!wrong) return;
            context.report(target, `Target ${quoted(target.name)} should ${direction}, but its goal ${written(value, goal.value.$type)} is ${direction === 'increase' ? 'below' : 'above'} its baseline ${written(baseline, target.baseline.$type)}.`, {
                property: 'goal',
                related: [{ node: target, property: 'direction', message: `${quoted(target.name)} is declared to ${direction}.` }]
            });
        }
    }
});
