import { CstUtils, GrammarUtils, isLeafCstNode, type AstNode } from 'langium';
import { parseCount, parseMoney } from '../model/money.js';
import { defineCheck } from './rule.js';

/** The number tokens of the grammar, and how each is read (model/money.ts, parsing/lhc-value-converter.ts). */
const READ: Record<string, (text: string) => number> = {
    NUMBER: parseCount,
    PERCENT: (text) => Number(text.slice(0, -1)),
    MONEY: parseMoney
};

/** A long figure as a message quotes it: its first digits and how many there are. */
function shortened(text: string): string {
    return text.length <= 24 ? text : `${text.slice(0, 12)}… (${text.length} characters)`;
}

export const numberTooLarge = defineCheck({
    id: 'number-too-large',
    severity: 'error',
    category: 'values',
    scope: 'document',
    description: 'Every figure must be one a number can hold: below about 1.8 × 10^308 (£, % and counts alike).',
    rationale: 'A figure past the largest double-precision number is read as infinity: every sum, share and chart using it would be infinite or meaningless, and it would print as "?". It is refused where it is written, once.',
    checks: {
        // One pass over the document's tokens: every number, wherever the grammar allows one.
        Document: (document, context) => {
            if (!document.$cstNode) return;
            // Cheap first pass: only a run of about 300 digits can overflow (with £…bn, 298).
            if (!/\d[\d,]{290}/.test(document.$cstNode.text)) return;
            for (const cst of CstUtils.streamCst(document.$cstNode)) {
                if (!isLeafCstNode(cst) || cst.hidden) continue;
                const read = READ[cst.tokenType.name];
                if (!read || Number.isFinite(read(cst.text))) continue;
                const property = GrammarUtils.findAssignment(cst)?.feature;
                context.report(cst.astNode as AstNode, `${shortened(cst.text)} is too large a number: the largest lhc can hold is about 1.8e308.`, { property: property as never });
            }
        }
    }
});
