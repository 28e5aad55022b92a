import { AstUtils, GrammarUtils, type AstNode, type LangiumDocument } from 'langium';
import * as ast from '../generated/ast.js';
import type { ConfiguredSeverity } from '../config/lhc-settings.js';
import { addDuration, compareDates, dayNumber, normaliseDurationUnit, type IsoDate } from '../model/dates.js';
import { isWithin } from '../model/areas.js';
import type { FactIndex } from '../model/facts.js';
import { sameAmount } from '../model/money.js';
import { describeElement, explain, type ExplainScope } from './condition-explain.js';
import { locationField, typeCheckCondition, type ConditionTyping } from './condition-type-checker.js';
import { ENTITY_FIELDS, FACT_COLLECTIONS, entityKindOf, isNamedFact, type DurationValue, type FieldContext } from './condition-types.js';
import { findSuppressions, type Suppression } from './suppressions.js';
import { WaiverIndex, waiverProblems, type WaiverProblem } from './waivers.js';

/** One way a condition is broken: reported on `subject`, the fact that breaks it. */
export interface ConditionViolation {
    /** The named fact that breaks the condition (the estate sale, not the condition): what a waiver names. */
    subject: AstNode;
    /** Where exactly inside the subject, when narrower (the offending reinvestment line). */
    node?: AstNode;
    /** The whole message: condition, clause, statement and why. */
    message: string;
    /** Only the values that made it false. */
    why: string;
    waivedBy?: ast.Waiver | { comment: string };
}

export interface ConditionOutcome {
    condition: ast.Condition;
    /** The condition's name, its rule id. */
    id: string;
    severity: 'error' | 'warning' | 'info';
    /** `waived`: it fails, but every violation is waived. */
    status: 'pass' | 'fail' | 'waived';
    /** The facts the condition was evaluated over, for traceability. */
    checked: AstNode[];
    violations: ConditionViolation[];
}

/** Every condition of a workspace judged at one date, and what that says about its waivers. */
export interface ConditionEvaluation {
    asOf: IsoDate;
    /** Every condition without authoring errors, at its declared severity. */
    outcomes: ConditionOutcome[];
    waiverProblems: WaiverProblem[];
}

export interface EvaluateOptions {
    /** Configured severity by condition name; `off` drops the condition's outcome. */
    severityOf?: (id: string, declared: 'error' | 'warning' | 'info') => ConfiguredSeverity;
}

/** Evaluates every condition of the workspace as of a date; conditions switched `off` are left out. */
export function evaluateConditions(facts: FactIndex, asOf: IsoDate, options: EvaluateOptions = {}): ConditionOutcome[] {
    return evaluateWorkspace(facts, asOf).outcomes.flatMap((outcome) => {
        const severity = options.severityOf?.(outcome.id, outcome.severity) ?? outcome.severity;
        return severity === 'off' ? [] : [{ ...outcome, severity }];
    });
}

const evaluations = new WeakMap<FactIndex, Map<IsoDate, ConditionEvaluation>>();

/**
 * The evaluation of a workspace at a date, computed once per build: the fact index is rebuilt after
 * every change, so it is the cache key, and the language server, the checks and the summary share one result.
 */
export function evaluateWorkspace(facts: FactIndex, asOf: IsoDate): ConditionEvaluation {
    let byDate = evaluations.get(facts);
    if (!byDate) evaluations.set(facts, byDate = new Map());
    let evaluation = byDate.get(asOf);
    if (!evaluation) {
        evaluation = computeEvaluation(facts, asOf);
        byDate.set(asOf, evaluation);
    }
    return evaluation;
}

function computeEvaluation(facts: FactIndex, asOf: IsoDate): ConditionEvaluation {
    const waivers = new WaiverIndex(facts.waivers, asOf);
    const outcomes: ConditionOutcome[] = [];
    const evaluated = new Set<ast.Condition>();
    for (const condition of facts.conditions) {
        const typing = typeCheckCondition(condition, facts);
        if (typing.issues.length > 0 || !condition.expression || !condition.name || hasSyntaxErrors(condition)) continue;
        evaluated.add(condition);
        const outcome = new ConditionRun(condition, typing, facts, asOf).run();
        for (const violation of outcome.violations) {
            const waiver = waivers.match(condition, violation.subject);
            if (waiver) violation.waivedBy = waiver;
            else {
                const comment = suppressionFor(condition.name, violation.node ?? violation.subject);
                if (comment) violation.waivedBy = { comment: comment.reason };
            }
        }
        if (outcome.violations.length > 0) {
            outcome.status = outcome.violations.every((violation) => violation.waivedBy) ? 'waived' : 'fail';
        }
        outcomes.push(outcome);
    }
    return { asOf, outcomes, waiverProblems: waiverProblems(facts.waivers, waivers.used, evaluated, asOf) };
}

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
class ConditionRun implements ExplainScope {
    private readonly env = new Map<ast.Variable, unknown>();
    private readonly checked = new Set<AstNode>();
    private readonly fieldContext: FieldContext;

    constructor(private readonly condition: ast.Condition, private readonly typing: ConditionTyping, private readonly facts: FactIndex, private readonly asOf: IsoDate) {
        this.fieldContext = { asOf, facts };
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
            violations
        };
    }

    private message(why: string): string {
        const clause = clauseLabel(this.condition);
        const title = this.condition.title.replace(/[.!]$/, '');
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
                if (this.value(expression.body) === blamed) {
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
            return [{ subject: frame.subject, node: frame.node, why: [...rest, `${last}, which is not within ${describeValue(this.value(expression.container))}`].join(': ') }];
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
            case ast.AllFacts.$type: return FACT_COLLECTIONS[(expression as ast.AllFacts).kind]?.get(this.facts);
            case ast.Reference.$type: {
                const target = (expression as ast.Reference).target?.ref;
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
            if (typeof subject !== 'string' || typeof container !== 'string' || typeof expression.span.amount !== 'number') return false;
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

function isDuration(value: unknown): value is DurationValue {
    return typeof value === 'object' && value !== null && 'amount' in value && 'unit' in value && !('$type' in value);
}

/** The areas a value is in: an area itself, the areas a party serves, a located fact's area. */
function areasOf(node: AstNode, context: FieldContext): ast.Area[] {
    if (ast.isArea(node)) return [node];
    const kind = entityKindOf(node);
    if (!kind) return [];
    if (kind === 'Party') return ENTITY_FIELDS.Party.areas!.get(node, context) as ast.Area[];
    const field = locationField(kind);
    const area = field ? ENTITY_FIELDS[kind][field]!.get(node, context) as ast.Area | undefined : undefined;
    return area ? [area] : [];
}

function describeValue(value: unknown): string {
    if (typeof value === 'object' && value !== null && '$type' in value) return describeElement(value as AstNode);
    return String(value);
}

function namedAncestor(node: AstNode): AstNode | undefined {
    for (let current = node.$container; current; current = current.$container) if (isNamedFact(current)) return current;
    return undefined;
}

function hasSyntaxErrors(node: AstNode): boolean {
    const result = AstUtils.getDocument(node).parseResult;
    return result.lexerErrors.length > 0 || result.parserErrors.length > 0;
}

const suppressionsByDocument = new WeakMap<LangiumDocument, Suppression[]>();

/**
 * The `// lhc-ignore <condition>: reason` comment that accepts a violation reported at `target`, if any, so the
 * outcome knows the violation is waived (the diagnostic itself is marked by the document validator).
 */
export function suppressionFor(id: string, target: AstNode): Suppression | undefined {
    const document = AstUtils.getDocument(target);
    let suppressions = suppressionsByDocument.get(document);
    if (!suppressions) suppressionsByDocument.set(document, suppressions = findSuppressions(document.textDocument.getText()));
    if (suppressions.length === 0) return undefined;
    // Diagnostics on a named fact underline its name; others the node.
    const cst = GrammarUtils.findNodeForProperty(target.$cstNode, 'name') ?? target.$cstNode;
    const line = cst?.range.start.line;
    return suppressions.find((suppression) => suppression.id === id && suppression.reason && suppression.appliesTo === line);
}
