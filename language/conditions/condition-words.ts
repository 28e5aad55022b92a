import { counted } from '../model/counted.js';
import type { AstNode } from 'langium';
import * as ast from '../generated/ast.js';
import { formatMoney, formatPercent } from '../model/money.js';
import { isDuration, type ConditionType } from './condition-types.js';

/**
 * Conditions in words, for people: a fact by its title, a field by its label, an expression as the phrase it
 * stands for ("the total amount of the sale's reinvestments whose purpose is Primary care or Community care").
 * Never the expression's source text: officers read titles, not identifiers or comprehensions.
 */

/** A fact by the title its author gave it ("Cheshire East"), else its name. */
export function titleOf(node: AstNode): string {
    const title = (node as { title?: unknown }).title;
    if (typeof title === 'string' && title.trim()) return title;
    const name = (node as { name?: unknown }).name;
    return typeof name === 'string' ? name : describeElement(node);
}

/** A title with the identifier in brackets, where the two differ: for naming the fact a violation is on. */
export function titleAndName(node: AstNode): string {
    const name = (node as { name?: unknown }).name;
    const title = titleOf(node);
    return typeof name === 'string' && name !== title && name !== title.replace(/\W+/g, '') ? `${title} (${name})` : title;
}

/** An unnamed part of a fact, in words: "the reinvestment of £2.5m in Cheshire East". */
export function describeElement(node: AstNode): string {
    const ref = (reference: { ref?: AstNode } | undefined, fallback: string) => reference?.ref ? titleOf(reference.ref) : fallback;
    if (ast.isReinvestment(node)) {
        const purpose = node.purpose?.ref ? ` for ${titleOf(node.purpose.ref)}` : '';
        return `the reinvestment of ${formatMoney(node.amount)} in ${ref(node.area, 'an unknown area')}${purpose}`;
    }
    if (ast.isApproval(node)) return `the approval by ${ref(node.approver, 'nobody')} on ${node.date ?? 'no date'}`;
    if (ast.isContribution(node)) return `the contribution of ${formatMoney(node.amount)} by ${ref(node.contributor, 'someone')}`;
    if (ast.isRequest(node)) return `the request for ${ref(node.power, 'a power')}`;
    const named = (node as { name?: unknown }).name;
    return typeof named === 'string' ? titleOf(node) : words(node.$type);
}

/** A value as the author would read it: £12.5m, 13%, 2019-04-01, London Estates Board, 50,000. */
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
    if (typeof value === 'boolean') return value ? 'yes' : 'no';
    if (typeof value === 'string') return type?.kind === 'text' ? `"${value}"` : value;
    if (isDuration(value)) return counted(value.amount, value.unit.replace(/s$/, ''));
    return describeElement(value as AstNode);
}

/** Field labels that are not just the field's name split into words. */
const FIELD_LABELS: Record<string, string> = {
    soldOn: 'completion date', fullyPooled: 'full pooling date', gpPractices: 'number of GP practices', plansBy: 'plans deadline',
    baselineDate: 'baseline date', reportsTo: 'board it reports to', accountable: 'accountable parties', start: 'start date',
    end: 'end date', due: 'due date', delivered: 'delivery date', deadline: 'deadline', signed: 'signing date', population: 'population'
};

export function fieldLabel(member: string): string {
    return FIELD_LABELS[member] ?? words(member);
}

/** `soldOn` → "sold on", `LocalityTeam` → "locality team". */
export function words(identifier: string): string {
    return identifier.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[-_]/g, ' ').toLowerCase();
}

const ARITHMETIC_WORDS: Record<string, string | undefined> = { '+': 'plus', '-': 'minus', '*': 'times', '/': 'divided by' };

const AGGREGATE_WORDS: Record<ast.Aggregate['function'], string> = {
    sum: 'the total', count: 'the number', min: 'the smallest', max: 'the largest', earliest: 'the earliest', latest: 'the latest'
};

/** An expression as a noun phrase: "the sale's proceeds", "the number of the budget's accountable parties". */
export function nounPhrase(expression: ast.Expression | undefined, format: (expression: ast.Expression) => string): string {
    if (!expression) return 'a missing value';
    if (ast.isReference(expression)) {
        const target = expression.target.ref;
        if (ast.isVariable(target)) return `the ${variableWords(target)}`;
        return target ? titleOf(target) : `'${expression.target.$refText}'`;
    }
    if (ast.isMemberAccess(expression)) {
        // A named fact by title: "the delegations of Deciding how London's share … is invested"; a variable: "the sale's proceeds".
        const receiver = expression.receiver;
        if (ast.isReference(receiver) && !ast.isVariable(receiver.target.ref)) return `the ${fieldLabel(expression.member)} of ${nounPhrase(receiver, format)}`;
        return `${possessive(nounPhrase(receiver, format))} ${fieldLabel(expression.member)}`;
    }
    if (ast.isAllFacts(expression)) return `all ${words(expression.kind)}`;
    if (ast.isTodayLiteral(expression)) return `today (${format(expression)})`;
    if (ast.isAggregate(expression)) {
        const head = AGGREGATE_WORDS[expression.function];
        if (!expression.variable || !expression.collection) return `${head} of ${nounPhrase(expression.value, format)}`;
        const variable = expression.variable;
        // `sum(r.amount for r in sale.reinvestments)`: "the total amount of the sale's reinvestments".
        const value = ast.isMemberAccess(expression.value) && ast.isReference(expression.value.receiver) && expression.value.receiver.target.ref === variable
            ? ` ${fieldLabel(expression.value.member)}`
            : expression.function === 'count' ? '' : ` of ${nounPhrase(expression.value, format)}`;
        const filter = expression.filter ? ` ${relative(expression.filter, variable, format)}` : '';
        return `${head}${value} of ${nounPhrase(expression.collection, format)}${filter}`;
    }
    if (ast.isBinaryExpression(expression)) {
        const { operator } = expression;
        if (operator === 'of') return `${format(expression.left)} of ${nounPhrase(expression.right, format)}`;
        const joiner = ARITHMETIC_WORDS[operator];
        if (joiner) return `${nounPhrase(expression.left, format)} ${joiner} ${nounPhrase(expression.right, format)}`;
    }
    if (ast.isQuantified(expression) || ast.isBinaryExpression(expression) || ast.isNotExpression(expression)
        || ast.isWithinExpression(expression) || ast.isIsSetExpression(expression)) {
        return `whether ${statement(expression, format)}`;
    }
    return format(expression);
}

/**
 * A variable in words: its name (`sale` → "sale"), or for a short name (`r`, `a`) what its collection holds
 * (`sale.approvals` → "approval").
 */
function variableWords(variable: ast.Variable): string {
    if (variable.name.length > 2) return words(variable.name);
    const owner = variable.$container;
    const collection = ast.isQuantified(owner) || ast.isAggregate(owner) ? owner.collection : undefined;
    const plural = ast.isMemberAccess(collection) ? fieldLabel(collection.member) : ast.isAllFacts(collection) ? words(collection.kind) : undefined;
    if (!plural) return 'element';
    return plural.endsWith('ies') ? `${plural.slice(0, -3)}y` : plural.endsWith('s') ? plural.slice(0, -1) : plural;
}

function possessive(phrase: string): string {
    return phrase.endsWith('s') ? `${phrase}'` : `${phrase}'s`;
}

const OPERATOR_WORDS: Record<string, string> = {
    '=': '', '!=': 'not', '<': 'less than', '<=': 'at most', '>': 'more than', '>=': 'at least',
    'before': 'before', 'after': 'after', 'in': 'one of'
};

export function operatorWord(operator: string): string {
    return OPERATOR_WORDS[operator] ?? operator;
}

/** What an expression asserts, as a sentence without values: "the sale's sale date is before today". */
export function statement(expression: ast.Expression | undefined, format: (expression: ast.Expression) => string, negated = false): string {
    const not = negated ? 'not ' : '';
    if (!expression) return 'a missing condition';
    if (ast.isNotExpression(expression)) return statement(expression.operand, format, !negated);
    if (ast.isBinaryExpression(expression)) {
        const { operator, left, right } = expression;
        if (operator === 'and' || operator === 'or') {
            const joined = `${statement(left, format)} ${operator} ${statement(right, format)}`;
            return negated ? `it is not so that ${joined}` : joined;
        }
        if (operator === 'implies') return `${negated ? 'it is not so that ' : ''}if ${statement(left, format)}, then ${statement(right, format)}`;
        if (operator === 'in') return `${nounPhrase(left, format)} is ${not}one of ${listWords(right, format)}`;
        if (operator === '!=') return `${nounPhrase(left, format)} is ${negated ? '' : 'not '}${nounPhrase(right, format)}`;
        const word = operatorWord(operator);
        return `${nounPhrase(left, format)} is ${not}${word ? `${word} ` : ''}${nounPhrase(right, format)}`;
    }
    if (ast.isWithinExpression(expression)) {
        const span = expression.span ? `${expression.span.amount} ${expression.span.unit} of ` : '';
        return `${nounPhrase(expression.subject, format)} is ${not}within ${span}${nounPhrase(expression.container, format)}`;
    }
    if (ast.isIsSetExpression(expression)) {
        return `${nounPhrase(expression.operand, format)} is ${(expression.negated !== negated) ? 'not ' : ''}set`;
    }
    if (ast.isQuantified(expression)) {
        const quantifier = expression.quantifier === 'least' || expression.quantifier === 'most' ? `at ${expression.quantifier} ${expression.count ?? ''}` : expression.quantifier;
        const variable = expression.variable ? variableWords(expression.variable) : 'one';
        const filter = expression.filter ? ` ${relative(expression.filter, expression.variable, format)}` : '';
        return `${negated ? 'it is not so that ' : ''}for ${quantifier} ${variable} of ${nounPhrase(expression.collection, format)}${filter}, ${statement(expression.body, format)}`;
    }
    // A yes/no field reads as a property: "the delegation is in force".
    if (ast.isMemberAccess(expression)) return `${nounPhrase(expression.receiver, format)} is ${not}${fieldLabel(expression.member)}`;
    return `${nounPhrase(expression, format)} is ${negated ? 'no' : 'yes'}`;
}

/** A `where` filter as a relative clause: "whose purpose is one of Primary care, Community care". */
function relative(filter: ast.Expression, variable: ast.Variable | undefined, format: (expression: ast.Expression) => string): string {
    if (ast.isBinaryExpression(filter) && ast.isMemberAccess(filter.left) && ast.isReference(filter.left.receiver) && filter.left.receiver.target.ref === variable) {
        if (filter.operator === 'in') return `whose ${fieldLabel(filter.left.member)} is ${listWords(filter.right, format)}`;
        const word = operatorWord(filter.operator);
        if (filter.operator !== 'and' && filter.operator !== 'or' && filter.operator !== 'implies') {
            return `whose ${fieldLabel(filter.left.member)} is ${word ? `${word} ` : ''}${nounPhrase(filter.right, format)}`;
        }
    }
    return `where ${statement(filter, format)}`;
}

function listWords(expression: ast.Expression, format: (expression: ast.Expression) => string): string {
    if (ast.isListLiteral(expression)) {
        const items = expression.items.map((item) => nounPhrase(item, format));
        return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
    }
    return nounPhrase(expression, format);
}

/** 50% → "half", 25% → "a quarter"; other shares as written. */
export function shareWords(percent: number): string {
    const named: Record<number, string> = { 50: 'half', 25: 'a quarter', 75: 'three quarters', 100: 'all', 10: 'a tenth' };
    return named[percent] ?? formatPercent(percent);
}

/** The text the author wrote for an expression, for messages. */
export function textOf(node: AstNode | undefined): string {
    // A part a syntax error left out has no text of its own.
    if (!node) return '…';
    return node.$cstNode?.text.replace(/\s+/g, ' ') ?? node.$type;
}
