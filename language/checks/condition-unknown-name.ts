import { defineConditionTypeCheck } from './condition-type-check.js';

export const conditionUnknownName = defineConditionTypeCheck('condition-unknown-name',
    'Every name in a condition must be a declared fact or a variable bound by every/some/no/sum.',
    'A condition that names something that does not exist cannot be evaluated.');
