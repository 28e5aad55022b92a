import { outcomeOfCondition } from './condition-outcome-check.js';
import { defineCheck } from './rule.js';
import { quoted } from './wording.js';

/**
 * A fact a condition's `where` could not judge because a value it needs is unknown — `d.to within
 * GreaterManchester` for a board that serves no areas. The fact is neither kept nor silently dropped: it is reported
 * here, on the condition, with the fact as related information.
 */
export const conditionUndecided = defineCheck({
    id: 'condition-undecided',
    severity: 'warning',
    category: 'conditions',
    description: 'A condition must be able to judge every fact it ranges over: a party or board with no areas cannot be placed within an area.',
    rationale: 'A delegation to a board that serves no areas is neither inside nor outside the deal\'s area. Treating "unknown" as "no" would quietly skip the very fact the rule exists to judge; the author should declare where the party serves.',
    checks: {
        Condition: (condition, context) => {
            const outcome = outcomeOfCondition(condition, context);
            for (const undecided of outcome?.undecided ?? []) {
                const subject = (undecided.subject as { name?: string }).name ?? undecided.subject.$type;
                context.report(undecided.quantifier, `Condition ${quoted(condition.name)} could not judge ${subject}: ${undecided.why}.`, {
                    property: 'filter',
                    related: [{ node: undecided.subject, property: 'name', message: `${subject} is left undecided by ${condition.name}.` }]
                });
            }
        }
    }
});
