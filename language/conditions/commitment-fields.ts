import type { Reference } from 'langium';
import type * as ast from '../generated/ast.js';
import { agreementOf } from '../model/agreements.js';
import { commitmentStateIn } from '../model/commitment-states.js';
import { COMMITMENT_STATUSES } from '../model/commitments.js';
import type { ConditionType, FieldContext, FieldSpec } from './condition-shapes.js';

// Built here from plain values (no value imports from condition-types.ts, which imports this file).
const DATE: ConditionType = { kind: 'date' };
const TEXT: ConditionType = { kind: 'text' };
const PARTY: ConditionType = { kind: 'entity', entity: 'Party' };
const PARTIES: ConditionType = { kind: 'list', element: PARTY };

const parties = (references: readonly Reference<ast.Party>[]): ast.Party[] => references.flatMap((reference) => (reference.ref ? [reference.ref] : []));

function field(type: ConditionType, description: string, get: (node: ast.Commitment, context: FieldContext) => unknown): FieldSpec {
    return { type, description, get: get as FieldSpec['get'] };
}

const state = (node: ast.Commitment, context: FieldContext) => commitmentStateIn(node, context.facts, context.asOf);

/**
 * What a condition can ask of a commitment: `commitment.holders`, `.deadline`, `.delivered`, `.status`, …
 * The as-of dependent fields (`status`, `delivered`, `deadline` of a relative deadline) are judged at the
 * condition's as-of date, like `lhc check`.
 */
export const COMMITMENT_FIELDS: Record<string, FieldSpec> = {
    name: field(TEXT, 'Its name.', (n) => n.name),
    title: field(TEXT, 'Its title.', (n) => n.title),
    holders: field(PARTIES, 'The parties that made it (`by`).', (n) => parties(n.holders)),
    parties: field(PARTIES, 'The parties that made it (`by`); the same as `holders`.', (n) => parties(n.holders)),
    heldBy: field(PARTIES, 'Who owes it as of the date: the parties that made it, or whoever has since succeeded them (a CCG\'s ICB).',
        (n, c) => state(n, c).holders.map((holder) => holder.party)),
    beneficiary: field(PARTY, 'Whom it is made to (`for`).', (n) => n.beneficiary?.ref),
    modality: field({ kind: 'text', values: ['duty', 'endeavour', 'permission', 'prohibition'] },
        'How firmly it is promised: duty (will, must), endeavour (will explore, will seek to), permission (may) or prohibition (must not).',
        (n, c) => state(n, c).modality),
    themes: field({ kind: 'list', element: { kind: 'entity', entity: 'Topic' } }, 'Its themes.', (n) => n.themes.flatMap((t) => (t.ref ? [t.ref] : []))),
    deadline: field(DATE, 'When it is due: its date, its relative deadline resolved, or the date a continuing duty starts.', (n, c) => state(n, c).due),
    due: field(DATE, 'The date it is due by, as written (`due`).', (n) => n.due),
    from: field(DATE, 'The date a continuing duty starts (`from`).', (n) => n.dutyFrom),
    delivered: field(DATE, 'When it was delivered (a `delivered on` line or the fact that fulfils it), as of the date; unset if not.', (n, c) => state(n, c).delivered?.date),
    evidence: field(TEXT, 'The evidence of its delivery.', (n, c) => state(n, c).delivered?.evidence),
    status: field({ kind: 'text', values: COMMITMENT_STATUSES }, `Its status as of the date: ${COMMITMENT_STATUSES.join(', ')}.`, (n, c) => state(n, c).status),
    clause: field({ kind: 'entity', entity: 'Clause' }, 'The clause it is made under (`per`).', (n) => n.clause?.ref),
    agreement: field({ kind: 'entity', entity: 'Agreement' }, 'The agreement it belongs to (written inside, or `under`).', (n) => agreementOf(n))
};
