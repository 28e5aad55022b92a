import { DefaultLangiumDocuments, stream, type LangiumDocument, type Stream, type URI } from 'langium';

/**
 * Langium's document store, with the list of all documents kept between changes to the set: Langium walks its URI
 * trie for every `all`, and a build on 1,000 files asks for it several times per edit (the builder, the fact index,
 * the workspace's date, the current-documents set) at ≈ 2.5 ms a walk.
 */
export class LhcLangiumDocuments extends DefaultLangiumDocuments {
    private listed: readonly LangiumDocument[] | undefined;

    override get all(): Stream<LangiumDocument> {
        this.listed ??= super.all.toArray();
        return stream(this.listed);
    }

    override addDocument(document: LangiumDocument): void {
        this.listed = undefined;
        super.addDocument(document);
    }

    override deleteDocument(uri: URI): LangiumDocument | undefined {
        this.listed = undefined;
        return super.deleteDocument(uri);
    }

    override deleteDocuments(folder: URI): LangiumDocument[] {
        this.listed = undefined;
        return super.deleteDocuments(folder);
    }
}
