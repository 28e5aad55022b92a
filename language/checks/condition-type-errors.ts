import { typeCheckCondition, type ConditionTypeErrorId } from '../conditions/condition-type-checker.js';
import { defineCheck, type BuiltInCheck, type Severity } from './rule.js';

/**
 * The condition type checker's findings, one built-in check per kind of authoring error so each can be
 * documented and configured on its own. The checker runs once per condition per build (cached); each check
 * reports its own share.
 */
function conditionTypeCheck(id: ConditionTypeErrorId, description: string, rationale: string, severity: Severity = 'error'): BuiltInCheck {
    return defineCheck({
        id, severity, category: 'conditions', description, rationale,
        checks: {
            Condition: (condition, context) => {
                for (const issue of typeCheckCondition(condition, context.facts).issues) {
                    if (issue.id !== id) continue;
                    context.report(issue.node, issue.message, {
                        property: issue.property as never,
                        data: issue.suggestion ? { suggestion: issue.suggestion } : undefined
                    });
                }
            }
        }
    });
}

export const conditionTypeError = conditionTypeCheck('condition-type-error',
    'The parts of a condition must fit together: money is compared with money, dates with dates, and what a condition asks must be true or false.',
    'A condition that compares money with a date can never mean what its author intended; catching it while typing keeps the agreement’s rules checkable.');

export const conditionUnknownField = conditionTypeCheck('condition-unknown-field',
    'A condition may only navigate to fields the fact has (a sale’s reinvestments, a pilot’s leads).',
    'A misspelt field would silently read as "not set" and make the condition fail or pass for the wrong reason.');

export const conditionNotACollection = conditionTypeCheck('condition-not-a-collection',
    "Quantifiers (every, some, no, at least N) and sums go over collections, such as 'estate-sales' or 'sale.reinvestments'.",
    'Quantifying over a single value is always a mistake in the condition, not in the facts.');

export const conditionUnknownArea = conditionTypeCheck('condition-unknown-area',
    "'within' needs a declared area, such as 'within London'.",
    'Area containment is judged over the declared areas; an unknown area would make every fact fail the condition.');

export const conditionUnknownName = conditionTypeCheck('condition-unknown-name',
    'Every name in a condition must be a declared fact or a variable bound by every/some/no/sum.',
    'A condition that names something that does not exist cannot be evaluated.');
