import { AstUtils, CstUtils, DefaultAstNodeDescriptionProvider, type AstNode, type AstNodeDescription, type DocumentSegment, type LangiumDocument } from 'langium';

/**
 * Langium's descriptions of named declarations (the global index), with the path and the selection segment
 * computed when first read instead of for every declaration of every build: linking reads neither (the
 * description carries the node itself), only the outline, workspace symbols and the like do.
 */
export class LhcAstNodeDescriptionProvider extends DefaultAstNodeDescriptionProvider {
    override createDescription(node: AstNode, name: string | undefined, document?: LangiumDocument): AstNodeDescription {
        const doc = document ?? AstUtils.getDocument(node);
        const locator = this.astNodeLocator;
        const nameProvider = this.nameProvider;
        name ??= nameProvider.getName(node);
        if (!name) throw new Error(`Node at path ${locator.getAstNodePath(node)} has no name.`);
        let path: string | undefined;
        let nameSegment: DocumentSegment | undefined;
        let selectionSegment: DocumentSegment | undefined;
        return {
            node,
            name,
            get nameSegment() {
                return nameSegment ??= CstUtils.toDocumentSegment(nameProvider.getNameNode(node) ?? node.$cstNode);
            },
            get selectionSegment() {
                return selectionSegment ??= CstUtils.toDocumentSegment(node.$cstNode);
            },
            type: node.$type,
            documentUri: doc.uri,
            get path() {
                return path ??= locator.getAstNodePath(node);
            }
        };
    }
}
