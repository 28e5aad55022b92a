import { DefaultLinker, interruptAndCheck, type AstNode, type DefaultReference, type LangiumCoreServices, type LangiumDocument } from 'langium';
import { CancellationToken } from 'vscode-languageserver';
import { documentNodes } from '../model/document-nodes.js';
import { referenceReadsOf, type ReferenceReads } from './reference-reads.js';

/** How many references to link between two cancellation checks: often enough to stay responsive, rarely enough to cost nothing. */
const CHECK_EVERY = 256;

/**
 * Links the same references in the same order as Langium's linker, but from the document's cached reference
 * list instead of streaming the whole tree and awaiting once per node. Every read of a reference is reported to
 * `ReferenceReads`, which tells the language server what a document's checks depend on.
 */
export class LhcLinker extends DefaultLinker {
    private readonly builder: () => object;
    private reads: ReferenceReads | undefined | null = null;

    constructor(services: LangiumCoreServices) {
        super(services);
        // Looked up on first use: the builder is a shared service, created after the languages' linkers may be.
        this.builder = () => services.shared.workspace.DocumentBuilder;
    }

    override async link(document: LangiumDocument, cancelToken = CancellationToken.None): Promise<void> {
        if (this.profiler?.isActive('linking')) return super.link(document, cancelToken);
        const references = documentNodes(document).references;
        for (let index = 0; index < references.length; index++) {
            if (index % CHECK_EVERY === 0) await interruptAndCheck(cancelToken);
            this.doLink(references[index]!, document);
        }
    }

    protected override resolveReference(reference: DefaultReference, node: AstNode, property: string): AstNode | undefined {
        if (this.reads === null) this.reads = referenceReadsOf(this.builder());
        this.reads?.read(node);
        return super.resolveReference(reference, node, property);
    }
}
