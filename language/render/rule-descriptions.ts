import { allBuiltInRules } from '../checks/catalogue.js';
import type { Severity } from '../checks/rule.js';
import type { ConditionRuleInfo } from '../engine/condition-rules.js';
import type { CheckReport } from '../engine/results.js';

/** What CI formats say about a rule: its text, its page, its default level. */
export interface RuleDescription {
    id: string;
    shortDescription: string;
    fullDescription: string;
    help: string;
    helpUri?: string;
    severity: Severity;
    category: string;
}

/**
 * Every built-in rule of the catalogue, then the agreements' own conditions (their title and the clause they
 * enforce), then any other rule the report mentions, described from what its findings say.
 */
export function describeRules(report: CheckReport, docsUrl: (id: string) => string, conditions: readonly ConditionRuleInfo[] = []): RuleDescription[] {
    const rules: RuleDescription[] = allBuiltInRules.map((rule) => ({
        id: rule.id,
        shortDescription: rule.description,
        fullDescription: `${rule.description} ${rule.rationale}`,
        help: `${rule.description}\n\nWhy: ${rule.rationale}\n\nSee ${docsUrl(rule.id)}`,
        helpUri: docsUrl(rule.id),
        severity: rule.severity,
        category: rule.category
    }));
    const known = new Set(rules.map((rule) => rule.id));
    for (const condition of conditions) {
        if (known.has(condition.id)) continue;
        known.add(condition.id);
        const clause = condition.clause ? ` Clause ${condition.clause.name}: "${condition.clause.text}"` : '';
        rules.push({
            id: condition.id,
            shortDescription: condition.title,
            fullDescription: `Condition of the agreement: ${condition.title}.${clause}`,
            help: `${condition.title}${condition.clause ? `\n\nClause ${condition.clause.name}: "${condition.clause.text}"` : ''}`,
            severity: condition.severity,
            category: 'conditions'
        });
    }
    for (const finding of report.findings) {
        if (known.has(finding.ruleId)) continue;
        known.add(finding.ruleId);
        const clause = finding.related.find((related) => related.message)?.message;
        const text = finding.source === 'condition'
            ? `Condition ${finding.ruleId} declared in the agreement.`
            : `Rule ${finding.ruleId}.`;
        rules.push({
            id: finding.ruleId,
            shortDescription: text,
            fullDescription: clause ? `${text} ${clause}` : text,
            help: clause ? `${text}\n\n${clause}` : text,
            severity: finding.severity,
            category: finding.source === 'condition' ? 'conditions' : 'other'
        });
    }
    return rules;
}
