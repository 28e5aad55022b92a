import type { BuiltInDiagnostic } from './rule.js';

/** Reported by the lexer and parser, not by a node check; listed so it has an id and a page. */
export const syntaxError: BuiltInDiagnostic = {
    id: 'syntax-error',
    severity: 'error',
    category: 'syntax',
    description: 'The text must follow the .lhc grammar.',
    rationale: 'A file that does not parse cannot be checked; the message says what was expected.'
};
