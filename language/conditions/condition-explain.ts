import type { AstNode } from 'langium';
import * as ast from '../generated/ast.js';
import { formatMoney, formatPercent } from '../model/money.js';
import type { ExplainScope } from './condition-shapes.js';
import { withinReason } from './within.js';
import { formatValue, nounPhrase, operatorWord, shareWords, statement } from './condition-words.js';

export { describeElement, formatValue } from './condition-words.js';
export type { ExplainScope } from './condition-shapes.js';

/**
 * Why-lines: the values that made a condition false, in words an officer can check against the file — facts by
 * their titles, the deciding numbers ("£0 of £7.5m (0%); more than half, £3.75m, was required"), the element
 * that failed ("the reinvestment of £2.5m in Surrey is outside London"). Never the expression's source text.
 */


/** The value of an expression, formatted by its type. */
function valueText(expression: ast.Expression, scope: ExplainScope): string {
    return formatValue(scope.value(expression), scope.type(expression));
}

function phrase(expression: ast.Expression | undefined, scope: ExplainScope): string {
    return nounPhrase(expression, (inner) => valueText(inner, scope));
}

function isLiteral(expression: ast.Expression): boolean {
    return ast.isDateLiteral(expression) || ast.isMoneyLiteral(expression) || ast.isPercentLiteral(expression)
        || ast.isNumberLiteral(expression) || ast.isStringLiteral(expression) || ast.isBooleanLiteral(expression)
        || ast.isDurationLiteral(expression) || ast.isListLiteral(expression);
}

/** A phrase with its value, unless the phrase is the value: "the sale's proceeds, £7.5m," or "50,000". */
function withValue(expression: ast.Expression, scope: ExplainScope, value = valueText(expression, scope)): string {
    if (isLiteral(expression) || (ast.isReference(expression) && !ast.isVariable(expression.target.ref))) return value;
    return `${phrase(expression, scope)}, ${value},`;
}

function unset(expression: ast.Expression, scope: ExplainScope): string | undefined {
    return scope.value(expression) === undefined ? `${phrase(expression, scope)} is not set` : undefined;
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
            // The reason names the item; a variable's phrase ("the contributor") would only repeat it.
            if (reason) return ast.isReference(expression.subject) && ast.isVariable(expression.subject.target.ref) ? reason : `${phrase(expression.subject, scope)}: ${reason}`;
        }
        const span = expression.span ? `${expression.span.amount} ${expression.span.unit} of ` : '';
        const subject = ast.isReference(expression.subject) && ast.isVariable(expression.subject.target.ref)
            ? valueText(expression.subject, scope) : `${phrase(expression.subject, scope)} (${valueText(expression.subject, scope)})`;
        return expected
            ? `${subject} is ${span ? `not within ${span}` : 'outside '}${withValue(expression.container, scope).replace(/,$/, '')}`
            : `${subject} is within ${span}${withValue(expression.container, scope).replace(/,$/, '')}`;
    }
    if (ast.isIsSetExpression(expression)) {
        const value = scope.value(expression.operand);
        const isSet = value !== undefined && !(Array.isArray(value) && value.length === 0);
        return isSet ? `${phrase(expression.operand, scope)} is ${valueText(expression.operand, scope)}` : `${phrase(expression.operand, scope)} is not set`;
    }
    if (ast.isQuantified(expression)) return explainQuantified(expression, scope, expected);
    if (ast.isMemberAccess(expression) && typeof scope.value(expression) === 'boolean') {
        return statement(expression, (inner) => valueText(inner, scope), scope.value(expression) !== true);
    }
    return `${phrase(expression, scope)} is ${valueText(expression, scope)}`;
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
            ? `${statement(left, (inner) => valueText(inner, scope))}, but ${explain(right, scope, true)}`
            : `${explain(left, scope, false)}, or ${explain(right, scope, false)}`;
    }
    const missing = unset(left, scope) ?? unset(right, scope);
    if (missing) return missing;
    const [leftValue, rightValue] = distinctValueTexts(left, right, scope);
    if (operator === 'in') {
        // `x in Agreement.signatories` fails when x is not among them: say so, naming the list, not only x.
        const among = ast.isListLiteral(right) ? valueText(right, scope) : phrase(right, scope);
        return `${phrase(left, scope)}, ${leftValue}, is ${expected ? 'not ' : ''}among ${among}`;
    }
    if (operator === '=' || operator === '!=') {
        const isEqual = (operator === '=') === expected;
        return isEqual ? `${phrase(left, scope)} is ${leftValue}, not ${valueText(right, scope)}` : `${phrase(left, scope)} is ${leftValue}`;
    }
    const word = operatorWord(operator);
    const money = scope.type(left)?.kind === 'money' && scope.type(right)?.kind === 'money';
    if (money && expected && (operator === '>' || operator === '>=' || operator === '<' || operator === '<=')) return explainShare(expression, scope);
    if (!expected) return `${phrase(left, scope)} is ${leftValue}, ${word} ${withValue(right, scope, rightValue).replace(/,$/, '')}`;
    return `${phrase(left, scope)} is ${leftValue}; ${word} ${withValue(right, scope, rightValue)} was required`;
}

/**
 * Both sides of a comparison as text, with as many decimals as it takes for two different numbers not to read alike:
 * a share of 50.004% against 50% reads "50.004%", never "50% is not more than 50%" (percentages and plain numbers
 * are shown to 2 decimals otherwise; money compares in whole pence and is explained by `explainShare`).
 */
function distinctValueTexts(left: ast.Expression, right: ast.Expression, scope: ExplainScope): [string, string] {
    const texts: [string, string] = [valueText(left, scope), valueText(right, scope)];
    const [a, b] = [scope.value(left), scope.value(right)];
    if (texts[0] !== texts[1] || typeof a !== 'number' || typeof b !== 'number' || a === b) return texts;
    const kind = scope.type(left)?.kind;
    if (kind === 'money') return texts;
    const suffix = kind === 'percent' ? '%' : '';
    const at = (value: number, decimals: number) => `${Number(value.toFixed(decimals)).toLocaleString('en-GB', { maximumFractionDigits: decimals })}${suffix}`;
    for (let decimals = 3; decimals < 12; decimals++) {
        if (Number(a.toFixed(decimals)) !== Number(b.toFixed(decimals))) return [at(a, decimals), at(b, decimals)];
    }
    // Equal within the comparison's precision (50.004% computed against 50.004% written): show them as written.
    return [at(a, 12), at(b, 12)];
}

/**
 * A failed comparison of two amounts, by the share one is of the other: "the total amount of the sale's
 * reinvestments is £5m of £7.5m (67%); at least the sale's proceeds, £7.5m, was required", and for
 * `> 50% of …`: "… is £0 of £7.5m (0%); more than half, £3.75m, was required".
 */
function explainShare(expression: ast.BinaryExpression, scope: ExplainScope): string {
    const { operator, left, right } = expression;
    const leftValue = scope.value(left) as number;
    const required = scope.value(right) as number;
    const word = operatorWord(operator);
    const share = ast.isBinaryExpression(right) && right.operator === 'of' ? right : undefined;
    const whole = share ? scope.value(share.right) as number : required;
    const percent = whole > 0 ? ` (${formatPercent(Math.round(leftValue / whole * 100))})` : '';
    const of = whole !== leftValue || share ? ` of ${formatMoney(whole)}${percent}` : '';
    const requirement = share
        ? `${word} ${shareWords(scope.value(share.left) as number)}, ${formatMoney(required)}, was required`
        : `${word} ${withValue(right, scope)} was required`;
    return `${phrase(left, scope)} is ${formatMoney(leftValue)}${of}; ${requirement}`;
}

function explainQuantified(expression: ast.Quantified, scope: ExplainScope, expected: boolean): string {
    const elements = scope.elements(expression);
    const passing = elements.filter((element) => scope.holdsFor(expression, element));
    const failing = elements.filter((element) => !scope.holdsFor(expression, element));
    const collection = phrase(expression.collection, scope);
    const list = (items: unknown[]) => items.slice(0, 3).map((item) => formatValue(item)).join('; ') + (items.length > 3 ? `; and ${items.length - 3} more` : '');
    const why = (element: unknown, holding: boolean) => {
        scope.holdsFor(expression, element);
        return `${formatValue(element)}: ${explain(expression.body, scope, !holding)}`;
    };
    const reasons = (items: unknown[], holding: boolean) => items.length <= 3 ? items.map((item) => why(item, holding)).join('; ') : list(items);
    const quantifier = expression.quantifier;
    if (elements.length === 0 && (quantifier === 'some' || quantifier === 'least')) return `${collection}: there are none`;
    switch (quantifier) {
        case 'every':
            return expected
                ? `${failing.length} of ${elements.length} of ${collection} fall short (${reasons(failing, false)})`
                : `every one of ${collection} qualifies`;
        case 'some':
            return expected
                ? `none of ${collection} qualifies (${reasons(elements, false)})`
                : `${list(passing)} of ${collection} qualifies`;
        case 'no':
            return expected
                ? `${passing.length} of ${collection} should not qualify but do (${reasons(passing, true)})`
                : `none of ${collection} qualifies`;
        case 'least':
        case 'most':
            return `${passing.length} of ${elements.length} of ${collection} qualify; at ${quantifier} ${expression.count ?? 0} ${expected ? 'required' : 'excluded'}`;
    }
}
