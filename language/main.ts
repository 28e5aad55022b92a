// The language server's entry point (bundled by esbuild for the VS Code extension).
// The polyfill must run before Langium loads: see language/polyfill.mjs.
import './polyfill.mjs';
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createLhcServices } from './lhc-module.js';
import type { LhcWorkspaceManager } from './lsp/lhc-workspace-manager.js';
import { registerSummaryRequest } from './lsp/lhc-summary-request.js';
import { registerTestRequests } from './lsp/lhc-test-request.js';

const connection = createConnection(ProposedFeatures.all);
const { shared, Lhc } = createLhcServices({ connection, ...NodeFileSystem });
const workspaceManager = shared.workspace.WorkspaceManager as LhcWorkspaceManager;
registerSummaryRequest(connection, shared, Lhc, () => workspaceManager.workspaceFolderPaths);
registerTestRequests(connection, shared, Lhc);
startLanguageServer(shared);
