import { DefaultLinker, interruptAndCheck, type LangiumDocument } from 'langium';
import { CancellationToken } from 'vscode-languageserver';
import { documentNodes } from '../model/document-nodes.js';

/** How many references to link between two cancellation checks: often enough to stay responsive, rarely enough to cost nothing. */
const CHECK_EVERY = 256;

/**
 * Links the same references in the same order as Langium's linker, but from the document's cached reference
 * list instead of streaming the whole tree and awaiting once per node.
 */
export class LhcLinker extends DefaultLinker {
    override async link(document: LangiumDocument, cancelToken = CancellationToken.None): Promise<void> {
        if (this.profiler?.isActive('linking')) return super.link(document, cancelToken);
        const references = documentNodes(document).references;
        for (let index = 0; index < references.length; index++) {
            if (index % CHECK_EVERY === 0) await interruptAndCheck(cancelToken);
            this.doLink(references[index]!, document);
        }
    }
}
