import { AstUtils, type AstNode } from 'langium';
import { isGoal, isMeasurement, isTarget, type PercentLiteral } from '../generated/ast.js';
import { formatPercent } from '../model/money.js';
import { defineCheck } from './rule.js';
import { quoted } from './wording.js';

/** "Target 'Smoking' has a baseline of 130%", "Measurement 'M1' has a value of 130%", "Condition 'C' uses 130%". */
function describeUse(literal: PercentLiteral): string {
    const percent = formatPercent(literal.value);
    const container = literal.$container;
    if (isGoal(container)) return `Target ${quoted(container.$container.name)} has a goal of ${percent}${container.relative ? ` ${container.relative} baseline` : ''}`;
    if (isTarget(container)) return `Target ${quoted(container.name)} has a baseline of ${percent}`;
    if (isMeasurement(container)) return `Measurement ${quoted(container.name)} has a value of ${percent}`;
    const owner = AstUtils.getContainerOfType(literal, (node: AstNode): node is AstNode & { name: string } => typeof (node as { name?: unknown }).name === 'string');
    return owner ? `${owner.$type} ${quoted(owner.name)} uses ${percent}` : `${percent} is used`;
}

export const percentageOutOfRange = defineCheck({
    id: 'percentage-out-of-range',
    severity: 'error',
    category: 'values',
    scope: 'document',
    description: 'A percentage that is a share of something must lie between 0% and 100%.',
    rationale: 'Shares of a population ("70% of adults achieving recommended activity levels", "adult smoking down to 13%") cannot exceed 100%; a value of 130% is a typing mistake. A reduction ("10% below baseline") cannot remove more than all of it.',
    checks: {
        PercentLiteral: (literal, context) => {
            const container = literal.$container;
            // An increase relative to the baseline ("50% above baseline") is a change, not a share: it may exceed 100%.
            if (isGoal(container) && container.relative === 'above') return;
            if (literal.value >= 0 && literal.value <= 100) return;
            if (!Number.isFinite(literal.value)) return; // number-too-large says so
            const why = isGoal(container) && container.relative === 'below'
                ? 'a reduction of more than 100% would go below zero'
                : 'a share cannot be more than 100%';
            context.report(literal, `${describeUse(literal)}, out of range: ${why}.`, { property: 'value' });
        }
    }
});
