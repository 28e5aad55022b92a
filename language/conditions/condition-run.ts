import { AstUtils, type AstNode } from 'langium';
import * as ast from '../generated/ast.js';
import type { IsoDate } from '../model/dates.js';
import type { FactIndex } from '../model/facts.js';
import { NO_FIGURE } from '../model/money.js';
import { describeElement, explain } from './condition-explain.js';
import type { ConditionTyping } from './condition-type-checker.js';
import { isNamedFact } from './condition-types.js';
import type { ConditionOutcome, ConditionViolation } from './condition-evaluator.js';
import { RangeLog } from './condition-ranges.js';
import { scopedCollection, type ConditionScope } from './condition-scope.js';
import { trackingFacts, type ConditionReads } from './condition-reuse.js';
import { ExpressionEvaluator, type EvaluationProbe } from './expression-evaluator.js';

/** "per DevolutionMoU2017.Estates", or nothing for a condition without a clause. */
export function clauseLabel(condition: ast.Condition): string {
    const clause = condition.clause?.ref;
    if (!clause) return '';
    const owner = clause.$container as { name?: string } | undefined;
    return owner?.name ? `${owner.name}.${clause.name}` : clause.name;
}

interface Frame {
    subject?: AstNode;
    node?: AstNode;
    /** Descriptions of the unnamed elements the failure was found in ("£4.5m reinvested in Surrey"). */
    context: string[];
}

/** One condition evaluated once: a value for the whole, then violations for what is false. */
export class ConditionRun extends ExpressionEvaluator {
    private readonly ranges: RangeLog;
    /** What the run read, so a later build can tell whether its outcome still holds (condition-reuse.ts). */
    readonly reads: ConditionReads = { kinds: new Map(), workspace: new Set() };

    constructor(private readonly condition: ast.Condition, typing: ConditionTyping, facts: FactIndex, asOf: IsoDate, private readonly scope: ConditionScope, probe?: EvaluationProbe) {
        super(typing, facts, asOf, probe);
        this.ranges = new RangeLog(scope, facts);
        // Field getters that consult the workspace (a power's delegations, a party's successor) are recorded.
        (this as { fieldContext: ExpressionEvaluator['fieldContext'] }).fieldContext = { asOf, facts: trackingFacts(facts, this.reads.workspace) };
    }

    /** `estate-sales` and the like hold only the facts under the condition's agreement (condition-scope.ts). */
    protected override collection(kind: ast.FactCollection): readonly AstNode[] {
        const members = scopedCollection(this.scope, kind, this.facts);
        this.reads.kinds.set(kind, members);
        return members;
    }

    protected override ranged(expression: ast.Quantified, considered: readonly unknown[], kept: readonly unknown[]): void {
        this.ranges.record(expression, considered, kept, (item) => this.whyLeftOut(expression, item));
    }

    protected override undecided(expression: ast.Quantified, item: unknown, reasons: readonly string[]): void {
        if (typeof item !== 'object' || item === null || !('$type' in item)) return;
        const subject = isNamedFact(item as AstNode) ? item as AstNode : namedAncestor(item as AstNode) ?? this.condition;
        this.ranges.undecided(expression, subject, reasons.join('; '));
    }

    /** Why a quantifier's `where` leaves an item out, in the explainer's words. */
    private whyLeftOut(expression: ast.Quantified, item: unknown): string {
        const outer = this.env.get(expression.variable);
        this.bind(expression.variable, item);
        const why = `${describeValue(item)}: ${explain(expression.filter!, this)}`;
        this.bind(expression.variable, outer);
        return why;
    }

    run(): ConditionOutcome {
        const expression = this.condition.expression;
        const violations: ConditionViolation[] = [];
        if (this.value(expression) !== true) {
            // Several reasons at one place (a team too small on both counts) make one violation.
            const byPlace = new Map<AstNode, { subject: AstNode; node?: AstNode; reasons: string[] }>();
            for (const found of this.violations(expression, { context: [] })) {
                const subject = found.subject ?? this.firstNamedFact(expression) ?? this.condition;
                const place = found.node ?? subject;
                const entry = byPlace.get(place) ?? { subject, node: found.node, reasons: [] };
                if (!entry.reasons.includes(found.why)) entry.reasons.push(found.why);
                byPlace.set(place, entry);
            }
            // A false condition always has a violation, even when no single fact can be blamed.
            if (byPlace.size === 0) {
                const subject = this.firstNamedFact(expression) ?? this.condition;
                byPlace.set(subject, { subject, reasons: [explain(expression, this)] });
            }
            for (const { subject, node, reasons } of byPlace.values()) {
                const why = reasons.join('; ');
                violations.push({ subject, node, why, message: this.message(why) });
            }
        }
        return {
            condition: this.condition,
            id: this.condition.name,
            severity: this.condition.severity ?? 'error',
            status: violations.length > 0 ? 'fail' : 'pass',
            checked: [...this.checked],
            violations,
            scope: this.scope,
            vacuous: this.ranges.vacuousRanges(),
            undecided: this.ranges.undecidedFactsFound()
        };
    }

    private message(why: string): string {
        const clause = clauseLabel(this.condition);
        const title = (this.condition.title ?? '').replace(/[.!]$/, '');
        return `Breaks ${this.condition.name}${clause ? ` (per ${clause})` : ''}: ${title}. Why: ${why}.`;
    }

    /** The first fact a top-level condition names, so `BHRBudget.fullyPooled before …` is reported on BHRBudget. */
    private firstNamedFact(expression: AstNode): AstNode | undefined {
        for (const node of AstUtils.streamAst(expression)) {
            if (ast.isReference(node) && node.target?.ref && isNamedFact(node.target?.ref)) return node.target?.ref;
        }
        return undefined;
    }

    /**
     * Why a false expression is false, split into one violation per fact to blame. `every` and `no` blame
     * each element that fails them; `and` blames each false side; `implies` its consequence; anything
     * else is blamed on the fact in hand.
     */
    private violations(expression: ast.Expression, frame: Frame): { subject?: AstNode; node?: AstNode; why: string }[] {
        if (ast.isQuantified(expression) && (expression.quantifier === 'every' || expression.quantifier === 'no')) {
            const blamed = expression.quantifier === 'every' ? false : true;
            const found: { subject?: AstNode; node?: AstNode; why: string }[] = [];
            for (const element of this.elements(expression)) {
                this.env.set(expression.variable, element);
                // An unknown body (undefined) does not hold: `every` blames it like false.
                if ((this.value(expression.body) === true) === blamed) {
                    const inner = this.frameFor(element, frame);
                    if (blamed) {
                        found.push({ subject: inner.subject, node: inner.node, why: this.why(inner, explain(expression.body, this, false)) });
                    } else {
                        found.push(...this.violations(expression.body, inner));
                    }
                }
            }
            this.env.delete(expression.variable);
            return found;
        }
        if (ast.isBinaryExpression(expression) && expression.operator === 'and') {
            return [expression.left, expression.right].filter((side) => this.value(side) !== true).flatMap((side) => this.violations(side, frame));
        }
        if (ast.isBinaryExpression(expression) && expression.operator === 'implies') {
            return this.violations(expression.right, frame);
        }
        if (ast.isWithinExpression(expression) && !expression.span && frame.context.length > 0 && this.isAboutCurrentElement(expression.subject, frame)) {
            const last = frame.context[frame.context.length - 1]!;
            const rest = frame.context.slice(0, -1);
            return [{ subject: frame.subject, node: frame.node, why: [...rest, `${last} is outside ${describeValue(this.value(expression.container))}`].join(': ') }];
        }
        return [{ subject: frame.subject, node: frame.node, why: this.why(frame, explain(expression, this)) }];
    }

    private isAboutCurrentElement(subject: ast.Expression, frame: Frame): boolean {
        const value = this.value(subject);
        return frame.node !== undefined && (value === frame.node || (ast.isMemberAccess(subject) && ast.isReference(subject.receiver) && this.value(subject.receiver) === frame.node));
    }

    private why(frame: Frame, explanation: string): string {
        return [...frame.context, explanation].join(': ');
    }

    private frameFor(element: unknown, frame: Frame): Frame {
        if (typeof element !== 'object' || element === null || !('$type' in element)) {
            return { ...frame, context: [...frame.context, describeValue(element)] };
        }
        const node = element as AstNode;
        if (isNamedFact(node)) return { subject: node, node, context: [] };
        return { subject: frame.subject ?? namedAncestor(node), node, context: [...frame.context, describeElement(node)] };
    }
}

function describeValue(value: unknown): string {
    if (typeof value === 'object' && value !== null && '$type' in value) return describeElement(value as AstNode);
    // A part a recovered tree lacks (an area with no name) has no value: '?', never 'undefined' or 'NaN'.
    if (value === undefined || value === null || Number.isNaN(value)) return NO_FIGURE;
    return String(value);
}

function namedAncestor(node: AstNode): AstNode | undefined {
    for (let current = node.$container; current; current = current.$container) if (isNamedFact(current)) return current;
    return undefined;
}
