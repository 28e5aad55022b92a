import { defineConditionTypeCheck } from './condition-type-check.js';

export const conditionTypeError = defineConditionTypeCheck('condition-type-error',
    'The parts of a condition must fit together: money is compared with money, dates with dates, and what a condition asks must be true or false.',
    'A condition that compares money with a date can never mean what its author intended; catching it while typing keeps the agreement’s rules checkable.');
