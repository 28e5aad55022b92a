import {
    DefaultReferenceDescriptionProvider, interruptAndCheck, UriUtils,
    type AstNode, type AstNodeDescription, type CstNode, type DocumentSegment, type LangiumDocument, type ReferenceDescription, type URI
} from 'langium';
import { CancellationToken } from 'vscode-languageserver';
import { documentNodes } from '../model/document-nodes.js';

const CHECK_EVERY = 256;

/**
 * The reference index (find references, rename, which documents to relink) with the same entries as Langium's,
 * built from the cached reference list. A container's path is computed once however many references it holds;
 * the target's path and the reference's position are computed when first read — most are never read.
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
            for (const item of items) descriptions.push(new LazyReferenceDescription(sourceUri, sourcePath, item, reference.$refNode));
        }
        return descriptions;
    }
}

/** A `ReferenceDescription` whose derived fields are computed on first read (prototype getters: cheap to create). */
class LazyReferenceDescription implements ReferenceDescription {
    private cachedSegment: DocumentSegment | undefined;
    private cachedLocal: boolean | undefined;

    constructor(readonly sourceUri: URI, readonly sourcePath: string, private readonly target: AstNodeDescription, private readonly refNode: CstNode) {}

    get targetUri(): URI {
        return this.target.documentUri;
    }

    get targetPath(): string {
        return this.target.path;
    }

    get local(): boolean {
        return this.cachedLocal ??= UriUtils.equals(this.target.documentUri, this.sourceUri);
    }

    /** The same segment `CstUtils.toDocumentSegment` gives. */
    get segment(): DocumentSegment {
        const node = this.refNode;
        return this.cachedSegment ??= { range: node.range, offset: node.offset, end: node.end, length: node.end - node.offset };
    }

    toJSON(): ReferenceDescription {
        return { sourceUri: this.sourceUri, sourcePath: this.sourcePath, targetUri: this.targetUri, targetPath: this.targetPath, segment: this.segment, local: this.local };
    }
}
