import { defineConditionTypeCheck } from './condition-type-check.js';

export const conditionUnknownArea = defineConditionTypeCheck('condition-unknown-area',
    "'within' needs a declared area, such as the name of the agreement's area.",
    'Area containment is judged over the declared areas; an unknown area would make every fact fail the condition.');
