import type { AstNode, AstNodeDescription, LangiumDocument } from 'langium';
import type * as ast from '../generated/ast.js';
import { isComplete } from './complete-nodes.js';
import { documentNodes } from './document-nodes.js';
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

type Buckets = { -readonly [K in keyof FactIndex]: FactIndex[K] extends readonly (infer T)[] ? T[] : never };

const BUCKET_BY_TYPE: Record<string, keyof Buckets | undefined> = {
    Agreement: 'agreements', Clause: 'clauses', Area: 'areas', Organisation: 'parties', Board: 'boards', Power: 'powers', Topic: 'topics',
    Delegation: 'delegations', Pilot: 'pilots', Aspiration: 'aspirations', Target: 'targets', Objective: 'objectives',
    Commitment: 'commitments', Measurement: 'measurements', EstateAsset: 'estateAssets', EstateSale: 'estateSales',
    PooledBudget: 'pooledBudgets', LocalityTeam: 'localityTeams', Condition: 'conditions', Waiver: 'waivers',
    Envelope: 'envelopes', Dataset: 'datasets'
};

/**
 * Each parse's facts by kind, keyed by its root node: a new parse (a new document version) gets a new entry, so
 * after an edit only the edited documents are walked again, and the index is put together from the others' lists.
 */
const bucketsByRoot = new WeakMap<AstNode, Buckets>();

function emptyBuckets(): Buckets & Record<string, AstNode[]> {
    return Object.fromEntries(BUCKET_KEYS.map((key) => [key, []])) as unknown as Buckets & Record<string, AstNode[]>;
}

const BUCKET_KEYS = [...new Set(Object.values(BUCKET_BY_TYPE))] as (keyof Buckets)[];

function bucketsOf(nodes: Iterable<AstNode>): Buckets & Record<string, AstNode[]> {
    const buckets = emptyBuckets();
    for (const node of nodes) {
        const bucket = BUCKET_BY_TYPE[node.$type];
        // A declaration the parser recovered without its name (or other required parts) is not yet a fact.
        if (bucket && isComplete(node)) (buckets[bucket] as AstNode[]).push(node);
    }
    return buckets;
}

/**
 * One linked version of a document's facts grouped by what they reference: its delegations by power and its
 * measurements by target (oldest first). Kept while the document's links are the same: Langium gives a document a
 * new `references` array whenever it unlinks it, so a re-link (its targets' files changed) makes a new entry.
 */
interface DocumentLinks {
    readonly references: unknown;
    readonly delegationsByPower: ReadonlyMap<ast.Power, readonly ast.Delegation[]>;
    readonly measurementsByTarget: ReadonlyMap<ast.Target, readonly ast.Measurement[]>;
}

const linksByRoot = new WeakMap<AstNode, DocumentLinks>();

function linksOf(document: LangiumDocument, own: Buckets): DocumentLinks {
    const root = document.parseResult.value;
    const kept = linksByRoot.get(root);
    if (kept && kept.references === document.references) return kept;
    const links: DocumentLinks = {
        references: document.references,
        delegationsByPower: groupedBy(own.delegations, (delegation) => delegation.power?.ref),
        measurementsByTarget: sortedByDate(groupedBy(own.measurements, (measurement) => measurement.target?.ref))
    };
    linksByRoot.set(root, links);
    return links;
}

/**
 * Every document's facts, in the order given; lookups afterwards are by array or map, never by re-scanning. Each
 * document's share is worked out once per parse (its lists) and once per link (its maps), so after an edit only
 * the edited and re-linked documents are walked again, and the index is put together from the others' shares.
 */
export function buildFactIndex(documents: Iterable<LangiumDocument>): FactIndex {
    const shares: Buckets[] = [];
    const delegationsByPower = new Map<ast.Power, ast.Delegation[]>();
    const measurementsByTarget = new Map<ast.Target, ast.Measurement[]>();
    // Targets measured in more than one document: only their merged lists need sorting again.
    const mixed = new Set<ast.Target>();
    for (const document of documents) {
        const root = document.parseResult.value;
        let own = bucketsByRoot.get(root);
        if (!own) bucketsByRoot.set(root, own = bucketsOf(documentNodes(document).nodes));
        shares.push(own);
        const links = linksOf(document, own);
        mergeInto(delegationsByPower, links.delegationsByPower);
        mergeInto(measurementsByTarget, links.measurementsByTarget, mixed);
    }
    for (const target of mixed) measurementsByTarget.get(target)!.sort(byDate);
    // One concat per kind copies each document's list in bulk: pushing node by node cost ≈ 10 ms per build at 60,000 facts.
    const buckets = Object.fromEntries(BUCKET_KEYS.map((key) => [key, ([] as AstNode[]).concat(...shares.map((share) => share[key] as AstNode[]))])) as unknown as Buckets;
    return withParties(buckets, delegationsByPower, measurementsByTarget);
}

/** The fact index of any set of nodes (a scenario test's facts on top of the workspace's). */
export function factIndexOf(nodes: Iterable<AstNode>): FactIndex {
    const buckets = bucketsOf(nodes);
    return withParties(buckets, groupedBy(buckets.delegations, (delegation) => delegation.power?.ref),
        sortedByDate(groupedBy(buckets.measurements, (measurement) => measurement.target?.ref)));
}

function withParties(buckets: Buckets, delegationsByPower: FactIndex['delegationsByPower'], measurementsByTarget: FactIndex['measurementsByTarget']): FactIndex {
    // Boards are parties too.
    buckets.parties = [...buckets.parties, ...buckets.boards];
    return { ...buckets, delegationsByPower, measurementsByTarget, successions: successionIndex(buckets.parties) };
}

function appendAll<T>(into: T[], from: readonly T[]): void {
    for (let index = 0; index < from.length; index++) into.push(from[index]!);
}

/** Items grouped by the node one of their references leads to; items whose reference does not resolve are left out. */
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

/** Appends each of `from`'s lists to `into`'s (copying, so a document's kept lists are never grown); `mixed` hears of keys met twice. */
function mergeInto<Key, Item>(into: Map<Key, Item[]>, from: ReadonlyMap<Key, readonly Item[]>, mixed?: Set<Key>): void {
    for (const [key, items] of from) {
        const list = into.get(key);
        if (!list) into.set(key, items.slice());
        else {
            appendAll(list, items);
            mixed?.add(key);
        }
    }
}

/** Measurements oldest first; a stable sort, so same-day measurements keep their declaration order. */
function byDate(a: ast.Measurement, b: ast.Measurement): number {
    return compareText(a.date ?? '', b.date ?? '');
}

function sortedByDate<Key>(groups: Map<Key, ast.Measurement[]>): Map<Key, ast.Measurement[]> {
    for (const list of groups.values()) list.sort(byDate);
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
