// Asks the language server for the compliance summary (`lhc/summary`), rendered by the same code as `lhc summary`.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { SUMMARY_REQUEST, type SummaryFormat, type SummaryRequestParams, type SummaryResponse } from '../../language/lsp/lhc-summary-protocol.js';

export type { SummaryFormat } from '../../language/lsp/lhc-summary-protocol.js';

export async function requestSummary(client: LanguageClient, format: SummaryFormat): Promise<SummaryResponse> {
    const params: SummaryRequestParams = { format, asOf: configuredAsOf() };
    return client.sendRequest<SummaryResponse>(SUMMARY_REQUEST, params);
}

/** The `lhc.asOf` setting, or undefined when empty (then the files' own `as of` or today applies). */
function configuredAsOf(): string | undefined {
    const value = vscode.workspace.getConfiguration('lhc').get<string>('asOf')?.trim();
    return value ? value : undefined;
}
