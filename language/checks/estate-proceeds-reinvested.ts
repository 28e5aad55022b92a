import type { EstateSale } from '../generated/ast.js';
import { agreementArea, agreementAreaName, agreementAreaOrigin, holdsPartOf, isInAgreementArea } from '../model/agreement-area.js';
import { governingAgreement } from '../model/agreements.js';
import { formatMoney, sameAmount } from '../model/money.js';
import { defineCheck, type CheckContext } from './rule.js';
import { quoted } from './wording.js';

export const estateProceedsReinvested = defineCheck({
    id: 'estate-proceeds-reinvested',
    severity: 'error',
    category: 'estates',
    scope: 'document',
    description: 'An estate sale\'s reinvestments must add up to its proceeds and stay within the area its agreement covers.',
    rationale: 'Devolution deals let the NHS sell land it is not using on condition that the money is reinvested in the deal\'s own health and care system. Proceeds must be reinvested in full and inside the area the sale\'s agreement covers: its `covers` area (or that of the agreement it builds on), else the areas its local signatories serve. A sale under no agreement, or under one with no area, cannot be judged, and says so.',
    checks: {
        EstateSale: (sale, context) => {
            if (sale.proceeds !== undefined && !Number.isNaN(sale.proceeds)) {
                const reinvested = sale.reinvestments.reduce((total, reinvestment) => total + (reinvestment.amount ?? 0), 0);
                if (!sameAmount(reinvested, sale.proceeds)) {
                    const how = sale.reinvestments.length === 0
                        ? 'reinvests none of them'
                        : `reinvests ${formatMoney(reinvested)} (${reinvested < sale.proceeds ? `${formatMoney(sale.proceeds - reinvested)} short` : `${formatMoney(reinvested - sale.proceeds)} more than it raised`})`;
                    context.report(sale, `Estate sale ${quoted(sale.name)} raised ${formatMoney(sale.proceeds)} but ${how}.`, {
                        property: 'proceeds'
                    });
                }
            }
            judgeWhereReinvested(sale, context);
        }
    }
});

/**
 * Each reinvestment must lie within the area the sale's agreement covers (model/agreement-area.ts): never the
 * outermost region around the site, which would let a deal area inside a region reinvest next door. With no
 * agreement or no area to judge against, that is reported rather than passed.
 */
function judgeWhereReinvested(sale: EstateSale, context: CheckContext): void {
    if (sale.reinvestments.length === 0) return;
    const agreement = governingAgreement(sale);
    if (!agreement) {
        context.report(sale, `Estate sale ${quoted(sale.name)} belongs to no agreement, so there is no area to judge where its proceeds are reinvested: write it inside an agreement or add 'under <agreement>'.`, { property: 'name' });
        return;
    }
    const covered = agreementArea(agreement);
    if (!covered) {
        context.report(sale, `Estate sale ${quoted(sale.name)} is under ${quoted(agreement.name)}, which covers no area (no 'covers' line, and no local signatory serves one), so where its proceeds are reinvested cannot be judged.`, {
            property: 'name',
            related: [{ node: agreement, property: 'name', message: `Add 'covers <Area>' to ${quoted(agreement.name)}.` }]
        });
        return;
    }
    const areaName = agreementAreaName(covered);
    for (const reinvestment of sale.reinvestments) {
        const area = reinvestment.area?.ref;
        if (!area || isInAgreementArea(area, covered)) continue;
        // An area holding the agreement's area (England, for London) is partly outside it: never judged inside.
        const where = holdsPartOf(area, covered) ? `partly outside ${areaName} (${area.name} beyond ${areaName})` : `outside ${areaName}`;
        context.report(reinvestment, `Estate sale ${quoted(sale.name)} reinvests ${formatMoney(reinvestment.amount)} in ${area.name}, ${where}, ${agreementAreaOrigin(agreement, covered)}.`, {
            property: 'area',
            related: [{ node: covered.from, property: covered.source === 'signatories' ? 'signatories' : 'covers', message: `${quoted(covered.from.name)} covers ${areaName}.` }]
        });
    }
}
