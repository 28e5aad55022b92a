import { AstUtils, DocumentState, type AstNode, type LangiumDocument } from 'langium';
import type * as ast from '../generated/ast.js';
import type { IsoDate } from '../model/dates.js';
import type { FactIndex } from '../model/facts.js';
import type { ConditionOutcome } from './condition-evaluator.js';
import type { ConditionTyping } from './condition-type-checker.js';
import { scopedCollection, type ConditionScope } from './condition-scope.js';

/**
 * What one condition's evaluation read: the facts of each kind its quantifiers ranged over (already scoped to its
 * agreement), and the workspace-wide fact lists its field getters consulted (a power's `delegations`, a party's
 * `successor`).
 */
export interface ConditionReads {
    readonly kinds: Map<ast.FactCollection, readonly AstNode[]>;
    readonly workspace: Set<keyof FactIndex>;
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
    readonly workspace: ReadonlyMap<keyof FactIndex, readonly AstNode[]>;
}

/** The lists a field getter's workspace-wide read depends on (a map or index is built from one list). */
const UNDERLYING: Partial<Record<keyof FactIndex, keyof FactIndex>> = {
    delegationsByPower: 'delegations', measurementsByTarget: 'measurements', successions: 'parties'
};

/**
 * Condition evaluation made incremental per agreement (issue 16): a condition that belongs to an agreement is
 * evaluated again only when something it read may have changed, so an edit to one deal's facts re-evaluates that
 * deal's conditions and reuses the others' outcomes. An outcome is reused only when, since it was computed:
 * - the as-of date and the condition's agreement are the same;
 * - no document it read changed (`DocumentStamps`: the document builder stamps a document again whenever it is
 *   re-parsed, re-linked or re-validated because something it references changed — so a change anywhere along a
 *   chain of references the evaluation followed is seen);
 * - each collection it ranged over holds exactly the same facts (a fact added to, or moved out of, its agreement);
 * - each workspace-wide list a field consulted holds exactly the same facts;
 * - it reported no vacuous range (whose message counts the whole workspace's facts).
 * Workspace-wide conditions judge every fact and are always evaluated again.
 */
export class ConditionRunCache {
    private readonly records = new WeakMap<ast.Condition, RunRecord>();
    private readonly typings = new WeakMap<ast.Condition, { readonly stamp: number; readonly typing: ConditionTyping }>();
    private readonly listeners: ((condition: ast.Condition) => void)[] = [];

    constructor(private readonly stamps: DocumentStamps, private readonly isCurrent: (document: LangiumDocument) => boolean) {}

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
        for (const [kind, members] of record.kinds) if (!sameNodes(scopedCollection(scope, kind, facts), members)) return false;
        for (const [list, members] of record.workspace) if (!sameNodes(facts[list] as readonly AstNode[], members)) return false;
        return true;
    }

    private record(condition: ast.Condition, facts: FactIndex, asOf: IsoDate, agreement: ast.Agreement, outcome: ConditionOutcome, reads: ConditionReads): void {
        if (outcome.vacuous.length > 0) {
            this.records.delete(condition);
            return;
        }
        const workspace = new Map<keyof FactIndex, readonly AstNode[]>();
        for (const read of reads.workspace) {
            const list = UNDERLYING[read] ?? read;
            const value = facts[list];
            // A read that is not a list of facts cannot be compared: the outcome is not kept.
            if (!Array.isArray(value)) {
                this.records.delete(condition);
                return;
            }
            workspace.set(list, value as readonly AstNode[]);
        }
        const read: AstNode[] = [condition, agreement, ...outcome.checked];
        for (const members of reads.kinds.values()) read.push(...members);
        for (const members of workspace.values()) read.push(...members);
        for (const violation of outcome.violations) read.push(violation.subject, ...(violation.node ? [violation.node] : []));
        const stamps = new Map<LangiumDocument, number>();
        for (const node of read) {
            const document = AstUtils.getDocument(node);
            if (stamps.has(document)) continue;
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

function sameNodes(a: readonly AstNode[], b: readonly AstNode[]): boolean {
    if (a.length !== b.length) return false;
    for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return false;
    return true;
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
}

export function runCacheOf(facts: FactIndex): ConditionRunCache | undefined {
    return runCaches.get(facts);
}

/** A view of `facts` that records which of its lists are read (by field getters during one condition's run). */
export function trackingFacts(facts: FactIndex, reads: Set<keyof FactIndex>): FactIndex {
    return new Proxy(facts, {
        get(target, property, receiver) {
            if (typeof property === 'string') reads.add(property as keyof FactIndex);
            return Reflect.get(target, property, receiver);
        }
    });
}
