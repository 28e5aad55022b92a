import * as path from 'node:path';
import { DefaultWorkspaceManager, URI, type ConfigurationProvider, type FileSystemNode, type LangiumSharedCoreServices, type WorkspaceFolder } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { CancellationToken } from 'vscode-languageserver';
import { loadConfigFor, type LoadedConfig } from '../config/config-loader.js';
import type { LhcServices } from '../lhc-module.js';
import type { LhcSettings } from '../lhc-settings.js';
import { isValidIsoDate } from '../model/dates.js';

/** The client's `lhc.*` settings that the language server reads. */
export interface LhcEditorSettings {
    /** `lhc.asOf`: the date checks are judged at; empty means the config's `asOf`, else each file's `as of`, else today. */
    asOf?: unknown;
    /** `lhc.configPath`: an explicit `lhc.config.json`; empty means the nearest one above the workspace folder. */
    configPath?: unknown;
}

/**
 * Applies the editor's `lhc` settings and the project's `lhc.config.json` (severities, `asOf`, ignored
 * files) before the workspace is first built, and again, re-validating every document, whenever the
 * user changes the settings — so diagnostics, hovers and lenses follow the chosen date and severities.
 */
export class LhcWorkspaceManager extends DefaultWorkspaceManager {
    private readonly configurationProvider: ConfigurationProvider;
    private readonly connection: LangiumSharedServices['lsp']['Connection'];
    private config: LoadedConfig | undefined;
    /** Why the configuration could not be used, for the client to show; undefined when it loaded. */
    configProblem: string | undefined;

    constructor(services: LangiumSharedCoreServices) {
        super(services);
        this.configurationProvider = services.workspace.ConfigurationProvider;
        this.connection = (services as Partial<LangiumSharedServices>).lsp?.Connection;
        this.configurationProvider.onConfigurationSectionUpdate(({ section, configuration }) => {
            if (section !== 'lhc') return;
            this.applySettings(configuration as LhcEditorSettings | undefined);
            // An update with nothing changed still re-validates everything (see LhcDocumentBuilder).
            void this.mutex.write((token) => this.documentBuilder.update([], [], token));
        });
    }

    override async initializeWorkspace(folders: WorkspaceFolder[], cancelToken?: CancellationToken): Promise<void> {
        await this.configurationProvider.ready;
        this.applySettings({
            asOf: await this.configurationProvider.getConfiguration('lhc', 'asOf'),
            configPath: await this.configurationProvider.getConfiguration('lhc', 'configPath')
        });
        await super.initializeWorkspace(folders, cancelToken);
    }

    /** Files the project's config ignores are not part of the workspace. */
    override shouldIncludeEntry(entry: FileSystemNode): boolean {
        if (entry.isFile && this.config?.isIgnored(entry.uri.fsPath)) return false;
        return super.shouldIncludeEntry(entry);
    }

    private applySettings(settings: LhcEditorSettings | undefined): void {
        const folder = this.folders?.[0] ? URI.parse(this.folders[0].uri).fsPath : undefined;
        const configPath = typeof settings?.configPath === 'string' && settings.configPath.trim() !== '' ? settings.configPath.trim() : undefined;
        this.config = undefined;
        this.configProblem = undefined;
        const explicit = configPath && folder && !path.isAbsolute(configPath) ? path.join(folder, configPath) : configPath;
        try {
            this.config = explicit || folder ? loadConfigFor(folder ? [folder] : [], explicit) : undefined;
        } catch (error) {
            this.configProblem = (error as Error).message;
            void this.connection?.window.showWarningMessage(`lhc: ${this.configProblem} (using the default settings)`);
        }
        for (const services of this.serviceRegistry.all) {
            const lhc = (services as Partial<LhcServices>).lhc;
            if (lhc) applyEditorSettings(lhc.Settings, settings, this.config);
        }
    }
}

/**
 * `lhc.asOf` if it is a date, else the config's `asOf`, else none (each file's `as of`, else today);
 * severities from the config's `rules`.
 */
export function applyEditorSettings(target: LhcSettings, settings: LhcEditorSettings | undefined, config?: LoadedConfig): void {
    const asOf = typeof settings?.asOf === 'string' ? settings.asOf.trim() : '';
    target.asOf = isValidIsoDate(asOf) ? asOf : config?.config.asOf;
    target.severities.clear();
    for (const [id, severity] of Object.entries(config?.config.rules ?? {})) target.severities.set(id, severity);
}
