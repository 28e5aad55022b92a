import { governingAgreement, signatoriesOf, signedAsOf } from '../model/agreements.js';
import { knownDate } from '../model/dates.js';
import { defineCheck } from './rule.js';
import { quoted } from './wording.js';

export const contributorNotSignatory = defineCheck({
    id: 'contributor-not-signatory',
    severity: 'error',
    category: 'budgets',
    scope: 'workspace',
    description: "Every contributor to a pooled budget must be a party to the budget's agreement: a signatory, a member of a signing partnership, or the successor of one.",
    rationale: 'A pooled budget is a section 75 arrangement (NHS Act 2006) between the bodies that pool their money: "local authority and health commissioners … will be jointly accountable" for it. A contributor that did not sign the agreement the budget is under has agreed to nothing in it — or the signatory list is incomplete. Members of a signing partnership count as signatories, a board made up only of signatories does too, and so does a body that had taken over a signatory by the date the budget is pooled from (an ICB for a signing CCG, from 2022-07-01). A budget under no agreement, or under one that lists no signatories, is not judged here.',
    checks: {
        PooledBudget: (budget, context) => {
            const agreement = governingAgreement(budget);
            if (!agreement || agreement.signatories.length === 0) return;
            const signatories = signatoriesOf(agreement);
            // Who stands in a signatory's shoes is read at the date the budget is pooled from, else the as-of date.
            const date = knownDate(budget.start) ?? knownDate(budget.fullyPooled) ?? context.asOf;
            for (const contribution of budget.contributions) {
                const party = contribution.contributor?.ref;
                if (!party || signedAsOf(party, signatories, date, context.facts.successions)) continue;
                context.report(contribution, `${quoted(party.name)} contributes to pooled budget ${quoted(budget.name)} but is not a party to its agreement ${quoted(agreement.name)}: it is not among its signatories, nor a member of one, nor a signatory's successor.`, {
                    property: 'contributor',
                    related: [{ node: agreement, property: 'signatories', message: `The signatories of ${quoted(agreement.name)} are listed here.` }],
                    data: { party: party.name, agreement: agreement.name }
                });
            }
        }
    }
});
