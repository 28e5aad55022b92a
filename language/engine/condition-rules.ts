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
    return facts.conditions.map((condition) => {
        const clause = condition.clause?.ref;
        return {
            id: condition.name,
            title: condition.title,
            ...(clause ? { clause: { name: clause.name, text: clause.text } } : {}),
            severity: (condition.severity as Severity | undefined) ?? 'error'
        };
    });
}
