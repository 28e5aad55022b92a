import { textOf, quantifierText } from '../conditions/condition-type-checker.js';
import { outcomeOfCondition } from './condition-outcome-check.js';
import { defineCheck } from './rule.js';
import { quoted } from './wording.js';

/**
 * A quantifier that holds over nothing (`every`, `no`, `at most`) and had nothing to range over — its collection
 * empty under the condition's agreement, or its `where` leaving nothing — as of the check date. The condition
 * "passes" without judging anything; the note says why the range was empty (condition-ranges.ts).
 */
export const conditionVacuous = defineCheck({
    id: 'condition-vacuous',
    severity: 'info',
    category: 'conditions',
    description: 'A condition\'s quantifier must range over something: a pass over nothing is reported, with why the range was empty.',
    rationale: 'A rule that judges no fact proves nothing. "Every sale is reinvested within the area" passes trivially when the deal has no sales, when its sales are all declared under another agreement, or when a `where` leaves every one out (a recipient serving areas partly outside the area is not within it). The officer should see that, not a green tick.',
    checks: {
        Condition: (condition, context) => {
            const outcome = outcomeOfCondition(condition, context);
            for (const range of outcome?.vacuous ?? []) {
                const quantifier = range.quantifier;
                const head = `${quantifierText(quantifier)} ${quantifier.variable?.name ?? ''} in ${textOf(quantifier.collection)}`.replace(/\s+/g, ' ');
                context.report(quantifier, `Condition ${quoted(condition.name)} judges nothing as of ${context.asOf}: '${head}' ranges over nothing — ${range.why}.`, {
                    property: 'collection'
                });
            }
        }
    }
});
