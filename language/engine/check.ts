import { counted } from '../model/counted.js';
import * as path from 'node:path';
import { NodeFileSystem } from 'langium/node';
import type { LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import type { Document } from '../generated/ast.js';
import { createLhcServices, type LhcServices } from '../lhc-module.js';
import type { Severity } from '../checks/rule.js';
import type { IsoDate } from '../model/dates.js';
import { loadConfigFor, type LoadedConfig } from '../config/config-loader.js';
import { libraryPaths } from '../config/libraries.js';
import { refuseSeveralWorkspaces } from '../config/workspace-roots.js';
import { countTotals, sortFindings, type CheckReport, type Finding, type Location } from './results.js';
import { InputError } from './errors.js';
import { MemoryGuard } from './memory-guard.js';
import { buildLhcWorkspace, findLhcFiles } from './workspace.js';
import { isTestFile } from '../scenarios/test-files.js';
import { factNameAt } from './finding-fact.js';

export interface CheckOptions {
    paths: string[];
    asOf?: IsoDate;
    /** Evidence older than this many days is stale (default: the settings' 400). */
    staleAfterDays?: number;
    /** Per-rule overrides from the command line or config. */
    severities?: ReadonlyMap<string, Severity | 'off'>;
    /**
     * `lhc.config.json`: found by walking up from the first path (default), read from the given file, or not
     * used (`false`). Its severities, as-of date and ignore globs apply unless the options above override them.
     * The `libraries` of the config nearest each path (or of the given file) are loaded with the paths.
     */
    config?: string | false;
    /** Reports how far loading has got, for progress output on long runs. */
    onProgress?: (message: string) => void;
    /**
     * Scenario test files (`*.test.lhc`) to load with the workspace. Test files found under `paths` are left out
     * otherwise: `lhc check` and the summary judge the agreement, not its tests.
     */
    testFiles?: readonly string[];
    /** The command a refusal suggests running on one workspace (default `lhc check`). */
    command?: string;
    /** Called with the services before anything is loaded: the benchmark hooks its timers here. */
    instrument?: (services: LhcServices) => void;
}

/** Loads, links and checks a workspace; the result knows nothing of output formats. */
export async function checkWorkspace(options: CheckOptions): Promise<{ report: CheckReport; services: LhcServices; documents: LangiumDocument<Document>[]; config?: LoadedConfig }> {
    const config = options.config === false ? undefined : loadConfigFor(options.paths, options.config);
    const libraries = options.config === false ? [] : libraryPaths(options.paths, options.config ? config : undefined);
    const files = [...findLhcFiles([...options.paths, ...libraries], config?.isIgnored).filter((file) => !isTestFile(file)), ...options.testFiles ?? []];
    // A folder of several workspaces is never checked as one (config/workspace-roots.ts); a chosen config is one.
    if (options.config === undefined) refuseSeveralWorkspaces(options.paths, files, libraries, options.command);
    // Checking nothing must not look like a clean pass.
    if (files.length === 0) {
        const all = config ? findLhcFiles(options.paths).length : 0;
        if (all > 0) throw new InputError(`All ${all} .lhc file${all === 1 ? ' is' : 's are'} ignored by the ignore patterns of ${config!.file}`);
        throw new InputError(`No .lhc files found in ${options.paths.join(', ')}`);
    }
    // A workspace that cannot fit in the heap is one clear line (exit 2), never V8's native trace and exit 134.
    const guard = new MemoryGuard(files);
    guard.checkEstimate();
    const services = createLhcServices(NodeFileSystem).Lhc;
    options.instrument?.(services);
    const settings = services.lhc.Settings;
    settings.asOf = options.asOf ?? config?.config.asOf;
    const staleAfterDays = options.staleAfterDays ?? config?.config.staleAfterDays;
    if (staleAfterDays !== undefined) settings.staleAfterDays = staleAfterDays;
    for (const [id, severity] of Object.entries(config?.config.rules ?? {})) settings.severities.set(id, severity);
    for (const [id, severity] of options.severities ?? []) settings.severities.set(id, severity);
    services.lhc.Datasets.roots = datasetRoots(options.paths, config?.file);
    options.onProgress?.(`Checking ${counted(files.length, 'file')}…`);
    const documents = await buildLhcWorkspace(services, files, guard);
    const findings = sortFindings(documents.flatMap((document) =>
        (document.diagnostics ?? []).map((diagnostic) => toFinding(document, diagnostic))));
    const report: CheckReport = {
        // The date conditions and every file without its own `as of` were judged at.
        asOf: services.lhc.Conditions.asOf(),
        files,
        findings,
        totals: countTotals(files.length, findings)
    };
    return { report, services, documents, config };
}

/**
 * The folders dataset files must be inside: each checked folder (a checked file's folder) and the folder of the
 * project's `lhc.config.json`.
 */
function datasetRoots(paths: readonly string[], configFile: string | undefined): string[] {
    const roots = paths.map((given) => {
        const absolute = path.resolve(given);
        return absolute.endsWith('.lhc') ? path.dirname(absolute) : absolute;
    });
    if (configFile) roots.push(path.dirname(path.resolve(configFile)));
    return roots;
}

/**
 * The first unreadable dataset of a check, as one line naming where it is declared, or `undefined`. The CLI stops
 * on it with exit code 2: the input cannot be used, as with an unreadable `.lhc` file.
 */
export function unreadableDataset(report: CheckReport, cwd: string): string | undefined {
    const finding = report.findings.find((candidate) => candidate.ruleId === 'dataset-unreadable' && !candidate.waived);
    if (!finding) return undefined;
    return `${path.relative(cwd, finding.location.file)}:${finding.location.start.line}: ${finding.message}`;
}

const SEVERITY: Record<number, Severity> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'info' };

export function toFinding(document: LangiumDocument, diagnostic: Diagnostic): Finding {
    const ruleId = String(diagnostic.code ?? (diagnostic.data as { ruleId?: string } | undefined)?.ruleId ?? 'unknown');
    const data = diagnostic.data as { waived?: Finding['waived']; source?: Finding['source'] } | undefined;
    const fact = factNameAt(document, diagnostic.range);
    return {
        ruleId,
        severity: SEVERITY[diagnostic.severity ?? 1] ?? 'error',
        message: String(diagnostic.message),
        location: toLocation(document.uri.fsPath, diagnostic.range),
        ...(fact ? { fact } : {}),
        source: data?.source ?? (ruleId === 'syntax-error' ? 'syntax' : 'check'),
        related: (diagnostic.relatedInformation ?? []).map((related) => ({
            location: toLocation(uriToPath(related.location.uri), related.location.range),
            message: related.message
        })),
        ...(data?.waived ? { waived: data.waived } : {})
    };
}

function uriToPath(uri: string): string {
    return uri.startsWith('file://') ? decodeURIComponent(new URL(uri).pathname) : uri;
}

function toLocation(file: string, range: Diagnostic['range']): Location {
    return {
        file,
        start: { line: range.start.line + 1, column: range.start.character + 1 },
        end: { line: range.end.line + 1, column: range.end.character + 1 }
    };
}
