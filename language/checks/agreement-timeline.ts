import type { Agreement } from '../generated/ast.js';
import { compareDates, isBefore, knownDate } from '../model/dates.js';
import { defineCheck, type CheckContext } from './rule.js';
import { quoted } from './wording.js';

/**
 * An agreement's own dates in order: signed, then a shadow period (if any) that ends no later than the date the
 * agreement takes effect. Greater Manchester's MoU: signed 2015-02-27, shadow from April 2015, in effect 2016-04-01.
 * (A shadow period that ends before it starts is `end-before-start`'s.)
 */
function judge(agreement: Agreement, context: CheckContext): void {
    const signed = knownDate(agreement.signed);
    const effective = knownDate(agreement.effective);
    const shadowFrom = knownDate(agreement.shadowFrom);
    const shadowUntil = knownDate(agreement.shadowUntil);
    const name = quoted(agreement.name);
    if (signed && effective && isBefore(effective, signed)) {
        context.report(agreement, `Agreement ${name} takes effect on ${effective}, before it was signed on ${signed}.`, { property: 'effective' });
    }
    if (effective && shadowFrom && compareDates(shadowFrom, effective) >= 0) {
        context.report(agreement, `Agreement ${name}'s shadow period starts on ${shadowFrom}, not before it takes effect on ${effective}: a shadow period runs before devolution takes effect.`, { property: 'shadowFrom' });
    } else if (effective && shadowUntil && compareDates(shadowUntil, effective) >= 0) {
        context.report(agreement, `Agreement ${name}'s shadow period runs until ${shadowUntil}, on or after it takes effect on ${effective}: the shadow period must end before.`, { property: 'shadowUntil' });
    }
}

export const agreementTimeline = defineCheck({
    id: 'agreement-timeline',
    severity: 'error',
    category: 'dates',
    description: 'An agreement takes effect no earlier than it is signed, and its shadow period ends before it takes effect.',
    rationale: 'Deals are signed, then run in shadow form while the new arrangements are tested, then take effect: a shadow year from April before devolution takes effect the following April is typical. A shadow period on or after the date the agreement takes effect, or an effect before signing, is a typing mistake or a misread source.',
    checks: {
        Agreement: (agreement, context) => judge(agreement, context)
    }
});
