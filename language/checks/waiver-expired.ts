import { defineWaiverCheck } from './waiver-check.js';

export const waiverExpired = defineWaiverCheck('waiver-expired',
    'A waiver must not have expired at the date the workspace is checked as of.',
    'Waivers accept a breach for a limited time; after the expiry the breach counts again and the waiver must be renewed or removed.');
