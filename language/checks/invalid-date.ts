import { CstUtils, GrammarUtils, isLeafCstNode, type AstNode } from 'langium';
import { isValidIsoDate } from '../model/dates.js';
import { defineCheck } from './rule.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Why a YYYY-MM-DD text is not a date, in plain words. */
export function whyNotADate(text: string): string {
    const [year, month, day] = text.split('-').map(Number) as [number, number, number];
    if (month < 1 || month > 12) return `there is no month ${String(month).padStart(2, '0')}`;
    if (day < 1) return 'days start at 01';
    const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return `${MONTHS[month - 1]} ${year} has ${days} days`;
}

/** `2015/16`: an April-to-March financial year names two consecutive years. */
export function isValidFinancialYear(text: string): boolean {
    return text.slice(5) === nextYear(text);
}

function nextYear(text: string): string {
    return String((Number(text.slice(0, 4)) + 1) % 100).padStart(2, '0');
}

export const invalidDate = defineCheck({
    id: 'invalid-date',
    severity: 'error',
    category: 'dates',
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
                if (cst.tokenType.name === 'FINANCIAL_YEAR' && !isValidFinancialYear(cst.text)) why = `${cst.text} is not a financial year: the year after ${cst.text.slice(0, 4)} is ${nextYear(cst.text)}.`;
                if (!why) continue;
                const property = GrammarUtils.findAssignment(cst)?.feature;
                context.report(cst.astNode as AstNode, why, { property: property as never });
            }
        }
    }
});
