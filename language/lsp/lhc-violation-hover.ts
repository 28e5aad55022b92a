import type { AstNode } from 'langium';
import { renderTrace, traceCondition } from '../conditions/condition-trace.js';
import type { LhcServices } from '../lhc-module.js';
import { escapeMarkdown, markdownCodeBlock } from '../render/escape-markdown.js';

/**
 * For a fact that breaks conditions: each broken condition's why, then its evaluation tree for this fact —
 * collapsed, so only the parts that fail are opened — as `lhc explain <condition> --fact <name>` prints it.
 */
export function violationHover(node: AstNode, services: LhcServices): string[] {
    const conditions = services.lhc.Conditions;
    const asOf = conditions.asOf();
    const lines: string[] = [];
    for (const outcome of conditions.outcomes(asOf)) {
        const mine = outcome.violations.filter((violation) => violation.subject === node);
        if (mine.length === 0) continue;
        const waived = mine.every((violation) => violation.waivedBy) ? ' (waived)' : '';
        lines.push(`**Breaks \`${outcome.id}\`${waived}**: ${escapeMarkdown(mine.map((violation) => violation.why).join('; '))}`);
        const trace = traceCondition(outcome.condition, services.lhc.Facts.get(), asOf, node);
        if (trace) lines.push(markdownCodeBlock(renderTrace(trace, { collapsed: true })));
    }
    return lines;
}
