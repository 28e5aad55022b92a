// The `lhc/summary` request: the compliance summary of the workspace the server has open, rendered by the same
// model and renderers as `lhc summary`. The VS Code summary view and the export command ask for it.
import type { LangiumDocument } from 'langium';
import * as path from 'node:path';
import type { LangiumSharedServices } from 'langium/lsp';
import { CancellationToken, ErrorCodes, LSPErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';
import type { LhcDocumentBuilder } from './lhc-document-builder.js';
import type { Document } from '../generated/ast.js';
import type { LhcServices } from '../lhc-module.js';
import { isValidIsoDate } from '../model/dates.js';
import { toFinding } from '../engine/check.js';
import { countTotals, sortFindings, type CheckReport } from '../engine/results.js';
import { summariseChecked } from '../engine/summarise.js';
import { SUMMARY_FORMATS } from '../render/summary-formats.js';
import { isTestDocument } from '../scenarios/test-files.js';
import { SUMMARY_REQUEST, type SummaryFormat, type SummaryRequestParams, type SummaryResponse } from './lhc-summary-protocol.js';

const RENDERERS: Record<SummaryFormat, keyof typeof SUMMARY_FORMATS> = { html: 'html', markdown: 'md', json: 'json' };

export function registerSummaryRequest(connection: Connection, shared: LangiumSharedServices, services: LhcServices,
    workspaceFolders: () => readonly string[]): void {
    connection.onRequest(SUMMARY_REQUEST, (params: SummaryRequestParams, token) => summariseOpenWorkspace(shared, services, params, workspaceFolders()[0], token));
}

/** Answers one `lhc/summary` request; a bad format or date is a JSON-RPC "invalid params" error with a plain message. */
export async function summariseOpenWorkspace(shared: LangiumSharedServices, services: LhcServices, params: SummaryRequestParams,
    root: string | undefined, cancelToken: CancellationToken = CancellationToken.None): Promise<SummaryResponse> {
    const format = params?.format;
    if (!format || !Object.hasOwn(RENDERERS, format)) {
        throw new ResponseError(ErrorCodes.InvalidParams, `Unknown summary format '${String(format)}': use html, markdown or json.`);
    }
    if (params.asOf !== undefined && !isValidIsoDate(params.asOf)) {
        throw new ResponseError(ErrorCodes.InvalidParams, `The as-of date must look like 2019-06-01, not '${params.asOf}'.`);
    }
    // Never a false all-clear: wait until every workspace file has been checked once, then answer after the
    // builds already asked for (a normal read waits for queued writes), so findings and facts agree.
    await untilFirstBuild(shared.workspace.DocumentBuilder as LhcDocumentBuilder, cancelToken);
    return shared.workspace.WorkspaceLock.read(() => {
        const documents = shared.workspace.LangiumDocuments.all
            // The summary judges the agreement, not its scenario tests.
            .filter((document) => document.uri.path.endsWith('.lhc') && !isTestDocument(document))
            .toArray() as LangiumDocument<Document>[];
        const report = reportOf(documents, services, params.asOf);
        const folder = root ?? commonFolder(documents);
        const { summary } = summariseChecked({ report, services, documents }, folder);
        return { format, content: SUMMARY_FORMATS[RENDERERS[format]](summary), asOf: summary.asOf, root: folder };
    });
}

/** The first full build, or a "request cancelled" error if the client gives up first. */
function untilFirstBuild(builder: LhcDocumentBuilder, cancelToken: CancellationToken): Promise<void> {
    if (builder.isFirstBuildDone) return Promise.resolve();
    return new Promise((resolve, reject) => {
        const cancel = cancelToken.onCancellationRequested(() => reject(new ResponseError(LSPErrorCodes.RequestCancelled, 'The summary request was cancelled.')));
        void builder.firstBuild.then(() => {
            cancel.dispose();
            resolve();
        });
    });
}

/** The same report `lhc check` makes, from the diagnostics the server has already computed. */
function reportOf(documents: LangiumDocument<Document>[], services: LhcServices, asOf: string | undefined): CheckReport {
    const files = documents.map((document) => document.uri.fsPath).sort();
    const findings = sortFindings(documents.flatMap((document) =>
        (document.diagnostics ?? []).map((diagnostic) => toFinding(document, diagnostic))));
    return {
        asOf: asOf ?? services.lhc.Conditions.asOf(),
        files,
        findings,
        totals: countTotals(files.length, findings)
    };
}

/** Without a workspace folder (single files opened), paths are relative to the folder the files share. */
function commonFolder(documents: readonly LangiumDocument[]): string {
    const folders = documents.map((document) => path.dirname(document.uri.fsPath));
    if (folders.length === 0) return process.cwd();
    return folders.reduce((common, folder) => {
        while (path.relative(common, folder).startsWith('..')) common = path.dirname(common);
        return common;
    });
}
