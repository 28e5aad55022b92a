// What the status-bar item says. No `vscode` import, so the wording is unit-tested in Node.
import { plural } from '../../language/summary/status-labels.js';

export interface StatusView {
    text: string;
    tooltip: string;
    /** Shown on the error background. */
    error: boolean;
}

/**
 * Until the language server has checked every workspace file once (`checking`), the item says so and shows no
 * count: a count taken mid-check would be a false "0 errors". Afterwards, the number of errors in `.lhc` files, or
 * that there are no files to check (`files` 0, as the server reports).
 */
export function statusView(server: 'checking' | 'ready', errors: number, warnings: number, files?: number): StatusView {
    if (server === 'checking') {
        return { text: '$(sync~spin) LHC: checking…', tooltip: 'LHC is checking the workspace; the counts appear when every file has been checked', error: false };
    }
    // No file checked: nothing was judged, so no "0 errors" beside a pass sign.
    if (files === 0) {
        return { text: '$(circle-slash) LHC: no .lhc files', tooltip: 'LHC found no .lhc files in the workspace: nothing to judge', error: false };
    }
    return {
        text: `${errors === 0 ? '$(pass)' : '$(error)'} LHC: ${plural(errors, 'error')}`,
        tooltip: `LHC: ${plural(errors, 'error')}, ${plural(warnings, 'warning')} in .lhc files — click to open the Problems panel`,
        error: errors > 0
    };
}
