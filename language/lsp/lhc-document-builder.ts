import { DefaultDocumentBuilder, DocumentState, type LangiumSharedCoreServices } from 'langium';

/**
 * Re-validates every loaded document after any change. Langium re-validates only the changed documents
 * and those whose references point into them; but `.lhc` findings depend on other files without a
 * reference between them (a name declared twice, a condition in one file judging facts in another, a
 * target's measurements), so every document's diagnostics must be recomputed. Documents whose links are
 * unaffected are only re-validated, not re-linked.
 */
export class LhcDocumentBuilder extends DefaultDocumentBuilder {
    constructor(services: LangiumSharedCoreServices) {
        super(services);
        // Runs inside `update`, after the changed documents were reset and before the rebuild is planned.
        this.onUpdate(() => {
            for (const document of this.langiumDocuments.all) {
                if (document.state > DocumentState.IndexedReferences) this.resetToState(document, DocumentState.IndexedReferences);
            }
        });
    }
}
