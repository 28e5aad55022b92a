import type { BuiltInDiagnostic } from './rule.js';

/**
 * Reported by the document validator (`conditions/suppressions.ts`, `unusedSuppressions`) for an `lhc-ignore`
 * comment that accepts nothing: no finding of its rule on the line it applies to, or a rule id no rule or
 * condition has. ESLint reports unused disable directives for the same reason.
 */
export const suppressionUnused: BuiltInDiagnostic = {
    id: 'suppression-unused',
    severity: 'warning',
    category: 'conditions',
    description: 'An inline suppression must accept a finding: its rule must exist and report something on the line it applies to.',
    rationale: 'A comment that accepts nothing tells reviewers a finding was accepted when none was, and would silently hide a future one on that line.'
};
