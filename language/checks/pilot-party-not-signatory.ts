import type { Agreement, Party } from '../generated/ast.js';
import { governingAgreement, hasSigned, signatoriesOf } from '../model/agreements.js';
import type { FactIndex } from '../model/facts.js';
import { defineCheck } from './rule.js';
import { quoted } from './wording.js';

/** Each agreement's signatories, worked out once per build rather than once per pilot. */
const signatoriesByBuild = new WeakMap<FactIndex, Map<Agreement, Set<Party>>>();

function cachedSignatories(facts: FactIndex, agreement: Agreement): Set<Party> {
    let byAgreement = signatoriesByBuild.get(facts);
    if (!byAgreement) signatoriesByBuild.set(facts, byAgreement = new Map());
    let signatories = byAgreement.get(agreement);
    if (!signatories) byAgreement.set(agreement, signatories = signatoriesOf(agreement));
    return signatories;
}

export const pilotPartyNotSignatory = defineCheck({
    id: 'pilot-party-not-signatory',
    severity: 'error',
    category: 'parties',
    scope: 'workspace',
    description: "A pilot's leads and partners must have signed the pilot's agreement.",
    rationale: 'The pilots are commitments of the agreement\'s signatories (the "London Partners": the CCGs, the councils, the Mayor, NHS England, Public Health England); a party that did not sign has made no commitment. Members of a signatory partnership count as signatories, and so does a board made up only of signatories.',
    checks: {
        Pilot: (pilot, context) => {
            const agreement = governingAgreement(pilot);
            // An agreement that lists no signatories cannot be judged; recording them is the first step.
            if (!agreement || agreement.signatories.length === 0) return;
            const signatories = cachedSignatories(context.facts, agreement);
            for (const role of ['leads', 'partners'] as const) {
                pilot[role].forEach((reference, index) => {
                    const party = reference.ref;
                    if (!party || hasSigned(party, signatories)) return;
                    const as = role === 'leads' ? 'lead' : 'partner';
                    context.report(pilot, `${quoted(party.name)} is a ${as} of pilot ${quoted(pilot.name)} but is not a signatory of its agreement ${quoted(agreement.name)}.`, {
                        property: role, index,
                        related: [{ node: agreement, property: 'signatories', message: `The signatories of ${quoted(agreement.name)} are listed here.` }],
                        data: { party: party.name, agreement: agreement.name }
                    });
                });
            }
        }
    }
});
