import type { AstNode } from 'langium';
import type { Agreement } from '../generated/ast.js';
import { agreementArea, agreementAreaName, inferredArea } from '../model/agreement-area.js';
import { governingAgreement } from '../model/agreements.js';
import { BuildCache } from '../model/build-cache.js';
import type { FactIndex } from '../model/facts.js';
import { defineCheck } from './rule.js';
import { listed, listedNames, quoted } from './wording.js';

/**
 * What judges against each inferred area, once per build: estate sales with reinvestments (estate-proceeds-reinvested)
 * and conditions that are not workspace-wide (which facts they judge, `within` their deal), by the agreement whose
 * signatories the area is inferred from.
 */
const usersByBuild = new BuildCache<FactIndex, [], Map<Agreement, AstNode[]>>();

function usersOf(facts: FactIndex, agreement: Agreement): readonly AstNode[] {
    return usersByBuild.get(facts, [], () => {
        const map = new Map<Agreement, AstNode[]>();
        const add = (node: AstNode) => {
            const governing = governingAgreement(node);
            const covered = governing && agreementArea(governing);
            if (!covered || covered.source !== 'signatories') return;
            const users = map.get(covered.from) ?? [];
            users.push(node);
            map.set(covered.from, users);
        };
        for (const sale of facts.estateSales) if (sale.reinvestments.length > 0) add(sale);
        for (const condition of facts.conditions) if (!condition.workspaceWide) add(condition);
        return map;
    }).get(agreement) ?? [];
}

export const agreementAreaInferred = defineCheck({
    id: 'agreement-area-inferred',
    severity: 'info',
    category: 'estates',
    scope: 'workspace',
    description: "An agreement whose area is inferred from where its signatories serve, for want of a 'covers' line, and that an estate sale or a condition is judged against, says so: the inferred area is named, with the signatories it comes from.",
    rationale: "Area-bound rules — estate sale proceeds reinvested in the deal's own area, which facts a condition judges — need the area an agreement covers. Without `covers <Area>` it is inferred from the areas its local signatories serve (docs/scoping.md), and a partner's area that lies beyond the deal's place (a CCG whose footprint crosses the boundary) becomes part of it: a reinvestment there would pass. Nothing may be guessed silently, so wherever a sale or a condition is judged against an inferred area the inference is stated, with the signatories each area comes from and any area that lies outside the councils' own; the quick fix adds the `covers` line.",
    checks: {
        Agreement: (agreement, context) => {
            const covered = agreementArea(agreement);
            // Stated once, on the agreement whose signatories give it; an agreement building on it inherits it.
            if (!covered || covered.source !== 'signatories' || covered.from !== agreement) return;
            const users = usersOf(context.facts, agreement);
            if (users.length === 0) return;
            const inferred = inferredArea(covered);
            const sources = covered.areas.map((area) => `${area.name} (${listedNames([...(inferred.servedBy.get(area) ?? [])], 'and', 4)})`);
            const beyond = inferred.councilArea && inferred.beyondCouncils.length > 0
                ? ` ${listedNames([...inferred.beyondCouncils])} ${inferred.beyondCouncils.length === 1 ? 'lies' : 'lie'} outside ${inferred.councilArea.name}, where its councils serve.`
                : '';
            const judged = listed(users.map((user) => `${user.$type === 'EstateSale' ? 'estate sale' : 'condition'} ${quoted((user as { name?: string }).name)}`), 'and', 4).replace(/^./, (first) => first.toUpperCase());
            const suggestion = inferred.candidates.length > 0 ? `'covers ${inferred.candidates[0]!.name}'` : `'covers <Area>'`;
            context.report(agreement, `${quoted(agreement.name)} has no 'covers' line, so its area is inferred from where its local signatories serve: ${listed(sources, 'and', 6)}.${beyond} ${judged} ${users.length === 1 ? 'is' : 'are'} judged against ${agreementAreaName(covered)}; add ${suggestion} to state the area it covers.`, {
                property: 'name',
                data: { agreement: agreement.name, candidates: inferred.candidates.map((area) => area.name) }
            });
        }
    }
});
