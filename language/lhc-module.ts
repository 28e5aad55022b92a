import { inject, type Module } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule, type DefaultSharedModuleContext, type LangiumServices,
    type LangiumSharedServices, type PartialLangiumServices
} from 'langium/lsp';
import { LhcConditions } from './conditions/condition-service.js';
import { LhcConditionsDocumentValidator, registerConditionChecks } from './conditions/condition-validation.js';
import { LhcGeneratedModule, LhcGeneratedSharedModule } from './generated/module.js';
import { LhcParserErrorMessageProvider } from './lhc-parser-errors.js';
import { LhcScopeComputation, LhcScopeProvider } from './lhc-scope.js';
import { LhcSettings } from './lhc-settings.js';
import { LhcFacts, registerLhcChecks } from './lhc-validator.js';
import { LhcValueConverter } from './lhc-value-converter.js';

/** Services of our own, beside Langium's. */
export interface LhcAddedServices {
    lhc: {
        Settings: LhcSettings;
        Facts: LhcFacts;
        Conditions: LhcConditions;
    };
}

export type LhcServices = LangiumServices & LhcAddedServices;

/** Every custom service, wired in one place. */
export const LhcModule: Module<LhcServices, PartialLangiumServices & LhcAddedServices> = {
    lhc: {
        Settings: () => new LhcSettings(),
        Facts: (services) => new LhcFacts(services),
        Conditions: (services) => new LhcConditions(services)
    },
    parser: {
        ValueConverter: () => new LhcValueConverter(),
        ParserErrorMessageProvider: () => new LhcParserErrorMessageProvider()
    },
    references: {
        ScopeComputation: (services) => new LhcScopeComputation(services),
        ScopeProvider: (services) => new LhcScopeProvider(services)
    },
    validation: {
        DocumentValidator: (services) => new LhcConditionsDocumentValidator(services)
    }
};

/**
 * Creates the shared and language services. The CLI passes `NodeFileSystem`, the language server a
 * connection as well, tests `EmptyFileSystem`.
 */
export function createLhcServices(context: DefaultSharedModuleContext): { shared: LangiumSharedServices; Lhc: LhcServices } {
    const shared = inject(createDefaultSharedModule(context), LhcGeneratedSharedModule);
    const Lhc = inject(createDefaultModule({ shared }), LhcGeneratedModule, LhcModule);
    shared.ServiceRegistry.register(Lhc);
    registerLhcChecks(Lhc);
    registerConditionChecks(Lhc);
    if (!context.connection) {
        // Outside a language server nobody triggers the configuration update that Langium waits for.
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, Lhc };
}
