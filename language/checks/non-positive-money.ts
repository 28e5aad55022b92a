import type { AstNode } from 'langium';
import { formatMoney } from '../model/money.js';
import { defineCheck, type CheckContext } from './rule.js';
import { quoted, refText } from './wording.js';

/** Reports an amount of £0 or less; `sentence` says where it is: "Estate sale 'X' is sold for £0". */
function judge<N extends AstNode>(node: N, property: keyof N & string, sentence: (amount: string) => string, context: CheckContext): void {
    const amount = node[property] as number | undefined;
    if (amount === undefined || Number.isNaN(amount) || amount > 0) return;
    context.report(node, `${sentence(formatMoney(amount))}: an amount of money here must be more than £0.`, { property: property as never });
}

export const nonPositiveMoney = defineCheck({
    id: 'non-positive-money',
    severity: 'error',
    category: 'values',
    scope: 'document',
    description: 'Sale proceeds, reinvestments, contributions, totals, requests, valuations and funding envelopes must be more than £0.',
    rationale: 'A sale for £0, a contribution of £0 or a request for £0 records nothing: it is a placeholder left in, or a slip of the pen (£0.5m written £0).',
    checks: {
        EstateSale: (sale, context) => judge(sale, 'proceeds', (amount) => `Estate sale ${quoted(sale.name)} is sold for ${amount}`, context),
        Reinvestment: (reinvestment, context) => judge(reinvestment, 'amount', (amount) =>
            `Estate sale ${quoted(reinvestment.$container.name)} reinvests ${amount} in ${refText(reinvestment.area, 'an unnamed area')}`, context),
        Contribution: (contribution, context) => judge(contribution, 'amount', (amount) =>
            `${quoted(refText(contribution.contributor))} contributes ${amount} to pooled budget ${quoted(contribution.$container.name)}`, context),
        PooledBudget: (budget, context) => judge(budget, 'total', (amount) => `Pooled budget ${quoted(budget.name)} has a total of ${amount}`, context),
        Request: (request, context) => judge(request, 'amount', (amount) =>
            `Pilot ${quoted(request.$container.name)} requests ${refText(request.power, 'a power')} of ${amount}`, context),
        EstateAsset: (asset, context) => judge(asset, 'value', (amount) => `Estate asset ${quoted(asset.name)} is valued at ${amount}`, context),
        Envelope: (envelope, context) => judge(envelope, 'amount', (amount) => `${envelope.kind === 'allocation' ? 'Allocation' : 'Envelope'} ${quoted(envelope.name)} is for ${amount}`, context)
    }
});
