import type { AstNode, AstNodeDescription } from 'langium';
import type * as ast from '../generated/ast.js';
import { isComplete } from './complete-nodes.js';
import { qualifiedNameOf } from '../linking/lhc-naming.js';
import { BuildCache } from './build-cache.js';
import { successionIndex, type SuccessionIndex } from './succession.js';
import { compareText } from './text-order.js';

/** Every declared fact of the workspace, grouped by type, built once per workspace build. */
export interface FactIndex {
    readonly agreements: readonly ast.Agreement[];
    readonly clauses: readonly ast.Clause[];
    readonly areas: readonly ast.Area[];
    readonly parties: readonly ast.Party[];
    readonly boards: readonly ast.Board[];
    readonly powers: readonly ast.Power[];
    readonly topics: readonly ast.Topic[];
    readonly delegations: readonly ast.Delegation[];
    readonly pilots: readonly ast.Pilot[];
    readonly aspirations: readonly ast.Aspiration[];
    readonly targets: readonly ast.Target[];
    readonly objectives: readonly ast.Objective[];
    readonly commitments: readonly ast.Commitment[];
    readonly measurements: readonly ast.Measurement[];
    readonly estateAssets: readonly ast.EstateAsset[];
    readonly estateSales: readonly ast.EstateSale[];
    readonly pooledBudgets: readonly ast.PooledBudget[];
    readonly localityTeams: readonly ast.LocalityTeam[];
    readonly envelopes: readonly ast.Envelope[];
    readonly conditions: readonly ast.Condition[];
    readonly waivers: readonly ast.Waiver[];
    readonly datasets: readonly ast.Dataset[];
    /** Delegations grouped by the power they delegate. */
    readonly delegationsByPower: ReadonlyMap<ast.Power, readonly ast.Delegation[]>;
    /** Measurements grouped by their target, oldest first. */
    readonly measurementsByTarget: ReadonlyMap<ast.Target, readonly ast.Measurement[]>;
    /** Each predecessor's successor (`succeeds … on …`): CCGs to ICBs. */
    readonly successions: SuccessionIndex;
    /**
     * In a scenario test: the workspace facts the test replaces (by name), each with the test's own version, so a
     * condition that names one (`BHRBudget.fullyPooled`) reads the test's.
     */
    readonly overrides?: ReadonlyMap<AstNode, AstNode>;
}

const BUCKET_BY_TYPE: Record<string, keyof Buckets | undefined> = {
    Agreement: 'agreements', Clause: 'clauses', Area: 'areas', Organisation: 'parties', Board: 'boards', Power: 'powers', Topic: 'topics',
    Delegation: 'delegations', Pilot: 'pilots', Aspiration: 'aspirations', Target: 'targets', Objective: 'objectives',
    Commitment: 'commitments', Measurement: 'measurements', EstateAsset: 'estateAssets', EstateSale: 'estateSales',
    PooledBudget: 'pooledBudgets', LocalityTeam: 'localityTeams', Condition: 'conditions', Waiver: 'waivers',
    Envelope: 'envelopes', Dataset: 'datasets'
};

export type Buckets = { -readonly [K in keyof FactIndex]: FactIndex[K] extends readonly (infer T)[] ? T[] : never };

/** The kinds of fact the index lists, in a fixed order. */
export const BUCKET_KEYS = [...new Set(Object.values(BUCKET_BY_TYPE))] as (keyof Buckets)[];

/** Each kind's facts among `nodes`, in the order given. */
export function bucketsOf(nodes: Iterable<AstNode>): Buckets {
    const buckets = Object.fromEntries(BUCKET_KEYS.map((key) => [key, []])) as unknown as Buckets & Record<string, AstNode[]>;
    for (const node of nodes) {
        const bucket = BUCKET_BY_TYPE[node.$type];
        // A declaration the parser recovered without its name (or other required parts) is not yet a fact.
        if (bucket && isComplete(node)) (buckets[bucket] as AstNode[]).push(node);
    }
    return buckets;
}

/** The fact index of any set of nodes (a scenario test's facts on top of the workspace's). */
export function factIndexOf(nodes: Iterable<AstNode>): FactIndex {
    const buckets = bucketsOf(nodes);
    return completeIndex(buckets, delegationsByPowerOf(buckets.delegations), measurementsByTargetOf(buckets.measurements));
}

/** The index of the listed facts and their groupings: boards are listed among the parties too, and successions worked out. */
export function completeIndex(lists: Buckets, delegationsByPower: FactIndex['delegationsByPower'], measurementsByTarget: FactIndex['measurementsByTarget'],
    parties: readonly ast.Party[] = [...lists.parties, ...lists.boards]): FactIndex {
    return { ...lists, parties, delegationsByPower, measurementsByTarget, successions: successionIndex(parties) };
}

/** Delegations grouped by the power they delegate; those whose power does not resolve are left out. */
export function delegationsByPowerOf(delegations: readonly ast.Delegation[]): Map<ast.Power, ast.Delegation[]> {
    return groupedBy(delegations, (delegation) => delegation.power?.ref);
}

/** Measurements grouped by their target, oldest first; those whose target does not resolve are left out. */
export function measurementsByTargetOf(measurements: readonly ast.Measurement[]): Map<ast.Target, ast.Measurement[]> {
    const groups = groupedBy(measurements, (measurement) => measurement.target?.ref);
    for (const list of groups.values()) list.sort(byMeasurementDate);
    return groups;
}

/** Measurements oldest first; sorting is stable, so same-day measurements keep their declaration order. */
export function byMeasurementDate(a: ast.Measurement, b: ast.Measurement): number {
    return compareText(a.date ?? '', b.date ?? '');
}

function groupedBy<Item, Key>(items: readonly Item[], keyOf: (item: Item) => Key | undefined): Map<Key, Item[]> {
    const groups = new Map<Key, Item[]>();
    for (const item of items) {
        const key = keyOf(item);
        if (!key) continue;
        const group = groups.get(key);
        if (group) group.push(item);
        else groups.set(key, [item]);
    }
    return groups;
}

/** Every declaration of the index with a name, each once (boards are listed among the parties as well as on their own). */
export function* namedDeclarations(facts: FactIndex): Iterable<AstNode & { name: string }> {
    const seen = new Set<AstNode>();
    for (const list of Object.values(facts)) {
        if (!Array.isArray(list)) continue;
        for (const node of list as AstNode[]) {
            if (typeof (node as { name?: unknown }).name !== 'string' || seen.has(node)) continue;
            seen.add(node);
            yield node as AstNode & { name: string };
        }
    }
}

/** Exported declarations by qualified name, ordered by document URI: the language's global name index. */
export type NameLookup = (qualifiedName: string) => readonly AstNodeDescription[];

const nameLookups = new WeakMap<FactIndex, NameLookup>();
const namesByIndex = new BuildCache<FactIndex, [], Map<string, AstNode[]>>();

/**
 * Lets `declarationsNamed` answer for this (workspace) index from the global name index, which is kept up to date
 * document by document, instead of listing every declaration of the workspace after each edit.
 */
export function attachNameLookup(facts: FactIndex, lookup: NameLookup): void {
    nameLookups.set(facts, lookup);
}

/**
 * The facts whose qualified name (`qualifiedName`: `DevolutionMoU2017.Estates`, or a plain name) is `name`: from the
 * attached name index when there is one (the workspace's), else from the index's own lists (a scenario test's facts).
 */
export function declarationsNamed(facts: FactIndex, name: string): readonly AstNode[] {
    const lookup = nameLookups.get(facts);
    if (lookup) {
        const result: AstNode[] = [];
        for (const description of lookup(name)) {
            const node = description.node;
            if (node && BUCKET_BY_TYPE[node.$type] && isComplete(node)) result.push(node);
        }
        return result;
    }
    return namesByIndex.get(facts, [], () => {
        const map = new Map<string, AstNode[]>();
        for (const node of namedDeclarations(facts)) {
            const key = qualifiedNameOf(node);
            const list = map.get(key);
            if (list) list.push(node);
            else map.set(key, [node]);
        }
        return map;
    }).get(name) ?? [];
}
