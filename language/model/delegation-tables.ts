import { AstUtils, type AstNode, type LangiumDocument } from 'langium';
import type { Area, Delegation, Power } from '../generated/ast.js';
import { areaAncestry } from './areas.js';
import { BuildCache } from './build-cache.js';
import { delegationGraph, periodDays, type DelegationGraph } from './delegations.js';
import type { FactIndex } from './facts.js';
import { partyAndMembers, servedAreasOf } from './parties.js';

/** A delegation prepared for comparing with the others of its power: its period as day numbers, its place, its areas. */
export interface DelegationEntry {
    readonly delegation: Delegation;
    readonly start: number;
    readonly end: number;
    /** Its index among its power's delegations (document order): of two starting the same day, the later one is the later declaration. */
    position: number;
    /** The areas its recipient serves. */
    readonly recipientAreas: readonly Area[];
    /** Those areas and every area containing them. */
    readonly containers: readonly Area[];
    /** The documents it was worked out from, each with the parse and the links it had then. */
    readonly readFrom: readonly DocumentVersion[];
}

/**
 * The delegations of one power, indexed so that each delegation meets only those whose recipients' areas meet
 * its own: linear for the usual case of one power delegated to every borough's CCG.
 */
export interface PowerDelegations {
    readonly entries: ReadonlyMap<Delegation, DelegationEntry>;
    readonly graph: DelegationGraph;
    /** Entries by each area their recipient serves. */
    readonly servingExactly: ReadonlyMap<Area, readonly DelegationEntry[]>;
    /** Entries by each area their recipient serves and every area containing it. */
    readonly servingWithin: ReadonlyMap<Area, readonly DelegationEntry[]>;
    /** Entries whose recipient declares no areas: they may meet anything. */
    readonly unplaced: readonly DelegationEntry[];
}

interface DocumentVersion {
    readonly document: LangiumDocument;
    readonly root: AstNode;
    readonly references: unknown;
}

interface Table {
    entries: Map<Delegation, DelegationEntry>;
    graph: DelegationGraph;
    servingExactly: Map<Area, DelegationEntry[]>;
    servingWithin: Map<Area, DelegationEntry[]>;
    unplaced: DelegationEntry[];
}

/** Past this share of a power's delegations changed, the table is built afresh rather than patched. */
const PATCH_LIMIT = 0.25;

const tablesByBuild = new BuildCache<FactIndex, [Power], PowerDelegations>();
/** The last table of each power: the next build patches it (a power declared anew, by a new parse, gets a new one). */
const lastTables = new WeakMap<Power, Table>();

/**
 * The delegations of `power` in this build, indexed (`overlapping-delegation`, clause-free: a check of the
 * language). Built once per build; after an edit, the last build's table is patched rather than built again
 * (issue 16): entries of delegations that are gone, or whose delegation, recipient or areas a change reached, are
 * taken out, new ones put in. An entry is kept only while every document it was worked out from has the same parse
 * and the same links (Langium gives a document a new `references` array whenever it unlinks it). The table is
 * patched in place: builds never overlap (the workspace lock runs one at a time), and only the latest reads it.
 */
export function delegationsOfPower(facts: FactIndex, power: Power): PowerDelegations {
    return tablesByBuild.get(facts, [power], () => {
        const delegations = facts.delegationsByPower.get(power) ?? [];
        const graph = delegationGraph(delegations, facts.successions);
        const last = lastTables.get(power);
        const table = (last && patch(last, delegations, graph)) ?? build(delegations, graph);
        lastTables.set(power, table);
        return table;
    });
}

function build(delegations: readonly Delegation[], graph: DelegationGraph): Table {
    const table: Table = { entries: new Map(), graph, servingExactly: new Map(), servingWithin: new Map(), unplaced: [] };
    const areasByParty = new Map<unknown, Area[]>();
    delegations.forEach((delegation, position) => place(table, entryOf(delegation, position, areasByParty)));
    return table;
}

/** The last table brought up to `delegations`, or undefined when so much changed that building afresh is cheaper. */
function patch(last: Table, delegations: readonly Delegation[], graph: DelegationGraph): Table | undefined {
    const kept = new Set<DelegationEntry>();
    const added: Delegation[] = [];
    for (const delegation of delegations) {
        const entry = last.entries.get(delegation);
        if (entry && stillCurrent(entry)) kept.add(entry);
        else added.push(delegation);
    }
    const removed = [...last.entries.values()].filter((entry) => !kept.has(entry));
    if (removed.length + added.length > delegations.length * PATCH_LIMIT) return undefined;
    const table: Table = { ...last, graph };
    if (removed.length > 0) {
        const gone = new Set(removed);
        for (const entry of removed) table.entries.delete(entry.delegation);
        for (const area of new Set(removed.flatMap((entry) => entry.recipientAreas))) remove(table.servingExactly, area, gone);
        for (const area of new Set(removed.flatMap((entry) => entry.containers))) remove(table.servingWithin, area, gone);
        if (removed.some((entry) => entry.recipientAreas.length === 0)) table.unplaced = table.unplaced.filter((entry) => !gone.has(entry));
    }
    const areasByParty = new Map<unknown, Area[]>();
    for (const delegation of added) place(table, entryOf(delegation, 0, areasByParty));
    // Positions follow the current order: an edit may add or drop delegations earlier in the list.
    delegations.forEach((delegation, position) => { table.entries.get(delegation)!.position = position; });
    return table;
}

function entryOf(delegation: Delegation, position: number, areasByParty: Map<unknown, Area[]>): DelegationEntry {
    const to = delegation.to?.ref;
    let recipientAreas = areasByParty.get(to);
    if (!recipientAreas) areasByParty.set(to, recipientAreas = to ? servedAreasOf(to) : []);
    const containers = [...new Set(recipientAreas.flatMap(areaAncestry))];
    // What it was worked out from: the delegation (its dates and recipient), the recipient and everyone it stands
    // for (their areas), and each of those areas and the areas containing them (their parents).
    const nodes: AstNode[] = [delegation, ...(to ? partyAndMembers(to) : []), ...containers];
    const documents = new Set(nodes.map((node) => AstUtils.getDocument(node)));
    const readFrom = [...documents].map((document) => ({ document, root: document.parseResult.value, references: document.references }));
    return { delegation, ...periodDays(delegation), position, recipientAreas, containers, readFrom };
}

function stillCurrent(entry: DelegationEntry): boolean {
    return entry.readFrom.every(({ document, root, references }) => document.parseResult.value === root && document.references === references);
}

function place(table: Table, entry: DelegationEntry): void {
    table.entries.set(entry.delegation, entry);
    if (entry.recipientAreas.length === 0) table.unplaced.push(entry);
    for (const area of entry.recipientAreas) add(table.servingExactly, area, entry);
    for (const area of entry.containers) add(table.servingWithin, area, entry);
}

function add<K, V>(map: Map<K, V[]>, key: K, value: V): void {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
}

function remove<K, V>(map: Map<K, V[]>, key: K, gone: ReadonlySet<V>): void {
    const list = map.get(key)?.filter((value) => !gone.has(value));
    if (!list || list.length === 0) map.delete(key);
    else map.set(key, list);
}
