import type { AstNode } from 'langium';
import { succeededActs } from '../model/acting-parties.js';
import { defineCheck, type CheckContext } from './rule.js';
import { quoted } from './wording.js';

/**
 * A body acting after its succession: signing, delegating or receiving a delegation, contributing to a pooled
 * budget, making a commitment, leading a pilot, sitting on a board, selling land… on a date a successor had already
 * taken over from it (model/acting-parties.ts lists every kind of act and the date each is judged at).
 */
export const actsAfterSuccession = defineCheck({
    id: 'acts-after-succession',
    severity: 'error',
    category: 'parties',
    scope: 'workspace',
    description: 'A party must not act — sign, delegate, receive, contribute, commit, lead, sit on a board, sell or approve — on or after the date a successor took over from it.',
    rationale: 'Under the Health and Care Act 2022 (s.19–23) integrated care boards took over the CCGs\' functions, property and liabilities on 2022-07-01 and the CCGs were abolished: a delegation to a CCG dated after that, a pooled budget it contributes to, a commitment it makes, is made with a body that no longer exists. What a CCG did or promised before its succession is not affected: it passes to the successor (delegations, powers and commitments follow the succession chain).',
    checks: {
        Agreement: (node, context) => judge(node, context),
        Delegation: (node, context) => judge(node, context),
        Pilot: (node, context) => judge(node, context),
        PooledBudget: (node, context) => judge(node, context),
        Commitment: (node, context) => judge(node, context),
        EstateSale: (node, context) => judge(node, context),
        Board: (node, context) => judge(node, context),
        Power: (node, context) => judge(node, context),
        Envelope: (node, context) => judge(node, context)
    }
});

function judge(node: AstNode, context: CheckContext): void {
    for (const { act, successor, succeededOn } of succeededActs(node, context.facts.successions)) {
        const when = succeededOn
            ? `${quoted(successor.name)} took over from it on ${succeededOn}`
            : `its members had all been succeeded by ${quoted(successor.name)} by then`;
        context.report(act.node, `${quoted(act.party.name)} ${act.role} (${act.dated}), but ${when}: a body cannot act once it has been succeeded; name ${quoted(successor.name)} instead.`, {
            property: act.property as never,
            ...(act.index !== undefined ? { index: act.index } : {}),
            related: [{ node: successor, property: 'predecessors', message: succeededOn ? `${quoted(successor.name)} succeeds ${quoted(act.party.name)} here.` : `${quoted(successor.name)} succeeds the members of ${quoted(act.party.name)} here.` }],
            data: { party: act.party.name, successor: successor.name }
        });
    }
}
