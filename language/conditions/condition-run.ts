import { AstUtils, type AstNode } from 'langium';
import * as ast from '../generated/ast.js';
import type { IsoDate } from '../model/dates.js';
import type { FactIndex } from '../model/facts.js';
import { NO_FIGURE } from '../model/money.js';
import { describeElement, explain } from './condition-explain.js';
import type { ConditionOutcome, ConditionTyping, ConditionViolation } from './condition-shapes.js';
import { isNamedFact } from './condition-types.js';
import { RangeLog } from './condition-ranges.js';
import { scopedCollection, type ConditionScope } from './condition-scope.js';
import { trackingFacts, type ConditionReads } from './condition-reuse.js';
import { emptyReads, isTopLevelQuantifier, type Effect, type ElementReuse, type Part, type PartReads } from './element-reuse.js';
import { ExpressionEvaluator, type EvaluationProbe } from './expression-evaluator.js';
import { withinReason } from './within.js';

export type { ElementReuse } from './element-reuse.js';

/** "per DevolutionMoU2017.Estates", or nothing for a condition without a clause. */
export function clauseLabel(condition: ast.Condition): string {
    const clause = condition.clause?.ref;
    if (!clause) return '';
    const owner = clause.$container as { name?: string } | undefined;
    return owner?.name ? `${owner.name}.${clause.name}` : clause.name;
}

/** A fact to blame for a violation, and why. */
interface Blame {
    subject?: AstNode;
    node?: AstNode;
    why: string;
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
    readonly reads: ConditionReads = { kinds: new Map(), workspace: new Set(), followed: new Set(), documents: new Set() };
    /** What each element part under way has read so far, innermost last (element-reuse.ts). */
    private readonly parts: PartReads[] = [];
    private readonly reusable = new Map<ast.Quantified, boolean>();
    /** Above zero while explaining a failure: explanations re-read values, and are no new evaluation of a range. */
    private explaining = 0;
    /** Above zero while saying why a `where` left items out: pure description, with no effect on the run at all. */
    private describing = 0;

    constructor(
        private readonly condition: ast.Condition, typing: ConditionTyping, facts: FactIndex, asOf: IsoDate,
        private readonly scope: ConditionScope, probe?: EvaluationProbe, private readonly reuse?: ElementReuse
    ) {
        super(typing, facts, asOf, probe);
        this.ranges = new RangeLog(scope, facts);
        // Field getters that consult the workspace (a power's delegations, a party's successor) are recorded.
        const lists = trackingFacts(facts, (list) => {
            this.reads.workspace.add(list);
            for (const part of this.parts) part.lists.add(list);
        });
        (this as { fieldContext: ExpressionEvaluator['fieldContext'] }).fieldContext = { asOf, facts: lists };
    }

    /** `estate-sales` and the like hold only the facts under the condition's agreement (condition-scope.ts). */
    protected override collection(kind: ast.FactCollection): readonly AstNode[] {
        // Which facts are under the agreement is compared as a list (`reads.kinds`); the references read to decide
        // it (every sale's agreement, in every deal) are not what the condition read.
        const scoped = () => scopedCollection(this.scope, kind, this.facts);
        const members = this.reuse ? this.reuse.watch(() => undefined, scoped) : scoped();
        this.reads.kinds.set(kind, members);
        for (const part of this.parts) part.kinds.add(kind);
        return members;
    }

    protected override ranged(expression: ast.Quantified, considered: readonly unknown[], kept: readonly unknown[]): void {
        if (this.explaining > 0 || this.describing > 0) return;
        const reasons = () => this.describe(() => considered.slice(0, 3).map((item) => this.whyLeftOut(expression, item)));
        if (this.parts.length === 0) {
            this.ranges.record(expression, considered.length, kept.length, reasons);
            return;
        }
        // A part kept for later may be replayed where it is the first empty evaluation: its reasons are needed then.
        const why = kept.length === 0 && considered.length > 0 ? reasons() : [];
        this.effect({ kind: 'ranged', quantifier: expression, considered: considered.length, kept: kept.length, reasons: why });
    }

    protected override undecided(expression: ast.Quantified, item: unknown, reasons: readonly string[]): void {
        if (this.explaining > 0 || this.describing > 0) return;
        if (typeof item !== 'object' || item === null || !('$type' in item)) return;
        const subject = isNamedFact(item as AstNode) ? item as AstNode : namedAncestor(item as AstNode) ?? this.condition;
        this.effect({ kind: 'undecided', quantifier: expression, subject, why: reasons.join('; ') });
    }

    protected override judged(node: AstNode): void {
        if (this.describing > 0) return;
        this.effect({ kind: 'judged', node });
    }

    protected override keeps(expression: ast.Quantified, item: unknown): boolean {
        if (!this.isReusable(expression, item)) return super.keeps(expression, item);
        const keeps = this.part(expression, item, 'filter', () => super.keeps(expression, item));
        this.env.set(expression.variable, item);
        return keeps;
    }

    protected override bodyHolds(expression: ast.Quantified, element: unknown): boolean {
        if (!this.isReusable(expression, element)) return super.bodyHolds(expression, element);
        const holds = this.part(expression, element, 'body', () => super.bodyHolds(expression, element));
        this.env.set(expression.variable, element);
        return holds;
    }

    /** Applies an effect of evaluation to the run, and logs it in every element part under way. */
    private effect(effect: Effect): void {
        switch (effect.kind) {
            case 'judged': this.checked.add(effect.node); break;
            case 'ranged': this.ranges.record(effect.quantifier, effect.considered, effect.kept, () => effect.reasons); break;
            case 'undecided': this.ranges.undecided(effect.quantifier, effect.subject, effect.why); break;
        }
        for (const part of this.parts) part.effects.push(effect);
    }

    private isReusable(expression: ast.Quantified, element: unknown): element is AstNode {
        if (!this.reuse || this.explaining > 0 || this.describing > 0 || typeof element !== 'object' || element === null || !('$type' in element)) return false;
        let reusable = this.reusable.get(expression);
        if (reusable === undefined) this.reusable.set(expression, reusable = isTopLevelQuantifier(expression));
        return reusable;
    }

    /** One element's part of a top-level quantifier: replayed if kept and still valid, else computed and kept. */
    private part<T>(quantifier: ast.Quantified, element: AstNode, part: Part, compute: () => T): T {
        const { memo } = this.reuse!;
        const kept = memo.reuse(quantifier, element, part);
        if (kept) {
            for (const effect of kept.effects) this.effect(effect);
            // An enclosing part (the blame around a body), and the run, read whatever this one read.
            for (const outer of this.parts) memo.merge(kept, outer);
            for (const document of kept.stamps.keys()) this.reads.documents.add(document);
            return kept.value as T;
        }
        this.reuse!.computed?.(element, part);
        const reads = emptyReads();
        this.parts.push(reads);
        let value: T;
        try {
            value = compute();
        } finally {
            this.parts.pop();
        }
        memo.keep(quantifier, element, part, value, reads, this.condition);
        return value;
    }

    private explain(expression: ast.Expression, expected?: boolean): string {
        return this.inMode('explaining', () => explain(expression, this, expected));
    }

    private describe<T>(work: () => T): T {
        return this.inMode('describing', work);
    }

    /** Runs `work` with a mode counter raised (modes nest). */
    private inMode<T>(counter: 'explaining' | 'describing', work: () => T): T {
        this[counter]++;
        try {
            return work();
        } finally {
            this[counter]--;
        }
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
        if (!this.reuse) return this.evaluate();
        this.reuse.memo.begin(this.facts, this.scope);
        return this.reuse.watch((container) => {
            this.reads.followed.add(container);
            for (const part of this.parts) part.followed.add(container);
        }, () => this.evaluate());
    }

    private evaluate(): ConditionOutcome {
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
                byPlace.set(subject, { subject, reasons: [this.explain(expression)] });
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
    private violations(expression: ast.Expression, frame: Frame): Blame[] {
        if (ast.isQuantified(expression) && (expression.quantifier === 'every' || expression.quantifier === 'no')) {
            const found: Blame[] = [];
            const atTop = frame.context.length === 0 && !frame.subject && !frame.node;
            for (const element of this.elements(expression)) {
                const blame = () => this.blame(expression, element, frame);
                found.push(...(atTop && this.isReusable(expression, element) ? this.part(expression, element, 'blame', blame) : blame()));
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
            // "partly outside", naming the part, when the element's areas straddle the container (withinReason).
            const container = this.value(expression.container);
            const reason = ast.isArea(container as AstNode) ? withinReason(this.value(expression.subject), container as ast.Area, this.fieldContext) : undefined;
            const where = reason ?? `${last} is outside ${describeValue(container)}`;
            return [{ subject: frame.subject, node: frame.node, why: [...rest, reason ? `${last}: ${where}` : where].join(': ') }];
        }
        return [{ subject: frame.subject, node: frame.node, why: this.why(frame, this.explain(expression)) }];
    }

    /** What one element of an `every` or `no` is blamed for: nothing if it does what the quantifier asks. */
    private blame(expression: ast.Quantified, element: unknown, frame: Frame): Blame[] {
        const blamed = expression.quantifier === 'no';
        // An unknown body (undefined) does not hold: `every` blames it like false.
        if (this.bodyHolds(expression, element) !== blamed) return [];
        const inner = this.frameFor(element, frame, !ast.isAllFacts(expression.collection));
        if (blamed) return [{ subject: inner.subject, node: inner.node, why: this.why(inner, this.explain(expression.body, false)) }];
        return this.violations(expression.body, inner);
    }

    private isAboutCurrentElement(subject: ast.Expression, frame: Frame): boolean {
        const value = this.value(subject);
        return frame.node !== undefined && (value === frame.node || (ast.isMemberAccess(subject) && ast.isReference(subject.receiver) && this.value(subject.receiver) === frame.node));
    }

    private why(frame: Frame, explanation: string): string {
        return [...frame.context, explanation].join(': ');
    }

    /**
     * The frame an element is blamed in. A named fact drawn from the workspace (`every p in parties`) is blamed
     * itself; one reached from the fact in hand (`every p in budget.contributors`) is part of that fact's breach:
     * the violation stays on the fact in hand, once for each fact that breaks the rule, never on the party's
     * declaration (where every budget it contributes to would merge into one). A fact written inside the fact in
     * hand (`every t in aspiration.targets`) is its own: blamed itself.
     */
    private frameFor(element: unknown, frame: Frame, navigated = false): Frame {
        if (typeof element !== 'object' || element === null || !('$type' in element)) {
            return { ...frame, context: [...frame.context, describeValue(element)] };
        }
        const node = element as AstNode;
        if (isNamedFact(node) && navigated && frame.subject && !isInside(node, frame.subject)) {
            return { subject: frame.subject, node: frame.node, context: [...frame.context, describeElement(node)] };
        }
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

/** Whether `node` is written inside `outer` (a target inside its aspiration), not merely referenced by it. */
function isInside(node: AstNode, outer: AstNode): boolean {
    for (let current = node.$container; current; current = current.$container) if (current === outer) return true;
    return false;
}

function namedAncestor(node: AstNode): AstNode | undefined {
    for (let current = node.$container; current; current = current.$container) if (isNamedFact(current)) return current;
    return undefined;
}
