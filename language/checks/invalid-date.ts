import { CstUtils, GrammarUtils, isLeafCstNode, type AstNode } from 'langium';
import { FIRST_YEAR, isValidIsoDate, LAST_YEAR, whyNotADate } from '../model/dates.js';
import { defineCheck } from './rule.js';

/** `2015/16`: an April-to-March financial year names two consecutive years, both within 0001-9999. */
export function isValidFinancialYear(text: string): boolean {
    const first = Number(text.slice(0, 4));
    return first >= FIRST_YEAR && first < LAST_YEAR && text.slice(5) === nextYear(text);
}

function nextYear(text: string): string {
    return String((Number(text.slice(0, 4)) + 1) % 100).padStart(2, '0');
}

/** Why a financial year is not one, in plain words. */
function whyNotAFinancialYear(text: string): string {
    const first = Number(text.slice(0, 4));
    if (first < FIRST_YEAR) return 'years start at 0001';
    if (first >= LAST_YEAR) return 'it would end in the year 10000, after the last year a date may have (9999)';
    return `the year after ${text.slice(0, 4)} is ${nextYear(text)}`;
}

export const invalidDate = defineCheck({
    id: 'invalid-date',
    severity: 'error',
    category: 'dates',
    scope: 'document',
    description: 'Every date must be a real calendar date (YYYY-MM-DD), and every financial year two consecutive years (2015/16).',
    rationale: 'A date such as 2017-02-30 looks like a date but names no day, and 2015/17 names no financial year; every check that orders dates would judge them wrongly.',
    checks: {
        // One pass over the document's tokens: every DATE token, wherever the grammar allows one.
        Document: (document, context) => {
            if (!document.$cstNode) return;
            // Cheap first pass over the text: most documents have no impossible date, and need no walk of the tree.
            const text = document.$cstNode.text;
            const shaped = text.match(/\d{4}-\d{2}-\d{2}/g) ?? [];
            const years = text.match(/\d{4}\/\d{2}/g) ?? [];
            if (shaped.every(isValidIsoDate) && years.every(isValidFinancialYear)) return;
            for (const cst of CstUtils.streamCst(document.$cstNode)) {
                if (!isLeafCstNode(cst) || cst.hidden) continue;
                let why: string | undefined;
                if (cst.tokenType.name === 'DATE' && !isValidIsoDate(cst.text)) why = `${cst.text} is not a real date: ${whyNotADate(cst.text)}.`;
                if (cst.tokenType.name === 'FINANCIAL_YEAR' && !isValidFinancialYear(cst.text)) why = `${cst.text} is not a financial year: ${whyNotAFinancialYear(cst.text)}.`;
                if (!why) continue;
                const property = GrammarUtils.findAssignment(cst)?.feature;
                context.report(cst.astNode as AstNode, why, { property: property as never });
            }
        }
    }
});
