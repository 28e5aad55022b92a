import type { Reference } from 'langium';
import * as ast from '../generated/ast.js';
import type { IsoDate } from '../model/dates.js';
import type { FactIndex } from '../model/facts.js';
import { AREA_KIND_LABELS, kindDescription, PARTY_KIND_LABELS } from '../model/kinds.js';
import { formatMoney } from '../model/money.js';
import { predecessorsAt, successorAt } from '../model/succession.js';

/**
 * Hover lines for a deal's headline facts: what an agreement covers and when it takes effect, an area's code and
 * population, who a party succeeded or was succeeded by, an envelope's money, who holds a delegation today.
 * Names are code spans; numbers and dates are the author's own.
 */

const names = (references: readonly Reference<ast.Party | ast.Area>[]): string =>
    references.map((reference) => `\`${reference.ref?.name ?? reference.$refText}\``).join(', ');

export function agreementHeadlineLines(agreement: ast.Agreement, facts: FactIndex): string[] {
    const lines: string[] = [];
    if (agreement.countersignatories.length > 0) lines.push(`Countersigned by: ${names(agreement.countersignatories)}`);
    if (agreement.covers) lines.push(`Covers: ${names([agreement.covers])}${populationNote(agreement.covers.ref)}`);
    if (agreement.effective) lines.push(`Takes effect: ${agreement.effective}`);
    if (agreement.shadowFrom) lines.push(`Shadow period: from ${agreement.shadowFrom}${agreement.shadowUntil ? ` until ${agreement.shadowUntil}` : ''}`);
    for (const envelope of facts.envelopes.filter((candidate) => candidate.$container === agreement || candidate.agreement?.ref === agreement)) {
        lines.push(`Money: ${envelopeSummary(envelope)}`);
    }
    return lines;
}

function populationNote(area: ast.Area | undefined): string {
    return area?.population !== undefined ? ` (population ${area.population.toLocaleString('en-GB')}${area.populationDate ? ` on ${area.populationDate}` : ''})` : '';
}

export function areaFactLines(area: ast.Area): string[] {
    const lines = [`Kind: ${kindDescription(area.kind, AREA_KIND_LABELS)}`];
    if (area.code) lines.push(`GSS code: \`${area.code}\``);
    if (area.population !== undefined) lines.push(`Population: ${area.population.toLocaleString('en-GB')}${area.populationDate ? ` on ${area.populationDate}` : ''}`);
    return lines;
}

export function partyKindLine(party: ast.Organisation): string {
    return `Kind: ${kindDescription(party.kind, PARTY_KIND_LABELS)}`;
}

/** Who a party took over from, and who stands in its shoes at the date. */
export function successionLines(party: ast.Party, facts: FactIndex, asOf: IsoDate): string[] {
    const lines: string[] = [];
    if (party.predecessors.length > 0) lines.push(`Succeeds: ${names(party.predecessors)}${party.succeededOn ? ` on ${party.succeededOn}` : ''}`);
    const successor = successorAt(party, asOf, facts.successions);
    if (successor !== party) {
        const on = facts.successions.get(party)?.on;
        lines.push(`Succeeded by \`${successor.name}\`${on ? ` (from ${on})` : ''}: on ${asOf} its powers, delegations and commitments are held by \`${successor.name}\`.`);
    }
    const taken = predecessorsAt(party, asOf, facts.parties, facts.successions).filter((predecessor) => !party.predecessors.some((reference) => reference.ref === predecessor));
    if (taken.length > 0) lines.push(`Also holds, through succession, what ${taken.map((predecessor) => `\`${predecessor.name}\``).join(', ')} held.`);
    return lines;
}

export function envelopeSummary(envelope: ast.Envelope): string {
    const amount = envelope.amount !== undefined ? formatMoney(envelope.amount) : 'an unstated amount';
    return `${amount}${envelope.period ? ` a ${envelope.period}` : ''}${envelope.financialYear ? ` in ${envelope.financialYear}` : ''}`;
}

export function envelopeLines(envelope: ast.Envelope): string[] {
    const lines = [`Amount: ${envelopeSummary(envelope)}`];
    if (envelope.services.length > 0) lines.push(`Services: ${envelope.services.map((service) => `\`${service.ref?.name ?? service.$refText}\``).join(', ')}`);
    if (envelope.holder) lines.push(`Held by: ${names([envelope.holder])}`);
    return lines;
}

/** "Held on 2023-01-01 by `GMICB`, successor of `BoltonCCG`", or nothing when the recipient still holds it. */
export function delegationHolderLine(delegation: ast.Delegation, facts: FactIndex, asOf: IsoDate): string | undefined {
    const recipient = delegation.to?.ref;
    if (!recipient) return undefined;
    const holder = successorAt(recipient, asOf, facts.successions);
    return holder === recipient ? undefined : `Held on ${asOf} by \`${holder.name}\`, successor of \`${recipient.name}\`.`;
}
