import type { AstNode } from 'langium';
import * as ast from '../generated/ast.js';
import { formatMoney, formatPercent } from '../model/money.js';
import type { ConditionType, DurationValue, FieldContext } from './condition-types.js';
import { quantifierText, textOf } from './condition-type-checker.js';
import { withinReason } from './within.js';

/**
 * Why-messages: the values that made a condition false, in words an officer can check against the file
 * ("£4.5m of £12.5m reinvested in Surrey, which is not within London").
 */

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

/** A value as the author would write it: £12.5m, 13%, 2019-04-01, LondonEstatesBoard, 50,000. */
export function formatValue(value: unknown, type?: ConditionType): string {
    if (value === undefined || value === null) return 'not set';
    if (Array.isArray(value)) {
        const element = type?.kind === 'list' ? type.element : undefined;
        if (value.length === 0) return 'none';
        const shown = value.slice(0, 5).map((item) => formatValue(item, element));
        return shown.join(', ') + (value.length > 5 ? ` and ${value.length - 5} more` : '');
    }
    if (typeof value === 'number') {
        if (type?.kind === 'money') return formatMoney(value);
        if (type?.kind === 'percent') return formatPercent(value);
        return Number.isInteger(value) ? value.toLocaleString('en-GB') : String(Number(value.toFixed(2)));
    }
    if (typeof value === 'boolean') return value ? 'true' : 'false';
    if (typeof value === 'string') return type?.kind === 'text' ? `"${value}"` : value;
    if (isDuration(value)) return `${value.amount} ${value.unit}${value.amount === 1 ? '' : 's'}`;
    return describeElement(value as AstNode);
}

function isDuration(value: unknown): value is DurationValue {
    return typeof value === 'object' && value !== null && 'amount' in value && 'unit' in value && !('$type' in value);
}

/** A fact or a part of one, in words: a named fact by its name, a reinvestment by what went where. */
export function describeElement(node: AstNode): string {
    if (ast.isReinvestment(node)) {
        const sale = node.$container;
        const of = sale?.proceeds !== undefined ? ` of ${formatMoney(sale.proceeds)}` : '';
        const purpose = node.purpose?.ref ? ` for ${node.purpose.ref.name}` : '';
        return `${formatMoney(node.amount)}${of} reinvested in ${node.area?.$refText ?? 'an unknown area'}${purpose}`;
    }
    if (ast.isApproval(node)) return `approval by ${node.approver?.$refText ?? 'nobody'} on ${node.date ?? 'no date'}`;
    if (ast.isContribution(node)) return `${node.contributor?.$refText ?? 'someone'} contributing ${formatMoney(node.amount)}`;
    if (ast.isRequest(node)) return `request for ${node.power?.$refText ?? 'a power'}`;
    const name = (node as { name?: unknown }).name;
    return typeof name === 'string' ? name : node.$type;
}

const AFFIRMED: Record<string, string> = {
    '=': 'equal to', '!=': 'different from', '<': 'less than', '<=': 'at most', '>': 'more than', '>=': 'at least',
    'before': 'before', 'after': 'after', 'in': 'one of'
};

/** The expression as written, with its value when that adds something: `sale.proceeds (£12.5m)`. */
function shown(expression: ast.Expression, scope: ExplainScope): string {
    const value = scope.value(expression);
    const formatted = formatValue(value, scope.type(expression));
    if (isLiteral(expression)) return formatted;
    if (ast.isReference(expression) && !ast.isVariable(expression.target.ref)) return formatted;
    return `${textOf(expression)} (${formatted})`;
}

function isLiteral(expression: ast.Expression): boolean {
    return ast.isDateLiteral(expression) || ast.isMoneyLiteral(expression) || ast.isPercentLiteral(expression)
        || ast.isNumberLiteral(expression) || ast.isStringLiteral(expression) || ast.isBooleanLiteral(expression)
        || ast.isDurationLiteral(expression) || ast.isListLiteral(expression);
}

function unset(expression: ast.Expression, scope: ExplainScope): string | undefined {
    const value = scope.value(expression);
    return value === undefined ? `${textOf(expression)} is not set` : undefined;
}

/**
 * Why `expression` does not have the truth value `expected` (false by default: why it fails).
 * Only the parts that are to blame are described.
 */
export function explain(expression: ast.Expression, scope: ExplainScope, expected = true): string {
    if (ast.isNotExpression(expression)) return explain(expression.operand, scope, !expected);
    if (ast.isBinaryExpression(expression)) return explainBinary(expression, scope, expected);
    if (ast.isWithinExpression(expression)) {
        const missing = unset(expression.subject, scope) ?? unset(expression.container, scope);
        if (missing) return missing;
        const container = scope.value(expression.container);
        if (!expression.span && expected && scope.fieldContext && ast.isArea(container as AstNode)) {
            const reason = withinReason(scope.value(expression.subject), container as ast.Area, scope.fieldContext);
            if (reason) return `${textOf(expression.subject)}: ${reason}`;
        }
        const span = expression.span ? `${expression.span.amount} ${expression.span.unit} of ` : '';
        return `${shown(expression.subject, scope)} is ${expected ? 'not ' : ''}within ${span}${shown(expression.container, scope)}`;
    }
    if (ast.isIsSetExpression(expression)) {
        const isSet = scope.value(expression.operand) !== undefined;
        return isSet ? `${textOf(expression.operand)} is set (${formatValue(scope.value(expression.operand), scope.type(expression.operand))})` : `${textOf(expression.operand)} is not set`;
    }
    if (ast.isQuantified(expression)) return explainQuantified(expression, scope, expected);
    return `${textOf(expression)} is ${formatValue(scope.value(expression), scope.type(expression))}`;
}

function explainBinary(expression: ast.BinaryExpression, scope: ExplainScope, expected: boolean): string {
    const { operator, left, right } = expression;
    const holds = (side: ast.Expression) => scope.value(side) === true;
    if (operator === 'and' || operator === 'or') {
        // `a and b` fails when either side fails; `a or b` fails when both do (and dually for `not`).
        const conjunctive = (operator === 'and') === expected;
        const blamed = [left, right].filter((side) => holds(side) !== expected);
        const parts = (conjunctive ? blamed : [left, right]).map((side) => explain(side, scope, expected));
        return parts.join(conjunctive ? '; ' : ', and ');
    }
    if (operator === 'implies') {
        return expected
            ? `${textOf(left)} holds, but ${explain(right, scope, true)}`
            : `${explain(left, scope, false)}, or ${explain(right, scope, false)}`;
    }
    const missing = unset(left, scope) ?? unset(right, scope);
    if (missing) return missing;
    const word = AFFIRMED[operator] ?? operator;
    return `${shown(left, scope)} is ${expected ? 'not ' : ''}${word} ${shown(right, scope)}`;
}

function explainQuantified(expression: ast.Quantified, scope: ExplainScope, expected: boolean): string {
    const elements = scope.elements(expression);
    const passing = elements.filter((element) => scope.holdsFor(expression, element));
    const failing = elements.filter((element) => !scope.holdsFor(expression, element));
    const collection = textOf(expression.collection);
    const body = textOf(expression.body);
    const list = (items: unknown[]) => items.slice(0, 3).map((item) => formatValue(item)).join('; ') + (items.length > 3 ? `; and ${items.length - 3} more` : '');
    const quantifier = expression.quantifier;
    if (elements.length === 0 && (quantifier === 'some' || quantifier === 'least')) return `${collection} is empty`;
    const holdingClause = `${body}`;
    switch (quantifier) {
        case 'every':
            return expected
                ? `${failing.length} of ${elements.length} in ${collection} fail ${holdingClause}: ${list(failing)}`
                : `every one of ${collection} satisfies ${holdingClause}`;
        case 'some': {
            if (!expected) return `${list(passing)} in ${collection} satisfies ${holdingClause}`;
            // Say why each candidate falls short, while there are few enough to read.
            const reasons = elements.length <= 3
                ? elements.map((element) => {
                    scope.holdsFor(expression, element);
                    return `${formatValue(element)}: ${explain(expression.body, scope)}`;
                }).join('; ')
                : list(elements);
            return `none of ${collection} satisfies ${holdingClause} (${reasons})`;
        }
        case 'no':
            return expected
                ? `${list(passing)} in ${collection} satisfies ${holdingClause}`
                : `none of ${collection} satisfies ${holdingClause}`;
        case 'least':
        case 'most':
            return `${passing.length} of ${elements.length} in ${collection} satisfy ${holdingClause}, ${quantifierText(expression)} ${expected ? 'required' : 'excluded'}`;
    }
}
