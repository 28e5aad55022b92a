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
import { findConfigFile, loadConfigFile, type LoadedConfig } from '../config/config-loader.js';

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

export function isInside(file: string, folder: string): boolean {
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
 * Wires the settings into the server. The configuration file is the one `lhc.configPath` names (when the trust rule
 * allows it), else the nearest `lhc.config.json` at or above the first workspace folder, as `lhc check` finds it —
 * but in an untrusted workspace only one inside the workspace. Its rule severities and as-of date apply to the
 * editor's diagnostics as they do to the CLI; the `lhc.asOf` setting wins over the file's date, as `--as-of` does.
 */
export function registerEditorSettings(connection: Connection, shared: LangiumSharedServices, services: LhcServices): EditorSettingsState {
    const state = new EditorSettingsState();
    let lastError: string | undefined;
    shared.lsp.LanguageServer.onInitialize((params: InitializeParams) => {
        state.trusted = (params.initializationOptions as InitializationOptions | undefined)?.workspaceTrusted === true;
        state.workspaceFolders = (params.workspaceFolders ?? []).map((folder) => URI.parse(folder.uri).fsPath);
    });
    shared.workspace.ConfigurationProvider.onConfigurationSectionUpdate((update) => {
        if (update.section !== 'lhc') return;
        // Applied after the other listeners of this update (the workspace manager also sets the date from lhc.asOf),
        // so the configuration file's date is not overwritten when the setting is empty.
        setTimeout(() => {
            const settings = (update.configuration ?? {}) as EditorSettings;
            state.current = settings;
            const asOf = settings.asOf?.trim();
            const settingAsOf = asOf && isValidIsoDate(asOf) ? asOf : undefined;
            if (asOf && !settingAsOf) {
                connection.window.showWarningMessage(`LHC: the setting lhc.asOf must be a date like 2019-06-01, not '${asOf}'; using the files' own dates.`);
            }
            const explicit = resolveConfigPath(settings.configPath, state.workspaceFolders, state.trusted);
            if (explicit && 'refused' in explicit) connection.window.showWarningMessage(`LHC: ${explicit.refused}`);
            const settingsService = services.lhc.Settings;
            settingsService.severities.clear();
            settingsService.asOf = settingAsOf;
            state.configFile = undefined;
            try {
                const config = findAllowedConfig(explicit && 'path' in explicit ? explicit.path : undefined, state);
                if (config) {
                    state.configFile = config.file;
                    for (const [id, severity] of Object.entries(config.config.rules ?? {})) settingsService.severities.set(id, severity);
                    settingsService.asOf = settingAsOf ?? config.config.asOf;
                }
                lastError = undefined;
            } catch (error) {
                // One message per distinct problem, not one per settings update.
                const message = error instanceof Error ? error.message : String(error);
                if (message !== lastError) connection.window.showErrorMessage(`LHC: ${message}`);
                lastError = message;
            }
            void revalidateAll(shared);
        }, 0);
    });
    return state;
}

/** The configuration to use, never one outside the workspace when the workspace is not trusted. */
export function findAllowedConfig(explicitFile: string | undefined, state: EditorSettingsState): LoadedConfig | undefined {
    if (explicitFile) return loadConfigFile(explicitFile);
    const folder = state.workspaceFolders[0];
    if (!folder) return undefined;
    const found = findConfigFile(folder);
    if (!found) return undefined;
    if (!state.trusted && !state.workspaceFolders.some((workspace) => isInside(found, workspace))) return undefined;
    return loadConfigFile(found);
}

/** Settings change what every check sees (the date, the severities): rebuild every document. */
async function revalidateAll(shared: LangiumSharedServices): Promise<void> {
    const uris = shared.workspace.LangiumDocuments.all.map((document) => document.uri).toArray();
    if (uris.length === 0) return;
    await shared.workspace.WorkspaceLock.write((token) => shared.workspace.DocumentBuilder.update(uris, [], token));
}
