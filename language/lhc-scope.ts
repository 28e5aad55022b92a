import {
    AstUtils, DefaultScopeComputation, DefaultScopeProvider, MultiMap, MultiMapScope, WorkspaceCache,
    type AstNode, type AstNodeDescription, type LangiumCoreServices, type LangiumDocument, type ReferenceInfo, type Scope
} from 'langium';
import { CancellationToken } from 'vscode-languageserver';
import { Clause, isClause, isVariable } from './generated/ast.js';
import { isNamedWithinOwner, qualifiedNameOf } from './lhc-naming.js';
import { agreementOf } from './model/agreements.js';

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
        for (const node of AstUtils.streamAllContents(document.parseResult.value)) {
            if (isVariable(node)) continue;
            const name = this.nameProvider.getName(node);
            if (name === undefined) continue;
            exports.push(this.descriptions.createDescription(node, qualifiedNameOf(node as AstNode & { name: string }), document));
        }
        if (cancelToken.isCancellationRequested) return [];
        return exports;
    }

    protected override addLocalSymbol(node: AstNode, document: LangiumDocument, symbols: MultiMap<AstNode, AstNodeDescription>): void {
        // Top-level declarations are already in the global scope; only nested names need a local entry.
        const container = node.$container;
        if (!container || !(isVariable(node) || isNamedWithinOwner(node))) return;
        const name = this.nameProvider.getName(node);
        if (name !== undefined) symbols.add(container, this.descriptions.createDescription(node, name, document));
    }
}

/**
 * A declaration written at top level with `under <agreement>` sees that agreement's clauses by their
 * short name, just as if it were written inside the agreement's braces.
 */
export class LhcScopeProvider extends DefaultScopeProvider {
    private readonly ownFirstScopes: WorkspaceCache<string, Scope>;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.ownFirstScopes = new WorkspaceCache(services.shared);
    }

    /**
     * Where a name is declared twice (`duplicate-name` reports it), a reference links to the declaration in
     * its own file: while a declaration is being moved or copied between files, links stay where the reader is.
     */
    protected override getGlobalScope(referenceType: string, context: ReferenceInfo): Scope {
        const global = super.getGlobalScope(referenceType, context);
        const uri = AstUtils.getDocument(context.container).uri.toString();
        return this.ownFirstScopes.get(`${referenceType} ${uri}`,
            () => new MultiMapScope(this.indexManager.allElements(referenceType, new Set([uri])), global));
    }

    override getScope(context: ReferenceInfo): Scope {
        const scope = super.getScope(context);
        if (this.reflection.getReferenceType(context) !== Clause.$type) return scope;
        const agreement = agreementOf(context.container);
        if (!agreement || AstUtils.hasContainerOfType(context.container, (node) => node === agreement)) return scope;
        const clauses = agreement.members.filter(isClause)
            .map((clause) => this.descriptions.createDescription(clause, clause.name));
        return this.createScope(clauses, scope);
    }
}
