import { DocumentState, stream, type AstNodeDescription, type AstReflection, type IndexManager, type LangiumSharedCoreServices, type Scope, type Stream } from 'langium';

/**
 * One name → declarations map over the whole workspace, shared by every reference type, kept up to date document by
 * document. Langium builds a separate map per reference type (a dozen here, two of them — `Fact` and `Referable` —
 * holding nearly every declaration) and rebuilds them after every change; one map, updated only for the documents
 * whose exports changed, and a type filter at lookup give the same answers without touching the other documents.
 */
export class GlobalNameIndex {
    private readonly index = new Map<string, AstNodeDescription[]>();
    /** Each document's exports as last added to `index` (Langium's own array: a re-indexed document gets a new one). */
    private readonly indexed = new Map<string, readonly AstNodeDescription[]>();
    private stale = true;
    /** Qualified names (`DevolutionMoU2017.Estates`) by their last part (`Estates`), worked out when first asked for. */
    private byLastPart: Map<string, AstNodeDescription[]> | undefined;
    private readonly subtypes = new Map<string, Map<string, boolean>>();
    private readonly scopes = new Map<string, Scope>();

    constructor(shared: LangiumSharedCoreServices, private readonly indexManager: IndexManager, private readonly reflection: AstReflection) {
        shared.workspace.DocumentBuilder.onUpdate(() => {
            this.stale = true;
            // Scopes are cheap views over the index; the per-file ones are dropped so documents that are gone do not pile up.
            this.scopes.clear();
        });
        shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.IndexedContent, () => {
            this.stale = true;
        });
    }

    /**
     * The global scope for one reference type: the same elements as Langium's — except that where a name is declared
     * more than once, a declaration in `preferredUri` (the referring file) comes first, then the others by document
     * URI (see `named`).
     */
    scopeFor(referenceType: string, preferredUri?: string): Scope {
        const key = preferredUri === undefined ? referenceType : `${referenceType} ${preferredUri}`;
        let scope = this.scopes.get(key);
        if (!scope) this.scopes.set(key, scope = new TypedGlobalScope(this, referenceType, preferredUri));
        return scope;
    }

    /**
     * Declarations named `name`, whatever their type, ordered by document URI (and by position within one document).
     * Langium's index lists documents in the order they were first indexed, which depends on what was opened, closed
     * or deleted before: ordering duplicates by URI makes the declaration a reference links to a function of the
     * texts alone, so an edited workspace links as a fresh one does.
     */
    named(name: string): readonly AstNodeDescription[] {
        return this.byName().get(name) ?? [];
    }

    /**
     * Declarations known workspace-wide only by a qualified name whose last part is `name` (`Estates` →
     * `DevolutionMoU2017.Estates`, `CollaborationAgreement2015.Estates`): what an unresolved short name may mean.
     */
    qualifiedEndingIn(name: string): readonly AstNodeDescription[] {
        const index = this.byName();
        if (!this.byLastPart) {
            this.byLastPart = new Map();
            for (const [qualified, descriptions] of index) {
                const dot = qualified.lastIndexOf('.');
                if (dot < 0) continue;
                const last = qualified.slice(dot + 1);
                const list = this.byLastPart.get(last);
                if (list) list.push(...descriptions);
                else this.byLastPart.set(last, [...descriptions]);
            }
        }
        return this.byLastPart.get(name) ?? [];
    }

    allOfType(referenceType: string): Stream<AstNodeDescription> {
        return this.indexManager.allElements(referenceType);
    }

    isSubtype(type: string, referenceType: string): boolean {
        let byReference = this.subtypes.get(referenceType);
        if (!byReference) this.subtypes.set(referenceType, byReference = new Map());
        let result = byReference.get(type);
        if (result === undefined) byReference.set(type, result = this.reflection.isSubtype(type, referenceType));
        return result;
    }

    /** The index, brought up to date with the documents whose exports changed since it was last read. */
    private byName(): Map<string, AstNodeDescription[]> {
        if (!this.stale) return this.index;
        this.stale = false;
        this.byLastPart = undefined;
        // Langium's index manager keeps each document's exports as one array, replaced when the document is re-indexed.
        const current = (this.indexManager as unknown as { symbolIndex: Map<string, readonly AstNodeDescription[]> }).symbolIndex;
        for (const [uri, descriptions] of this.indexed) {
            if (current.get(uri) === descriptions) continue;
            for (const description of descriptions) this.remove(description);
            this.indexed.delete(uri);
        }
        for (const [uri, descriptions] of current) {
            if (this.indexed.has(uri)) continue;
            for (const description of descriptions) this.add(description);
            this.indexed.set(uri, descriptions);
        }
        return this.index;
    }

    /** Keeps each name's declarations ordered by document URI, and in document order within one document. */
    private add(description: AstNodeDescription): void {
        const list = this.index.get(description.name);
        if (!list) {
            this.index.set(description.name, [description]);
            return;
        }
        list.splice(afterUri(list, description.documentUri.toString()), 0, description);
    }

    private remove(description: AstNodeDescription): void {
        const list = this.index.get(description.name);
        if (!list) return;
        // Its document's declarations sit just before the first entry of a later document.
        const uri = description.documentUri.toString();
        let at = afterUri(list, uri) - 1;
        while (at >= 0 && list[at] !== description && list[at]!.documentUri.toString() === uri) at--;
        if (at >= 0 && list[at] === description) list.splice(at, 1);
        if (list.length === 0) this.index.delete(description.name);
    }
}

/**
 * Where a declaration from the document at `uri` goes in a list ordered by document URI: after every entry whose
 * URI is the same or earlier (so one document's declarations keep their order). A binary search: a name declared
 * in every deal (a target's `Obesity`) lists a thousand entries, and the edited deal's go in the middle.
 */
function afterUri(list: readonly AstNodeDescription[], uri: string): number {
    let low = 0;
    let high = list.length;
    while (low < high) {
        const middle = (low + high) >>> 1;
        if (list[middle]!.documentUri.toString() <= uri) low = middle + 1;
        else high = middle;
    }
    return low;
}

class TypedGlobalScope implements Scope {
    constructor(private readonly index: GlobalNameIndex, private readonly referenceType: string, private readonly preferredUri?: string) {}

    getElement(name: string): AstNodeDescription | undefined {
        let first: AstNodeDescription | undefined;
        for (const description of this.index.named(name)) {
            if (!this.index.isSubtype(description.type, this.referenceType)) continue;
            if (this.preferredUri === undefined || description.documentUri.toString() === this.preferredUri) return description;
            first ??= description;
        }
        return first;
    }

    getElements(name: string): Stream<AstNodeDescription> {
        const matching = this.index.named(name).filter((description) => this.index.isSubtype(description.type, this.referenceType));
        if (this.preferredUri === undefined || matching.length < 2) return stream(matching);
        const own = matching.filter((description) => description.documentUri.toString() === this.preferredUri);
        return stream([...own, ...matching.filter((description) => !own.includes(description))]);
    }

    getAllElements(): Stream<AstNodeDescription> {
        return this.index.allOfType(this.referenceType);
    }
}
