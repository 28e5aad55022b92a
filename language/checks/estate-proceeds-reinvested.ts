import type { Area } from '../generated/ast.js';
import { isWithin, outermostRegion } from '../model/areas.js';
import { formatMoney, sameAmount } from '../model/money.js';
import { defineCheck } from './rule.js';
import { quoted } from './wording.js';

export const estateProceedsReinvested = defineCheck({
    id: 'estate-proceeds-reinvested',
    severity: 'error',
    category: 'estates',
    description: 'An estate sale\'s reinvestments must add up to its proceeds and stay within the region the land lies in.',
    rationale: 'Under the 2017 MoU the NHS may "sell of land it is not using and invest the money in estates, with a particular emphasis on primary and community care": money from the sale of London\'s NHS-owned assets is "reinvested in the capital\'s health and care system". Proceeds must be reinvested in full and inside the region (the outermost `region` containing the sale\'s location).',
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
            const location: Area | undefined = sale.location?.ref ?? sale.asset?.ref?.location?.ref;
            const region = location ? outermostRegion(location) : undefined;
            if (!location || !region) return;
            for (const reinvestment of sale.reinvestments) {
                const area = reinvestment.area?.ref;
                if (!area || isWithin(area, region)) continue;
                context.report(reinvestment, `Estate sale ${quoted(sale.name)} of land in ${location.name} reinvests ${formatMoney(reinvestment.amount)} in ${area.name}, outside ${region.name}.`, {
                    property: 'area',
                    related: [{ node: region, property: 'name', message: `${quoted(region.name)} is the region ${location.name} lies in.` }]
                });
            }
        }
    }
});
