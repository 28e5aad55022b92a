import {
    CstUtils, DefaultReferenceDescriptionProvider, interruptAndCheck, UriUtils,
    type AstNode, type AstNodeDescription, type LangiumDocument, type ReferenceDescription
} from 'langium';
import { CancellationToken } from 'vscode-languageserver';
import { documentNodes } from './model/document-nodes.js';

const CHECK_EVERY = 256;

/**
 * The reference index (find references, rename) with the same entries as Langium's, built from the cached
 * reference list; a container's path is computed once however many references it holds.
 */
export class LhcReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    override async createDescriptions(document: LangiumDocument, cancelToken = CancellationToken.None): Promise<ReferenceDescription[]> {
        const descriptions: ReferenceDescription[] = [];
        const sourceUri = document.uri;
        const paths = new Map<AstNode, string>();
        const references = documentNodes(document).references;
        for (let index = 0; index < references.length; index++) {
            if (index % CHECK_EVERY === 0) await interruptAndCheck(cancelToken);
            const { reference, container } = references[index]!;
            if (reference.error || !reference.$refNode) continue;
            const items: AstNodeDescription[] = 'items' in reference
                ? reference.items.flatMap((item) => item.$nodeDescription ?? [])
                : reference.$nodeDescription ? [reference.$nodeDescription] : [];
            if (items.length === 0) continue;
            let sourcePath = paths.get(container);
            if (sourcePath === undefined) {
                sourcePath = this.nodeLocator.getAstNodePath(container);
                paths.set(container, sourcePath);
            }
            const segment = CstUtils.toDocumentSegment(reference.$refNode);
            for (const item of items) {
                descriptions.push({
                    sourceUri, sourcePath, targetUri: item.documentUri, targetPath: item.path, segment,
                    local: UriUtils.equals(item.documentUri, sourceUri)
                });
            }
        }
        return descriptions;
    }
}
