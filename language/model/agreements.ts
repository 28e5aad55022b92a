import { AstUtils, type AstNode } from 'langium';
import { isAgreement, type Agreement, type Party } from '../generated/ast.js';
import type { IsoDate } from './dates.js';
import { successorAt, type SuccessionIndex } from './succession.js';

/** The agreement a declaration belongs to: the one it is written inside, or the one it names with `under`. */
export function agreementOf(node: AstNode): Agreement | undefined {
    const enclosing = AstUtils.getContainerOfType(node.$container, isAgreement);
    if (enclosing) return enclosing;
    for (let current: AstNode | undefined = node; current; current = current.$container) {
        const under = (current as { agreement?: { ref?: Agreement } }).agreement;
        if (under && typeof under === 'object' && 'ref' in under) return under.ref;
    }
    return undefined;
}

/** Signatories of an agreement, including the members of any partnership that signed. */
export function signatoriesOf(agreement: Agreement): Set<Party> {
    const result = new Set<Party>();
    const visit = (party: Party | undefined): void => {
        if (!party || result.has(party)) return;
        result.add(party);
        for (const member of party.members) visit(member.ref);
    };
    for (const signatory of agreement.signatories) visit(signatory.ref);
    return result;
}

/**
 * The agreement that governs a declaration: its own (`agreementOf`), or failing that the agreement
 * whose clause it cites with `per`.
 */
export function governingAgreement(node: AstNode): Agreement | undefined {
    const own = agreementOf(node);
    if (own) return own;
    const clause = (node as { clause?: { ref?: AstNode } }).clause?.ref;
    return clause ? AstUtils.getContainerOfType(clause, isAgreement) : undefined;
}

/**
 * Whether a party has signed, given the agreement's signatories (`signatoriesOf`): it is one of them, or it is a
 * board or partnership made up only of signatories (a vehicle of those who signed).
 */
export function hasSigned(party: Party, signatories: ReadonlySet<Party>, visiting = new Set<Party>()): boolean {
    if (signatories.has(party)) return true;
    if (visiting.has(party)) return false;
    visiting.add(party);
    const members = party.members.map((member) => member.ref);
    return members.length > 0 && members.every((member) => member !== undefined && hasSigned(member, signatories, visiting));
}

/**
 * Whether a party is bound as a signatory on a date: it signed (`hasSigned`), or by then it stood in a signatory's
 * shoes — an ICB that took over a signing CCG (model/succession.ts) carries on the agreement the CCG signed.
 */
export function signedAsOf(party: Party, signatories: ReadonlySet<Party>, date: IsoDate | undefined, successions: SuccessionIndex): boolean {
    if (hasSigned(party, signatories)) return true;
    for (const signatory of signatories) if (signatory !== party && successorAt(signatory, date, successions) === party) return true;
    return false;
}
