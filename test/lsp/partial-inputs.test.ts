import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { URI, type LangiumDocument } from 'langium';
import { after, describe, it } from 'mocha';
import { CancellationToken } from 'vscode-languageserver';
import type { LhcServices } from '../../language/lhc-module.js';
import { containerHeaders, keywordForms } from '../fuzz/keyword-inputs.js';
import { normalise, startServer } from './server-harness.js';

/** Keywords that start the declarations users write most, each typed out in its six forms and inside an agreement. */
const KEYWORDS = ['agreement', 'area', 'party', 'board', 'power', 'delegation', 'pilot', 'aspiration', 'target', 'commitment',
    'condition', 'waiver', 'dataset', 'pooled-budget', 'estate-sale', 'measurement', 'test', 'expect', 'evidence', 'under'];

/** Every editor feature the server offers on a document, asked for at each token's start; what each threw. */
async function askEverything(services: LhcServices, document: LangiumDocument): Promise<string[]> {
    const lsp = services.lsp;
    const textDocument = { uri: document.uri.toString() };
    const text = document.textDocument.getText();
    const positions = [...text.matchAll(/\S+/g)].map((match) => document.textDocument.positionAt(match.index!));
    positions.push(document.textDocument.positionAt(text.length));
    const problems: string[] = [];
    const ask = async (feature: string, request: () => unknown) => {
        try {
            await request();
        } catch (error) {
            problems.push(`${feature}: ${(error as Error).message}`);
        }
    };
    await ask('symbols', () => lsp.DocumentSymbolProvider?.getSymbols(document, { textDocument }));
    await ask('code lens', () => lsp.CodeLensProvider?.provideCodeLens(document, { textDocument }, CancellationToken.None));
    await ask('semantic tokens', () => lsp.SemanticTokenProvider?.semanticHighlight(document, { textDocument }, CancellationToken.None));
    await ask('folding', () => lsp.FoldingRangeProvider?.getFoldingRanges(document, { textDocument }));
    for (const position of positions) {
        await ask(`hover at ${position.line + 1}:${position.character + 1}`, () => lsp.HoverProvider?.getHoverContent(document, { textDocument, position }));
        await ask(`completion at ${position.line + 1}:${position.character + 1}`, () => lsp.CompletionProvider?.getCompletion(document, { textDocument, position }));
    }
    return problems;
}

describe('language server: keywords typed out one prefix at a time', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'lhc-partial-server-'));
    after(() => rmSync(folder, { recursive: true, force: true }));

    it('survives every prefix, shows its current diagnostics for each, answers every feature, and recovers when the text is whole', async function () {
        this.timeout(600_000);
        const whole = 'party P "p" council\nagreement A "a" {\n    signatories P\n}\n';
        writeFileSync(path.join(folder, 'whole.lhc'), whole);
        const server = await startServer(folder);
        const uri = URI.file(path.join(folder, 'partial.lhc')).toString();
        const agreement = containerHeaders().find(({ rule }) => rule === 'Agreement')!.header;
        const texts = KEYWORDS.flatMap((keyword) => [...keywordForms(keyword), `${agreement}\n    ${keyword}\n}\n`]);
        const problems: string[] = [];
        await server.open(uri, '');
        for (const text of texts) {
            await server.change(uri, text);
            const document = server.document(uri)!;
            const diagnostics = server.shown.get(uri) ?? [];
            // Unchanged diagnostics are not sent again: what the client shows must be what the server holds now.
            if (JSON.stringify(normalise(diagnostics)) !== JSON.stringify(normalise(document.diagnostics))) problems.push(`${JSON.stringify(text)}: the client shows stale diagnostics`);
            for (const diagnostic of diagnostics) {
                if (diagnostic.code === undefined || /error occurred|'\?'|\bundefined\b/.test(String(diagnostic.message))) problems.push(`${JSON.stringify(text)}: ${diagnostic.message}`);
            }
            if (document.parseResult.parserErrors.length > 0 && !diagnostics.some((diagnostic) => diagnostic.code === 'syntax-error')) {
                problems.push(`${JSON.stringify(text)}: no syntax error shown`);
            }
            problems.push(...(await askEverything(server.services, document)).map((problem) => `${JSON.stringify(text)}: ${problem}`));
        }
        assert.deepEqual(problems, []);
        await server.change(uri, 'commitment C "c" {\n    by P\n    will "do it"\n    due 2019-01-01\n}\n');
        assert.ok(!(server.shown.get(uri) ?? []).some((diagnostic) => diagnostic.code === 'syntax-error'), 'the whole text has no syntax error');
        assert.deepEqual(server.shown.get(URI.file(path.join(folder, 'whole.lhc')).toString()) ?? [], [], 'the other file is still clean');
    });
});
