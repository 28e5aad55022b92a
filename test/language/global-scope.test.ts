import * as assert from 'node:assert/strict';
import { AstUtils, TextDocument, URI, type LangiumDocument } from 'langium';
import { clearDocuments } from 'langium/test';
import { describe, it } from 'mocha';
import { isBoard, type Board, type Document } from '../../language/generated/ast.js';
import { createTestServices } from '../helpers.js';

// Which of two declarations of one name a reference links to must depend on the texts alone, never on the order
// the documents were opened, closed or indexed in: an edited workspace must link as a fresh one does.
describe('global scope: duplicate declarations', () => {
    const { services } = createTestServices();
    const shared = services.shared;
    const a = 'file:///workspace/a.lhc';
    const b = 'file:///workspace/b.lhc';
    const c = 'file:///workspace/c.lhc';
    const texts: Record<string, string> = {
        [a]: 'board Shared "Declared in a" { }\n',
        [b]: 'board Shared "Declared in b" { }\n',
        [c]: 'board Child "Child" {\n    reports to Shared\n}\n'
    };

    async function add(...uris: string[]): Promise<void> {
        const documents = uris.map((uri) => {
            const document = shared.workspace.LangiumDocumentFactory.fromString(texts[uri]!, URI.parse(uri));
            shared.workspace.LangiumDocuments.addDocument(document);
            return document;
        });
        await shared.workspace.DocumentBuilder.build(documents, { validation: true });
    }

    function linkedFrom(): string | undefined {
        const document = shared.workspace.LangiumDocuments.getDocument(URI.parse(c)) as LangiumDocument<Document>;
        const child = document.parseResult.value.declarations.find(isBoard) as Board;
        const target = child.reportsTo?.ref;
        return target && AstUtils.getDocument(target).uri.toString();
    }

    it('links to the declaration in the first document by URI, whatever order the documents were indexed in', async () => {
        await clearDocuments(shared);
        await add(b, a, c);
        assert.equal(linkedFrom(), a, 'indexed b before a');
        await clearDocuments(shared);
        await add(a, b, c);
        assert.equal(linkedFrom(), a, 'indexed a before b');
    });

    it('still links to the same declaration after the first one is removed and added again (a file closed and reopened)', async () => {
        await clearDocuments(shared);
        await add(a, b, c);
        await shared.workspace.DocumentBuilder.update([], [URI.parse(a)]);
        assert.equal(linkedFrom(), b, 'with a gone, the only declaration left');
        await add(a);
        // c is edited (same text): it is linked again against the index that now lists a last.
        shared.workspace.TextDocuments.set(TextDocument.create(c, 'lhc', 2, texts[c]!));
        await shared.workspace.DocumentBuilder.update([URI.parse(c)], []);
        shared.workspace.TextDocuments.delete(c);
        assert.equal(linkedFrom(), a);
    });
});
