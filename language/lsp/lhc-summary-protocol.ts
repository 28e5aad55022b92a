// The `lhc/summary` request between the VS Code client and the language server. No imports: the client
// bundle takes this file as it is.

export const SUMMARY_REQUEST = 'lhc/summary';

export type SummaryFormat = 'html' | 'markdown' | 'json';

export interface SummaryRequestParams {
    format: SummaryFormat;
    /** ISO date the summary is judged at; when absent the server's setting, the files' own `as of`, or today. */
    asOf?: string;
}

export interface SummaryResponse {
    format: SummaryFormat;
    /** The rendered document: Markdown, a self-contained HTML page, or JSON text. */
    content: string;
    /** The date the summary was judged at. */
    asOf: string;
    /** The folder (absolute file-system path) the summary's `file` paths are relative to. */
    root: string;
}
