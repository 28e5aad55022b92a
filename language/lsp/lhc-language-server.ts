import type { LangiumSharedServices } from 'langium/lsp';
import {
    addCallHierarchyHandler, addCodeActionHandler, addCodeLensHandler, addCompletionHandler, addConfigurationChangeHandler,
    addDocumentHighlightHandler, addDocumentLinkHandler, addDocumentSymbolHandler, addDocumentUpdateHandler, addExecuteCommandHandler,
    addFileOperationHandler, addFindReferencesHandler, addFoldingRangeHandler, addFormattingHandler, addGoToDeclarationHandler,
    addGotoDefinitionHandler, addGoToImplementationHandler, addGoToTypeDefinitionHandler, addHoverHandler, addInlayHintHandler,
    addRenameHandler, addSemanticTokenHandler, addSignatureHelpHandler, addTextDocumentContentRequestHandler, addTypeHierarchyHandler,
    addWorkspaceSymbolHandler
} from 'langium/lsp';
import { DocumentState } from 'langium';
import type { LhcServices } from '../lhc-module.js';
import { isTestDocument } from '../scenarios/test-files.js';
import { DiagnosticsPublisher } from './lhc-diagnostics-publisher.js';
import type { LhcDocumentBuilder } from './lhc-document-builder.js';
import { STATUS_NOTIFICATION, type StatusParams } from './lhc-status-protocol.js';
import { registerSummaryRequest } from './lhc-summary-request.js';
import { registerTestRequests } from './lhc-test-request.js';
import type { LhcWorkspaceManager } from './lhc-workspace-manager.js';

/**
 * Langium's `startLanguageServer`, with LHC's own diagnostics publishing (only changed lists, see
 * `DiagnosticsPublisher`), the `lhc/status` notification, the `lhc/summary` request and the scenario-test requests.
 */
export function startLhcLanguageServer(shared: LangiumSharedServices, services: LhcServices): void {
    const connection = shared.lsp.Connection;
    if (!connection) throw new Error('The LHC language server needs a connection.');
    addDocumentUpdateHandler(connection, shared);
    addFileOperationHandler(connection, shared);
    new DiagnosticsPublisher(shared, (params) => void connection.sendDiagnostics(params));
    addCompletionHandler(connection, shared);
    addFindReferencesHandler(connection, shared);
    addDocumentSymbolHandler(connection, shared);
    addGotoDefinitionHandler(connection, shared);
    addGoToTypeDefinitionHandler(connection, shared);
    addGoToImplementationHandler(connection, shared);
    addDocumentHighlightHandler(connection, shared);
    addFoldingRangeHandler(connection, shared);
    addFormattingHandler(connection, shared);
    addCodeActionHandler(connection, shared);
    addRenameHandler(connection, shared);
    addHoverHandler(connection, shared);
    addInlayHintHandler(connection, shared);
    addSemanticTokenHandler(connection, shared);
    addExecuteCommandHandler(connection, shared);
    addSignatureHelpHandler(connection, shared);
    addCallHierarchyHandler(connection, shared);
    addTypeHierarchyHandler(connection, shared);
    addCodeLensHandler(connection, shared);
    addTextDocumentContentRequestHandler(connection, shared);
    addDocumentLinkHandler(connection, shared);
    addConfigurationChangeHandler(connection, shared);
    addGoToDeclarationHandler(connection, shared);
    addWorkspaceSymbolHandler(connection, shared);
    const workspaceManager = shared.workspace.WorkspaceManager as LhcWorkspaceManager;
    registerSummaryRequest(connection, shared, services, () => workspaceManager.workspaceFolderPaths);
    registerTestRequests(connection, shared, services);
    connection.onInitialize((params) => shared.lsp.LanguageServer.initialize(params));
    connection.onInitialized((params) => {
        const builder = shared.workspace.DocumentBuilder as LhcDocumentBuilder;
        if (!builder.isFirstBuildDone) void connection.sendNotification(STATUS_NOTIFICATION, { state: 'checking' } satisfies StatusParams);
        const ready = () => connection.sendNotification(STATUS_NOTIFICATION, { state: 'ready', files: checkedFiles(shared) } satisfies StatusParams);
        void builder.firstBuild.then(() => {
            void ready();
            // A file added or deleted later changes what there is to judge: the count follows every build.
            builder.onBuildPhase(DocumentState.Validated, () => void ready());
        });
        shared.lsp.LanguageServer.initialized(params);
    });
    shared.workspace.TextDocuments.listen(connection);
    connection.listen();
}

/** The workspace's `.lhc` files the checks judge (scenario tests are judged by `lhc test`, not counted here). */
export function checkedFiles(shared: LangiumSharedServices): number {
    return shared.workspace.LangiumDocuments.all.filter((document) => document.uri.path.endsWith('.lhc') && !isTestDocument(document)).count();
}
