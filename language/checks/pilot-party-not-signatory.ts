import type { Agreement, Delegation, Party } from '../generated/ast.js';
import { governingAgreement, signatoriesOf, signedAsOf } from '../model/agreements.js';
import { knownDate } from '../model/dates.js';
import { BuildCache } from '../model/build-cache.js';
import type { FactIndex } from '../model/facts.js';
import { defineCheck } from './rule.js';
import { quoted } from './wording.js';

/** Each agreement's signatories, worked out once per build rather than once per pilot. */
const signatoriesByBuild = new BuildCache<FactIndex, [Agreement], Set<Party>>();

function cachedSignatories(facts: FactIndex, agreement: Agreement): Set<Party> {
    return signatoriesByBuild.get(facts, [agreement], () => signatoriesOf(agreement));
}

/** Each agreement's delegations by recipient, once per build: a partner given a power under it must have signed. */
const delegationsByBuild = new BuildCache<FactIndex, [], Map<Agreement, Map<Party, Delegation>>>();

function delegationTo(facts: FactIndex, agreement: Agreement, party: Party): Delegation | undefined {
    const byAgreement = delegationsByBuild.get(facts, [], () => {
        const map = new Map<Agreement, Map<Party, Delegation>>();
        for (const delegation of facts.delegations) {
            const governing = governingAgreement(delegation);
            const to = delegation.to?.ref;
            if (!governing || !to) continue;
            let byParty = map.get(governing);
            if (!byParty) map.set(governing, byParty = new Map());
            if (!byParty.has(to)) byParty.set(to, delegation);
        }
        return map;
    });
    return byAgreement.get(agreement)?.get(party);
}

export const pilotPartyNotSignatory = defineCheck({
    id: 'pilot-party-not-signatory',
    severity: 'error',
    category: 'parties',
    scope: 'workspace',
    description: "A pilot's leads, and any partner given a power under the pilot's agreement, must have signed that agreement; other partners need not.",
    rationale: 'A pilot is led by those who made the agreement\'s commitments, and a body exercises powers delegated under an agreement only as a party to it: a lead or a partner with delegated powers that did not sign has made no commitment, or the signatory list is incomplete. A partner that only takes part — a local Healthwatch, a voluntary-sector body, a supporting trust — need not sign. Members of a signatory partnership count as signatories, and so does a board made up only of signatories.',
    checks: {
        Pilot: (pilot, context) => {
            const agreement = governingAgreement(pilot);
            // An agreement that lists no signatories cannot be judged; recording them is the first step.
            if (!agreement || agreement.signatories.length === 0) return;
            const signatories = cachedSignatories(context.facts, agreement);
            // A body that had taken over a signatory by the pilot's start (else the as-of date) carries on its signature.
            const date = knownDate(pilot.start) ?? context.asOf;
            for (const role of ['leads', 'partners'] as const) {
                pilot[role].forEach((reference, index) => {
                    const party = reference.ref;
                    if (!party || signedAsOf(party, signatories, date, context.facts.successions)) return;
                    const delegation = role === 'partners' ? delegationTo(context.facts, agreement, party) : undefined;
                    if (role === 'partners' && !delegation) return;
                    const given = delegation ? ` given ${quoted(delegation.power?.ref?.name ?? delegation.power?.$refText ?? 'a power')} by delegation ${quoted(delegation.name)},` : '';
                    context.report(pilot, `${quoted(party.name)} is a ${role === 'leads' ? 'lead' : 'partner'} of pilot ${quoted(pilot.name)}${given} but is not a signatory of its agreement ${quoted(agreement.name)}.`, {
                        property: role, index,
                        related: [
                            { node: agreement, property: 'signatories', message: `The signatories of ${quoted(agreement.name)} are listed here.` },
                            ...(delegation ? [{ node: delegation, property: 'to', message: `${quoted(party.name)} is given the power here.` }] : [])
                        ],
                        data: { party: party.name, agreement: agreement.name }
                    });
                });
            }
        }
    }
});
