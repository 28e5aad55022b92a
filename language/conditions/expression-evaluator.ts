import type { AstNode } from 'langium';
import * as ast from '../generated/ast.js';
import { addDuration, compareDates, dayNumber, normaliseDurationUnit, type IsoDate } from '../model/dates.js';
import { isWithin } from '../model/areas.js';
import type { FactIndex } from '../model/facts.js';
import { sameAmount } from '../model/money.js';
import type { ExplainScope } from './condition-explain.js';
import { locationField, type ConditionTyping } from './condition-type-checker.js';
import { ENTITY_FIELDS, FACT_COLLECTIONS, entityKindOf, isNamedFact, type DurationValue, type FieldContext } from './condition-types.js';

/**
 * The value of a condition's expressions over the facts of a workspace at one date. Variables bound by
 * quantifiers and aggregates live in `env`; the named facts a value was read from are collected in `checked`.
 */
export class ExpressionEvaluator implements ExplainScope {
    protected readonly env = new Map<ast.Variable, unknown>();
    protected readonly checked = new Set<AstNode>();
    protected readonly fieldContext: FieldContext;

    constructor(protected readonly typing: ConditionTyping, protected readonly facts: FactIndex, protected readonly asOf: IsoDate) {
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
        const collection = this.value(expression.collection);
        const items = Array.isArray(collection) ? collection : [];
        if (!expression.filter) return items;
        return items.filter((item) => {
            this.env.set(expression.variable, item);
            return this.value(expression.filter!) === true;
        });
    }

    holdsFor(expression: ast.Quantified, element: unknown): boolean {
        this.env.set(expression.variable, element);
        return this.value(expression.body) === true;
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
            case ast.AllFacts.$type: return FACT_COLLECTIONS[(expression as ast.AllFacts).kind].get(this.facts);
            case ast.Reference.$type: {
                const target = (expression as ast.Reference).target.ref;
                if (!target) return undefined;
                if (ast.isVariable(target)) return this.env.get(target);
                if (isNamedFact(target)) this.checked.add(target);
                return target;
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
        switch (operator) {
            case '=': return left !== undefined && right !== undefined && equal(left, right);
            case '!=': return left !== undefined && right !== undefined && !equal(left, right);
            case 'in': return Array.isArray(right) && left !== undefined && right.some((item) => equal(left, item));
        }
        if (left === undefined || right === undefined) return operator in ORDER ? false : undefined;
        if (operator in ORDER) {
            const difference = typeof left === 'string' && typeof right === 'string' ? compareDates(left, right) : order(left as number, right as number);
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

    private isPercent(expression: ast.Expression): boolean {
        return this.type(expression)?.kind === 'percent';
    }

    private within(expression: ast.WithinExpression): boolean | undefined {
        const subject = this.value(expression.subject);
        const container = this.value(expression.container);
        if (subject === undefined || container === undefined) return false;
        if (expression.span) {
            if (typeof subject !== 'string' || typeof container !== 'string') return false;
            const unit = normaliseDurationUnit(expression.span.unit);
            const from = addDuration(container, -expression.span.amount, unit);
            const to = addDuration(container, expression.span.amount, unit);
            const day = dayNumber(subject);
            return dayNumber(from) <= day && day <= dayNumber(to);
        }
        if (!ast.isArea(container as AstNode)) return false;
        const areas = Array.isArray(subject) ? subject : [subject];
        if (areas.length === 0) return false;
        return areas.every((item) => {
            const located = areasOf(item as AstNode, this.fieldContext);
            return located.length > 0 && located.every((area) => isWithin(area, container as ast.Area));
        });
    }

    private member(expression: ast.MemberAccess): unknown {
        const receiver = this.value(expression.receiver);
        if (receiver === undefined) return undefined;
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
        const elements = this.elements(expression);
        for (const element of elements) {
            if (typeof element === 'object' && element !== null && isNamedFact(element as AstNode)) this.checked.add(element as AstNode);
        }
        let holding = 0;
        for (const element of elements) {
            this.env.set(expression.variable, element);
            const holds = this.value(expression.body) === true;
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
                if (expression.filter && this.value(expression.filter) !== true) continue;
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

/** Amounts are compared to the penny: £4.5m + £8m is £12.5m despite floating point. */
function order(a: number, b: number): number {
    return sameAmount(a, b) ? 0 : a - b;
}

function equal(a: unknown, b: unknown): boolean {
    if (typeof a === 'number' && typeof b === 'number') return sameAmount(a, b);
    if (isDuration(a) && isDuration(b)) return a.amount === b.amount && a.unit === b.unit;
    return a === b;
}

export function isDuration(value: unknown): value is DurationValue {
    return typeof value === 'object' && value !== null && 'amount' in value && 'unit' in value && !('$type' in value);
}

/** The areas a value is in: an area itself, the areas a party serves, a located fact's area. */
export function areasOf(node: AstNode, context: FieldContext): ast.Area[] {
    if (ast.isArea(node)) return [node];
    const kind = entityKindOf(node);
    if (!kind) return [];
    if (kind === 'Party') return ENTITY_FIELDS.Party.areas!.get(node, context) as ast.Area[];
    const field = locationField(kind);
    const area = field ? ENTITY_FIELDS[kind][field]!.get(node, context) as ast.Area | undefined : undefined;
    return area ? [area] : [];
}
