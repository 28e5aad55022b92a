import { typeCheckCondition, type ConditionTypeErrorId } from '../conditions/condition-type-checker.js';
import { isWhole } from '../model/complete-nodes.js';
import { defineCheck, type BuiltInCheck, type Severity } from './rule.js';

/**
 * The condition type checker's findings, one built-in check per kind of authoring error so each can be
 * documented and configured on its own. The checker runs once per condition per build (cached); each check
 * reports its own share.
 */
export function defineConditionTypeCheck(id: ConditionTypeErrorId, description: string, rationale: string, severity: Severity = 'error'): BuiltInCheck {
    return defineCheck({
        id, severity, category: 'conditions', scope: 'workspace', description, rationale,
        checks: {
            Condition: (condition, context) => {
                for (const issue of typeCheckCondition(condition, context.facts).issues) {
                    // An expression missing a part would be quoted as 'undefined' (see `isWhole`).
                    if (issue.id !== id || !isWhole(issue.node)) continue;
                    context.report(issue.node, issue.message, {
                        property: issue.property as never,
                        data: issue.suggestion ? { suggestion: issue.suggestion } : undefined
                    });
                }
            }
        }
    });
}
