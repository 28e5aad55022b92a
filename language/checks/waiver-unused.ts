import { defineWaiverCheck } from './waiver-check.js';

export const waiverUnused = defineWaiverCheck('waiver-unused',
    'A waiver must match a violation: its condition must actually fail on its fact.',
    'A waiver that waives nothing misleads reviewers about what the agreement tolerates, and would silently hide a future breach.');
