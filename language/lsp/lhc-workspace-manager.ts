import { DefaultWorkspaceManager, type ConfigurationProvider, type LangiumSharedCoreServices, type WorkspaceFolder } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import type { LhcServices } from '../lhc-module.js';
import { isValidIsoDate } from '../model/dates.js';

/** The client's `lhc.*` settings that the language server reads. */
export interface LhcEditorSettings {
    /** `lhc.asOf`: the date checks are judged at; empty means each file's `as of`, else today. */
    asOf?: unknown;
    /** `lhc.configPath`: an explicit `lhc.config.json`. */
    configPath?: unknown;
}

/**
 * Applies the editor's `lhc` settings before the workspace is first built, and again (re-validating every
 * document) whenever the user changes them, so diagnostics, hovers and lenses follow the chosen date.
 */
export class LhcWorkspaceManager extends DefaultWorkspaceManager {
    private readonly configurationProvider: ConfigurationProvider;

    constructor(services: LangiumSharedCoreServices) {
        super(services);
        this.configurationProvider = services.workspace.ConfigurationProvider;
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

    private applySettings(settings: LhcEditorSettings | undefined): void {
        for (const services of this.serviceRegistry.all) {
            const lhc = (services as Partial<LhcServices>).lhc;
            if (lhc) applyEditorSettings(lhc.Settings, settings);
        }
    }
}

/** `lhc.asOf` if it is a date, else none (each file's `as of`, else today). */
export function applyEditorSettings(target: LhcServices['lhc']['Settings'], settings: LhcEditorSettings | undefined): void {
    const asOf = typeof settings?.asOf === 'string' ? settings.asOf.trim() : '';
    target.asOf = isValidIsoDate(asOf) ? asOf : undefined;
}
