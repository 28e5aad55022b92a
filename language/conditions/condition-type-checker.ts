import { AstUtils, type AstNode } from 'langium';
import * as ast from '../generated/ast.js';
import { BuildCache } from '../model/build-cache.js';
import type { FactIndex } from '../model/facts.js';
import { nestingIssue } from './condition-depth.js';
import { closest, namedFacts, variablesInScope } from './name-suggestions.js';
import type { ConditionTyping, ConditionTypeIssue } from './condition-shapes.js';
import { textOf } from './condition-words.js';
import { typingStoreOf } from './typing-store.js';

export type { ConditionTypeErrorId, ConditionTypeIssue, ConditionTyping } from './condition-shapes.js';
export { locationField } from './condition-types.js';
export { textOf } from './condition-words.js';

export { closest };
import {
    BOOLEAN, DATE, DURATION, ENTITY_FIELDS, FACT_COLLECTIONS, MONEY, NUMBER, PERCENT, TEXT, UNKNOWN, describeType,
    elementType, entity, entityKindOf, isAssignable, isNumeric, listOf, locationField, type ConditionType
} from './condition-types.js';


/**
 * Typings by build, then by condition. A condition's node outlives edits elsewhere (another file, another
 * declaration of its own file re-parsed on its own, a settings change), while what its typing read — the linked
 * targets of its names, the workspace's facts — does not; the fact index is rebuilt after every change, so
 * keying by it first drops every typing whenever anything it read may have changed.
 */
const cache = new BuildCache<FactIndex, [ast.Condition], ConditionTyping>();

/**
 * Type-checks a condition once per build, and in the language server once per version of its document
 * (`ConditionRunCache.typing`). `facts` supplies the names for "did you mean" suggestions.
 */
export function typeCheckCondition(condition: ast.Condition, facts: FactIndex): ConditionTyping {
    return cache.get(facts, [condition], () => {
        const check = () => new ConditionTypeChecker(facts).check(condition);
        return typingStoreOf(facts)?.typing(condition, check) ?? check();
    });
}

/** Operators whose result is true or false, whatever their operands. */
const PREDICATES = new Set(['=', '!=', '<', '<=', '>', '>=', 'before', 'after', 'in']);

class ConditionTypeChecker {
    private readonly types = new Map<AstNode, ConditionType>();
    private readonly issues: ConditionTypeIssue[] = [];

    constructor(private readonly facts: FactIndex) {}

    check(condition: ast.Condition): ConditionTyping {
        // Too deep to walk: that is the condition's one finding, and nothing else is judged.
        const tooDeep = nestingIssue(condition);
        if (tooDeep) return { types: this.types, issues: [tooDeep] };
        if (condition.expression) this.expectBoolean(condition.expression, 'A condition');
        return { types: this.types, issues: this.issues };
    }

    private report(issue: ConditionTypeIssue): void {
        this.issues.push(issue);
    }

    private expectBoolean(expression: ast.Expression, what: string): void {
        const type = this.typeOf(expression);
        if (!isAssignable(type, BOOLEAN)) {
            this.report({ id: 'condition-type-error', node: expression, message: `${what} must be true or false, but this is ${describeType(type)}.` });
        }
    }

    typeOf(expression: ast.Expression | undefined): ConditionType {
        if (!expression) return UNKNOWN;
        const known = this.types.get(expression);
        if (known) return known;
        // A node whose operator or function a syntax error left out has no type.
        const type = this.infer(expression) ?? UNKNOWN;
        this.types.set(expression, type);
        return type;
    }

    private infer(expression: ast.Expression): ConditionType {
        switch (expression.$type) {
            case ast.BinaryExpression.$type: return this.binary(expression as ast.BinaryExpression);
            case ast.NotExpression.$type:
                this.expectBoolean((expression as ast.NotExpression).operand, "What follows 'not'");
                return BOOLEAN;
            case ast.WithinExpression.$type: return this.within(expression as ast.WithinExpression);
            case ast.IsSetExpression.$type:
                this.typeOf((expression as ast.IsSetExpression).operand);
                return BOOLEAN;
            case ast.MemberAccess.$type: return this.member(expression as ast.MemberAccess);
            case ast.Quantified.$type: return this.quantified(expression as ast.Quantified);
            case ast.Aggregate.$type: return this.aggregate(expression as ast.Aggregate);
            case ast.ListLiteral.$type: return this.list(expression as ast.ListLiteral);
            case ast.AllFacts.$type: {
                const collection = FACT_COLLECTIONS[(expression as ast.AllFacts).kind];
                return collection ? listOf(entity(collection.entity)) : UNKNOWN;
            }
            case ast.Reference.$type: return this.reference(expression as ast.Reference);
            case ast.DateLiteral.$type: case ast.TodayLiteral.$type: return DATE;
            case ast.MoneyLiteral.$type: return MONEY;
            case ast.PercentLiteral.$type: return PERCENT;
            case ast.NumberLiteral.$type: return NUMBER;
            case ast.StringLiteral.$type: return TEXT;
            case ast.BooleanLiteral.$type: return BOOLEAN;
            case ast.DurationLiteral.$type: return DURATION;
            default: return UNKNOWN;
        }
    }

    private binary(expression: ast.BinaryExpression): ConditionType {
        const { operator, left, right } = expression;
        if (operator === 'and' || operator === 'or' || operator === 'implies') {
            this.expectBoolean(left, `Each side of '${operator}'`);
            this.expectBoolean(right, `Each side of '${operator}'`);
            return BOOLEAN;
        }
        const leftType = this.typeOf(left);
        const rightType = this.typeOf(right);
        const either = leftType.kind === 'unknown' || rightType.kind === 'unknown';
        const mismatch = (verb: string, hint = ''): ConditionType => {
            this.report({
                id: 'condition-type-error', node: expression, property: 'operator',
                message: `Cannot ${verb} ${describeType(leftType)} with ${describeType(rightType)}${hint}.`
            });
            return PREDICATES.has(operator) ? BOOLEAN : UNKNOWN;
        };
        switch (operator) {
            case '=': case '!=':
                if (!isAssignable(leftType, rightType) && !isAssignable(rightType, leftType)) return mismatch('compare');
                this.checkEnumeratedText(left, leftType, right);
                this.checkEnumeratedText(right, rightType, left);
                return BOOLEAN;
            case '<': case '<=': case '>': case '>=':
                if (either) return BOOLEAN;
                if (leftType.kind === 'date' && rightType.kind === 'date') return BOOLEAN;
                if (isNumeric(leftType) && isAssignable(leftType, rightType)) return BOOLEAN;
                return mismatch('order', leftType.kind !== rightType.kind && (leftType.kind === 'date' || rightType.kind === 'date') ? ' (dates compare only with dates)' : '');
            case 'before': case 'after':
                if (either || (leftType.kind === 'date' && rightType.kind === 'date')) return BOOLEAN;
                return mismatch(`use '${operator}' on`, ` ('${operator}' compares two dates)`);
            case 'in': {
                const element = elementType(rightType);
                if (!element) {
                    this.report({ id: 'condition-not-a-collection', node: right, message: `'in' needs a list on its right, but this is ${describeType(rightType)}.` });
                    return BOOLEAN;
                }
                if (!isAssignable(leftType, element)) return mismatch('look for', ` in ${describeType(rightType)}`);
                return BOOLEAN;
            }
            case '+': case '-':
                if (either) return UNKNOWN;
                if (leftType.kind === 'date' && rightType.kind === 'duration') return DATE;
                if (isNumeric(leftType) && isAssignable(leftType, rightType)) return leftType.kind === 'quantity' ? rightType : leftType;
                return mismatch(operator === '+' ? 'add' : 'subtract', leftType.kind === 'date' ? ' (add a duration such as 6 months to a date)' : '');
            case '*':
                if (either) return UNKNOWN;
                if (leftType.kind === 'number' && isNumeric(rightType)) return rightType;
                if (rightType.kind === 'number' && isNumeric(leftType)) return leftType;
                if (leftType.kind === 'percent' && isNumeric(rightType)) return rightType;
                if (rightType.kind === 'percent' && isNumeric(leftType)) return leftType;
                return mismatch('multiply');
            case '/':
                if (either) return UNKNOWN;
                // A share: money divided by money is the percentage one is of the other.
                if (isNumeric(leftType) && leftType.kind !== 'number' && isAssignable(leftType, rightType) && rightType.kind !== 'number') return PERCENT;
                if (isNumeric(leftType) && rightType.kind === 'number') return leftType;
                return mismatch('divide');
            case 'of':
                if (either) return UNKNOWN;
                if (leftType.kind === 'percent' && isNumeric(rightType)) return rightType;
                return mismatch("take a share ('of')", ` (write a percentage before 'of', as in 50% of sale.proceeds)`);
        }
        return UNKNOWN;
    }

    /** `party.kind = "counsil"` is a typo the checker can catch: the field only takes known words. */
    private checkEnumeratedText(side: ast.Expression, sideType: ConditionType, other: ast.Expression): void {
        if (sideType.kind !== 'text' || !('values' in sideType) || !sideType.values || !ast.isStringLiteral(other)) return;
        const value = other.value;
        if (sideType.values.includes(value)) return;
        const suggestion = closest(value, sideType.values);
        this.report({
            id: 'condition-type-error', node: other, property: 'value', suggestion: suggestion && `"${suggestion}"`,
            message: `"${value}" is never a value of ${textOf(side)}: it is one of ${sideType.values.join(', ')}.${suggestion ? ` Did you mean "${suggestion}"?` : ''}`
        });
    }

    private within(expression: ast.WithinExpression): ConditionType {
        const subject = this.typeOf(expression.subject);
        if (expression.span) {
            const container = this.typeOf(expression.container);
            if (!isAssignable(subject, DATE) || !isAssignable(container, DATE)) {
                this.report({
                    id: 'condition-type-error', node: expression,
                    message: `'within ${expression.span.amount} ${expression.span.unit} of' compares two dates, not ${describeType(subject)} and ${describeType(container)}.`
                });
            }
            return BOOLEAN;
        }
        this.checkArea(expression.container);
        if (subject.kind === 'unknown') return BOOLEAN;
        const located = subject.kind === 'list' ? subject.element : subject;
        if (located.kind === 'entity' && (located.entity === 'Area' || located.entity === 'Party' || locationField(located.entity))) return BOOLEAN;
        this.report({
            id: 'condition-type-error', node: expression.subject,
            message: `Only areas, parties and located facts can be 'within' an area; this is ${describeType(subject)}.`
        });
        return BOOLEAN;
    }

    /** `within London`: the container must be a declared area. */
    private checkArea(container: ast.Expression): void {
        if (ast.isReference(container)) {
            const target = container.target?.ref;
            const written = container.target?.$refText;
            if (!target) {
                const suggestion = closest(written, this.facts.areas.map((area) => area.name));
                this.report({
                    id: 'condition-unknown-area', node: container, property: 'target', suggestion,
                    message: `Unknown area '${written}': no area is declared with this name.${suggestion ? ` Did you mean '${suggestion}'?` : ''}`
                });
                this.types.set(container, UNKNOWN);
                return;
            }
            if (!ast.isArea(target) && !ast.isVariable(target)) {
                const suggestion = closest(written, this.facts.areas.map((area) => area.name));
                this.report({
                    id: 'condition-unknown-area', node: container, property: 'target', suggestion,
                    message: `'${written}' is ${describeType(this.typeOf(container))}, not an area.${suggestion ? ` Did you mean '${suggestion}'?` : ''}`
                });
                return;
            }
        }
        const type = this.typeOf(container);
        if (!isAssignable(type, entity('Area'))) {
            this.report({ id: 'condition-unknown-area', node: container, message: `'within' needs an area, but this is ${describeType(type)}.` });
        }
    }

    private member(expression: ast.MemberAccess): ConditionType {
        const receiver = this.typeOf(expression.receiver);
        if (receiver.kind === 'unknown') return UNKNOWN;
        const isList = receiver.kind === 'list';
        const owner = isList ? receiver.element : receiver;
        if (owner.kind !== 'entity') {
            this.report({
                id: 'condition-unknown-field', node: expression, property: 'member',
                message: `${textOf(expression.receiver)} is ${describeType(receiver)}, which has no field '${expression.member}'.`
            });
            return UNKNOWN;
        }
        const fields = ENTITY_FIELDS[owner.entity];
        const spec = Object.hasOwn(fields, expression.member) ? fields[expression.member] : undefined;
        if (!spec) {
            const suggestion = closest(expression.member, Object.keys(fields));
            this.report({
                id: 'condition-unknown-field', node: expression, property: 'member', suggestion,
                message: `${capitalise(describeType(owner))} has no field '${expression.member}'.${suggestion ? ` Did you mean '${suggestion}'?` : ''} Its fields: ${Object.keys(fields).join(', ')}.`
            });
            return UNKNOWN;
        }
        // Navigating from a list maps over it: `budget.contributions.contributor` is a list of parties.
        if (!isList) return spec.type;
        return spec.type.kind === 'list' ? spec.type : listOf(spec.type);
    }

    private collectionElement(collection: ast.Expression, what: string): ConditionType {
        const type = this.typeOf(collection);
        const element = elementType(type);
        if (element) return element;
        this.report({
            id: 'condition-not-a-collection', node: collection,
            message: `${what} needs a collection to go over, but ${textOf(collection)} is ${describeType(type)}.`
        });
        return UNKNOWN;
    }

    private quantified(expression: ast.Quantified): ConditionType {
        const element = this.collectionElement(expression.collection, `'${quantifierText(expression)}'`);
        if (expression.variable) this.types.set(expression.variable, element);
        if (expression.filter) this.expectBoolean(expression.filter, "A 'where' filter");
        if (expression.body) this.expectBoolean(expression.body, `What '${quantifierText(expression)}' asks of each`);
        return BOOLEAN;
    }

    private aggregate(expression: ast.Aggregate): ConditionType {
        let valueType: ConditionType;
        if (expression.collection) {
            const element = this.collectionElement(expression.collection, `'${expression.function}'`);
            if (expression.variable) this.types.set(expression.variable, element);
            if (expression.filter) this.expectBoolean(expression.filter, "A 'where' filter");
            valueType = this.typeOf(expression.value);
        } else {
            const element = this.collectionElement(expression.value, `'${expression.function}'`);
            valueType = element;
        }
        if (valueType.kind === 'unknown') return expression.function === 'count' ? NUMBER : UNKNOWN;
        switch (expression.function) {
            case 'count': return NUMBER;
            case 'sum': case 'min': case 'max':
                if (isNumeric(valueType)) return valueType;
                this.report({ id: 'condition-type-error', node: expression.value, message: `'${expression.function}' adds up or compares numbers, money or percentages, not ${describeType(valueType)}.` });
                return UNKNOWN;
            case 'earliest': case 'latest':
                if (valueType.kind === 'date') return DATE;
                this.report({ id: 'condition-type-error', node: expression.value, message: `'${expression.function}' picks a date, but this is ${describeType(valueType)}.` });
                return UNKNOWN;
        }
    }

    private list(expression: ast.ListLiteral): ConditionType {
        const types = expression.items.map((item) => this.typeOf(item));
        const first = types.find((type) => type.kind !== 'unknown');
        if (!first) return listOf(UNKNOWN);
        types.forEach((type, index) => {
            if (!isAssignable(type, first)) {
                this.report({ id: 'condition-type-error', node: expression.items[index]!, message: `A list holds one kind of value: this is ${describeType(type)}, the first item ${describeType(first)}.` });
            }
        });
        return listOf(first);
    }

    private reference(expression: ast.Reference): ConditionType {
        const target = expression.target?.ref;
        if (!target) {
            const written = expression.target?.$refText;
            const suggestion = closest(written, [...variablesInScope(expression), ...namedFacts(this.facts)]);
            this.report({
                id: 'condition-unknown-name', node: expression, property: 'target', suggestion,
                message: `Unknown name '${written}': no fact or variable is declared with this name.${suggestion ? ` Did you mean '${suggestion}'?` : ''}`
            });
            return UNKNOWN;
        }
        if (ast.isVariable(target)) {
            const binder = target.$container;
            // `every r in r.reinvestments`: the variable is not bound yet where its collection is written.
            if ((ast.isQuantified(binder) || ast.isAggregate(binder)) && binder.collection
                && AstUtils.hasContainerOfType(expression, (node) => node === binder.collection)) {
                this.report({
                    id: 'condition-unknown-name', node: expression, property: 'target',
                    message: `'${target.name}' is not bound yet here: it names each item of this collection, so the collection cannot use it.`
                });
                return UNKNOWN;
            }
            // A variable's type is set when its quantifier or aggregate is checked.
            if (!this.types.has(target) && (ast.isQuantified(binder) || ast.isAggregate(binder)) && binder.collection) {
                this.types.set(target, elementType(this.typeOf(binder.collection)) ?? UNKNOWN);
            }
            return this.types.get(target) ?? UNKNOWN;
        }
        const kind = entityKindOf(target);
        return kind ? entity(kind) : UNKNOWN;
    }
}


export function quantifierText(expression: ast.Quantified): string {
    return expression.quantifier === 'least' || expression.quantifier === 'most'
        ? `at ${expression.quantifier} ${expression.count ?? ''}`.trim()
        : expression.quantifier;
}


function capitalise(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

