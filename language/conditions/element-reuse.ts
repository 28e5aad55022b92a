import { AstUtils, DocumentState, type AstNode, type LangiumDocument } from 'langium';
import * as ast from '../generated/ast.js';
import type { IsoDate } from '../model/dates.js';
import type { FactIndex } from '../model/facts.js';
import { scopedCollection, type ConditionScope } from './condition-scope.js';

/**
 * Per-element reuse inside a condition's quantifiers (issue 16). A condition of the 2017 MoU ranges over the estate
 * sales of every deal that builds on it; an edit to one deal changes one sale, yet the whole condition had to be
 * evaluated again. Here each element's part of the evaluation of a top-level quantifier — its `where`, its body,
 * and the violations blamed on it — is kept with what it read, and replayed while none of that changed.
 *
 * What one element's part reads, and how a later build tells it still holds:
 * - its own node and the condition's, and every node whose reference it followed (`ReferenceWatch`): their documents'
 *   stamps (`DocumentStamps`). A reference leads to the same node while the document holding it is neither re-parsed
 *   nor re-linked, and a node's own fields change only with a new parse, which makes new nodes;
 * - the facts of each kind a nested quantifier ranged over (`estate-sales`, already scoped to the agreement), and
 *   the workspace-wide lists and maps a field getter consulted (a power's `delegations`, a party's `successor`):
 *   a version per list, bumped whenever the list's content differs from the previous build's (`ListVersions`).
 * Only quantifiers outside any other quantifier or aggregate are reused per element: their bodies see no variable
 * but their own, so an element's part depends on the element alone.
 */

/** Something an element's part did to the run, replayed in order when the part is reused. */
export type Effect =
    | { readonly kind: 'judged'; readonly node: AstNode }
    | { readonly kind: 'ranged'; readonly quantifier: ast.Quantified; readonly considered: number; readonly kept: number; readonly reasons: readonly string[] }
    | { readonly kind: 'undecided'; readonly quantifier: ast.Quantified; readonly subject: AstNode; readonly why: string };

/** Which part of an element's evaluation: its `where`, its body, or the violations blamed on it. */
export type Part = 'filter' | 'body' | 'blame';

/** What one part read while it was computed (collected by the run, then turned into versions by `ElementMemo.keep`). */
export interface PartReads {
    readonly effects: Effect[];
    /** Nodes whose references were followed. */
    readonly followed: Set<AstNode>;
    /** Documents read by parts it replayed (`ElementMemo.merge`). */
    readonly documents: Set<LangiumDocument>;
    readonly kinds: Set<ast.FactCollection>;
    readonly lists: Set<keyof FactIndex>;
}

export function emptyReads(): PartReads {
    return { effects: [], followed: new Set(), documents: new Set(), kinds: new Set(), lists: new Set() };
}

export interface Kept {
    readonly value: unknown;
    readonly effects: readonly Effect[];
    readonly stamps: ReadonlyMap<LangiumDocument, number>;
    readonly kinds: ReadonlyMap<ast.FactCollection, number>;
    readonly lists: ReadonlyMap<keyof FactIndex, number>;
}

/** A document's stamp changes whenever its text or links may have changed (`LhcDocumentBuilder.stampOf`). */
export interface DocumentStamps {
    stampOf(document: LangiumDocument): number;
}

/** Reports every reference followed while `work` runs (the linker sees each `reference.ref` read). */
export type ReferenceWatch = <T>(onFollow: (container: AstNode) => void, work: () => T) => T;

/**
 * A version for each of a fact index's lists and maps, bumped when a build's differs from the previous build's
 * (compared element by element, once per build): `delegationsByPower` is the same while the same delegations of each
 * power are listed, whatever object holds them.
 */
export class ListVersions {
    private readonly versions = new ContentVersions<keyof FactIndex>();
    private readonly current = new WeakMap<FactIndex, Map<keyof FactIndex, number>>();

    versionOf(facts: FactIndex, list: keyof FactIndex): number {
        let versions = this.current.get(facts);
        if (!versions) this.current.set(facts, versions = new Map());
        let version = versions.get(list);
        if (version === undefined) versions.set(list, version = this.versions.versionOf(list, facts[list]));
        return version;
    }
}

/** A version per key, bumped whenever the value offered for it differs in content (`sameContent`) from the last one. */
class ContentVersions<K> {
    private readonly seen = new Map<K, { value: unknown; version: number }>();

    versionOf(key: K, value: unknown): number {
        const last = this.seen.get(key);
        const version = last && sameContent(last.value, value) ? last.version : (last?.version ?? 0) + 1;
        this.seen.set(key, { value, version });
        return version;
    }
}

/** The kept parts of one condition's top-level quantifiers, valid for one date and one scope. */
export class ElementMemo {
    private readonly parts = new Map<ast.Quantified, WeakMap<AstNode, Partial<Record<Part, Kept>>>>();
    private readonly kinds = new ContentVersions<ast.FactCollection>();
    /** This run's version of each collection, compared with the last run's once. */
    private kindVersions = new Map<ast.FactCollection, number>();
    private facts: FactIndex | undefined;
    private readonly validStamps = new Map<LangiumDocument, boolean>();

    constructor(
        private readonly asOf: IsoDate, private scope: ConditionScope, private readonly stamps: DocumentStamps,
        private readonly isCurrent: (document: LangiumDocument) => boolean, private readonly lists: ListVersions
    ) {}

    /** Whether this memo serves an evaluation at `asOf` in `scope` (same date, same agreement). */
    fits(asOf: IsoDate, scope: ConditionScope): boolean {
        if (asOf !== this.asOf || scope.kind !== this.scope.kind) return false;
        return scope.kind === 'workspace' || (this.scope.kind === 'agreement' && scope.agreement === this.scope.agreement);
    }

    /** Starts a run over `facts`, in this build's scope (the same agreement: `fits`); versions are compared once per run. */
    begin(facts: FactIndex, scope: ConditionScope): void {
        this.scope = scope;
        this.facts = facts;
        this.kindVersions = new Map();
        this.validStamps.clear();
    }

    /** The part kept for `element`, if nothing it read changed. */
    reuse(quantifier: ast.Quantified, element: AstNode, part: Part): Kept | undefined {
        const kept = this.parts.get(quantifier)?.get(element)?.[part];
        if (!kept) return undefined;
        for (const [document, stamp] of kept.stamps) if (!this.stampHolds(document, stamp)) return undefined;
        for (const [kind, version] of kept.kinds) if (this.kindVersion(kind) !== version) return undefined;
        for (const [list, version] of kept.lists) if (this.lists.versionOf(this.facts!, list) !== version) return undefined;
        return kept;
    }

    /** Adds what a replayed part read to the reads of the part enclosing it. */
    merge(kept: Kept, outer: PartReads): void {
        for (const document of kept.stamps.keys()) outer.documents.add(document);
        for (const kind of kept.kinds.keys()) outer.kinds.add(kind);
        for (const list of kept.lists.keys()) outer.lists.add(list);
    }

    /** Keeps a part just computed; a part that read a document still being built is not kept. */
    keep(quantifier: ast.Quantified, element: AstNode, part: Part, value: unknown, reads: PartReads, condition: ast.Condition): void {
        const documents = new Set(reads.documents);
        for (const node of [element, condition, ...reads.followed]) {
            const document = AstUtils.findRootNode(node).$document;
            if (!document) return;
            documents.add(document);
        }
        const stamps = new Map<LangiumDocument, number>();
        for (const document of documents) {
            if (document.state < DocumentState.Linked || !this.isCurrent(document)) return;
            stamps.set(document, this.stamps.stampOf(document));
        }
        const kinds = new Map([...reads.kinds].map((kind) => [kind, this.kindVersion(kind)] as const));
        const lists = new Map([...reads.lists].map((list) => [list, this.lists.versionOf(this.facts!, list)] as const));
        let byElement = this.parts.get(quantifier);
        if (!byElement) this.parts.set(quantifier, byElement = new WeakMap());
        const entry = byElement.get(element) ?? {};
        entry[part] = { value, effects: reads.effects, stamps, kinds, lists };
        byElement.set(element, entry);
    }

    private stampHolds(document: LangiumDocument, stamp: number): boolean {
        // Whether the document is current is asked once per run; its stamp, every time (parts kept at different builds).
        let current = this.validStamps.get(document);
        if (current === undefined) this.validStamps.set(document, current = this.isCurrent(document));
        return current && this.stamps.stampOf(document) === stamp;
    }

    private kindVersion(kind: ast.FactCollection): number {
        let version = this.kindVersions.get(kind);
        if (version === undefined) this.kindVersions.set(kind, version = this.kinds.versionOf(kind, scopedCollection(this.scope, kind, this.facts!)));
        return version;
    }
}

/** Whether a quantifier's elements can be reused one by one: it ranges over facts, inside no other quantifier or aggregate. */
export function isTopLevelQuantifier(quantifier: ast.Quantified): boolean {
    if (!ast.isAllFacts(quantifier.collection)) return false;
    for (let node = quantifier.$container; node && !ast.isCondition(node); node = node.$container) {
        if (ast.isQuantified(node) || ast.isAggregate(node)) return false;
    }
    return true;
}

/** Same nodes in the same order (arrays), same entries (maps), same fields (records such as a succession). */
export function sameContent(a: unknown, b: unknown): boolean {
    if (a === b) return true;
    if (Array.isArray(a) && Array.isArray(b)) {
        if (a.length !== b.length) return false;
        for (let index = 0; index < a.length; index++) if (!sameContent(a[index], b[index])) return false;
        return true;
    }
    if (a instanceof Map && b instanceof Map) {
        if (a.size !== b.size) return false;
        for (const [key, value] of a) if (!b.has(key) || !sameContent(value, b.get(key))) return false;
        return true;
    }
    if (isPlainRecord(a) && isPlainRecord(b)) {
        const keys = Object.keys(a);
        if (keys.length !== Object.keys(b).length) return false;
        return keys.every((key) => a[key] === b[key]);
    }
    return false;
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !('$type' in value) && Object.getPrototypeOf(value) === Object.prototype;
}

/** Per-element reuse for one run (element-reuse.ts): the condition's kept parts, and how to see references followed. */
export interface ElementReuse {
    readonly memo: ElementMemo;
    readonly watch: ReferenceWatch;
    /** Called with each element part computed (not reused); for tests and timings. */
    readonly computed?: (element: AstNode, part: Part) => void;
}
