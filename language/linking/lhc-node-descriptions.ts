import { AstUtils, CstUtils, DefaultAstNodeDescriptionProvider, type AstNode, type AstNodeDescription, type AstNodeLocator, type DocumentSegment, type LangiumDocument, type NameProvider, type URI } from 'langium';

/**
 * Langium's descriptions of named declarations (the global index), with the path and the segments computed
 * when first read instead of for every declaration of every build: linking reads none of them (the description
 * carries the node itself); the outline, workspace symbols and find references do.
 */
export class LhcAstNodeDescriptionProvider extends DefaultAstNodeDescriptionProvider {
    override createDescription(node: AstNode, name: string | undefined, document?: LangiumDocument): AstNodeDescription {
        const doc = document ?? AstUtils.getDocument(node);
        name ??= this.nameProvider.getName(node);
        if (!name) throw new Error(`Node at path ${this.astNodeLocator.getAstNodePath(node)} has no name.`);
        return new LazyNodeDescription(node, name, doc.uri, this.astNodeLocator, this.nameProvider);
    }
}

class LazyNodeDescription implements AstNodeDescription {
    readonly type: string;
    private cachedPath: string | undefined;
    private cachedNameSegment: DocumentSegment | undefined;
    private cachedSelectionSegment: DocumentSegment | undefined;

    constructor(readonly node: AstNode, readonly name: string, readonly documentUri: URI, private readonly locator: AstNodeLocator, private readonly nameProvider: NameProvider) {
        this.type = node.$type;
    }

    get path(): string {
        return this.cachedPath ??= this.locator.getAstNodePath(this.node);
    }

    get nameSegment(): DocumentSegment | undefined {
        return this.cachedNameSegment ??= CstUtils.toDocumentSegment(this.nameProvider.getNameNode(this.node) ?? this.node.$cstNode);
    }

    get selectionSegment(): DocumentSegment | undefined {
        return this.cachedSelectionSegment ??= CstUtils.toDocumentSegment(this.node.$cstNode);
    }

    toJSON(): object {
        return { name: this.name, type: this.type, documentUri: this.documentUri, path: this.path, nameSegment: this.nameSegment, selectionSegment: this.selectionSegment };
    }
}
