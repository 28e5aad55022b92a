import { defineWaiverCheck } from './waiver-check.js';

export const waiverIncomplete = defineWaiverCheck('waiver-incomplete',
    'A waiver must give a reason, an approver and an expiry date.',
    'An accepted breach needs an audit trail: why it is acceptable, who accepted it, and until when.');
