import type { AstNode } from 'langium';
import * as ast from '../generated/ast.js';
import type { FactIndex } from '../model/facts.js';
import { describeLeftOut, describeScope, type ConditionScope } from './condition-scope.js';
import type { UndecidedFact, VacuousRange } from './condition-shapes.js';
import { textOf } from './condition-words.js';
import { ENTITY_LABEL, FACT_COLLECTIONS } from './condition-types.js';

export type { UndecidedFact, VacuousRange } from './condition-shapes.js';

/**
 * What a condition's quantifiers ranged over in one evaluation, so that a pass over nothing is never silent:
 * - a quantifier that holds over nothing (`every`, `no`, `at most`) and had nothing to range over every time it
 *   was evaluated — its collection empty, or its `where` leaving nothing — is *vacuous* (`condition-vacuous`);
 * - a fact its `where` could not judge (`d.to within GreaterManchester` for a board with no areas) is *undecided*
 *   (`condition-undecided`), not silently skipped;
 */



interface RangeRecord {
    evaluations: number;
    nonEmpty: number;
    /** The first evaluation that kept nothing: what it considered and why each was left out. */
    empty?: { considered: number; reasons: string[] };
}

/** Quantifiers that are true over an empty range. */
const VACUOUSLY_TRUE = new Set(['every', 'no', 'most']);

export class RangeLog {
    private readonly records = new Map<ast.Quantified, RangeRecord>();
    private readonly undecidedFacts = new Map<AstNode, UndecidedFact>();

    constructor(private readonly scope: ConditionScope, private readonly facts: FactIndex) {}

    /**
     * One evaluation of a quantifier: how many items its collection held (`considered`) and how many its `where`
     * kept. `reasons` says why the first few items failed the `where`; it is only asked for the first empty evaluation.
     */
    record(quantifier: ast.Quantified, considered: number, kept: number, reasons: () => readonly string[]): void {
        const record = this.records.get(quantifier) ?? { evaluations: 0, nonEmpty: 0 };
        record.evaluations++;
        if (kept > 0) record.nonEmpty++;
        else if (!record.empty) record.empty = { considered, reasons: [...reasons()] };
        this.records.set(quantifier, record);
    }

    /** An item its `where` could not judge because a value it needed is unknown. */
    undecided(quantifier: ast.Quantified, subject: AstNode, why: string): void {
        if (!this.undecidedFacts.has(subject)) this.undecidedFacts.set(subject, { subject, quantifier, why });
    }

    undecidedFactsFound(): UndecidedFact[] {
        return [...this.undecidedFacts.values()];
    }

    vacuousRanges(): VacuousRange[] {
        const found: VacuousRange[] = [];
        for (const [quantifier, record] of this.records) {
            if (record.nonEmpty > 0 || !record.empty || !VACUOUSLY_TRUE.has(quantifier.quantifier)) continue;
            found.push({ quantifier, why: this.why(quantifier, record, record.empty) });
        }
        return found;
    }

    private why(quantifier: ast.Quantified, record: RangeRecord, empty: NonNullable<RangeRecord['empty']>): string {
        const collection = quantifier.collection;
        const all = ast.isAllFacts(collection) ? FACT_COLLECTIONS[collection.kind] : undefined;
        const plural = all ? ENTITY_LABEL[all.entity].plural : undefined;
        const what = all ? `${plural} ${describeScope(this.scope)}` : `\`${textOf(collection)}\``;
        if (empty.considered === 0) {
            if (!all) return `${what} is empty${record.evaluations > 1 ? ` every time (${record.evaluations} times)` : ''}`;
            const leftOut = describeLeftOut(this.scope, (collection as ast.AllFacts).kind, this.facts);
            return `there are no ${what}${leftOut ? `; ${leftOut}` : ''}`;
        }
        const more = empty.considered > empty.reasons.length ? `; and ${empty.considered - empty.reasons.length} more` : '';
        const counted = all ? `${empty.considered === 1 ? `the 1 ${ENTITY_LABEL[all.entity].singular.replace(/^an? /, '')}` : `the ${empty.considered} ${plural}`} ${describeScope(this.scope)}` : `the ${empty.considered} in ${what}`;
        return `none of ${counted} passes \`where ${textOf(quantifier.filter!)}\`: ${empty.reasons.join('; ')}${more}`;
    }
}
