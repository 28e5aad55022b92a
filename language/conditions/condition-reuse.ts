import { AstUtils, DocumentState, type AstNode, type LangiumDocument } from 'langium';
import type * as ast from '../generated/ast.js';
import type { IsoDate } from '../model/dates.js';
import type { FactIndex } from '../model/facts.js';
import type { ConditionOutcome, ConditionTyping } from './condition-shapes.js';
import { scopedCollection, type ConditionScope } from './condition-scope.js';
import { ElementMemo, ListVersions, sameContent, type ElementReuse, type Part, type ReferenceWatch } from './element-reuse.js';
import { attachTypingStore } from './typing-store.js';

/**
 * What one condition's evaluation read: the facts of each kind its quantifiers ranged over (already scoped to its
 * agreement), and the workspace-wide fact lists its field getters consulted (a power's `delegations`, a party's
 * `successor`).
 */
export interface ConditionReads {
    readonly kinds: Map<ast.FactCollection, readonly AstNode[]>;
    readonly workspace: Set<keyof FactIndex>;
    /**
     * Nodes whose references the run followed, and the documents read by the element parts it replayed: a fact two
     * references away (a reinvestment's area's parent) is read through a document the condition's facts do not live in.
     */
    readonly followed: Set<AstNode>;
    readonly documents: Set<LangiumDocument>;
}

/** A document's stamp changes whenever its text or links may have changed, or whatever it references did. */
export interface DocumentStamps {
    stampOf(document: LangiumDocument): number;
}

interface RunRecord {
    readonly asOf: IsoDate;
    readonly agreement: ast.Agreement;
    /** The run's outcome before waivers and suppressions were applied (they are applied afresh each time). */
    readonly outcome: ConditionOutcome;
    readonly stamps: ReadonlyMap<LangiumDocument, number>;
    readonly kinds: ReadonlyMap<ast.FactCollection, readonly AstNode[]>;
    /** The version of each workspace-wide list or map a field consulted (`ListVersions`). */
    readonly workspace: ReadonlyMap<keyof FactIndex, number>;
}

/**
 * Condition evaluation made incremental per agreement (issue 16): a condition that belongs to an agreement is
 * evaluated again only when something it read may have changed, so an edit to one deal's facts re-evaluates that
 * deal's conditions and reuses the others' outcomes. An outcome is reused only when, since it was computed:
 * - the as-of date and the condition's agreement are the same;
 * - no document whose references it followed changed (`DocumentStamps`: the document builder stamps a document
 *   again whenever it is re-parsed or re-linked): a reference leads to the same node while the document holding it
 *   is neither re-parsed nor re-linked, so a change anywhere along a chain of references (a reinvestment's area, that
 *   area's parent, two files away) stamps a document on the chain; and a node's own fields change only with a new
 *   parse, which makes new nodes, seen in the lists below;
 * - each collection it ranged over holds exactly the same facts (a fact added to, or moved out of, its agreement);
 * - each workspace-wide list or map a field consulted holds the same content (`ListVersions`);
 * - it reported no vacuous range (whose message counts the whole workspace's facts).
 * Workspace-wide conditions judge every fact and are always evaluated again as a whole. Either kind, evaluated
 * again, reuses what each element of its top-level quantifiers gave, where nothing that element read changed
 * (`ElementMemo`). The `ReferenceWatch` reports each reference a run follows.
 */
export class ConditionRunCache {
    private readonly records = new WeakMap<ast.Condition, RunRecord>();
    private readonly typings = new WeakMap<ast.Condition, { readonly stamp: number; readonly typing: ConditionTyping }>();
    private readonly memos = new WeakMap<ast.Condition, ElementMemo>();
    private readonly lists = new ListVersions();
    private readonly listeners: ((condition: ast.Condition) => void)[] = [];
    private readonly elementListeners: ((condition: ast.Condition, element: AstNode, part: Part) => void)[] = [];

    constructor(
        private readonly stamps: DocumentStamps, private readonly isCurrent: (document: LangiumDocument) => boolean,
        private readonly watch: ReferenceWatch
    ) {}

    /** What lets a run of `condition` reuse its elements' parts, and records the references it follows. */
    elementReuse(condition: ast.Condition, asOf: IsoDate, scope: ConditionScope): ElementReuse {
        let memo = this.memos.get(condition);
        if (!memo || !memo.fits(asOf, scope)) this.memos.set(condition, memo = new ElementMemo(asOf, scope, this.stamps, this.isCurrent, this.lists));
        const computed = (element: AstNode, part: Part) => {
            for (const listener of this.elementListeners) listener(condition, element, part);
        };
        return { memo, watch: this.watch, computed };
    }

    /** Called with every element part of a top-level quantifier computed (not reused); for tests and timings. */
    onElementEvaluate(listener: (condition: ast.Condition, element: AstNode, part: Part) => void): { dispose(): void } {
        this.elementListeners.push(listener);
        return { dispose: () => this.elementListeners.splice(this.elementListeners.indexOf(listener), 1) };
    }

    /** Called with every condition actually evaluated (not reused); for tests and timings. */
    onEvaluate(listener: (condition: ast.Condition) => void): { dispose(): void } {
        this.listeners.push(listener);
        return { dispose: () => this.listeners.splice(this.listeners.indexOf(listener), 1) };
    }

    /** The condition's outcome: reused when nothing it read changed, else `evaluate()`d and recorded. */
    outcome(condition: ast.Condition, facts: FactIndex, asOf: IsoDate, scope: ConditionScope,
        evaluate: () => { outcome: ConditionOutcome; reads: ConditionReads }): ConditionOutcome {
        const record = this.records.get(condition);
        if (record && scope.kind === 'agreement' && this.stillHolds(record, facts, asOf, scope)) return { ...copyOf(record.outcome), scope };
        for (const listener of this.listeners) listener(condition);
        const { outcome, reads } = evaluate();
        if (scope.kind === 'agreement') this.record(condition, facts, asOf, scope.agreement, outcome, reads);
        return outcome;
    }

    /**
     * The condition's typing, kept while its document's stamp holds: a typing reads the condition and the
     * declarations its names link to, and re-linking the document (which any change to those declarations' files
     * does) stamps it again. A typing with issues is not kept: its "did you mean" suggestions list the workspace's names.
     */
    typing(condition: ast.Condition, check: () => ConditionTyping): ConditionTyping {
        const document = AstUtils.getDocument(condition);
        const stamp = this.stamps.stampOf(document);
        const kept = this.typings.get(condition);
        if (kept && kept.stamp === stamp && this.isCurrent(document)) return kept.typing;
        const typing = check();
        if (typing.issues.length === 0 && document.state >= DocumentState.Linked) this.typings.set(condition, { stamp, typing });
        else this.typings.delete(condition);
        return typing;
    }

    private stillHolds(record: RunRecord, facts: FactIndex, asOf: IsoDate, scope: Extract<ConditionScope, { kind: 'agreement' }>): boolean {
        if (record.asOf !== asOf || record.agreement !== scope.agreement) return false;
        for (const [document, stamp] of record.stamps) {
            if (!this.isCurrent(document) || this.stamps.stampOf(document) !== stamp) return false;
        }
        for (const [kind, members] of record.kinds) if (!sameContent(scopedCollection(scope, kind, facts), members)) return false;
        for (const [list, version] of record.workspace) if (this.lists.versionOf(facts, list) !== version) return false;
        return true;
    }

    private record(condition: ast.Condition, facts: FactIndex, asOf: IsoDate, agreement: ast.Agreement, outcome: ConditionOutcome, reads: ConditionReads): void {
        if (outcome.vacuous.length > 0) {
            this.records.delete(condition);
            return;
        }
        const workspace = new Map<keyof FactIndex, number>();
        for (const list of reads.workspace) workspace.set(list, this.lists.versionOf(facts, list));
        // A node's own fields change only with a new parse, which makes new nodes: the facts it ranged over are compared
        // as lists (`kinds`, `workspace`), so only the documents whose references it followed can change under it.
        const documents = new Set(reads.documents);
        documents.add(AstUtils.getDocument(condition));
        for (const node of reads.followed) documents.add(AstUtils.getDocument(node));
        const stamps = new Map<LangiumDocument, number>();
        for (const document of documents) {
            // Evaluated while a document it read was not yet linked (a build under way): never reused.
            if (document.state < DocumentState.Linked || !this.isCurrent(document)) {
                this.records.delete(condition);
                return;
            }
            stamps.set(document, this.stamps.stampOf(document));
        }
        this.records.set(condition, { asOf, agreement, outcome: copyOf(outcome), stamps, kinds: new Map(reads.kinds), workspace });
    }
}

/** A fresh copy, so the waivers applied to one evaluation's violations never show in another's. */
function copyOf(outcome: ConditionOutcome): ConditionOutcome {
    const violations = outcome.violations.map((violation) => ({ ...violation, waivedBy: undefined }));
    return { ...outcome, violations, checked: [...outcome.checked], status: violations.length > 0 ? 'fail' : 'pass' };
}

const runCaches = new WeakMap<FactIndex, ConditionRunCache>();

/** Lets every evaluation of this fact index (whoever asks for it) reuse and record outcomes in `cache`. */
export function attachRunCache(facts: FactIndex, cache: ConditionRunCache): void {
    runCaches.set(facts, cache);
    attachTypingStore(facts, cache);
}

export function runCacheOf(facts: FactIndex): ConditionRunCache | undefined {
    return runCaches.get(facts);
}

/** A view of `facts` that reports which of its lists are read (by field getters during one condition's run). */
export function trackingFacts(facts: FactIndex, onRead: (list: keyof FactIndex) => void): FactIndex {
    return new Proxy(facts, {
        get(target, property, receiver) {
            if (typeof property === 'string') onRead(property as keyof FactIndex);
            return Reflect.get(target, property, receiver);
        }
    });
}
