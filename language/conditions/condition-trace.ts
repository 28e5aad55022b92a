import type { AstNode } from 'langium';
import * as ast from '../generated/ast.js';
import type { FactIndex } from '../model/facts.js';
import type { IsoDate } from '../model/dates.js';
import { conditionScope, scopedCollection, type ConditionScope } from './condition-scope.js';
import { typeCheckCondition } from './condition-type-checker.js';
import { describeElement, formatValue, nounPhrase, statement, titleAndName } from './condition-words.js';
import { ExpressionEvaluator } from './expression-evaluator.js';

/** One sub-expression evaluated: what it is in words, its value, and the parts it was computed from. */
export interface TraceNode {
    text: string;
    value: string;
    /** For conditions (true/false parts): whether it holds. */
    holds?: boolean;
    children: TraceNode[];
}

/** How many elements of a collection a trace lists before summarising the rest. */
const MAX_ELEMENTS = 12;

/**
 * The evaluation tree of a condition, like a tracer: each sub-expression in words with its value. With `fact`,
 * the condition is traced for that fact alone — the outermost quantifier that ranges over it is bound to it —
 * which is what `lhc explain <condition> --fact <name>` prints and the editor's hover on a violation shows.
 * Returns undefined when the condition cannot be evaluated (authoring errors).
 */
export function traceCondition(condition: ast.Condition, facts: FactIndex, asOf: IsoDate, fact?: AstNode): TraceNode | undefined {
    const typing = typeCheckCondition(condition, facts);
    if (typing.issues.length > 0 || !condition.expression) return undefined;
    return new Tracer(typing, facts, asOf, conditionScope(condition, facts)).root(condition, fact);
}

/**
 * Why `condition` never judges `fact` at `asOf` ("it is not one of all estate sales", "the condition leaves it
 * out"), or undefined when it does judge it (or cannot be evaluated at all, for authoring errors). The one answer
 * `lhc explain <condition> --fact`, the editor's hover and scenario tests (`expect C passes on X`) give: a
 * condition judges a fact its top-level quantifier ranges over and keeps (or one holding such a fact: an
 * agreement holding the pilots it ranges over), or, with no top-level quantifier, a fact it reads (`checked`).
 */
export function whyNotJudged(condition: ast.Condition, facts: FactIndex, asOf: IsoDate, fact: AstNode): string | undefined {
    const typing = typeCheckCondition(condition, facts);
    if (typing.issues.length > 0 || !condition.expression) return undefined;
    return new Tracer(typing, facts, asOf, conditionScope(condition, facts)).whyNotJudged(condition.expression, fact);
}

class Tracer extends ExpressionEvaluator {
    constructor(typing: ConstructorParameters<typeof ExpressionEvaluator>[0], facts: FactIndex, asOf: IsoDate, private readonly scope: ConditionScope) {
        super(typing, facts, asOf);
    }

    /** As the condition is judged: `estate-sales` holds only the facts under its agreement (condition-scope.ts). */
    protected override collection(kind: ast.FactCollection): readonly AstNode[] {
        return scopedCollection(this.scope, kind, this.facts);
    }

    root(condition: ast.Condition, fact: AstNode | undefined): TraceNode {
        const expression = condition.expression;
        if (!fact) {
            const top = this.trace(expression);
            return { text: condition.name, value: top.holds ? 'passes' : 'fails', holds: top.holds, children: [top] };
        }
        const text = `${condition.name} for ${titleAndName(fact)}`;
        const notJudged = this.whyNotJudged(expression, fact);
        if (ast.isQuantified(expression) && this.rangedOver(expression).includes(fact)) {
            this.bind(expression.variable, fact);
            const filter = expression.filter ? [this.trace(expression.filter)] : [];
            if (notJudged) return { text, value: `not judged: ${notJudged}`, holds: true, children: filter };
            const holds = this.value(expression.body) === true;
            return { text, value: holds ? 'passes' : 'fails', holds, children: [...filter, this.trace(expression.body)] };
        }
        if (notJudged) return { text, value: `not judged: ${notJudged}`, children: [this.trace(expression)] };
        const top = this.trace(expression);
        return { text: condition.name, value: top.holds ? 'passes' : 'fails', holds: top.holds, children: [top] };
    }

    /** See `whyNotJudged`. */
    whyNotJudged(expression: ast.Expression, fact: AstNode): string | undefined {
        if (ast.isQuantified(expression)) {
            const items = this.rangedOver(expression);
            const kept = (item: unknown) => {
                if (!expression.filter) return true;
                this.bind(expression.variable, item);
                const keeps = this.value(expression.filter) === true;
                this.bind(expression.variable, undefined);
                return keeps;
            };
            if (items.includes(fact)) return kept(fact) ? undefined : 'the condition leaves it out';
            if (items.some((item) => holds(fact, item) && kept(item))) return undefined;
            return `it is not one of ${this.phrase(expression.collection)}`;
        }
        this.value(expression);
        if ([...this.checked].some((node) => holds(fact, node))) return undefined;
        return 'the condition reads nothing of it';
    }

    private rangedOver(expression: ast.Quantified): unknown[] {
        const collection = this.value(expression.collection);
        return Array.isArray(collection) ? collection : [];
    }

    private format = (expression: ast.Expression): string => formatValue(this.value(expression), this.type(expression));

    private phrase(expression: ast.Expression | undefined): string {
        return nounPhrase(expression, this.format);
    }

    private trace(expression: ast.Expression): TraceNode {
        const value = this.value(expression);
        const isBoolean = this.type(expression)?.kind === 'boolean' || typeof value === 'boolean';
        const node: TraceNode = isBoolean
            ? { text: statement(expression, this.format), value: value === true ? 'true' : 'false', holds: value === true, children: [] }
            : { text: this.phrase(expression), value: this.format(expression), children: [] };
        node.children = this.childrenOf(expression);
        return node;
    }

    private childrenOf(expression: ast.Expression): TraceNode[] {
        if (ast.isNotExpression(expression)) return [this.trace(expression.operand)];
        if (ast.isBinaryExpression(expression)) return [expression.left, expression.right].filter(isComputed).map((side) => this.trace(side));
        if (ast.isWithinExpression(expression)) return [expression.subject, expression.container].filter(isComputed).map((side) => this.trace(side));
        if (ast.isIsSetExpression(expression)) return isComputed(expression.operand) ? [this.trace(expression.operand)] : [];
        if (ast.isMemberAccess(expression)) return isComputed(expression.receiver) && !ast.isReference(expression.receiver) ? [this.trace(expression.receiver)] : [];
        if (ast.isQuantified(expression)) return this.elementsOf(expression, expression.body);
        if (ast.isAggregate(expression) && expression.variable && expression.collection) return this.elementsOf(expression, expression.value);
        return [];
    }

    /** One child per element of a quantifier or aggregate: the element, then its body traced with it bound. */
    private elementsOf(expression: ast.Quantified | ast.Aggregate, body: ast.Expression): TraceNode[] {
        const variable = expression.variable!;
        const collection = this.value(expression.collection);
        const items = Array.isArray(collection) ? collection : [];
        const children: TraceNode[] = [];
        const leftOut: string[] = [];
        for (const item of items) {
            this.bind(variable, item);
            if (expression.filter && this.value(expression.filter) !== true) {
                leftOut.push(describe(item));
                continue;
            }
            if (children.length >= MAX_ELEMENTS) continue;
            const traced = this.trace(body);
            children.push({ ...traced, text: `${describe(item)}: ${traced.text}` });
        }
        this.bind(variable, undefined);
        if (items.length === 0) children.push({ text: `${this.phrase(expression.collection)}: there are none`, value: '', children: [] });
        const judged = items.length - leftOut.length;
        if (judged > MAX_ELEMENTS) children.push({ text: `and ${judged - MAX_ELEMENTS} more`, value: '', children: [] });
        if (leftOut.length > 0) children.push({ text: `left out by the filter: ${leftOut.slice(0, 5).join('; ')}${leftOut.length > 5 ? `; and ${leftOut.length - 5} more` : ''}`, value: '', children: [] });
        return children;
    }
}

/** Whether `item` is `fact` or lies within it (a pilot within its agreement). */
function holds(fact: AstNode, item: unknown): boolean {
    for (let node = item as AstNode | undefined; typeof node === 'object' && node !== null; node = node.$container) if (node === fact) return true;
    return false;
}

function describe(item: unknown): string {
    return typeof item === 'object' && item !== null && '$type' in item ? describeElement(item as AstNode) : formatValue(item);
}

/** Literals are their own value: not worth a line of their own. */
function isComputed(expression: ast.Expression | undefined): expression is ast.Expression {
    return expression !== undefined && !(ast.isDateLiteral(expression) || ast.isMoneyLiteral(expression) || ast.isPercentLiteral(expression)
        || ast.isNumberLiteral(expression) || ast.isStringLiteral(expression) || ast.isBooleanLiteral(expression)
        || ast.isDurationLiteral(expression) || ast.isListLiteral(expression) || ast.isTodayLiteral(expression)
        // A fact named in the condition, or the element in hand (already named on its line).
        || ast.isReference(expression));
}

/**
 * The tree as text, one sub-expression a line, `├─`/`└─` for the structure. `collapsed`: parts that hold are one
 * line each, only what fails is opened (the editor's hover).
 */
export function renderTrace(node: TraceNode, options: { collapsed?: boolean } = {}): string {
    const lines: string[] = [];
    const line = (item: TraceNode) => `${item.text}${item.value ? ` — ${item.value}` : ''}`;
    const walk = (item: TraceNode, prefix: string) => {
        const children = options.collapsed && item.holds === true ? [] : item.children;
        children.forEach((child, index) => {
            const last = index === children.length - 1;
            lines.push(`${prefix}${last ? '└─ ' : '├─ '}${line(child)}`);
            walk(child, `${prefix}${last ? '   ' : '│  '}`);
        });
    };
    lines.push(line(node));
    walk(node, '');
    return lines.join('\n');
}
