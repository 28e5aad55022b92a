import type { AstNode } from 'langium';
import type * as ast from '../generated/ast.js';
import { agreementAreaName, agreementAreaOrigin } from '../model/agreement-area.js';
import { AgreementScope, type Exclusion } from '../model/agreement-scope.js';
import { governingAgreement } from '../model/agreements.js';
import { BuildCache } from '../model/build-cache.js';
import type { FactIndex } from '../model/facts.js';
import type { ConditionScope } from './condition-shapes.js';
import { ENTITY_LABEL, FACT_COLLECTIONS } from './condition-types.js';

/**
 * Which facts a condition judges (docs/scoping.md):
 * - a condition that belongs to an agreement — written inside its braces, `under` it, or, naming neither, citing
 *   one of its clauses with `per` — judges the facts under that agreement and under the agreements that build
 *   on, amend or supersede it (model/agreement-scope.ts): its `estate-sales`, `delegations`, `areas`, … hold only those;
 * - a condition marked `workspace-wide` judges every fact of the workspace;
 * - a condition with neither is judged workspace-wide too, so nothing goes unchecked, and is reported
 *   (`condition-scope-unstated`) until its author says which it is.
 * Facts a condition names itself (`LondonEstatesBoard`, `BHRBudget.total`) are judged wherever they are declared.
 */
export type { ConditionScope } from './condition-shapes.js';

const scopes = new BuildCache<FactIndex, [ast.Condition], ConditionScope>();

export function conditionScope(condition: ast.Condition, facts: FactIndex): ConditionScope {
    return scopes.get(facts, [condition], () => resolveScope(condition, facts));
}

function resolveScope(condition: ast.Condition, facts: FactIndex): ConditionScope {
    if (condition.workspaceWide) return { kind: 'workspace', declared: true };
    const agreement = governingAgreement(condition);
    if (!agreement) return { kind: 'workspace', declared: false };
    return { kind: 'agreement', agreement, scope: agreementScope(agreement, facts) };
}

const agreementScopes = new BuildCache<FactIndex, [ast.Agreement], AgreementScope>();

/** One scope per agreement per build, shared by every condition under it. */
export function agreementScope(agreement: ast.Agreement, facts: FactIndex): AgreementScope {
    return agreementScopes.get(facts, [agreement], () => new AgreementScope(agreement, facts));
}

const collections = new BuildCache<AgreementScope, [ast.FactCollection], readonly AstNode[]>();

/** `estate-sales`, `areas`, … as a condition in this scope sees them. */
export function scopedCollection(scope: ConditionScope, kind: ast.FactCollection, facts: FactIndex): readonly AstNode[] {
    const all = FACT_COLLECTIONS[kind]?.get(facts) ?? [];
    if (scope.kind === 'workspace') return all;
    return collections.get(scope.scope, [kind], () => all.filter((node) => scope.scope.includes(node)));
}

/** "under DevolutionMoU2017 (and the agreements that build on, amend or supersede it)", or "in the workspace". */
export function describeScope(scope: ConditionScope): string {
    if (scope.kind === 'workspace') return 'in the workspace';
    const later = scope.scope.family.size - 1;
    return `under ${scope.agreement.name ?? '?'}${later > 0 ? ` (or the ${later === 1 ? 'agreement' : `${later} agreements`} that build on, amend or supersede it)` : ''}`;
}

/**
 * Why a scoped collection holds fewer facts than the workspace: "of the workspace's 3 estate sales, 2 are under
 * DevolutionMoU2017 and 1 is under no agreement". Undefined for a workspace-wide condition or when nothing is left out.
 */
export function describeLeftOut(scope: ConditionScope, kind: ast.FactCollection, facts: FactIndex): string | undefined {
    if (scope.kind === 'workspace') return undefined;
    const collection = FACT_COLLECTIONS[kind];
    if (!collection) return undefined;
    const all = collection.get(facts);
    const counts = new Map<string, number>();
    for (const node of all) {
        const exclusion = scope.scope.exclusion(node);
        if (exclusion) counts.set(exclusionLabel(exclusion, scope), (counts.get(exclusionLabel(exclusion, scope)) ?? 0) + 1);
    }
    if (counts.size === 0) return undefined;
    const label = ENTITY_LABEL[collection.entity];
    const parts = [...counts].map(([reason, count]) => `${count} ${count === 1 ? 'is' : 'are'} ${reason}`);
    const joined = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
    return `of the workspace's ${all.length} ${all.length === 1 ? label.singular.replace(/^an? /, '') : label.plural}, ${joined}`;
}

function exclusionLabel(exclusion: Exclusion, scope: Extract<ConditionScope, { kind: 'agreement' }>): string {
    switch (exclusion.kind) {
        case 'other-agreement': return `under ${exclusion.agreement.name}`;
        case 'no-agreement': return 'under no agreement';
        case 'outside-area': {
            const area = scope.scope.area;
            return area ? `outside ${agreementAreaName(area)} (${agreementAreaOrigin(scope.agreement, area)})` : `not related to ${scope.agreement.name}, which has no area`;
        }
    }
}
