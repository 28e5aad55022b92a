import type { AstNode, Reference } from 'langium';
import * as ast from '../generated/ast.js';
import { governingAgreement } from './agreements.js';
import { knownDate, type IsoDate } from './dates.js';
import { successorAt, type SuccessionIndex } from './succession.js';

/**
 * One party acting in a fact, on a date: signing an agreement, delegating or receiving a delegation, contributing
 * to, receiving or answering for a pooled budget, holding a commitment (made when its agreement was signed),
 * approving a commitment's ending, leading or partnering a pilot, chairing or sitting on a board, selling or
 * approving an estate sale, holding a power or an envelope.
 * - `node`/`property`/`index`: where the party is named (the reference to underline);
 * - `role`: what the party does there, in words ("receives delegation 'D1'");
 * - `date`: the day it acts (undefined when the fact carries no date, nor does its agreement);
 * - `dated`: how that date was found, for messages ("from 2023-04-01", "signed 2023-01-01 (its agreement 'A')").
 * Facts that name a party without a date it acts on (an asset's owner, a locality team's provider, a partnership's
 * members, a waiver's approver) are not listed: nothing says when they act.
 */
export interface Act {
    readonly node: AstNode;
    readonly property: string;
    readonly index?: number;
    readonly party: ast.Party;
    readonly role: string;
    readonly date: IsoDate;
    readonly dated: string;
}

/** The acts of one fact, for every fact kind in which a party acts. */
export function actsOf(node: AstNode): Act[] {
    const acts: Act[] = [];
    const add = (at: AstNode, property: string, references: readonly Reference<ast.Party>[] | Reference<ast.Party> | undefined, role: string, when: When | undefined): void => {
        if (!when || references === undefined) return;
        const list = Array.isArray(references) ? references : [references];
        list.forEach((reference: Reference<ast.Party>, index) => {
            const party = reference.ref;
            if (party) acts.push({ node: at, property, ...(Array.isArray(references) ? { index } : {}), party, role, date: when.date, dated: when.dated });
        });
    };
    const q = (name: string | undefined) => `'${name ?? '?'}'`;
    if (ast.isAgreement(node)) {
        const signed = own(node.signed, 'signed');
        add(node, 'signatories', node.signatories, `signs ${q(node.name)}`, signed);
        add(node, 'countersignatories', node.countersignatories, `countersigns ${q(node.name)}`, signed);
    } else if (ast.isDelegation(node)) {
        const when = own(node.start, 'from') ?? agreementDate(node);
        add(node, 'from', node.from, `delegates ${q(node.name)}`, when);
        add(node, 'to', node.to, `receives delegation ${q(node.name)}`, when);
    } else if (ast.isPilot(node)) {
        const when = own(node.start, 'starting') ?? agreementDate(node);
        add(node, 'leads', node.leads, `leads pilot ${q(node.name)}`, when);
        add(node, 'partners', node.partners, `is a partner of pilot ${q(node.name)}`, when);
    } else if (ast.isPooledBudget(node)) {
        const when = own(node.start, 'pooled from') ?? own(node.fullyPooled, 'fully pooled from') ?? agreementDate(node);
        for (const contribution of node.contributions) add(contribution, 'contributor', contribution.contributor, `contributes to pooled budget ${q(node.name)}`, when);
        add(node, 'recipient', node.recipient, `receives pooled budget ${q(node.name)}`, when);
        add(node, 'accountable', node.accountable, `is accountable for pooled budget ${q(node.name)}`, when);
    } else if (ast.isCommitment(node)) {
        // A commitment is made when its agreement is signed; one made before a succession passes to the successor.
        add(node, 'holders', node.holders, `makes commitment ${q(node.name)}`, agreementDate(node));
        for (const ending of node.endings) add(ending, 'approver', ending.approver, `approves the ending of commitment ${q(node.name)}`, own(ending.date, 'on'));
    } else if (ast.isEstateSale(node)) {
        add(node, 'owner', node.owner, `sells ${q(node.name)}`, own(node.soldOn, 'sold'));
        for (const approval of node.approvals) add(approval, 'approver', approval.approver, `approves estate sale ${q(node.name)}`, own(approval.date, 'on'));
    } else if (ast.isBoard(node)) {
        const when = own(node.established, 'established');
        add(node, 'chair', node.chair, `chairs board ${q(node.name)}`, when);
        add(node, 'members', node.members, `is a member of board ${q(node.name)}`, when);
    } else if (ast.isPower(node)) {
        add(node, 'holders', node.holders, `holds power ${q(node.name)}`, own(node.since, 'since'));
    } else if (ast.isEnvelope(node)) {
        add(node, 'holder', node.holder, `holds ${node.kind} ${q(node.name)}`, agreementDate(node));
    }
    return acts;
}

/** An act by a party that had been succeeded by then: who stood in its shoes, and from when (if one date says). */
export interface ActAfterSuccession {
    readonly act: Act;
    readonly successor: ast.Party;
    readonly succeededOn: IsoDate | undefined;
}

/**
 * The fact's acts done by a body that no longer existed on the act's date: one a successor had taken over from on
 * or before it (`successorAt`, which follows chains and collectives whose every member was succeeded). An act dated
 * before the succession is the predecessor's own, and passes to the successor as it is (model/succession.ts).
 */
export function succeededActs(node: AstNode, successions: SuccessionIndex): ActAfterSuccession[] {
    return actsOf(node).flatMap((act) => {
        const successor = successorAt(act.party, act.date, successions);
        return successor === act.party ? [] : [{ act, successor, succeededOn: successions.get(act.party)?.on }];
    });
}

interface When {
    readonly date: IsoDate;
    readonly dated: string;
}

function own(text: string | undefined, word: string): When | undefined {
    const date = knownDate(text);
    return date ? { date, dated: `${word} ${date}` } : undefined;
}

/** The date the fact's agreement was signed (else took effect): when what it records was agreed. */
function agreementDate(node: AstNode): When | undefined {
    const agreement = governingAgreement(node);
    if (!agreement) return undefined;
    const signed = knownDate(agreement.signed);
    if (signed) return { date: signed, dated: `signed ${signed} (its agreement '${agreement.name}')` };
    const effective = knownDate(agreement.effective);
    return effective ? { date: effective, dated: `in effect from ${effective} (its agreement '${agreement.name}')` } : undefined;
}
