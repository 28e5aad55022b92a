import {
    DefaultWorkspaceManager, URI, UriUtils, type BuildOptions, type ConfigurationProvider, type FileSystemNode, type LangiumDocument,
    type LangiumSharedCoreServices, type Stream, type WorkspaceFolder
} from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { CancellationToken, InitializeParams } from 'vscode-languageserver';
import type { LoadedConfig } from '../config/config-loader.js';
import type { LhcServices } from '../lhc-module.js';
import type { LhcSettings } from '../config/lhc-settings.js';
import { isValidIsoDate } from '../model/dates.js';
import { DEFAULT_STALE_AFTER_DAYS } from '../model/targets.js';
import { libraryPaths } from '../config/libraries.js';
import { findLhcFiles, readLhcFile } from '../engine/workspace.js';
import { isInside } from '../engine/paths.js';
import { EditorSettingsState, findAllowedConfig, resolveConfigPath, type InitializationOptions } from './lhc-editor-settings.js';

/** The client's `lhc.*` settings that the language server reads. */
export interface LhcEditorSettings {
    /** `lhc.asOf`: the date checks are judged at; empty means the config's `asOf`, else each file's `as of`, else today. */
    asOf?: unknown;
    /** `lhc.configPath`: an explicit `lhc.config.json`; empty means the nearest one above the workspace folder. */
    configPath?: unknown;
}

/**
 * The one owner of the editor's `lhc` settings and the project's `lhc.config.json` (severities, `asOf`, ignored
 * files): applies them before the workspace is first built, and again, re-validating every document, whenever the
 * user changes the settings or the config file — so diagnostics, hovers and lenses follow the chosen date and
 * severities. In an untrusted workspace no config file outside the workspace folders is read.
 */
export class LhcWorkspaceManager extends DefaultWorkspaceManager {
    private readonly configurationProvider: ConfigurationProvider;
    private readonly documentFactory: LangiumSharedCoreServices['workspace']['LangiumDocumentFactory'];
    private readonly connection: LangiumSharedServices['lsp']['Connection'];
    private config: LoadedConfig | undefined;
    private settings: LhcEditorSettings | undefined;
    private readonly trust = Object.assign(new EditorSettingsState(), { trusted: true });
    /** The library folders loaded beside the workspace folders (their files are workspace files too). */
    private libraryFolders: URI[] = [];
    /** Why the configuration could not be used, for the client to show; undefined when it loaded. */
    configProblem: string | undefined;
    /** Every workspace file is validated at start-up: the Problems panel and the summary count them all. */
    override initialBuildOptions: BuildOptions = { validation: true };

    constructor(services: LangiumSharedCoreServices) {
        super(services);
        this.configurationProvider = services.workspace.ConfigurationProvider;
        this.documentFactory = services.workspace.LangiumDocumentFactory;
        this.connection = (services as Partial<LangiumSharedServices>).lsp?.Connection;
        this.configurationProvider.onConfigurationSectionUpdate(({ section, configuration }) => {
            if (section !== 'lhc') return;
            this.applySettings(configuration as LhcEditorSettings | undefined);
            this.revalidateAll();
        });
    }

    override initialize(params: InitializeParams): void {
        super.initialize(params);
        // A client without a notion of trust (any editor but VS Code) is trusted; VS Code says so explicitly.
        this.trust.trusted = (params.initializationOptions as InitializationOptions | undefined)?.workspaceTrusted !== false;
        this.trust.workspaceFolders = (params.workspaceFolders ?? []).map((folder) => URI.parse(folder.uri).fsPath);
    }

    /** The workspace folders as file paths, first one first. */
    get workspaceFolderPaths(): readonly string[] {
        return this.trust.workspaceFolders;
    }

    /** An `lhc.config.json` was created, changed or deleted: read it again and re-check everything. */
    reloadConfig(): void {
        this.applySettings(this.settings);
        this.revalidateAll();
    }

    /** A dataset file changed on disk: forget its parse and re-judge every target. */
    datasetChanged(files: readonly string[]): void {
        for (const services of this.serviceRegistry.all) {
            const lhc = (services as Partial<LhcServices>).lhc;
            for (const file of files) lhc?.Datasets.forget(file);
        }
        this.revalidateAll();
    }

    private revalidateAll(): void {
        // An update with nothing changed still re-validates everything (see LhcDocumentBuilder).
        void this.mutex.write((token) => this.documentBuilder.update([], [], token));
    }

    override async initializeWorkspace(folders: WorkspaceFolder[], cancelToken?: CancellationToken): Promise<void> {
        await this.configurationProvider.ready;
        this.applySettings({
            asOf: await this.configurationProvider.getConfiguration('lhc', 'asOf'),
            configPath: await this.configurationProvider.getConfiguration('lhc', 'configPath')
        });
        await super.initializeWorkspace(folders, cancelToken);
    }

    /**
     * The shared libraries the config names (`libraries`), so a deal opened on its own still sees the national
     * facts it builds on. A library inside a workspace folder is loaded with the folder, not twice; in an untrusted
     * workspace no library outside the workspace folders is read.
     */
    protected override async loadAdditionalDocuments(folders: WorkspaceFolder[], collector: (document: LangiumDocument) => void): Promise<void> {
        await super.loadAdditionalDocuments(folders, collector);
        const workspaceFolders = folders.map((folder) => URI.parse(folder.uri).fsPath);
        let libraries: string[];
        try {
            libraries = this.config ? libraryPaths([], this.config) : [];
        } catch (error) {
            this.reportLibraryProblem((error as Error).message);
            return;
        }
        this.libraryFolders = [];
        for (const library of libraries) {
            if (workspaceFolders.some((folder) => isInside(library, folder))) continue;
            if (!this.trust.trusted) continue;
            this.libraryFolders.push(URI.file(library));
            // A library that cannot be read, or a file of it that is not text, is reported and left out: the
            // workspace must still be built, so the editor never waits on a check that will not come.
            let files: string[];
            try {
                files = findLhcFiles([library], this.config?.isIgnored);
            } catch (error) {
                this.reportLibraryProblem(`${this.config!.file}: library ${library}: ${(error as Error).message}`);
                continue;
            }
            for (const file of files) {
                const uri = URI.file(file);
                if (this.langiumDocuments.hasDocument(uri)) continue;
                try {
                    collector(this.documentFactory.fromString(readLhcFile(file), uri));
                } catch (error) {
                    this.reportLibraryProblem(`${this.config!.file}: library file left out: ${(error as Error).message}`);
                }
            }
        }
    }

    /** A library problem is kept for the client (`configProblem`) and shown once as a warning; the build goes on. */
    private reportLibraryProblem(message: string): void {
        this.configProblem = this.configProblem ? `${this.configProblem}; ${message}` : message;
        void this.connection?.window.showWarningMessage(`LHC: ${message}`);
    }

    /** One file that cannot be read (permissions, vanished) is logged and left out; the others still load. */
    protected override async loadWorkspaceDocuments(uris: Stream<URI>, collector: (document: LangiumDocument) => void): Promise<void> {
        await Promise.all(uris.map(async (uri) => {
            try {
                collector(await this.langiumDocuments.getOrCreateDocument(uri));
            } catch (error) {
                console.error(`LHC: could not read ${uri.fsPath}: ${error instanceof Error ? error.message : String(error)}`);
            }
        }).toArray());
    }

    /**
     * Whether a file belongs to the workspace as loaded at start-up: on disk, inside a workspace folder or a library
     * the config names, in no skipped folder (hidden, node_modules, out) and not ignored by the config. A file opened
     * from anywhere else is only part of the workspace while it is open.
     */
    async isWorkspaceFile(uri: URI): Promise<boolean> {
        if (uri.scheme !== 'file') return false;
        const roots = [...(this.folders ?? []).map((each) => URI.parse(each.uri)), ...this.libraryFolders];
        const folder = roots.find((each) => UriUtils.contains(each, uri));
        if (!folder) return false;
        const segments = UriUtils.relative(folder, uri).split('/').filter(Boolean);
        let current = folder;
        for (const [index, segment] of segments.entries()) {
            current = UriUtils.joinPath(current, segment);
            const isFile = index === segments.length - 1;
            if (!this.shouldIncludeEntry({ uri: current, isFile, isDirectory: !isFile })) return false;
        }
        try {
            return (await this.fileSystemProvider.stat(uri)).isFile;
        } catch {
            return false;
        }
    }

    /** Files the project's config ignores are not part of the workspace. */
    override shouldIncludeEntry(entry: FileSystemNode): boolean {
        if (entry.isFile && this.config?.isIgnored(entry.uri.fsPath)) return false;
        return super.shouldIncludeEntry(entry);
    }

    private applySettings(settings: LhcEditorSettings | undefined): void {
        this.settings = settings;
        if (this.trust.workspaceFolders.length === 0 && this.folders) {
            this.trust.workspaceFolders = this.folders.map((folder) => URI.parse(folder.uri).fsPath);
        }
        const configPath = typeof settings?.configPath === 'string' ? settings.configPath : undefined;
        this.config = undefined;
        this.configProblem = undefined;
        try {
            const explicit = resolveConfigPath(configPath, this.trust.workspaceFolders, this.trust.trusted);
            if (explicit && 'refused' in explicit) throw new Error(explicit.refused);
            this.config = findAllowedConfig(explicit?.path, this.trust);
        } catch (error) {
            this.configProblem = (error as Error).message;
            void this.connection?.window.showWarningMessage(`LHC: ${this.configProblem} (using the default settings)`);
        }
        for (const services of this.serviceRegistry.all) {
            const lhc = (services as Partial<LhcServices>).lhc;
            if (lhc) applyEditorSettings(lhc.Settings, settings, this.config);
            // Dataset files must be inside the workspace folders.
            if (lhc) lhc.Datasets.roots = [...this.trust.workspaceFolders];
        }
    }
}

/**
 * `lhc.asOf` if it is a date, else the config's `asOf`, else none (each file's `as of`, else today);
 * severities from the config's `rules`, and its `staleAfterDays`.
 */
export function applyEditorSettings(target: LhcSettings, settings: LhcEditorSettings | undefined, config?: LoadedConfig): void {
    const asOf = typeof settings?.asOf === 'string' ? settings.asOf.trim() : '';
    target.asOf = isValidIsoDate(asOf) ? asOf : config?.config.asOf;
    target.staleAfterDays = config?.config.staleAfterDays ?? DEFAULT_STALE_AFTER_DAYS;
    target.severities.clear();
    for (const [id, severity] of Object.entries(config?.config.rules ?? {})) target.severities.set(id, severity);
}
