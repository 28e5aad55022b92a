import { conditionScope } from '../conditions/condition-scope.js';
import { defineCheck } from './rule.js';
import { quoted } from './wording.js';

/**
 * A condition that belongs to no agreement (not inside one, no `under`, no `per` clause) and does not say
 * `workspace-wide`. It is still judged, over every fact of the workspace, so nothing goes unchecked; this says
 * that its reach was never stated (docs/scoping.md).
 */
export const conditionScopeUnstated = defineCheck({
    id: 'condition-scope-unstated',
    severity: 'warning',
    category: 'conditions',
    description: 'A condition must say whose rule it is: `under <agreement>` (or written inside it), or `workspace-wide`.',
    rationale: 'A condition judges the facts of its own agreement and the agreements that build on, amend or supersede it. One that names no agreement would judge every deal of the workspace — one deal\'s rule applied to another\'s sales — unless its author says that is meant.',
    checks: {
        Condition: (condition, context) => {
            const scope = conditionScope(condition, context.facts);
            if (scope.kind !== 'workspace' || scope.declared) return;
            context.report(condition, `Condition ${quoted(condition.name)} belongs to no agreement, so it judges every fact of the workspace: add 'under <agreement>' if it is one agreement's rule, or 'workspace-wide' if it applies to every deal.`, {
                property: 'name'
            });
        }
    }
});
