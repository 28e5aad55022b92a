import { isCommitment } from '../generated/ast.js';
import { defineCheck } from './rule.js';
import { quoted } from './wording.js';

export const commitmentEvidenceMissing = defineCheck({
    id: 'commitment-evidence-missing',
    severity: 'warning',
    category: 'commitments',
    description: 'A delivery must say what shows it: \'delivered on <date> "<evidence>"\', ideally with its source.',
    rationale: 'Compliance means promises kept, on time, with evidence. "Delivered" with nothing behind it is an assertion a reviewer cannot check; a fact that fulfils the commitment (`fulfilled by`) is evidence in itself.',
    checks: {
        Delivery: (delivery, context) => {
            // A placeholder (the quick fix's "…") is no evidence either.
            if (delivery.evidence !== undefined && !/^\s*(…|\.\.\.)?\s*$/.test(delivery.evidence)) return;
            const commitment = isCommitment(delivery.$container) ? delivery.$container : undefined;
            const date = delivery.date ? ` on ${delivery.date}` : '';
            context.report(delivery, `The delivery${date} of commitment ${quoted(commitment?.name)} gives no evidence: write what shows it after the date, e.g. 'delivered on ${delivery.date ?? 'YYYY-MM-DD'} "The board met for the first time." source "minutes.pdf"'.`, {
                property: 'date'
            });
        }
    }
});
