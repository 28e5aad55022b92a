import { defineConditionTypeCheck } from './condition-type-check.js';

export const conditionTooDeep = defineConditionTypeCheck('condition-too-deep',
    "A condition nests at most 32 levels of brackets, 'not' and quantifiers (and 500 operators).",
    'A condition is read by people before it is judged by the engine; one nested this deeply cannot be checked by a reader, and beyond these limits it would exhaust the checker. It is reported once, not evaluated, and the rest of the workspace is still checked.');
