import type { AstNode } from 'langium';
import type { Agreement, Clause } from '../generated/ast.js';
import { governingAgreement } from '../model/agreements.js';
import { isBefore, knownDate } from '../model/dates.js';
import { defineCheck, type CheckContext, type RelatedFinding } from './rule.js';
import { quoted } from './wording.js';

/**
 * Reports `node` when its date (`property`) falls before its agreement was signed. `what` and `verb` make the
 * message read aloud: "Delegation 'X' starts 2017-01-01, before …".
 */
function judge<N extends AstNode & { name: string }>(node: N, property: keyof N & string, what: string, verb: string, context: CheckContext): void {
    const date = knownDate(node[property] as string | undefined);
    const agreement = governingAgreement(node);
    const signed = knownDate(agreement?.signed);
    if (!date || !agreement || !signed || !isBefore(date, signed)) return;
    const related: RelatedFinding[] = [{ node: agreement, property: 'signed', message: `${quoted(agreement.name)} was signed on ${signed}.` }];
    // The clause the declaration cites, if any, is what it claims to rest on.
    const clause = (node as { clause?: { ref?: Clause } }).clause?.ref;
    if (clause) related.push({ node: clause, message: `${quoted(node.name)} cites clause ${quoted(clause.name)} of ${quoted(agreement.name)}.` });
    context.report(node, `${what} ${quoted(node.name)} ${verb} ${date}, before its agreement ${quoted(agreement.name)} was signed on ${signed}.`, {
        property: property as never,
        related
    });
}

const RELATION_WORDS: Record<string, string> = { builds: 'builds on', amends: 'amends', supersedes: 'supersedes' };

export const datedBeforeSigning = defineCheck({
    id: 'dated-before-signing',
    severity: 'error',
    category: 'dates',
    scope: 'document',
    description: 'Nothing done under an agreement may be dated before the agreement was signed.',
    rationale: 'A delegation, pilot, pooled budget, sale or commitment exists because an agreement was signed; dated earlier, it has no agreement to rest on (the MoU was signed on 2017-11-16, and delegations run "from April 2018").',
    checks: {
        Delegation: (delegation, context) => judge(delegation, 'start', 'Delegation', 'starts', context),
        Pilot: (pilot, context) => {
            judge(pilot, 'start', 'Pilot', 'starts', context);
            judge(pilot, 'plansBy', 'Pilot', 'has plans due by', context);
        },
        PooledBudget: (budget, context) => judge(budget, 'start', 'Pooled budget', 'is pooled from', context),
        EstateSale: (sale, context) => judge(sale, 'soldOn', 'Estate sale', 'is dated', context),
        Commitment: (commitment, context) => judge(commitment, 'due', 'Commitment', 'is due', context),
        Target: (target, context) => judge(target, 'deadline', 'Target', 'is due by', context),
        // An agreement that builds on, amends or supersedes another cannot have been signed before it.
        Agreement: (agreement, context) => {
            const signed = knownDate(agreement.signed);
            if (!signed) return;
            agreement.relations.forEach((relation) => {
                const earlier: Agreement | undefined = relation.target?.ref;
                const earlierSigned = knownDate(earlier?.signed);
                if (!earlier || earlier === agreement || !earlierSigned || !isBefore(signed, earlierSigned)) return;
                context.report(agreement, `Agreement ${quoted(agreement.name)} was signed on ${signed}, before ${quoted(earlier.name)} (signed ${earlierSigned}) that it ${RELATION_WORDS[relation.kind] ?? relation.kind}.`, {
                    property: 'signed',
                    related: [{ node: earlier, property: 'signed', message: `${quoted(earlier.name)} was signed on ${earlierSigned}.` }]
                });
            });
        }
    }
});
