import type { AstNode } from 'langium';
import * as ast from '../generated/ast.js';
import { addDuration, compareDates, dayNumber, normaliseDurationUnit, type IsoDate } from '../model/dates.js';
import type { FactIndex } from '../model/facts.js';
import { compareMoney, compareQuantities } from '../model/money.js';
import type { ConditionTyping, ExplainScope } from './condition-shapes.js';
import { ENTITY_FIELDS, FACT_COLLECTIONS, entityKindOf, isDuration, isNamedFact, type DurationValue, type FieldContext } from './condition-types.js';
import { isWithinArea, withinReason } from './within.js';

/**
 * Watches an evaluation, for test coverage: which `where` filters kept or dropped an element, and which
 * quantifier and aggregate bodies were evaluated for one.
 */
export interface EvaluationProbe {
    filtered(filter: ast.Expression, kept: boolean): void;
    evaluated(body: ast.Expression): void;
}

/**
 * The value of a condition's expressions over the facts of a workspace at one date. Variables bound by
 * quantifiers and aggregates live in `env`. `checked` collects the named facts judged: those the quantifiers ranged
 * over (after `where`) and those whose fields are read directly (`BHRBudget.total`), not the facts merely mentioned
 * (`within GreaterManchester`, `approver = LondonEstatesBoard`).
 */
export class ExpressionEvaluator implements ExplainScope {
    protected readonly env = new Map<ast.Variable, unknown>();
    protected readonly checked = new Set<AstNode>();
    readonly fieldContext: FieldContext;
    /** Why `within` was unknown while a `where` was judged, so the item can be reported as undecided. */
    private unknownWithin: string[] | undefined;

    constructor(protected readonly typing: ConditionTyping, protected readonly facts: FactIndex, protected readonly asOf: IsoDate, protected readonly probe?: EvaluationProbe) {
        this.fieldContext = { asOf, facts };
    }

    /** Binds a quantifier's or aggregate's variable (`undefined` unbinds it). */
    bind(variable: ast.Variable, value: unknown): void {
        if (value === undefined) this.env.delete(variable);
        else this.env.set(variable, value);
    }
    // ---- ExplainScope ---------------------------------------------------------------------------

    type(expression: AstNode) {
        return this.typing.types.get(expression);
    }

    elements(expression: ast.Quantified): unknown[] {
        return this.range(expression).kept;
    }

    /** The items of a quantifier's collection, and those its `where` keeps; an item it cannot judge is undecided. */
    protected range(expression: ast.Quantified): { considered: unknown[]; kept: unknown[] } {
        const collection = this.value(expression.collection);
        const considered = Array.isArray(collection) ? collection : [];
        if (!expression.filter) return { considered, kept: considered };
        return { considered, kept: considered.filter((item) => this.keeps(expression, item)) };
    }

    /**
     * Whether a quantifier's `where` keeps an item, with the item bound to its variable; an item the filter cannot
     * judge for want of a value (`within` unknown) is reported `undecided`.
     */
    protected keeps(expression: ast.Quantified, item: unknown): boolean {
        const outer = this.unknownWithin;
        this.env.set(expression.variable, item);
        this.unknownWithin = [];
        const keeps = this.value(expression.filter!) === true;
        this.probe?.filtered(expression.filter!, keeps);
        if (!keeps && this.unknownWithin.length > 0) this.undecided(expression, item, this.unknownWithin);
        this.unknownWithin = outer;
        return keeps;
    }

    /** Whether a quantifier's body holds for an element, which stays bound to the variable afterwards. */
    protected bodyHolds(expression: ast.Quantified, element: unknown): boolean {
        this.env.set(expression.variable, element);
        return this.value(expression.body) === true;
    }

    /** A named fact the condition judged: ranged over, or read directly (`BHRBudget.total`). */
    protected judged(node: AstNode): void {
        this.checked.add(node);
    }

    /** The facts of one kind a collection (`estate-sales`) holds: all of the workspace's, unless a subclass scopes them. */
    protected collection(kind: ast.FactCollection): readonly AstNode[] {
        return FACT_COLLECTIONS[kind]?.get(this.facts) ?? [];
    }

    /** Called for each evaluation of a quantifier with what it ranged over; a subclass records it. */
    protected ranged(_expression: ast.Quantified, _considered: readonly unknown[], _kept: readonly unknown[]): void {}

    /** Called for an item a `where` could not judge (`within` unknown), with why; a subclass reports it. */
    protected undecided(_expression: ast.Quantified, _item: unknown, _reasons: readonly string[]): void {}

    holdsFor(expression: ast.Quantified, element: unknown): boolean {
        return this.bodyHolds(expression, element);
    }

    // ---- Evaluation -----------------------------------------------------------------------------

    /** The value of an expression in the current bindings; undefined when something it needs is not set. */
    value(expression: ast.Expression | undefined): unknown {
        // Parts missing after a syntax error have no value; the syntax error is reported on its own.
        if (!expression) return undefined;
        switch (expression.$type) {
            case ast.BinaryExpression.$type: return this.binary(expression as ast.BinaryExpression);
            case ast.NotExpression.$type: {
                const operand = this.value((expression as ast.NotExpression).operand);
                return operand === undefined ? undefined : !operand;
            }
            case ast.WithinExpression.$type: return this.within(expression as ast.WithinExpression);
            case ast.IsSetExpression.$type: {
                const { operand, negated } = expression as ast.IsSetExpression;
                const value = this.value(operand);
                const isSet = value !== undefined && !(Array.isArray(value) && value.length === 0);
                return negated ? !isSet : isSet;
            }
            case ast.MemberAccess.$type: return this.member(expression as ast.MemberAccess);
            case ast.Quantified.$type: return this.quantified(expression as ast.Quantified);
            case ast.Aggregate.$type: return this.aggregate(expression as ast.Aggregate);
            case ast.ListLiteral.$type: return (expression as ast.ListLiteral).items.map((item) => this.value(item));
            case ast.AllFacts.$type: return this.collection((expression as ast.AllFacts).kind);
            case ast.Reference.$type: {
                const target = (expression as ast.Reference).target?.ref;
                if (!target) return undefined;
                // In a scenario test, a fact the test replaces is read from the test.
                return ast.isVariable(target) ? this.env.get(target) : this.facts.overrides?.get(target) ?? target;
            }
            case ast.TodayLiteral.$type: return this.asOf;
            case ast.DurationLiteral.$type: {
                const literal = expression as ast.DurationLiteral;
                return { amount: literal.amount, unit: normaliseDurationUnit(literal.unit) } satisfies DurationValue;
            }
            case ast.BooleanLiteral.$type: return (expression as ast.BooleanLiteral).value === true;
            case ast.StringLiteral.$type: return (expression as ast.StringLiteral).value;
            case ast.DateLiteral.$type: case ast.MoneyLiteral.$type: case ast.PercentLiteral.$type: case ast.NumberLiteral.$type:
                return (expression as { value: unknown }).value;
            default: return undefined;
        }
    }

    private binary(expression: ast.BinaryExpression): unknown {
        const { operator } = expression;
        if (operator === 'and') return this.value(expression.left) === true && this.value(expression.right) === true;
        if (operator === 'or') return this.value(expression.left) === true || this.value(expression.right) === true;
        if (operator === 'implies') return this.value(expression.left) !== true || this.value(expression.right) === true;
        const left = this.value(expression.left);
        const right = this.value(expression.right);
        const compare = this.numberOrder(expression);
        switch (operator) {
            case '=': return left !== undefined && right !== undefined && equal(left, right, compare);
            case '!=': return left !== undefined && right !== undefined && !equal(left, right, compare);
            case 'in': return Array.isArray(right) && left !== undefined && right.some((item) => equal(left, item, compare));
        }
        if (left === undefined || right === undefined) return operator in ORDER ? false : undefined;
        if (operator in ORDER) {
            const difference = typeof left === 'string' && typeof right === 'string' ? compareDates(left, right) : compare(left as number, right as number);
            return ORDER[operator]!(difference);
        }
        if (typeof left === 'string' && isDuration(right)) {
            return addDuration(left, operator === '-' ? -right.amount : right.amount, right.unit);
        }
        const [a, b] = [left as number, right as number];
        switch (operator) {
            case '+': return a + b;
            case '-': return a - b;
            case '*': return this.isPercent(expression.left) ? a / 100 * b : this.isPercent(expression.right) ? a * b / 100 : a * b;
            case '/': {
                if (b === 0) return undefined;
                // money / money is a share, in percent
                return this.type(expression)?.kind === 'percent' && !this.isPercent(expression.left) ? a / b * 100 : a / b;
            }
            case 'of': return a / 100 * b;
        }
        return undefined;
    }

    /** Money compares exactly in pence; percentages, counts and quantities at `RELATIVE_PRECISION` (model/money.ts). */
    private numberOrder(expression: ast.BinaryExpression): (a: number, b: number) => number {
        const isMoney = (operand: ast.Expression | undefined) => {
            const type = operand ? this.type(operand) : undefined;
            return type?.kind === 'money' || (type?.kind === 'list' && type.element.kind === 'money');
        };
        return isMoney(expression.left) || isMoney(expression.right) ? compareMoney : compareQuantities;
    }

    private isPercent(expression: ast.Expression): boolean {
        return this.type(expression)?.kind === 'percent';
    }

    private within(expression: ast.WithinExpression): boolean | undefined {
        const subject = this.value(expression.subject);
        const container = this.value(expression.container);
        if (subject === undefined || container === undefined) return false;
        if (expression.span) {
            if (typeof subject !== 'string' || typeof container !== 'string' || typeof expression.span.amount !== 'number') return false;
            const unit = normaliseDurationUnit(expression.span.unit);
            const from = addDuration(container, -expression.span.amount, unit);
            const to = addDuration(container, expression.span.amount, unit);
            const day = dayNumber(subject);
            return dayNumber(from) <= day && day <= dayNumber(to);
        }
        if (!ast.isArea(container as AstNode)) return false;
        // Three-valued (within.ts): a party serving no areas is unknown, not outside.
        const within = isWithinArea(subject, container as ast.Area, this.fieldContext);
        if (within === undefined) this.unknownWithin?.push(withinReason(subject, container as ast.Area, this.fieldContext) ?? 'unknown');
        return within;
    }

    private member(expression: ast.MemberAccess): unknown {
        const receiver = this.value(expression.receiver);
        if (receiver === undefined) return undefined;
        if (ast.isReference(expression.receiver) && !ast.isVariable(expression.receiver.target?.ref) && isNamedFact(receiver as AstNode)) this.judged(receiver as AstNode);
        const read = (node: unknown): unknown => {
            if (typeof node !== 'object' || node === null) return undefined;
            const kind = entityKindOf(node as AstNode);
            const spec = kind ? ENTITY_FIELDS[kind][expression.member] : undefined;
            return spec?.get(node as AstNode, this.fieldContext);
        };
        if (!Array.isArray(receiver)) return read(receiver);
        return receiver.flatMap((item) => {
            const value = read(item);
            return value === undefined ? [] : Array.isArray(value) ? value : [value];
        });
    }

    private quantified(expression: ast.Quantified): boolean {
        const { considered, kept: elements } = this.range(expression);
        this.ranged(expression, considered, elements);
        for (const element of elements) {
            if (typeof element === 'object' && element !== null && isNamedFact(element as AstNode)) this.judged(element as AstNode);
        }
        let holding = 0;
        for (const element of elements) {
            this.probe?.evaluated(expression.body);
            const holds = this.bodyHolds(expression, element);
            if (holds) holding++;
            // Short-circuit where the answer is settled, so cost stays linear in the facts visited.
            if (expression.quantifier === 'every' && !holds) break;
            if ((expression.quantifier === 'some' || expression.quantifier === 'no') && holds) break;
        }
        this.env.delete(expression.variable);
        switch (expression.quantifier) {
            case 'every': return holding === elements.length;
            case 'some': return holding > 0;
            case 'no': return holding === 0;
            case 'least': return holding >= (expression.count ?? 0);
            case 'most': return holding <= (expression.count ?? 0);
        }
    }

    private aggregate(expression: ast.Aggregate): unknown {
        let values: unknown[];
        if (expression.collection && expression.variable) {
            const collection = this.value(expression.collection);
            values = [];
            for (const element of Array.isArray(collection) ? collection : []) {
                this.env.set(expression.variable, element);
                if (expression.filter) {
                    const kept = this.value(expression.filter) === true;
                    this.probe?.filtered(expression.filter, kept);
                    if (!kept) continue;
                }
                this.probe?.evaluated(expression.value);
                values.push(this.value(expression.value));
            }
            this.env.delete(expression.variable);
        } else {
            const collection = this.value(expression.value);
            values = Array.isArray(collection) ? collection : [];
        }
        const present = values.filter((value) => value !== undefined && value !== false);
        switch (expression.function) {
            case 'count': return present.length;
            case 'sum': return (present as number[]).reduce((total, value) => total + value, 0);
            case 'min': return present.length ? Math.min(...(present as number[])) : undefined;
            case 'max': return present.length ? Math.max(...(present as number[])) : undefined;
            case 'earliest': return (present as string[]).reduce<string | undefined>((best, date) => best === undefined || compareDates(date, best) < 0 ? date : best, undefined);
            case 'latest': return (present as string[]).reduce<string | undefined>((best, date) => best === undefined || compareDates(date, best) > 0 ? date : best, undefined);
        }
    }
}


const ORDER: Record<string, (difference: number) => boolean> = {
    '<': (d) => d < 0, '<=': (d) => d <= 0, '>': (d) => d > 0, '>=': (d) => d >= 0, 'before': (d) => d < 0, 'after': (d) => d > 0
};

function equal(a: unknown, b: unknown, compare: (a: number, b: number) => number): boolean {
    if (typeof a === 'number' && typeof b === 'number') return compare(a, b) === 0;
    if (isDuration(a) && isDuration(b)) return a.amount === b.amount && a.unit === b.unit;
    return a === b;
}
