import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { TextDocument, type LangiumDocument } from 'langium';
import { after, afterEach, describe, it } from 'mocha';
import type { TextEdit } from 'vscode-languageserver';
import { formatText } from '../../language/engine/format.js';
import type { LhcServices } from '../../language/lhc-module.js';
import { MAX_NESTING, MAX_OPERATORS } from '../../language/parsing/depth-guard.js';
import { createTestServices, resetWorkspace } from '../helpers.js';
import { declarationsFile } from '../language/every-declaration.js';
import { folderWith, removeTemporaryFolders, startServer } from './server-harness.js';

/** "Format Document" as the editor asks for it. */
async function editorFormat(services: LhcServices, document: LangiumDocument): Promise<TextEdit[]> {
    return services.lsp.Formatter!.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options: { tabSize: 4, insertSpaces: true } });
}

const applied = (text: string, edits: readonly TextEdit[]) => TextDocument.applyEdits(TextDocument.create('file:///x.lhc', 'lhc', 1, text), [...edits]);
const withoutSpace = (text: string) => text.replace(/\s+/g, '');

/** Issue 23 A in the editor: nothing is dropped reading a big file, and formatting never deletes what it did not read. */
describe('language server: nothing a user wrote is dropped', () => {
    after(removeTemporaryFolders);

    it('checks a 10,000-declaration file with every declaration indexed', async function () {
        this.timeout(180_000);
        const file = declarationsFile(10_000, 3, 400);
        const folder = folderWith({ 'deal.lhc': file.text });
        const server = await startServer(folder);
        const uri = pathToFileURL(path.join(folder, 'deal.lhc')).toString();
        const codes = new Set((server.shown.get(uri) ?? []).map((diagnostic) => diagnostic.code));
        for (const code of ['syntax-error', 'unresolved-reference', 'condition-too-deep']) assert.ok(!codes.has(code), `${code} shown`);
        const names = new Set(server.services.shared.workspace.IndexManager.allElements()
            .filter((description) => description.documentUri.toString() === uri).map((description) => description.name).toArray());
        assert.deepEqual(file.names.filter((name) => !names.has(name)).slice(0, 5), []);
        assert.equal((server.document(uri)?.parseResult.value as unknown as { declarations: unknown[] }).declarations.length, file.declarations);
    });

    it('keeps a deep condition reported, and refuses to format, after an edit elsewhere in its file', async function () {
        this.timeout(60_000);
        const deep = `condition Deep "d" workspace-wide {\n    ${'('.repeat(MAX_NESTING + 1)}true${')'.repeat(MAX_NESTING + 1)}\n}\n`;
        const text = `${deep}party Mayor "Mayor" mayor\n`;
        const folder = folderWith({ 'deep.lhc': text });
        const server = await startServer(folder);
        const uri = pathToFileURL(path.join(folder, 'deep.lhc')).toString();
        await server.open(uri, text);
        // An edit inside one declaration is re-parsed on its own (the incremental parse): the deep text must stay known.
        await server.change(uri, text.replace('"Mayor" mayor', '"Mayor of London" mayor'));
        assert.deepEqual(server.shown.get(uri)?.filter((diagnostic) => diagnostic.code === 'condition-too-deep').length, 1);
        const document = server.document(uri)!;
        assert.deepEqual(await editorFormat(server.services, document), []);
    });

    describe('Format Document', () => {
        const { services, parse } = createTestServices();
        afterEach(() => resetWorkspace(services));

        it(`changes only whitespace or refuses, exactly as lhc fmt does (conditions up to ${MAX_NESTING + 8} deep, ${MAX_OPERATORS + 100} operators)`, async function () {
            this.timeout(120_000);
            const nested = fc.integer({ min: 0, max: MAX_NESTING + 8 }).map((depth) => `${'('.repeat(depth)}true${')'.repeat(depth)}`);
            const unclosed = fc.integer({ min: 0, max: MAX_NESTING + 8 }).map((depth) => `${'( '.repeat(depth)}true`);
            const chain = fc.integer({ min: 1, max: MAX_OPERATORS + 100 }).map((length) => Array(length).fill('1 > 2').join(' and '));
            const nots = fc.integer({ min: 0, max: MAX_NESTING + 8 }).map((depth) => `${'not '.repeat(depth)}true`);
            const condition = fc.tuple(fc.oneof(nested, unclosed, chain, nots), fc.constantFrom('', '\n', '  ')).map(([body, gap]) => `condition   C "c"  workspace-wide {${gap}${body}${gap}}`);
            const other = fc.constantFrom('area   A "A" region', 'party P "P"   council serves A', 'measurement M of X.T :  1 on 2019-01-01', 'area B "B" borough within A', '// a note', '');
            const texts = fc.array(fc.oneof(condition, other), { minLength: 1, maxLength: 6 }).map((parts) => parts.join('\n'));
            await fc.assert(fc.asyncProperty(texts, async (text) => {
                const document = await parse(text);
                const edits = await editorFormat(services, document);
                const result = applied(text, edits);
                assert.equal(withoutSpace(result), withoutSpace(text), 'the editor changed more than whitespace');
                const fmt = formatText(services, text);
                if ('problems' in fmt) assert.deepEqual(edits, [], 'lhc fmt refuses the text, so the editor must too');
                else assert.equal(result, fmt.formatted, 'the editor formats as lhc fmt does');
            }), { numRuns: 150, seed: 2323, examples: [[`condition C "c" { ${'('.repeat(MAX_NESTING + 1)}true${')'.repeat(MAX_NESTING + 1)} }`]] });
        });
    });
});
