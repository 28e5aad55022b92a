import { defineConditionTypeCheck } from './condition-type-check.js';

export const conditionNotACollection = defineConditionTypeCheck('condition-not-a-collection',
    "Quantifiers (every, some, no, at least N) and sums go over collections, such as 'estate-sales' or 'sale.reinvestments'.",
    'Quantifying over a single value is always a mistake in the condition, not in the facts.');
