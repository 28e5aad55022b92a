import * as ast from '../generated/ast.js';
import type { IsoDate } from '../model/dates.js';
import type { FactIndex } from '../model/facts.js';
import { successorAt } from '../model/succession.js';
import type { FactRefs } from './fact-refs.js';
import type { AgreementHeadline, PartyRef } from './summary-model.js';

/**
 * A deal's headline facts for the summary: the area it covers (with its GSS code and population), the date it
 * takes effect, its shadow period, its countersignatories and the money it covers (envelopes, in pounds).
 * Undefined when the agreement states none of them, so older summaries keep their shape.
 */
export function summariseHeadline(agreement: ast.Agreement, facts: FactIndex, refs: FactRefs): AgreementHeadline | undefined {
    const area = agreement.covers?.ref;
    const envelopes = facts.envelopes.filter((envelope) => envelope.$container === agreement || envelope.agreement?.ref === agreement);
    const headline: AgreementHeadline = {
        ...(area ? {
            covers: {
                ...refs.fact(area),
                ...(area.code ? { code: area.code } : {}),
                ...(area.population !== undefined ? { population: area.population } : {}),
                ...(area.populationDate ? { populationDate: area.populationDate } : {})
            }
        } : {}),
        ...(agreement.effective ? { effective: agreement.effective } : {}),
        ...(agreement.shadowFrom ? { shadow: { from: agreement.shadowFrom, ...(agreement.shadowUntil ? { until: agreement.shadowUntil } : {}) } } : {}),
        countersignatories: agreement.countersignatories.flatMap((party) => refs.partyOf(party.ref)),
        envelopes: envelopes.map((envelope) => ({
            ...refs.fact(envelope),
            kind: envelope.kind as 'envelope' | 'allocation',
            ...(envelope.amount !== undefined ? { amount: envelope.amount } : {}),
            ...(envelope.period ? { period: envelope.period as 'year' | 'month' } : {}),
            ...(envelope.financialYear ? { financialYear: envelope.financialYear } : {})
        }))
    };
    const stated = Object.keys(headline).length > 2 || headline.countersignatories.length > 0 || headline.envelopes.length > 0;
    return stated ? headline : undefined;
}

/** Who holds a delegation at the date when its recipient has been succeeded (a CCG's delegation held by its ICB). */
export function delegationHeldBy(delegation: ast.Delegation, asOf: IsoDate, facts: FactIndex, refs: FactRefs): { heldBy: PartyRef } | Record<string, never> {
    const recipient = delegation.to?.ref;
    if (!recipient) return {};
    const holder = successorAt(recipient, asOf, facts.successions);
    return holder === recipient ? {} : { heldBy: refs.party(holder) };
}
