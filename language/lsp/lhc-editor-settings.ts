// Applies the editor's `lhc.*` settings to the language server: `lhc.asOf` (the date checks are judged at) and
// `lhc.configPath` (which lhc.config.json to use). In an untrusted workspace the server still checks the files,
// but never reads a configuration file outside the workspace folders (the extension declares this "limited"
// support in package.json, capabilities.untrustedWorkspaces).
import * as path from 'node:path';
import { URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Connection, InitializeParams } from 'vscode-languageserver';
import type { LhcServices } from '../lhc-module.js';
import { isValidIsoDate } from '../model/dates.js';

/** Mirrors `LhcInitializationOptions` in extension/src/language-client.ts. */
interface InitializationOptions {
    workspaceTrusted?: boolean;
}

export interface EditorSettings {
    asOf?: string;
    configPath?: string;
}

/** Where the configuration file may be read from, and whether it may: the decision the trust rule rests on. */
export function resolveConfigPath(configPath: string | undefined, workspaceFolders: readonly string[], trusted: boolean):
    { path: string } | { refused: string } | undefined {
    const written = configPath?.trim();
    if (!written) return undefined;
    const resolved = path.resolve(workspaceFolders[0] ?? process.cwd(), written);
    if (trusted || workspaceFolders.some((folder) => isInside(resolved, folder))) return { path: resolved };
    return { refused: `lhc.configPath '${written}' is outside the workspace; it is not read in an untrusted workspace.` };
}

function isInside(file: string, folder: string): boolean {
    const relative = path.relative(folder, file);
    return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** The state the server keeps from the client: trust and workspace folders (from `initialize`), and the settings. */
export class EditorSettingsState {
    trusted = false;
    workspaceFolders: string[] = [];
    current: EditorSettings = {};
    /** The configuration file in use, after the trust rule; undefined when none is set or it was refused. */
    configFile: string | undefined;
}

/**
 * Wires the settings into the server. `loadConfig` applies a configuration file to the services (it throws with
 * a one-line message when the file is unreadable or invalid); it is optional so the bridge stays independent of
 * how configuration is loaded.
 */
export function registerEditorSettings(connection: Connection, shared: LangiumSharedServices, services: LhcServices,
    loadConfig?: (file: string | undefined, services: LhcServices) => void): EditorSettingsState {
    const state = new EditorSettingsState();
    shared.lsp.LanguageServer.onInitialize((params: InitializeParams) => {
        state.trusted = (params.initializationOptions as InitializationOptions | undefined)?.workspaceTrusted === true;
        state.workspaceFolders = (params.workspaceFolders ?? []).map((folder) => URI.parse(folder.uri).fsPath);
    });
    shared.workspace.ConfigurationProvider.onConfigurationSectionUpdate((update) => {
        if (update.section !== 'lhc') return;
        const settings = (update.configuration ?? {}) as EditorSettings;
        const asOf = settings.asOf?.trim();
        if (asOf && !isValidIsoDate(asOf)) {
            connection.window.showWarningMessage(`LHC: the setting lhc.asOf must be a date like 2019-06-01, not '${asOf}'; using the files' own dates.`);
        }
        services.lhc.Settings.asOf = asOf && isValidIsoDate(asOf) ? asOf : undefined;
        const config = resolveConfigPath(settings.configPath, state.workspaceFolders, state.trusted);
        state.configFile = config && 'path' in config ? config.path : undefined;
        if (config && 'refused' in config) connection.window.showWarningMessage(`LHC: ${config.refused}`);
        try {
            loadConfig?.(state.configFile, services);
        } catch (error) {
            connection.window.showErrorMessage(`LHC: ${error instanceof Error ? error.message : String(error)}`);
        }
        state.current = settings;
        void revalidateAll(shared);
    });
    return state;
}

/** Settings change what every check sees (the date, the severities): rebuild every document. */
async function revalidateAll(shared: LangiumSharedServices): Promise<void> {
    const uris = shared.workspace.LangiumDocuments.all.map((document) => document.uri).toArray();
    if (uris.length === 0) return;
    await shared.workspace.WorkspaceLock.write((token) => shared.workspace.DocumentBuilder.update(uris, [], token));
}
