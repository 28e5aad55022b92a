import type { BuiltInDiagnostic } from './rule.js';

/** Reported by the document validator when an `lhc-ignore` comment lacks a rule id or a reason. */
export const suppressionIncomplete: BuiltInDiagnostic = {
    id: 'suppression-incomplete',
    severity: 'warning',
    category: 'conditions',
    description: "An inline suppression must name a rule and give a reason: '// lhc-ignore <rule-id>: <reason>'.",
    rationale: 'Accepted findings are counted and listed in every summary; without a reason nobody can judge whether accepting them was right.'
};
