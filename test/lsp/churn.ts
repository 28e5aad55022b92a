// Drives a language server through seeded random edits and compares, after every edit, what it published for each
// open file with what a fresh server computes for the same texts (issue 14's churn test, issue 16's equality test).
import { URI } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import { ChurnEditor, Random, type ChurnEdit } from './churn-edits.js';
import { FreshWorkspace, verifyAgainstNewServices } from './fresh-workspace.js';
import { lhcFiles, normalise, readUri, startServer, type TestServer } from './server-harness.js';

export interface ChurnOptions {
    /** Workspace folders the server opens (the first one's `lhc.config.json` names the libraries). */
    folders: readonly string[];
    /** Folders of the libraries the server loads beside them, for the fresh server's texts. */
    libraries: readonly string[];
    edits: number;
    seed: number;
    /** Every so many edits, every file of the workspace is compared, not only the open ones. */
    compareAllEvery: number;
    /** Called before each edit is applied (tests count evaluations with it). */
    beforeEdit?: (edit: ChurnEdit, index: number) => void;
    /** Called after each edit is built and compared. */
    afterEdit?: (edit: ChurnEdit, index: number, server: TestServer) => void;
}

export interface ChurnResult {
    edits: number;
    comparisons: number;
    /** The first divergence, described for the failure message; undefined when the server always agreed. */
    divergence?: string;
    kinds: Record<string, number>;
    /** Milliseconds the server took to build the edits, and the fresh workspace to build the same texts. */
    serverMs: number;
    freshMs: number;
    /** Every file an edit changed, opened or closed (once each). */
    editedFiles: string[];
}

/**
 * The seed and edit count, from `LHC_CHURN_SEED` (`random` for a new one each run) and `LHC_CHURN_EDITS` when set.
 * The default seed is fixed, so `npm test` is reproducible; other seeds explore further.
 */
export function churnSettings(defaultEdits: number, defaultSeed: number): { seed: number; edits: number } {
    const given = process.env.LHC_CHURN_SEED;
    const seed = given === 'random' ? Math.floor(Math.random() * 2 ** 31) : given ? Number(given) : defaultSeed;
    const edits = process.env.LHC_CHURN_EDITS ? Number(process.env.LHC_CHURN_EDITS) : defaultEdits;
    if (!Number.isInteger(seed) || !Number.isInteger(edits) || edits < 1) throw new Error('LHC_CHURN_SEED and LHC_CHURN_EDITS must be whole numbers');
    return { seed, edits };
}

export async function runChurn(options: ChurnOptions): Promise<ChurnResult> {
    const server = await startServer([...options.folders]);
    const workspaceUris = [...options.folders, ...options.libraries].flatMap((folder) => lhcFiles(folder)).map((uri) => URI.parse(uri).toString());
    const disk = new Map(workspaceUris.map((uri) => [uri, readUri(uri)]));
    const editor = new ChurnEditor(new Random(options.seed), { disk, texts: new Map(disk), open: new Set() });
    const fresh = new FreshWorkspace(server.services);
    const result: ChurnResult = { edits: 0, comparisons: 0, kinds: {}, serverMs: 0, freshMs: 0, editedFiles: [] };
    const history: string[] = [];
    for (let index = 0; index < options.edits; index++) {
        const edit = editor.next();
        history.push(`${index}: ${edit.kind} ${shortName(edit.uri)} ${edit.description}`);
        options.beforeEdit?.(edit, index);
        const started = performance.now();
        if (edit.kind === 'close') await server.close(edit.uri);
        else if (edit.kind === 'open') await server.open(edit.uri, edit.text);
        else await server.change(edit.uri, edit.text);
        editor.apply(edit);
        result.serverMs += performance.now() - started;
        result.edits++;
        if (!result.editedFiles.includes(edit.uri)) result.editedFiles.push(edit.uri);
        const kind = edit.description.split(' ')[0]!;
        result.kinds[kind] = (result.kinds[kind] ?? 0) + 1;
        const all = (index + 1) % options.compareAllEvery === 0 || index === options.edits - 1;
        const texts = [...editor.state.texts].sort(([a], [b]) => Number(!disk.has(a)) - Number(!disk.has(b)));
        const compared = all ? undefined : editor.state.open;
        const freshStarted = performance.now();
        const expected = await fresh.diagnostics(texts, compared);
        result.freshMs += performance.now() - freshStarted;
        result.comparisons++;
        const problem = divergence(server, expected, disk);
        if (problem) {
            result.divergence = `seed ${options.seed}, after edit ${index} (${history.at(-1)}): ${problem}\nedits so far:\n${history.slice(-40).join('\n')}`;
            return result;
        }
        options.afterEdit?.(edit, index, server);
    }
    const texts = [...editor.state.texts];
    const unfaithful = await verifyAgainstNewServices(fresh, server.services, texts, (a, b) => JSON.stringify(normalise(a)) === JSON.stringify(normalise(b)));
    if (unfaithful.length > 0) result.divergence = `the reused fresh workspace differs from new services on ${unfaithful.join(', ')}`;
    return result;
}

/** What the server shows that a fresh server would not: a file's diagnostics, or a closed outside file still shown. */
function divergence(server: TestServer, expected: ReadonlyMap<string, Diagnostic[]>, disk: ReadonlyMap<string, string>): string | undefined {
    for (const [uri, diagnostics] of expected) {
        const shown = normalise(server.shown.get(uri));
        const want = normalise(diagnostics);
        if (JSON.stringify(shown) === JSON.stringify(want)) continue;
        const missing = want.filter((line) => !shown.includes(line));
        const extra = shown.filter((line) => !want.includes(line));
        return `${shortName(uri)} shows ${shown.length} diagnostics, a fresh server ${want.length}.\n` +
            `missing:\n  ${missing.slice(0, 5).join('\n  ')}\nextra:\n  ${extra.slice(0, 5).join('\n  ')}`;
    }
    for (const [uri, diagnostics] of server.shown) {
        if (!disk.has(uri) && !expected.has(uri) && diagnostics.length > 0 && !server.services.shared.workspace.TextDocuments.get(uri)) {
            return `${shortName(uri)} was closed but still shows ${diagnostics.length} diagnostics`;
        }
    }
    return undefined;
}

function shortName(uri: string): string {
    return uri.split('/').slice(-2).join('/');
}
