import type { AstNode, Properties } from 'langium';
import type { LhcAstType } from '../generated/ast.js';
import type { IsoDate } from '../model/dates.js';
import type { FactIndex } from '../model/facts.js';
import type { EvidenceAccess } from '../datasets/target-evidence.js';

export type Severity = 'error' | 'warning' | 'info';

/** Where a rule's findings come from, for grouping in `lhc rules` and the documentation. */
export type RuleCategory =
    | 'syntax' | 'naming' | 'dates' | 'values' | 'parties' | 'delegations' | 'targets'
    | 'commitments' | 'budgets' | 'localities' | 'governance' | 'estates' | 'involvement' | 'conditions' | 'data';

export interface RelatedFinding {
    node: AstNode;
    message: string;
    /** The property of `node` to point at (the agreement's `signed` date); the whole node otherwise. */
    property?: string;
}

export interface ReportOptions<N extends AstNode> {
    /** The property of `node` to underline; the whole node otherwise. */
    property?: Properties<N>;
    index?: number;
    /** Other places that explain the finding — the clause, the earlier declaration. */
    related?: RelatedFinding[];
    /** Extra machine-readable facts for quick fixes. */
    data?: Record<string, unknown>;
}

/** What a check sees: the date it judges at, the workspace's facts, and a way to report. */
export interface CheckContext {
    readonly asOf: IsoDate;
    /** Evidence older than this many days is stale (setting, `--stale-after`). */
    readonly staleAfterDays: number;
    readonly facts: FactIndex;
    /** Dataset files and each target's evidence (typed and from datasets), read once per build. */
    readonly evidence: EvidenceAccess;
    report<N extends AstNode>(node: N, message: string, options?: ReportOptions<N>): void;
}

/**
 * What a check's findings depend on, so the language server knows what an edit can change:
 * - `document`: the document's own nodes and whatever they reference, at any depth (a pilot's lead's area's
 *   parent); re-run when the document, or a document it reaches through references, changes;
 * - `workspace`: anything in the workspace (`context.facts`: every delegation of a power, every measurement of a
 *   target, names declared elsewhere); re-run after every change. A `document` check must never read `facts`.
 */
export type CheckScope = 'document' | 'workspace';

export type NodeCheck<N extends AstNode> = (node: N, context: CheckContext) => void;

export type NodeChecks = { [K in keyof LhcAstType]?: NodeCheck<LhcAstType[K]> };

/**
 * A built-in check: generic well-formedness the engine always runs. Each lives in its own file,
 * is listed once in `catalogue.ts`, and is documented in `docs/rules/<id>.md`.
 */
export interface BuiltInCheck {
    /** Stable kebab-case id, carried by every diagnostic so quick fixes and config can find it. */
    readonly id: string;
    readonly severity: Severity;
    readonly category: RuleCategory;
    readonly scope: CheckScope;
    /** One line: what must hold. */
    readonly description: string;
    /** The agreement text or practice the rule comes from. */
    readonly rationale: string;
    readonly checks: NodeChecks;
}

export function defineCheck(check: BuiltInCheck): BuiltInCheck {
    return check;
}

/** A finding Langium itself produces (syntax, linking) but that we still name and document like a check. */
export interface BuiltInDiagnostic {
    readonly id: string;
    readonly severity: Severity;
    readonly category: RuleCategory;
    readonly description: string;
    readonly rationale: string;
}
