import type { AstNode } from 'langium';
import type * as ast from '../generated/ast.js';
import type { AgreementScope } from '../model/agreement-scope.js';
import type { IsoDate } from '../model/dates.js';
import type { FactIndex } from '../model/facts.js';

/**
 * The shapes the condition engine's modules share: the type model of values (condition-types.ts fills it in), a
 * condition's typing (condition-type-checker.ts), its scope (condition-scope.ts), what an evaluation finds
 * (condition-evaluator.ts, condition-ranges.ts) and what the explainer reads (condition-explain.ts). Types only,
 * importing nothing from this folder, so that no module imports back a module that imports it; each module
 * re-exports the shapes it owns, for its callers.
 */

/** Plain values. `quantity` is a measured value whose unit is the target's (a count, money or a percentage). */
export type ScalarKind = 'boolean' | 'number' | 'money' | 'percent' | 'quantity' | 'date' | 'duration' | 'text';

/** Kinds of thing a condition can navigate to. */
export type EntityKind =
    | 'Agreement' | 'Clause' | 'Area' | 'Party' | 'Power' | 'Topic' | 'Delegation' | 'Pilot' | 'Request'
    | 'Aspiration' | 'Target' | 'Objective' | 'Commitment' | 'Measurement' | 'EstateAsset' | 'EstateSale'
    | 'Reinvestment' | 'Approval' | 'PooledBudget' | 'Contribution' | 'LocalityTeam' | 'Condition' | 'Envelope';

export type ConditionType =
    | { kind: ScalarKind; values?: readonly string[] }
    | { kind: 'entity'; entity: EntityKind }
    | { kind: 'list'; element: ConditionType }
    /** After an authoring error: accepted everywhere, so one mistake is reported once. */
    | { kind: 'unknown' };

/** A duration value: `6 months`. */
export interface DurationValue {
    amount: number;
    unit: 'day' | 'week' | 'month' | 'year';
}

/** What field getters may consult besides the node: the as-of date and the workspace's facts. */
export interface FieldContext {
    readonly asOf: IsoDate;
    readonly facts: FactIndex;
}

export interface FieldSpec {
    type: ConditionType;
    /** One line for hovers, completion and `lhc explain`. */
    description: string;
    get(node: AstNode, context: FieldContext): unknown;
}

/** The ids of the authoring errors the type checker finds; each is a built-in check with its own page. */
export type ConditionTypeErrorId =
    | 'condition-type-error' | 'condition-unknown-field' | 'condition-not-a-collection' | 'condition-unknown-area'
    | 'condition-unknown-name' | 'condition-too-deep';

export interface ConditionTypeIssue {
    id: ConditionTypeErrorId;
    node: AstNode;
    /** The property to underline, for the exact range. */
    property?: string;
    message: string;
    /** The obvious replacement, when there is one (for a quick fix). */
    suggestion?: string;
}

export interface ConditionTyping {
    /** The type of every expression of the condition. */
    types: Map<AstNode, ConditionType>;
    issues: ConditionTypeIssue[];
}

/** Which facts a condition judges: its agreement's (and those building on it), or the workspace's (condition-scope.ts). */
export type ConditionScope =
    | { kind: 'workspace'; declared: boolean }
    | { kind: 'agreement'; agreement: ast.Agreement; scope: AgreementScope };

/** A quantifier that ranged over nothing, and why ("none of the 2 delegations under GMMoU passes …"). */
export interface VacuousRange {
    quantifier: ast.Quantified;
    why: string;
}

/** A fact a `where` filter could not judge, and why ("GMBoard serves no areas, …"). */
export interface UndecidedFact {
    subject: AstNode;
    quantifier: ast.Quantified;
    why: string;
}

/** One way a condition is broken: reported on `subject`, the fact that breaks it. */
export interface ConditionViolation {
    /** The named fact that breaks the condition (the estate sale, not the condition): what a waiver names. */
    subject: AstNode;
    /** Where exactly inside the subject, when narrower (the offending reinvestment line). */
    node?: AstNode;
    /** The whole message: condition, clause, statement and why. */
    message: string;
    /** Only the values that made it false. */
    why: string;
    waivedBy?: ast.Waiver | { comment: string };
}

export interface ConditionOutcome {
    condition: ast.Condition;
    /** The condition's name, its rule id. */
    id: string;
    severity: 'error' | 'warning' | 'info';
    /** `waived`: it fails, but every violation is waived. */
    status: 'pass' | 'fail' | 'waived';
    /**
     * The facts the condition judged, for traceability: the named facts its quantifiers ranged over (after `where`),
     * and those whose fields it reads directly (`BHRBudget.total`) — not the areas or parties it merely mentions.
     */
    checked: AstNode[];
    violations: ConditionViolation[];
    /** Which facts it ranges over: its agreement's, or the workspace's (condition-scope.ts, docs/scoping.md). */
    scope: ConditionScope;
    /** Quantifiers that ranged over nothing, so any pass they give is vacuous (`condition-vacuous`). */
    vacuous: VacuousRange[];
    /** Facts a `where` could not judge for want of a value (`condition-undecided`). */
    undecided: UndecidedFact[];
}

/** What the explainer needs from the evaluator: values and types of sub-expressions in the failing scope. */
export interface ExplainScope {
    value(expression: ast.Expression): unknown;
    type(expression: AstNode): ConditionType | undefined;
    /** Elements of a quantifier's collection that pass its filter. */
    elements(expression: ast.Quantified): unknown[];
    /** Whether the body holds for an element (evaluated with the variable bound). */
    holdsFor(expression: ast.Quantified, element: unknown): boolean;
    /** The date and facts field values are read with: lets `within` say why a party is partly outside or unknown. */
    readonly fieldContext?: FieldContext;
}

/** Where a condition's typing is kept between builds (the language server's run cache, condition-reuse.ts). */
export interface TypingStore {
    typing(condition: ast.Condition, check: () => ConditionTyping): ConditionTyping;
}
