import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { TextDocument, URI } from 'langium';
import { afterEach, describe, it } from 'mocha';
import { createTestServices, resetEditedWorkspace } from '../helpers.js';

const { services } = createTestServices();
const shared = services.shared;

// The name index (linking/lhc-global-scope.ts) keeps each name's declarations ordered by document URI, then by
// position in the document, however files are added, edited and removed: which duplicate a reference links to
// must depend on the texts alone.
describe('the name index: declarations of one name, by document URI', () => {
    afterEach(async () => {
        await resetEditedWorkspace(services);
    });

    /** `count` parties named Dup in one file, titled by file and position so the order can be read back. */
    const text = (file: string, count: number) => Array.from({ length: count }, (_, index) => `party Dup "${file} ${index}" council`).join('\n');

    it('lists them by URI and position after any run of edits to files holding them', async function () {
        this.timeout(120_000);
        const files = ['a', 'b', 'c', 'd', 'e', 'f'];
        await fc.assert(fc.asyncProperty(
            fc.array(fc.record({ file: fc.constantFrom(...files), count: fc.integer({ min: 0, max: 3 }) }), { minLength: 1, maxLength: 10 }),
            async (edits) => {
                await resetEditedWorkspace(services);
                const counts = new Map<string, number>();
                for (const { file, count } of edits) {
                    const uri = `file:///names/${file}.lhc`;
                    counts.set(file, count);
                    shared.workspace.TextDocuments.set(TextDocument.create(uri, 'lhc', 1, text(file, count)));
                    if (!shared.workspace.LangiumDocuments.hasDocument(URI.parse(uri))) {
                        shared.workspace.LangiumDocuments.addDocument(shared.workspace.LangiumDocumentFactory.fromTextDocument(shared.workspace.TextDocuments.get(uri)!));
                    }
                    await shared.workspace.DocumentBuilder.update([URI.parse(uri)], []);
                    const listed = services.lhc.Names.named('Dup').map((description) => {
                        const node = description.node as { title?: string } | undefined;
                        return node?.title;
                    });
                    const expected = [...counts].sort(([a], [b]) => (a < b ? -1 : 1))
                        .flatMap(([name, many]) => Array.from({ length: many }, (_, index) => `${name} ${index}`));
                    assert.deepEqual(listed, expected);
                }
            }), { numRuns: 25 });
    });
});
