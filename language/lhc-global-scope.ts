import { stream, type AstNodeDescription, type AstReflection, type IndexManager, type LangiumSharedCoreServices, type Scope, type Stream } from 'langium';

/**
 * One name → declarations map over the whole workspace, shared by every reference type, rebuilt after any
 * change. Langium builds a separate map per reference type (a dozen here, two of them — `Fact` and `Referable` —
 * holding nearly every declaration); one map and a type filter at lookup give the same answers with one pass.
 */
export class GlobalNameIndex {
    /** Dropped on every workspace change, as Langium's global scope cache is. */
    private index: Map<string, AstNodeDescription[]> | undefined;
    private readonly subtypes = new Map<string, Map<string, boolean>>();
    private readonly scopes = new Map<string, Scope>();

    constructor(shared: LangiumSharedCoreServices, private readonly indexManager: IndexManager, private readonly reflection: AstReflection) {
        shared.workspace.DocumentBuilder.onUpdate(() => { this.index = undefined; });
    }

    /** The global scope for one reference type: the same elements, in the same (document) order, as Langium's. */
    scopeFor(referenceType: string): Scope {
        let scope = this.scopes.get(referenceType);
        if (!scope) this.scopes.set(referenceType, scope = new TypedGlobalScope(this, referenceType));
        return scope;
    }

    /** Declarations named `name`, in document order, whatever their type. */
    named(name: string): readonly AstNodeDescription[] {
        return this.byName().get(name) ?? [];
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

    private byName(): Map<string, AstNodeDescription[]> {
        if (this.index) return this.index;
        const map = new Map<string, AstNodeDescription[]>();
        for (const description of this.indexManager.allElements()) {
            const list = map.get(description.name);
            if (list) list.push(description);
            else map.set(description.name, [description]);
        }
        return this.index = map;
    }
}

class TypedGlobalScope implements Scope {
    constructor(private readonly index: GlobalNameIndex, private readonly referenceType: string) {}

    getElement(name: string): AstNodeDescription | undefined {
        for (const description of this.index.named(name)) {
            if (this.index.isSubtype(description.type, this.referenceType)) return description;
        }
        return undefined;
    }

    getElements(name: string): Stream<AstNodeDescription> {
        return stream(this.index.named(name).filter((description) => this.index.isSubtype(description.type, this.referenceType)));
    }

    getAllElements(): Stream<AstNodeDescription> {
        return this.index.allOfType(this.referenceType);
    }
}
