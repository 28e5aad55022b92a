import type { AstNode } from 'langium';
import { isBefore, knownDate } from '../model/dates.js';
import { defineCheck, type CheckContext } from './rule.js';
import { quoted } from './wording.js';

interface Ordered<N> {
    /** The property that must come first, and how the message names it. */
    first: keyof N & string;
    firstWords: string;
    /** The property that must not come before it. */
    second: keyof N & string;
    secondWords: string;
}

/** Reports the second date when it falls before the first: "Delegation 'X' ends 2018-03-31, before it starts on 2018-04-01." */
function judge<N extends AstNode & { name: string }>(node: N, what: string, order: Ordered<N>, context: CheckContext): void {
    const first = knownDate(node[order.first] as string | undefined);
    const second = knownDate(node[order.second] as string | undefined);
    if (!first || !second || !isBefore(second, first)) return;
    context.report(node, `${what} ${quoted(node.name)} ${order.secondWords} ${second}, before ${order.firstWords} ${first}.`, {
        property: order.second as never
    });
}

export const endBeforeStart = defineCheck({
    id: 'end-before-start',
    severity: 'error',
    category: 'dates',
    description: 'A period must not end before it starts.',
    rationale: 'A delegation that ends before it starts is never in force, a shadow period that ends before it starts never runs, and a target whose baseline comes after its deadline has no trajectory: such dates are typing mistakes.',
    checks: {
        Agreement: (agreement, context) => judge(agreement, 'Agreement', {
            first: 'shadowFrom', firstWords: 'its shadow period starts on', second: 'shadowUntil', secondWords: 'ends its shadow period on'
        }, context),
        Delegation: (delegation, context) => judge(delegation, 'Delegation', {
            first: 'start', firstWords: 'it starts on', second: 'end', secondWords: 'ends'
        }, context),
        Pilot: (pilot, context) => {
            judge(pilot, 'Pilot', { first: 'start', firstWords: 'it starts on', second: 'end', secondWords: 'ends' }, context);
            // Plans may be due before the pilot starts, but not after it has ended.
            judge(pilot, 'Pilot', { first: 'plansBy', firstWords: 'its plans are due by', second: 'end', secondWords: 'ends' }, context);
        },
        PooledBudget: (budget, context) => judge(budget, 'Pooled budget', {
            first: 'start', firstWords: 'it is first pooled from', second: 'fullyPooled', secondWords: 'is fully pooled from'
        }, context),
        Target: (target, context) => judge(target, 'Target', {
            first: 'baselineDate', firstWords: 'its baseline date', second: 'deadline', secondWords: 'is due by'
        }, context)
    }
});
