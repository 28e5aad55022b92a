import type { AstNode } from 'langium';
import * as ast from '../generated/ast.js';
import { knownDate, type IsoDate } from './dates.js';

/**
 * The date a fact happens, which a commitment can be discharged by (`fulfilled by`), anchored on (`due within
 * 6 months of`) or wait for (`once`): an agreement's taking effect (else its signing), a delegation's start, a
 * board's `established` date, a pooled budget's `pooled from`, a sale's completion, a measurement's date, a pilot's
 * start, a power's `since`, and a commitment's delivery (`commitmentDelivery` supplies that, so chains work).
 * `undefined` when the fact carries no such date (or an invalid one, which `invalid-date` reports).
 */
export function factDate(node: AstNode | undefined, commitmentDelivery?: (commitment: ast.Commitment) => IsoDate | undefined): IsoDate | undefined {
    if (!node) return undefined;
    if (ast.isAgreement(node)) {
        // `takes effect` is when obligations start to bind; signing otherwise.
        return knownDate(node.effective) ?? knownDate(node.signed);
    }
    if (ast.isDelegation(node)) return knownDate(node.start);
    if (ast.isBoard(node)) return knownDate(node.established);
    if (ast.isPooledBudget(node)) return knownDate(node.start) ?? knownDate(node.fullyPooled);
    if (ast.isEstateSale(node)) return knownDate(node.soldOn);
    if (ast.isMeasurement(node)) return knownDate(node.date);
    if (ast.isPilot(node)) return knownDate(node.start);
    if (ast.isPower(node)) return knownDate(node.since);
    if (ast.isCommitment(node)) return commitmentDelivery?.(node);
    return undefined;
}

/** The date a fact stops: a delegation's `until`, a pilot's `ends`. A continuing duty it fulfils stops with it. */
export function factEnd(node: AstNode | undefined): IsoDate | undefined {
    if (ast.isDelegation(node)) return knownDate(node.end);
    if (ast.isPilot(node)) return knownDate(node.end);
    return undefined;
}

/** How the fact's date reads in evidence: "delegation from 2018-04-01", "board established 2017-09-01". */
export function describeFactDate(node: AstNode, date: IsoDate): string {
    const name = (node as { name?: string }).name ?? node.$type;
    if (ast.isAgreement(node)) return `${name} in effect from ${date}`;
    if (ast.isDelegation(node)) return `delegation ${name} from ${date}`;
    if (ast.isBoard(node)) return `${name} established ${date}`;
    if (ast.isPooledBudget(node)) return `${name} pooled from ${date}`;
    if (ast.isEstateSale(node)) return `${name} sold ${date}`;
    if (ast.isMeasurement(node)) return `measurement ${name} on ${date}`;
    if (ast.isPilot(node)) return `pilot ${name} started ${date}`;
    if (ast.isPower(node)) return `${name} held since ${date}`;
    if (ast.isCommitment(node)) return `commitment ${name} delivered ${date}`;
    return `${name} on ${date}`;
}
