import {
    AstUtils, DefaultScopeComputation, DefaultScopeProvider, interruptAndCheck, MultiMap,
    type AstNode, type AstNodeDescription, type LangiumCoreServices, type LangiumDocument, type ReferenceInfo, type Scope
} from 'langium';
import { CancellationToken } from 'vscode-languageserver';
import { Clause, isClause, isTestCase, isVariable, Target, Variable } from '../generated/ast.js';
import { isTestDocument } from '../scenarios/test-files.js';
import { GlobalNameIndex } from './lhc-global-scope.js';
import { isNamedWithinOwner, qualifiedNameOf } from './lhc-naming.js';
import { agreementOf } from '../model/agreements.js';
import { documentNodes } from '../model/document-nodes.js';

/** How many nodes to visit between two cancellation checks. */
const CHECK_EVERY = 256;

/**
 * Exports every named declaration — also those nested in an agreement — so a party declared in one
 * file can be referenced from a pilot in another. Clauses and targets are exported qualified by
 * their owner; inside their owner they are also visible by their short name (local symbols).
 * Quantifier variables stay local to their condition.
 */
export class LhcScopeComputation extends DefaultScopeComputation {
    constructor(services: LangiumCoreServices) {
        super(services);
    }

    override async collectExportedSymbols(document: LangiumDocument, cancelToken = CancellationToken.None): Promise<AstNodeDescription[]> {
        const exports: AstNodeDescription[] = [];
        // A test's facts are its own (local symbols of the test): nothing outside it can name them.
        if (isTestDocument(document)) return exports;
        const nodes = documentNodes(document).nodes;
        // nodes[0] is the root, which has no name.
        for (let index = 1; index < nodes.length; index++) {
            const node = nodes[index]!;
            if (isVariable(node)) continue;
            const name = this.nameProvider.getName(node);
            if (name === undefined) continue;
            exports.push(this.descriptions.createDescription(node, qualifiedNameOf(node as AstNode & { name: string }), document));
        }
        if (cancelToken.isCancellationRequested) return [];
        return exports;
    }

    override async collectLocalSymbols(document: LangiumDocument, cancelToken = CancellationToken.None): Promise<MultiMap<AstNode, AstNodeDescription>> {
        const symbols = new MultiMap<AstNode, AstNodeDescription>();
        const nodes = documentNodes(document).nodes;
        for (let index = 1; index < nodes.length; index++) {
            if (index % CHECK_EVERY === 0) await interruptAndCheck(cancelToken);
            this.addLocalSymbol(nodes[index]!, document, symbols);
        }
        return symbols;
    }

    protected override addLocalSymbol(node: AstNode, document: LangiumDocument, symbols: MultiMap<AstNode, AstNodeDescription>): void {
        // Top-level declarations are already in the global scope; only nested names need a local entry.
        const container = node.$container;
        const test = isVariable(node) || isTestCase(node) ? undefined : AstUtils.getContainerOfType(container, isTestCase);
        if (test) {
            // A test's facts (also those inside an agreement in it) are visible in the whole test by their names,
            // ahead of the workspace's they replace.
            const name = this.nameProvider.getName(node);
            if (name !== undefined) symbols.add(test, this.descriptions.createDescription(node, name, document));
            return;
        }
        if (!container || !(isVariable(node) || isNamedWithinOwner(node))) return;
        const name = this.nameProvider.getName(node);
        if (name !== undefined) symbols.add(container, this.descriptions.createDescription(node, name, document));
    }
}

/** The only kinds of declaration that are ever local symbols (see `LhcScopeComputation.addLocalSymbol`). */
const LOCAL_SYMBOL_TYPES = [Clause.$type, Target.$type, Variable.$type];

/**
 * A declaration written at top level with `under <agreement>` sees that agreement's clauses by their
 * short name, just as if it were written inside the agreement's braces.
 */
export class LhcScopeProvider extends DefaultScopeProvider {
    /** Per reference type: whether any local symbol can have that type. */
    private readonly localTypes = new Map<string, boolean>();
    private readonly globalIndex: GlobalNameIndex;

    constructor(services: LangiumCoreServices & { lhc: { Names: GlobalNameIndex } }) {
        super(services);
        this.globalIndex = services.lhc.Names;
    }

    /**
     * Where a name is declared twice (`duplicate-name` reports it), a reference links to the declaration in
     * its own file: while a declaration is being moved or copied between files, links stay where the reader is.
     */
    protected override getGlobalScope(referenceType: string, context?: ReferenceInfo): Scope {
        if (!context) return this.globalIndex.scopeFor(referenceType);
        return this.globalIndex.scopeFor(referenceType, AstUtils.getDocument(context.container).uri.toString());
    }

    override getScope(context: ReferenceInfo): Scope {
        const referenceType = this.reflection.getReferenceType(context);
        // Most references (parties, areas, powers, topics…) can only name global declarations: skip building
        // the chain of local scopes, which would all be empty for this type.
        if (!this.canBeLocal(referenceType) && !isInTest(context.container)) return this.getGlobalScope(referenceType, context);
        const scope = super.getScope(context);
        if (referenceType !== Clause.$type) return scope;
        const agreement = agreementOf(context.container);
        if (!agreement || AstUtils.hasContainerOfType(context.container, (node) => node === agreement)) return scope;
        const clauses = agreement.members.filter(isClause).filter((clause) => clause.name !== undefined)
            .map((clause) => this.descriptions.createDescription(clause, clause.name));
        return this.createScope(clauses, scope);
    }

    private canBeLocal(referenceType: string): boolean {
        let result = this.localTypes.get(referenceType);
        if (result === undefined) {
            result = LOCAL_SYMBOL_TYPES.some((type) => this.reflection.isSubtype(type, referenceType));
            this.localTypes.set(referenceType, result);
        }
        return result;
    }
}

/** Whether a reference is written inside a scenario test, where the test's own facts come first. */
function isInTest(node: AstNode): boolean {
    return AstUtils.hasContainerOfType(node, isTestCase);
}
