import type { BuiltInDiagnostic } from './rule.js';

/** Reported by the linker, not by a node check; listed so it has an id and a page. */
export const unresolvedReference: BuiltInDiagnostic = {
    id: 'unresolved-reference',
    severity: 'error',
    category: 'naming',
    description: 'Every name used must be declared somewhere in the workspace.',
    rationale: 'A pilot led by an undeclared party, or a delegation of an undeclared power, cannot be checked against the agreement.'
};
