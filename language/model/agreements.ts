import { AstUtils, type AstNode } from 'langium';
import { isAgreement, type Agreement, type Party } from '../generated/ast.js';

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
