import {
    DefaultReferenceDescriptionProvider, interruptAndCheck, UriUtils,
    type AstNode, type AstNodeDescription, type CstNode, type DocumentSegment, type LangiumDocument, type ReferenceDescription
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
            const segment = lazySegment(reference.$refNode);
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

/**
 * The same segment `CstUtils.toDocumentSegment` gives, computed when first read: most references are never
 * looked up (find references, rename), and computing every position up front was a tenth of a rebuild.
 */
function lazySegment(node: CstNode): DocumentSegment {
    let segment: DocumentSegment | undefined;
    const resolve = (): DocumentSegment => segment ??= { range: node.range, offset: node.offset, end: node.end, length: node.end - node.offset };
    return {
        get range() { return resolve().range; },
        get offset() { return resolve().offset; },
        get end() { return resolve().end; },
        get length() { return resolve().length; }
    };
}
