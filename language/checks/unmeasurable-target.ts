import { defineCheck } from './rule.js';
import { listed, quoted } from './wording.js';

export const unmeasurableTarget = defineCheck({
    id: 'unmeasurable-target',
    severity: 'error',
    category: 'targets',
    scope: 'document',
    description: 'A target must have a unit, a baseline with its date, a goal and a deadline.',
    rationale: 'The agreement\'s ambitions are "2020 ambitions" with numbers ("adult smoking down to 13%", "a 10% reduction in the proportion of children obese by Year 6"): without a unit, a baseline to start from, a goal and a deadline, progress cannot be measured or judged on or off track.',
    checks: {
        Target: (target, context) => {
            const missing: { key: string; words: string }[] = [];
            if (!target.unit?.trim()) missing.push({ key: 'unit', words: 'a unit' });
            if (!target.baseline || !target.baselineDate) missing.push({ key: 'baseline', words: 'a baseline with its date' });
            if (!target.goal) missing.push({ key: 'goal', words: 'a goal' });
            if (!target.deadline) missing.push({ key: 'deadline', words: 'a deadline' });
            if (missing.length === 0) return;
            context.report(target, `Target ${quoted(target.name)} is not measurable: it lacks ${listed(missing.map((item) => item.words))}.`, {
                property: 'name',
                data: { missing: missing.map((item) => item.key) }
            });
        }
    }
});
