import { strict as assert } from 'node:assert';
import { URI } from 'langium';
import { describe, it } from 'mocha';
import { createTestServices } from '../helpers.js';

// The list of all documents is kept between changes to the set (parsing/lhc-documents.ts): it must follow every change.
describe('the workspace\'s documents', () => {
    it('lists a document added, and drops one deleted, or deleted with its folder, at once', () => {
        const { services } = createTestServices();
        const documents = services.shared.workspace.LangiumDocuments;
        const factory = services.shared.workspace.LangiumDocumentFactory;
        const uris = () => documents.all.map((document) => document.uri.toString()).toArray().sort();
        assert.deepEqual(uris(), []);
        const a = URI.parse('file:///ws/a.lhc');
        const b = URI.parse('file:///ws/deals/b.lhc');
        const c = URI.parse('file:///ws/deals/c.lhc');
        for (const uri of [a, b, c]) {
            documents.addDocument(factory.fromString('party P "P" council', uri));
        }
        assert.deepEqual(uris(), [a, b, c].map(String));
        documents.deleteDocument(a);
        assert.deepEqual(uris(), [b, c].map(String));
        documents.deleteDocuments(URI.parse('file:///ws/deals'));
        assert.deepEqual(uris(), []);
        documents.createDocument(a, 'party Q "Q" council');
        assert.deepEqual(uris(), [String(a)]);
    });
});
