import { strict as assert } from 'node:assert';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { AstUtils, GrammarUtils, type LangiumDocument } from 'langium';
import { afterEach, describe, it } from 'mocha';
import { isTarget, type Document, type Target } from '../../language/generated/ast.js';
import { createTestServices, resetWorkspace } from '../helpers.js';
import { buildAt, csvText, FINGERTIPS_COLUMNS, fingertipsRow, SMOKING_WORKSPACE, tempWorkspace } from '../datasets/dataset-fixture.js';

const { services } = createTestServices();
const shared = services.shared;

const ROWS = [
    fingertipsRow({ 'Time period': '2016', 'Value': '15.2', 'Lower CI 95.0 limit': '14.5', 'Upper CI 95.0 limit': '15.9' }),
    fingertipsRow({ 'Time period': '2017', 'Value': '', 'Lower CI 95.0 limit': '', 'Upper CI 95.0 limit': '', 'Value note': 'Value suppressed' }),
    fingertipsRow({ 'Time period': '2018' })
];

function targetOf(document: LangiumDocument<Document>): Target {
    return AstUtils.streamAllContents(document.parseResult.value).find(isTarget) as Target;
}

async function hoverOn(document: LangiumDocument<Document>, target: Target): Promise<string> {
    const position = GrammarUtils.findNodeForProperty(target.$cstNode, 'name')!.range.start;
    const hover = await services.lsp.HoverProvider!.getHoverContent(document, { textDocument: { uri: document.uri.toString() }, position });
    return (hover?.contents as { value: string }).value;
}

async function lensTitle(document: LangiumDocument<Document>): Promise<string> {
    const lenses = await services.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: { uri: document.uri.toString() } });
    return lenses?.[0]?.command?.title ?? '';
}

describe('language server: dataset evidence', () => {
    afterEach(async () => {
        await shared.workspace.WorkspaceLock.write(async () => undefined);
        await resetWorkspace(services);
    });

    it('shows the interval in the code lens and the rows used in the hover on a target', async () => {
        const root = tempWorkspace({ 'data/phof.csv': csvText(FINGERTIPS_COLUMNS, ROWS) });
        const { documents } = await buildAt(services, root, { 'deal.lhc': SMOKING_WORKSPACE });
        const document = documents[0]!;
        assert.equal(await lensTitle(document), 'inconclusive · 14% (95% CI 13.3% to 14.7%) → goal 13% by 2020-12-31 · interval spans the trajectory');
        const text = await hoverOn(document, targetOf(document));
        assert.match(text, /Evidence from `Phof` \(data\/phof\.csv, retrieved 2019-05-01\): 3 rows/);
        assert.match(text, /- 2016: 15\.2% \(95% CI 14\.5% to 15\.9%\), row 2/);
        assert.match(text, /- 2017: no value \(Value suppressed\), row 3/);
        assert.match(text, /- 2018: 14% \(95% CI 13\.3% to 14\.7%\), row 4/);
    });

    it('re-judges the targets when the client reports the dataset file changed on disk, without a restart', async () => {
        const root = tempWorkspace({ 'data/phof.csv': csvText(FINGERTIPS_COLUMNS, ROWS) });
        const { documents } = await buildAt(services, root, { 'deal.lhc': SMOKING_WORKSPACE });
        const uri = documents[0]!.uri;
        assert.match(await lensTitle(documents[0]!), /^inconclusive/);
        // A new download: 2018 now well below the line, and a row the file should not have.
        const csv = path.join(root, 'data', 'phof.csv');
        writeFileSync(csv, csvText(FINGERTIPS_COLUMNS, [...ROWS.slice(0, 2),
            fingertipsRow({ 'Time period': '2018', 'Value': '12.50', 'Lower CI 95.0 limit': '12.00', 'Upper CI 95.0 limit': '12.90' }),
            fingertipsRow({ 'Time period': '2019', 'Value': 'n/a' })]));
        shared.lsp.DocumentUpdateHandler.didChangeWatchedFiles!({ changes: [{ uri: pathToFileURL(csv).toString(), type: 2 }] });
        // The re-check runs in the background, as in the editor: wait for its diagnostics (queuing another write
        // on the workspace lock would cancel it).
        const document = shared.workspace.LangiumDocuments.getDocument(uri) as LangiumDocument<Document>;
        const deadline = Date.now() + 15_000;
        while (!(document.diagnostics ?? []).some((d) => d.code === 'dataset-bad-row') && Date.now() < deadline) {
            await new Promise((resolve) => setTimeout(resolve, 50));
        }
        assert.equal(await lensTitle(document), 'met · 12.5% (95% CI 12% to 12.9%) → goal 13% by 2020-12-31');
        assert.deepEqual((document.diagnostics ?? []).filter((d) => d.code === 'dataset-bad-row').map((d) => d.message),
            ['data/phof.csv row 5, column "Value": "n/a" is not a number.']);
    });
});
