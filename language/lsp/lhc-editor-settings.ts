// The trust rule for the editor's `lhc.configPath` and `lhc.config.json`: in an untrusted workspace the server still
// checks the files, but never reads a configuration file outside the workspace folders (the extension declares
// this "limited" support in package.json, capabilities.untrustedWorkspaces). LhcWorkspaceManager applies it.
import * as path from 'node:path';
import { findConfigFile, loadConfigFile, type LoadedConfig } from '../config/config-loader.js';
import { isInside } from '../engine/paths.js';

/** Mirrors `LhcInitializationOptions` in extension/src/language-client.ts. */
export interface InitializationOptions {
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

/** What the trust rule needs to know of the workspace (from the client's `initialize` request). */
export class EditorSettingsState {
    trusted = false;
    workspaceFolders: string[] = [];
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
