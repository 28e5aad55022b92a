import type { AstNode, Reference } from 'langium';
import * as ast from '../generated/ast.js';
import { agreementOf } from '../model/agreements.js';
import { areaAncestry } from '../model/areas.js';
import { isInForce } from '../model/dates.js';
import type { FactIndex } from '../model/facts.js';
import { reportingChain } from '../model/governance.js';
import { AREA_KINDS, PARTY_KINDS } from '../model/kinds.js';
import { successorAt } from '../model/succession.js';
import { succeededActs } from '../model/acting-parties.js';
import { absoluteGoal } from '../model/targets.js';
import { COMMITMENT_FIELDS } from './commitment-fields.js';
import type { ConditionType, DurationValue, EntityKind, FieldContext, FieldSpec } from './condition-shapes.js';

export type { ConditionType, DurationValue, EntityKind, FieldContext, FieldSpec, ScalarKind } from './condition-shapes.js';

/**
 * The type model of the condition language: what a value in a condition can be, and which fields each
 * kind of fact offers to navigation (`sale.reinvestments`, `pilot.leads`, `board.reportingChain`).
 * The type checker reads the field table to reject unknown fields; the evaluator reads it to fetch values.
 */


export const UNKNOWN: ConditionType = { kind: 'unknown' };
export const BOOLEAN: ConditionType = { kind: 'boolean' };
export const NUMBER: ConditionType = { kind: 'number' };
export const MONEY: ConditionType = { kind: 'money' };
export const PERCENT: ConditionType = { kind: 'percent' };
export const QUANTITY: ConditionType = { kind: 'quantity' };
export const DATE: ConditionType = { kind: 'date' };
export const DURATION: ConditionType = { kind: 'duration' };
export const TEXT: ConditionType = { kind: 'text' };

export function entity(kind: EntityKind): ConditionType {
    return { kind: 'entity', entity: kind };
}

export function listOf(element: ConditionType): ConditionType {
    return { kind: 'list', element };
}

function textOf(values: readonly string[]): ConditionType {
    return { kind: 'text', values };
}


/** Whether an evaluated value is a duration (an AST node also has `amount` and `unit`, but a `$type` too). */
export function isDuration(value: unknown): value is DurationValue {
    return typeof value === 'object' && value !== null && 'amount' in value && 'unit' in value && !('$type' in value);
}


/** Names a human reads: "a list of estate sales", "money". */
export function describeType(type: ConditionType): string {
    switch (type.kind) {
        case 'list': return `a list of ${plural(type.element)}`;
        case 'entity': return ENTITY_LABEL[type.entity].singular;
        case 'unknown': return 'an unknown value';
        case 'boolean': return 'true or false';
        case 'money': return 'money';
        case 'percent': return 'a percentage';
        case 'number': return 'a number';
        case 'quantity': return 'a measured quantity';
        case 'date': return 'a date';
        case 'duration': return 'a duration';
        case 'text': return 'text';
    }
}

function plural(type: ConditionType): string {
    if (type.kind === 'entity') return ENTITY_LABEL[type.entity].plural;
    if (type.kind === 'list') return `lists of ${plural(type.element)}`;
    return `values of ${describeType(type)}`;
}

export const ENTITY_LABEL: Record<EntityKind, { singular: string; plural: string }> = {
    Agreement: { singular: 'an agreement', plural: 'agreements' },
    Clause: { singular: 'a clause', plural: 'clauses' },
    Area: { singular: 'an area', plural: 'areas' },
    Party: { singular: 'a party', plural: 'parties' },
    Power: { singular: 'a power', plural: 'powers' },
    Topic: { singular: 'a theme or service', plural: 'themes or services' },
    Delegation: { singular: 'a delegation', plural: 'delegations' },
    Pilot: { singular: 'a pilot', plural: 'pilots' },
    Request: { singular: 'a request', plural: 'requests' },
    Aspiration: { singular: 'an aspiration', plural: 'aspirations' },
    Target: { singular: 'a target', plural: 'targets' },
    Objective: { singular: 'an objective', plural: 'objectives' },
    Commitment: { singular: 'a commitment', plural: 'commitments' },
    Measurement: { singular: 'a measurement', plural: 'measurements' },
    EstateAsset: { singular: 'an estate asset', plural: 'estate assets' },
    EstateSale: { singular: 'an estate sale', plural: 'estate sales' },
    Reinvestment: { singular: 'a reinvestment', plural: 'reinvestments' },
    Approval: { singular: 'an approval', plural: 'approvals' },
    PooledBudget: { singular: 'a pooled budget', plural: 'pooled budgets' },
    Contribution: { singular: 'a contribution', plural: 'contributions' },
    LocalityTeam: { singular: 'a locality team', plural: 'locality teams' },
    Condition: { singular: 'a condition', plural: 'conditions' },
    Envelope: { singular: 'a funding envelope', plural: 'funding envelopes' }
};

/** Whether a value of type `actual` may stand where `expected` is wanted. */
export function isAssignable(actual: ConditionType, expected: ConditionType): boolean {
    if (actual.kind === 'unknown' || expected.kind === 'unknown') return true;
    if (actual.kind === 'list' && expected.kind === 'list') return isAssignable(actual.element, expected.element);
    if (actual.kind === 'entity' && expected.kind === 'entity') return actual.entity === expected.entity;
    if (isNumeric(actual) && isNumeric(expected)) {
        return actual.kind === expected.kind || actual.kind === 'quantity' || expected.kind === 'quantity';
    }
    return actual.kind === expected.kind;
}

export function isNumeric(type: ConditionType): boolean {
    return type.kind === 'number' || type.kind === 'money' || type.kind === 'percent' || type.kind === 'quantity';
}

/** The element type of a collection, or undefined when the type is not a collection. */
export function elementType(type: ConditionType): ConditionType | undefined {
    if (type.kind === 'list') return type.element;
    if (type.kind === 'unknown') return UNKNOWN;
    return undefined;
}

// ---------------------------------------------------------------------------------------------
// Getters
// ---------------------------------------------------------------------------------------------

type Ref<T extends AstNode> = Reference<T> | undefined;

const deref = <T extends AstNode>(reference: Ref<T>): T | undefined => reference?.ref;
const derefAll = <T extends AstNode>(references: readonly Reference<T>[] | undefined): T[] =>
    (references ?? []).flatMap((reference) => (reference.ref ? [reference.ref] : []));

function field<N extends AstNode>(type: ConditionType, description: string, get: (node: N, context: FieldContext) => unknown): FieldSpec {
    return { type, description, get: get as FieldSpec['get'] };
}

const NAME = field<AstNode & { name: string }>(TEXT, 'Its name.', (node) => node.name);
const TITLE = field<AstNode & { title: string }>(TEXT, 'Its title.', (node) => node.title);
const AGREEMENT = field(entity('Agreement'), 'The agreement it belongs to (written inside, or `under`).', (node) => agreementOf(node));
const CLAUSE = field<AstNode & { clause?: Reference<ast.Clause> }>(entity('Clause'), 'The clause it is made under (`per`).', (node) => deref(node.clause));


/**
 * Fields by entity kind. Names match the grammar's properties (so the file and the condition read alike),
 * plus a few derived ones (`contributors`, `reportingChain`, `inForce`, `sale`) that spare authors a join.
 */
export const ENTITY_FIELDS: Record<EntityKind, Record<string, FieldSpec>> = {
    Agreement: {
        name: NAME, title: TITLE,
        kind: field<ast.Agreement>(textOf(['agreement', 'mou']), 'Whether it is an agreement or an MoU.', (n) => n.kind),
        signed: field<ast.Agreement>(DATE, 'The date it was signed.', (n) => n.signed),
        signatories: field<ast.Agreement>(listOf(entity('Party')), 'The parties that signed it.', (n) => derefAll(n.signatories)),
        clauses: field<ast.Agreement>(listOf(entity('Clause')), 'Its clauses.', (n) => n.members.filter(ast.isClause)),
        source: field<ast.Agreement>(TEXT, 'Where its text comes from.', (n) => n.source),
        countersignatories: field<ast.Agreement>(listOf(entity('Party')), 'The parties that countersigned it.', (n) => derefAll(n.countersignatories)),
        covers: field<ast.Agreement>(entity('Area'), 'The area it covers.', (n) => deref(n.covers)),
        effective: field<ast.Agreement>(DATE, 'The date it takes effect.', (n) => n.effective),
        shadowFrom: field<ast.Agreement>(DATE, 'When its shadow period starts.', (n) => n.shadowFrom),
        shadowUntil: field<ast.Agreement>(DATE, 'When its shadow period ends.', (n) => n.shadowUntil),
        envelopes: field<ast.Agreement>(listOf(entity('Envelope')), 'The money it covers.', (n, c) => c.facts.envelopes.filter((e) => agreementOf(e) === n))
    },
    Clause: {
        name: NAME,
        text: field<ast.Clause>(TEXT, 'The quoted text of the clause.', (n) => n.text),
        source: field<ast.Clause>(TEXT, 'The document it is quoted from.', (n) => n.source),
        agreement: AGREEMENT
    },
    Area: {
        name: NAME, title: TITLE,
        kind: field<ast.Area>(textOf(AREA_KINDS), 'What kind of area it is (region, city-region, borough, …).', (n) => n.kind),
        parent: field<ast.Area>(entity('Area'), 'The area it lies within.', (n) => deref(n.parent)),
        code: field<ast.Area>(TEXT, 'Its ONS (GSS) code.', (n) => n.code),
        population: field<ast.Area>(NUMBER, 'Its population.', (n) => n.population),
        populationDate: field<ast.Area>(DATE, 'The date its population is given for.', (n) => n.populationDate),
        ancestors: field<ast.Area>(listOf(entity('Area')), 'Every area it lies within, nearest first.', (n) => areaAncestry(n).slice(1))
    },
    Party: {
        name: NAME, title: TITLE,
        kind: field<ast.Party>(textOf([...PARTY_KINDS, 'board']), 'What kind of party it is (icb, council, …; `board` for boards).', (n) => ast.isBoard(n) ? 'board' : n.kind),
        predecessors: field<ast.Party>(listOf(entity('Party')), 'The parties it succeeded.', (n) => derefAll(n.predecessors)),
        succeededOn: field<ast.Party>(DATE, 'When it succeeded them.', (n) => n.succeededOn),
        successor: field<ast.Party>(entity('Party'), 'Who stands in its shoes at the as-of date (itself, if no one succeeded it).', (n, c) => successorAt(n, c.asOf, c.facts.successions)),
        areas: field<ast.Party>(listOf(entity('Area')), 'The areas it serves.', (n) => derefAll(n.areas)),
        members: field<ast.Party>(listOf(entity('Party')), 'Its members.', (n) => derefAll(n.members)),
        chair: field<ast.Party>(entity('Party'), 'Who chairs the board.', (n) => ast.isBoard(n) ? deref(n.chair) : undefined),
        reportsTo: field<ast.Party>(entity('Party'), 'The board it reports to.', (n) => ast.isBoard(n) ? deref(n.reportsTo) : undefined),
        reportingChain: field<ast.Party>(listOf(entity('Party')), 'Every board it reports to, directly or indirectly, nearest first.', (n) => ast.isBoard(n) ? reportingChain(n).boards.slice(1) : []),
        oversight: field<ast.Party>(textOf(['political', 'executive', 'clinical', 'advisory']), 'The oversight the board gives.', (n) => ast.isBoard(n) ? n.oversight : undefined),
        role: field<ast.Party>(TEXT, 'The board’s role.', (n) => ast.isBoard(n) ? n.role : undefined),
        established: field<ast.Party>(DATE, 'When the board was established.', (n) => ast.isBoard(n) ? n.established : undefined),
        clause: field<ast.Party>(entity('Clause'), 'The clause that sets the board up.', (n) => ast.isBoard(n) ? deref(n.clause) : undefined)
    },
    Power: {
        name: NAME, title: TITLE,
        holders: field<ast.Power>(listOf(entity('Party')), 'The parties that hold it.', (n) => derefAll(n.holders)),
        since: field<ast.Power>(DATE, 'Since when they hold it.', (n) => n.since),
        delegations: field<ast.Power>(listOf(entity('Delegation')), 'Every delegation of this power.', (n, c) => [...(c.facts.delegationsByPower.get(n) ?? [])])
    },
    Topic: {
        name: NAME, title: TITLE,
        kind: field<ast.Topic>(textOf(['theme', 'service']), 'Theme or service.', (n) => n.kind)
    },
    Delegation: {
        name: NAME,
        kind: field<ast.Delegation>(textOf(['delegates', 'devolves']), 'Delegated or devolved.', (n) => n.kind),
        from: field<ast.Delegation>(entity('Party'), 'The party that delegates.', (n) => deref(n.from)),
        to: field<ast.Delegation>(entity('Party'), 'The party it is delegated to.', (n) => deref(n.to)),
        power: field<ast.Delegation>(entity('Power'), 'The power delegated.', (n) => deref(n.power)),
        start: field<ast.Delegation>(DATE, 'When it takes effect.', (n) => n.start),
        end: field<ast.Delegation>(DATE, 'When it ends.', (n) => n.end),
        inForce: field<ast.Delegation>(BOOLEAN, 'Whether it is in force at the as-of date (never, when its delegator or recipient had been succeeded by its start).', (n, c) => isInForce(c.asOf, n.start, n.end) && succeededActs(n, c.facts.successions).length === 0),
        holder: field<ast.Delegation>(entity('Party'), 'Who holds it at the as-of date: its recipient, or the recipient\'s successor.', (n, c) => n.to?.ref && successorAt(n.to.ref, c.asOf, c.facts.successions)),
        clause: CLAUSE, agreement: AGREEMENT
    },
    Pilot: {
        name: NAME, title: TITLE,
        areas: field<ast.Pilot>(listOf(entity('Area')), 'The areas it covers.', (n) => derefAll(n.areas)),
        themes: field<ast.Pilot>(listOf(entity('Topic')), 'Its themes.', (n) => derefAll(n.themes)),
        leads: field<ast.Pilot>(listOf(entity('Party')), 'The parties that lead it.', (n) => derefAll(n.leads)),
        partners: field<ast.Pilot>(listOf(entity('Party')), 'Its partners.', (n) => derefAll(n.partners)),
        parties: field<ast.Pilot>(listOf(entity('Party')), 'Leads and partners together.', (n) => [...derefAll(n.leads), ...derefAll(n.partners)]),
        aims: field<ast.Pilot>(listOf(TEXT), 'Its aims.', (n) => [...n.aims]),
        start: field<ast.Pilot>(DATE, 'When it starts.', (n) => n.start),
        end: field<ast.Pilot>(DATE, 'When it ends.', (n) => n.end),
        plansBy: field<ast.Pilot>(DATE, 'When its plans are due.', (n) => n.plansBy),
        requests: field<ast.Pilot>(listOf(entity('Request')), 'What it requests (powers, funding).', (n) => [...n.requests]),
        clause: CLAUSE, agreement: AGREEMENT
    },
    Request: {
        power: field<ast.Request>(entity('Power'), 'The power or funding requested.', (n) => deref(n.power)),
        amount: field<ast.Request>(MONEY, 'The amount requested.', (n) => n.amount),
        note: field<ast.Request>(TEXT, 'A note on the request.', (n) => n.note)
    },
    Aspiration: {
        name: NAME, title: TITLE,
        ambition: field<ast.Aspiration>(TEXT, 'Its 2020-style ambition.', (n) => n.ambition),
        targets: field<ast.Aspiration>(listOf(entity('Target')), 'Its measurable targets.', (n) => [...n.targets]),
        clause: CLAUSE, agreement: AGREEMENT
    },
    Target: {
        name: NAME, title: TITLE,
        metric: field<ast.Target>(TEXT, 'What is measured.', (n) => n.metric),
        unit: field<ast.Target>(TEXT, 'The unit of measurement.', (n) => n.unit),
        direction: field<ast.Target>(textOf(['increase', 'decrease', 'maintain']), 'Which way is better.', (n) => n.direction),
        baseline: field<ast.Target>(QUANTITY, 'The baseline value.', (n) => n.baseline?.value),
        baselineDate: field<ast.Target>(DATE, 'The date of the baseline.', (n) => n.baselineDate),
        goal: field<ast.Target>(QUANTITY, 'The goal value (a relative goal resolved against the baseline).', (n) => absoluteGoal(n)),
        deadline: field<ast.Target>(DATE, 'When the goal is due.', (n) => n.deadline),
        measurements: field<ast.Target>(listOf(entity('Measurement')), 'Its measurements, oldest first.', (n, c) => [...(c.facts.measurementsByTarget.get(n) ?? [])])
    },
    Objective: { name: NAME, title: TITLE, clause: CLAUSE, agreement: AGREEMENT },
    Commitment: COMMITMENT_FIELDS,
    Measurement: {
        name: NAME,
        target: field<ast.Measurement>(entity('Target'), 'The target it measures.', (n) => deref(n.target)),
        value: field<ast.Measurement>(QUANTITY, 'The measured value.', (n) => n.value?.value),
        date: field<ast.Measurement>(DATE, 'When it was measured.', (n) => n.date),
        source: field<ast.Measurement>(TEXT, 'Where the evidence comes from.', (n) => n.source)
    },
    EstateAsset: {
        name: NAME, title: TITLE,
        owner: field<ast.EstateAsset>(entity('Party'), 'Who owns it.', (n) => deref(n.owner)),
        location: field<ast.EstateAsset>(entity('Area'), 'Where it is.', (n) => deref(n.location)),
        value: field<ast.EstateAsset>(MONEY, 'What it is valued at.', (n) => n.value)
    },
    EstateSale: {
        name: NAME, title: TITLE,
        asset: field<ast.EstateSale>(entity('EstateAsset'), 'The asset sold.', (n) => deref(n.asset)),
        location: field<ast.EstateSale>(entity('Area'), 'Where the site is (its own, or its asset’s).', (n) => deref(n.location) ?? deref(deref(n.asset)?.location)),
        owner: field<ast.EstateSale>(entity('Party'), 'Who sold it.', (n) => deref(n.owner) ?? deref(deref(n.asset)?.owner)),
        soldOn: field<ast.EstateSale>(DATE, 'When the sale completed.', (n) => n.soldOn),
        proceeds: field<ast.EstateSale>(MONEY, 'What it sold for.', (n) => n.proceeds),
        reinvestments: field<ast.EstateSale>(listOf(entity('Reinvestment')), 'Where the proceeds are reinvested.', (n) => [...n.reinvestments]),
        approvals: field<ast.EstateSale>(listOf(entity('Approval')), 'Who approved it, and when.', (n) => [...n.approvals]),
        clause: CLAUSE, agreement: AGREEMENT
    },
    Reinvestment: {
        amount: field<ast.Reinvestment>(MONEY, 'The amount reinvested.', (n) => n.amount),
        area: field<ast.Reinvestment>(entity('Area'), 'Where it is reinvested.', (n) => deref(n.area)),
        purpose: field<ast.Reinvestment>(entity('Topic'), 'What it is reinvested in.', (n) => deref(n.purpose)),
        sale: field<ast.Reinvestment>(entity('EstateSale'), 'The sale whose proceeds these are.', (n) => n.$container)
    },
    Approval: {
        approver: field<ast.Approval>(entity('Party'), 'Who approved.', (n) => deref(n.approver)),
        date: field<ast.Approval>(DATE, 'When.', (n) => n.date),
        sale: field<ast.Approval>(entity('EstateSale'), 'The sale approved.', (n) => n.$container)
    },
    PooledBudget: {
        name: NAME, title: TITLE,
        total: field<ast.PooledBudget>(MONEY, 'The pooled total.', (n) => n.total),
        contributions: field<ast.PooledBudget>(listOf(entity('Contribution')), 'Who contributes how much.', (n) => [...n.contributions]),
        contributors: field<ast.PooledBudget>(listOf(entity('Party')), 'The parties that contribute.', (n) => n.contributions.flatMap((c) => (c.contributor?.ref ? [c.contributor?.ref] : []))),
        services: field<ast.PooledBudget>(listOf(entity('Topic')), 'The services pooled.', (n) => derefAll(n.services)),
        start: field<ast.PooledBudget>(DATE, 'When pooling starts.', (n) => n.start),
        fullyPooled: field<ast.PooledBudget>(DATE, 'When the budget is fully pooled.', (n) => n.fullyPooled),
        recipient: field<ast.PooledBudget>(entity('Party'), 'Who receives the budget (e.g. a provider alliance).', (n) => deref(n.recipient)),
        accountable: field<ast.PooledBudget>(listOf(entity('Party')), 'Who is accountable for it.', (n) => derefAll(n.accountable)),
        clause: CLAUSE, agreement: AGREEMENT
    },
    Contribution: {
        contributor: field<ast.Contribution>(entity('Party'), 'Who contributes.', (n) => deref(n.contributor)),
        amount: field<ast.Contribution>(MONEY, 'How much.', (n) => n.amount),
        budget: field<ast.Contribution>(entity('PooledBudget'), 'The budget contributed to.', (n) => n.$container)
    },
    LocalityTeam: {
        name: NAME, title: TITLE,
        area: field<ast.LocalityTeam>(entity('Area'), 'The area it serves.', (n) => deref(n.area)),
        population: field<ast.LocalityTeam>(NUMBER, 'How many residents it serves.', (n) => n.population),
        gpPractices: field<ast.LocalityTeam>(NUMBER, 'How many GP practices its network has.', (n) => n.gpPractices),
        provider: field<ast.LocalityTeam>(entity('Party'), 'Who provides it.', (n) => deref(n.provider)),
        clause: CLAUSE
    },
    Envelope: {
        name: NAME, title: TITLE,
        kind: field<ast.Envelope>(textOf(['envelope', 'allocation']), 'Envelope or allocation.', (n) => n.kind),
        amount: field<ast.Envelope>(MONEY, 'The amount.', (n) => n.amount),
        period: field<ast.Envelope>(textOf(['year', 'month']), 'The period the amount is counted over.', (n) => n.period),
        financialYear: field<ast.Envelope>(TEXT, 'The financial year it applies to (2015/16).', (n) => n.financialYear),
        services: field<ast.Envelope>(listOf(entity('Topic')), 'The services it covers.', (n) => derefAll(n.services)),
        holder: field<ast.Envelope>(entity('Party'), 'Who holds it.', (n) => deref(n.holder)),
        clause: CLAUSE, agreement: AGREEMENT
    },
    Condition: {
        name: NAME, title: TITLE,
        severity: field<ast.Condition>(textOf(['error', 'warning', 'info']), 'Its severity.', (n) => n.severity ?? 'error'),
        clause: CLAUSE, agreement: AGREEMENT
    }
};

/** `estate-sales` → the entity kind and the facts of that kind. */
export const FACT_COLLECTIONS: Record<ast.FactCollection, { entity: EntityKind; get: (facts: FactIndex) => readonly AstNode[] }> = {
    'agreements': { entity: 'Agreement', get: (f) => f.agreements },
    'areas': { entity: 'Area', get: (f) => f.areas },
    'parties': { entity: 'Party', get: (f) => f.parties },
    'boards': { entity: 'Party', get: (f) => f.boards },
    'powers': { entity: 'Power', get: (f) => f.powers },
    'delegations': { entity: 'Delegation', get: (f) => f.delegations },
    'pilots': { entity: 'Pilot', get: (f) => f.pilots },
    'aspirations': { entity: 'Aspiration', get: (f) => f.aspirations },
    'targets': { entity: 'Target', get: (f) => f.targets },
    'objectives': { entity: 'Objective', get: (f) => f.objectives },
    'commitments': { entity: 'Commitment', get: (f) => f.commitments },
    'measurements': { entity: 'Measurement', get: (f) => f.measurements },
    'estate-assets': { entity: 'EstateAsset', get: (f) => f.estateAssets },
    'estate-sales': { entity: 'EstateSale', get: (f) => f.estateSales },
    'pooled-budgets': { entity: 'PooledBudget', get: (f) => f.pooledBudgets },
    'locality-teams': { entity: 'LocalityTeam', get: (f) => f.localityTeams },
    'envelopes': { entity: 'Envelope', get: (f) => f.envelopes }
};

/** The entity kind of a declared node, or undefined for nodes conditions cannot name. */
export function entityKindOf(node: AstNode): EntityKind | undefined {
    switch (node.$type) {
        case ast.Organisation.$type: case ast.Board.$type: return 'Party';
        default: return node.$type in ENTITY_FIELDS ? node.$type as EntityKind : undefined;
    }
}

/** Facts a violation can be reported on and a waiver can name: declarations with a name. */
export function isNamedFact(node: AstNode): node is AstNode & { name: string } {
    return entityKindOf(node) !== undefined && typeof (node as { name?: unknown }).name === 'string' && !ast.isCondition(node) && !ast.isClause(node);
}

/** The field that says where a located fact is (`area` of a reinvestment, `location` of a sale). */
export function locationField(kind: string): string | undefined {
    const fields = ENTITY_FIELDS[kind as keyof typeof ENTITY_FIELDS];
    if (!fields) return undefined;
    for (const name of ['area', 'location']) {
        const type = fields[name]?.type;
        if (type?.kind === 'entity' && type.entity === 'Area') return name;
    }
    return undefined;
}
