import { AstUtils, type AstNode } from 'langium';
import * as ast from '../generated/ast.js';
import type { EvaluationProbe } from '../conditions/expression-evaluator.js';
import type { TestResult } from './run-test.js';

/** A quantifier body or `where` filter of a condition, and whether the tests exercised it. */
export interface CoveragePart {
    kind: 'body' | 'filter';
    /** The file and 1-based line and column it starts at. */
    file: string;
    line: number;
    column: number;
    /** Its text as written, to find it by. */
    text: string;
    /** A body: evaluated for some element. A filter: kept some element and left some other out. */
    exercised: boolean;
    /** For a filter: what the tests never saw it do ("never left an element out"). */
    missing?: string;
}

/** How well the tests that name a condition cover it. */
export interface ConditionCoverage {
    condition: ast.Condition;
    name: string;
    title: string;
    /** Some test naming it saw it pass / fail. */
    passes: boolean;
    fails: boolean;
    parts: CoveragePart[];
}

interface Seen {
    bodies: Set<AstNode>;
    kept: Set<AstNode>;
    dropped: Set<AstNode>;
}

/**
 * Coverage of conditions by scenario tests. A test covers a condition when one of its expectations names it:
 * the outcome it saw (pass or fail) counts, and so does every quantifier body it evaluated and every `where`
 * filter that kept or left out an element. Conditions no test names are listed as uncovered.
 */
export class CoverageRecorder {
    private readonly seen = new Map<ast.Condition, Seen>();
    private readonly outcomes = new Map<ast.Condition, Set<string>>();
    private readonly conditions = new Set<ast.Condition>();
    private current: Seen | undefined;

    /** A probe for one test's run; `record` then keeps what it saw of the conditions the test names. */
    probe(): EvaluationProbe {
        const seen: Seen = this.current = { bodies: new Set(), kept: new Set(), dropped: new Set() };
        return {
            evaluated: (body) => { seen.bodies.add(body); },
            filtered: (filter, kept) => { (kept ? seen.kept : seen.dropped).add(filter); }
        };
    }

    record(result: TestResult): TestResult {
        const seen = this.current;
        this.current = undefined;
        for (const [condition, status] of result.outcomes) {
            this.conditions.add(condition);
            const statuses = this.outcomes.get(condition) ?? new Set();
            statuses.add(status);
            this.outcomes.set(condition, statuses);
            if (!seen) continue;
            const mine = this.seen.get(condition) ?? { bodies: new Set(), kept: new Set(), dropped: new Set() };
            for (const [from, to] of [[seen.bodies, mine.bodies], [seen.kept, mine.kept], [seen.dropped, mine.dropped]] as const) {
                for (const node of from) if (AstUtils.getContainerOfType(node, ast.isCondition) === condition) to.add(node);
            }
            this.seen.set(condition, mine);
        }
        return result;
    }

    /** Conditions of a workspace, so those no test names are reported too. */
    addConditions(conditions: Iterable<ast.Condition>): void {
        for (const condition of conditions) this.conditions.add(condition);
    }

    report(): ConditionCoverage[] {
        return [...this.conditions].map((condition) => {
            const statuses = this.outcomes.get(condition) ?? new Set();
            const seen = this.seen.get(condition) ?? { bodies: new Set(), kept: new Set(), dropped: new Set() };
            const parts: CoveragePart[] = [];
            for (const node of AstUtils.streamAst(condition)) {
                if (ast.isQuantified(node) && node.body) parts.push(part('body', node.body, seen.bodies.has(node.body)));
                if (ast.isAggregate(node) && node.variable && node.value) parts.push(part('body', node.value, seen.bodies.has(node.value)));
                if ((ast.isQuantified(node) || ast.isAggregate(node)) && node.filter) {
                    const kept = seen.kept.has(node.filter);
                    const dropped = seen.dropped.has(node.filter);
                    const missing = !kept && !dropped ? 'never judged an element' : !kept ? 'never kept an element' : !dropped ? 'never left an element out' : undefined;
                    parts.push({ ...part('filter', node.filter, kept && dropped), ...(missing ? { missing } : {}) });
                }
            }
            return {
                condition,
                name: condition.name,
                title: condition.title,
                passes: statuses.has('pass'),
                // A waived failure is still the condition failing.
                fails: statuses.has('fail') || statuses.has('waived'),
                parts
            };
        });
    }
}

function part(kind: CoveragePart['kind'], node: AstNode, exercised: boolean): CoveragePart {
    const range = node.$cstNode?.range;
    return {
        kind,
        file: AstUtils.getDocument(node).uri.fsPath,
        line: (range?.start.line ?? 0) + 1,
        column: (range?.start.character ?? 0) + 1,
        text: (node.$cstNode?.text ?? '').replace(/\s+/g, ' ').trim(),
        exercised
    };
}

/** Covered items over all items (both outcomes of each condition, each body and filter), as a whole percentage. */
export function coveragePercent(coverage: readonly ConditionCoverage[]): number {
    let total = 0;
    let covered = 0;
    for (const entry of coverage) {
        total += 2 + entry.parts.length;
        covered += Number(entry.passes) + Number(entry.fails) + entry.parts.filter((item) => item.exercised).length;
    }
    return total === 0 ? 100 : Math.floor(covered / total * 1000) / 10;
}
