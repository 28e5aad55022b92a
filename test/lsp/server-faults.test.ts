import { strict as assert } from 'node:assert';
import { DocumentState, URI } from 'langium';
import { after, describe, it } from 'mocha';
import * as path from 'node:path';
import type { LhcDocumentBuilder } from '../../language/lsp/lhc-document-builder.js';
import { summariseOpenWorkspace } from '../../language/lsp/lhc-summary-request.js';
import { REPO_ROOT } from '../repo-paths.js';
import { folderWith, freshDiagnostics, lhcFiles, normalise, readUri, removeTemporaryFolders, startServer } from './server-harness.js';

const london = path.join(REPO_ROOT, 'examples', 'london');
const uriOf = (file: string) => URI.file(file).toString();
const estates = uriOf(path.join(london, '2017-devolution-mou/estates.lhc'));
const conditions = uriOf(path.join(london, '2017-devolution-mou/conditions.lhc'));
const rename = (text: string, from: string, to: string) => text.replace(`board ${from} `, `board ${to} `);

function codesAt(diagnostics: readonly { code?: unknown; range: { start: { line: number; character: number } } }[] | undefined): string[] {
    return (diagnostics ?? []).map((diagnostic) => `${diagnostic.range.start.line + 1}:${diagnostic.range.start.character + 1} ${String(diagnostic.code)}`);
}

after(removeTemporaryFolders);

describe('language server: no stale state across files (issue 14, fault 1)', () => {
    it('renaming the London Estates Board in estates.lhc makes conditions.lhc report the unknown name, and fixing it clears it', async function () {
        this.timeout(120_000);
        const server = await startServer(london);
        const original = readUri(estates);
        assert.ok(!codesAt(server.document(conditions)?.diagnostics).some((line) => line.endsWith('condition-unknown-name')));
        await server.open(estates, original);
        await server.change(estates, rename(original, 'LondonEstatesBoard', 'LzondonEstatesBoard'));
        const after = codesAt(server.document(conditions)?.diagnostics);
        assert.ok(after.includes('26:33 condition-unknown-name'), after.join('\n'));
        assert.ok(!after.some((line) => line.includes('SalesApprovedByLondonEstatesBoard')), 'no false violations');
        await server.change(estates, original);
        assert.ok(!codesAt(server.document(conditions)?.diagnostics).some((line) => line.endsWith('condition-unknown-name')));
    });

    it('starting with the board misspelt and fixing it clears the error in conditions.lhc, as a fresh server does', async function () {
        this.timeout(120_000);
        const original = readUri(estates);
        const server = await startServer(london);
        await server.open(estates, rename(original, 'LondonEstatesBoard', 'LzondonEstatesBoard'));
        assert.ok(codesAt(server.document(conditions)?.diagnostics).includes('26:33 condition-unknown-name'));
        await server.change(estates, original);
        // The fresh server sees what the edited one loaded: London and the national library its config names.
        const texts = [...lhcFiles(london), ...lhcFiles(path.join(london, '..', 'england'))].map((uri) => [URI.parse(uri).toString(), readUri(uri)] as const);
        const fresh = await freshDiagnostics(server.services, texts);
        for (const [uri] of texts) assert.deepEqual(normalise(server.document(uri)?.diagnostics), normalise(fresh.get(uri)), uri);
    });
});

describe('language server: robust against any text (issue 14, fault 2)', () => {
    const deep = (depth: number, closed: boolean) => `condition Deep "d" {\n    ${'('.repeat(depth)}true${closed ? ')'.repeat(depth) : ''}\n}\n`;

    it('survives 1,000-deep nesting on disk at start-up and opened, and still checks and answers for the other files', async function () {
        this.timeout(60_000);
        const folder = folderWith({
            'deep.lhc': deep(1000, true),
            'places.lhc': 'area Camden "Camden" borough\narea Camden "Camden again" borough\n'
        });
        const server = await startServer(folder);
        const places = uriOf(path.join(folder, 'places.lhc'));
        const deepUri = uriOf(path.join(folder, 'deep.lhc'));
        assert.deepEqual(server.document(places)?.diagnostics?.map((each) => each.code), ['duplicate-name', 'duplicate-name']);
        assert.match(String(server.document(deepUri)?.diagnostics?.[0]?.message), /nested deeper than 32 levels/);
        await server.open(deepUri, deep(1000, false));
        await server.change(deepUri, `${deep(70, false)}\narea Camden "A third" borough\n`);
        assert.equal(server.document(deepUri)?.state, DocumentState.Validated);
        const hover = await server.services.lsp.HoverProvider!.getHoverContent(server.document(places)!, {
            textDocument: { uri: places }, position: { line: 0, character: 7 }
        });
        assert.match(JSON.stringify(hover), /Camden/);
    });

    it('reads the file after an unreadable one in full (the parser is reset after it throws)', async () => {
        const folder = folderWith({ 'a.lhc': deep(400, true), 'b.lhc': 'party Mayor "Mayor" mayor\nparty Council "Council" council\n' });
        const server = await startServer(folder);
        const b = server.document(uriOf(path.join(folder, 'b.lhc')))!;
        assert.equal((b.parseResult.value as unknown as { declarations: unknown[] }).declarations.length, 2);
    });
});

describe('language server: answers from the client\'s text (issue 14, faults 3 and 4)', () => {
    it('formats the buffer the client opened, not the file on disk, when formatting races the initial load', async function () {
        this.timeout(60_000);
        const disk = 'board LondonEstatesBoard "LEB" {\n    reports to StrategicPartnershipBoard\n}\nboard StrategicPartnershipBoard "SPB" { }\n';
        const folder = folderWith({ 'estates.lhc': disk });
        const uri = uriOf(path.join(folder, 'estates.lhc'));
        const server = await startServer(folder, { wait: false });
        const buffer = `// edited, not saved\n${disk.replace('    reports to', '       reports   to')}`;
        const opened = server.open(uri, buffer);
        const builder = server.services.shared.workspace.DocumentBuilder;
        await server.services.shared.workspace.WorkspaceManager.ready;
        await builder.waitUntil(DocumentState.Parsed, URI.parse(uri));
        const document = server.document(uri)!;
        const edits = await server.services.lsp.Formatter!.formatDocument(document, { textDocument: { uri }, options: { tabSize: 4, insertSpaces: true } });
        const { TextDocument } = await import('vscode-languageserver-textdocument');
        const formatted = TextDocument.applyEdits(TextDocument.create(uri, 'lhc', 1, buffer), edits);
        assert.match(formatted, /^\/\/ edited, not saved\n/);
        assert.match(formatted, /\n    reports to StrategicPartnershipBoard\n/);
        await opened;
        await server.initialized;
    });

    it('lhc/summary waits for the first full build instead of reporting an all-clear', async function () {
        this.timeout(120_000);
        const server = await startServer(london, { wait: false });
        const builder = server.services.shared.workspace.DocumentBuilder as LhcDocumentBuilder;
        let answeredEarly = false;
        const summary = summariseOpenWorkspace(server.services.shared, server.services, { format: 'json' }, london).then((result) => {
            answeredEarly = !builder.isFirstBuildDone;
            return result;
        });
        const result = await summary;
        await server.initialized;
        assert.equal(answeredEarly, false);
        const totals = (JSON.parse(result.content) as { totals?: Record<string, number> }).totals ?? {};
        const fresh = await freshDiagnostics(server.services, lhcFiles(london).map((uri) => [URI.parse(uri).toString(), readUri(uri)] as const));
        const warnings = [...fresh.values()].flat().filter((diagnostic) => diagnostic.severity === 2).length;
        assert.ok(warnings > 0);
        assert.equal(JSON.stringify(totals).includes(`${warnings}`), true, JSON.stringify(totals));
    });
});

describe('language server: a closed file from outside the workspace leaves it (issue 14, fault 5)', () => {
    it('clears its diagnostics, stops counting its declarations and never publishes it again', async () => {
        const folder = folderWith({ 'inside/places.lhc': 'area Camden "Camden" borough\n' });
        const outside = folderWith({ 'draft.lhc': 'area Camden "Camden" borough\n' });
        const server = await startServer(path.join(folder, 'inside'));
        const inside = uriOf(path.join(folder, 'inside/places.lhc'));
        const draft = uriOf(path.join(outside, 'draft.lhc'));
        await server.open(draft, 'area Camden "Camden" borough\n');
        assert.deepEqual(server.shown.get(inside)?.map((each) => each.code), ['duplicate-name']);
        await server.close(draft);
        assert.equal(server.document(draft), undefined);
        assert.deepEqual(server.shown.get(draft), []);
        assert.deepEqual(server.shown.get(inside), []);
        const count = server.published.length;
        await server.open(inside, 'area Camden "Camden, edited" borough\n');
        assert.ok(server.published.slice(count).every((params) => params.uri !== draft), 'the closed file is not published again');
    });

    it('a closed workspace file goes back to its text on disk', async () => {
        const folder = folderWith({ 'places.lhc': 'area Camden "Camden" borough\n' });
        const server = await startServer(folder);
        const uri = uriOf(path.join(folder, 'places.lhc'));
        await server.open(uri, 'area Camden "Camden" borough\narea Camden "unsaved" borough\n');
        assert.equal(server.shown.get(uri)?.length, 2);
        await server.close(uri);
        assert.ok(server.document(uri));
        assert.deepEqual(server.shown.get(uri), []);
    });
});
