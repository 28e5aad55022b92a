import { defineConditionTypeCheck } from './condition-type-check.js';

export const conditionUnknownField = defineConditionTypeCheck('condition-unknown-field',
    'A condition may only navigate to fields the fact has (a sale’s reinvestments, a pilot’s leads).',
    'A misspelt field would silently read as "not set" and make the condition fail or pass for the wrong reason.');
