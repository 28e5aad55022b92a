import { GlobalNameIndex } from './linking/lhc-global-scope.js';
import { createLangiumParser, inject, type Module } from 'langium';
import { useCompactCst } from './parsing/compact-cst.js';
import { guardNesting } from './parsing/depth-guard.js';
import {
    createDefaultModule, createDefaultSharedModule, type DefaultSharedModuleContext, type LangiumServices,
    type LangiumSharedServices, type PartialLangiumServices, type PartialLangiumSharedServices
} from 'langium/lsp';
import { LhcConditions } from './conditions/condition-service.js';
import { LhcConditionsDocumentValidator, registerConditionChecks } from './conditions/condition-validation.js';
import { LhcGeneratedModule, LhcGeneratedSharedModule } from './generated/module.js';
import { LhcLangiumDocuments } from './parsing/lhc-documents.js';
import { LhcDocumentFactory } from './parsing/lhc-document-factory.js';
import { LhcLinker } from './linking/lhc-linker.js';
import { LhcAstNodeLocator } from './linking/lhc-node-locator.js';
import { LhcParserErrorMessageProvider } from './parsing/lhc-parser-errors.js';
import { LhcAstNodeDescriptionProvider } from './linking/lhc-node-descriptions.js';
import { LhcReferenceDescriptionProvider } from './linking/lhc-reference-descriptions.js';
import { LhcScopeComputation, LhcScopeProvider } from './linking/lhc-scope.js';
import { LhcSettings } from './config/lhc-settings.js';
import { LhcScenarios } from './scenarios/scenario-service.js';
import { registerScenarioChecks } from './scenarios/scenario-validation.js';
import { LhcDatasets } from './datasets/dataset-store.js';
import { LhcEvidence } from './datasets/target-evidence.js';
import { CheckTimings } from './validation/lhc-timings.js';
import { LhcFacts, registerLhcChecks } from './validation/lhc-validator.js';
import { LhcValueConverter } from './parsing/lhc-value-converter.js';
import { dropMissingValues, LhcLexer, LhcTokenBuilder } from './parsing/lhc-lexer.js';
import { LhcCodeActionProvider } from './lsp/lhc-code-actions.js';
import { LhcCodeLensProvider } from './lsp/lhc-code-lens.js';
import { LhcCompletionProvider } from './lsp/lhc-completion.js';
import { LhcDocumentBuilder } from './lsp/lhc-document-builder.js';
import { LhcFormatter } from './lsp/lhc-formatter.js';
import { LhcFuzzyMatcher } from './lsp/lhc-fuzzy-matcher.js';
import { LhcHoverProvider } from './lsp/lhc-hover.js';
import { LhcRenameProvider } from './lsp/lhc-rename.js';
import { LhcSemanticTokenProvider } from './lsp/lhc-semantic-tokens.js';
import { LhcDocumentSymbolProvider, LhcNodeKindProvider, LhcWorkspaceSymbolProvider } from './lsp/lhc-symbols.js';
import { LhcWorkspaceManager } from './lsp/lhc-workspace-manager.js';
import { LhcDocumentUpdateHandler } from './lsp/lhc-document-update-handler.js';

/** Services of our own, beside Langium's. */
export interface LhcAddedServices {
    lhc: {
        Settings: LhcSettings;
        Facts: LhcFacts;
        Timings: CheckTimings;
        Conditions: LhcConditions;
        Scenarios: LhcScenarios;
        /** Dataset files, read once per change on disk. */
        Datasets: LhcDatasets;
        /** Each target's evidence: typed measurements and dataset rows. */
        Evidence: LhcEvidence;
        /** Every exported declaration by its (qualified) name: the global scope, and duplicate names. */
        Names: GlobalNameIndex;
    };
}

export type LhcServices = LangiumServices & LhcAddedServices;

/** Every custom service, wired in one place. */
export const LhcModule: Module<LhcServices, PartialLangiumServices & LhcAddedServices> = {
    lhc: {
        Settings: () => new LhcSettings(),
        Facts: (services) => new LhcFacts(services),
        Timings: () => new CheckTimings(),
        Conditions: (services) => new LhcConditions(services),
        Scenarios: (services) => new LhcScenarios(services),
        Datasets: (services) => new LhcDatasets(services.shared),
        Evidence: (services) => new LhcEvidence(services.shared, services.lhc.Datasets, () => services.lhc.Facts.get()),
        Names: (services) => new GlobalNameIndex(services.shared, services.shared.workspace.IndexManager, services.shared.AstReflection)
    },
    parser: {
        // Compact syntax trees: about half the memory of Langium's (see parsing/compact-cst.ts).
        LangiumParser: (services) => dropMissingValues(guardNesting(useCompactCst(createLangiumParser(services)))),
        ValueConverter: () => new LhcValueConverter(),
        TokenBuilder: () => new LhcTokenBuilder(),
        Lexer: (services) => new LhcLexer(services),
        ParserErrorMessageProvider: () => new LhcParserErrorMessageProvider()
    },
    references: {
        ScopeComputation: (services) => new LhcScopeComputation(services),
        ScopeProvider: (services) => new LhcScopeProvider(services),
        Linker: (services) => new LhcLinker(services)
    },
    workspace: {
        AstNodeLocator: () => new LhcAstNodeLocator(),
        ReferenceDescriptionProvider: (services) => new LhcReferenceDescriptionProvider(services),
        AstNodeDescriptionProvider: (services) => new LhcAstNodeDescriptionProvider(services)
    },
    validation: {
        DocumentValidator: (services) => new LhcConditionsDocumentValidator(services)
    },
    lsp: {
        Formatter: (services) => new LhcFormatter(services),
        HoverProvider: (services) => new LhcHoverProvider(services),
        SemanticTokenProvider: (services) => new LhcSemanticTokenProvider(services),
        DocumentSymbolProvider: (services) => new LhcDocumentSymbolProvider(services),
        CompletionProvider: (services) => new LhcCompletionProvider(services),
        RenameProvider: (services) => new LhcRenameProvider(services),
        CodeActionProvider: (services) => new LhcCodeActionProvider(services),
        CodeLensProvider: (services) => new LhcCodeLensProvider(services)
    }
};

/** Services shared by every language of the workspace (there is one). */
export const LhcSharedModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    workspace: {
        LangiumDocumentFactory: (services) => new LhcDocumentFactory(services),
        LangiumDocuments: (services) => new LhcLangiumDocuments(services),
        DocumentBuilder: (services) => new LhcDocumentBuilder(services),
        WorkspaceManager: (services) => new LhcWorkspaceManager(services)
    },
    lsp: {
        NodeKindProvider: () => new LhcNodeKindProvider(),
        FuzzyMatcher: () => new LhcFuzzyMatcher(),
        WorkspaceSymbolProvider: (services) => new LhcWorkspaceSymbolProvider(services),
        DocumentUpdateHandler: (services) => new LhcDocumentUpdateHandler(services)
    }
};

/** How the services will be used. */
export interface LhcServiceOptions {
    /**
     * Keep what an edit needs to rebuild only what it affects: each document's names, the documents its checks
     * read (`ReferenceReads`) and condition outcomes to reuse. The language server needs it; a one-off check
     * (the CLI) pays for it and never uses it. Default: on when there is a connection (the language server).
     */
    readonly tracksDependencies?: boolean;
}

/**
 * Creates the shared and language services. The CLI passes `NodeFileSystem`, the language server a
 * connection as well, tests `EmptyFileSystem`.
 */
export function createLhcServices(context: DefaultSharedModuleContext, options: LhcServiceOptions = {}): { shared: LangiumSharedServices; Lhc: LhcServices } {
    const shared = inject(createDefaultSharedModule(context), LhcGeneratedSharedModule, LhcSharedModule);
    // Before any service that asks whether dependencies are tracked is created.
    (shared.workspace.DocumentBuilder as LhcDocumentBuilder).tracksDependencies = options.tracksDependencies ?? context.connection !== undefined;
    const Lhc = inject(createDefaultModule({ shared }), LhcGeneratedModule, LhcModule);
    shared.ServiceRegistry.register(Lhc);
    registerLhcChecks(Lhc);
    registerConditionChecks(Lhc);
    registerScenarioChecks(Lhc);
    if (!context.connection) {
        // Outside a language server nobody triggers the configuration update that Langium waits for.
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, Lhc };
}
