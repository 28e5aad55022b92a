import type { Severity } from '../checks/rule.js';
import type { FactIndex } from '../model/facts.js';

/** A declared condition seen as a rule, for CI formats that list every rule (SARIF, JUnit). */
export interface ConditionRuleInfo {
    id: string;
    title: string;
    clause?: { name: string; text: string };
    severity: Severity;
}

export function conditionRules(facts: FactIndex): ConditionRuleInfo[] {
    // A condition that lost its name to a syntax error is no rule anyone can name.
    return facts.conditions.filter((condition) => typeof condition.name === 'string').map((condition) => {
        const clause = condition.clause?.ref;
        return {
            id: condition.name,
            title: condition.title,
            ...(clause ? { clause: { name: clause.name, text: clause.text } } : {}),
            severity: (condition.severity as Severity | undefined) ?? 'error'
        };
    });
}
