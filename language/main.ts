// The language server's entry point (bundled by esbuild for the VS Code extension).
// The polyfill must run before Langium loads: see language/polyfill.mjs.
import './polyfill.mjs';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createLhcServices } from './lhc-module.js';
import { startLhcLanguageServer } from './lsp/lhc-language-server.js';

// A failure in one request or one build must not end the server (and with it every file's diagnostics).
process.on('unhandledRejection', (reason) => console.error('LHC language server: unhandled failure:', reason));

const connection = createConnection(ProposedFeatures.all);
const { shared, Lhc } = createLhcServices({ connection, ...NodeFileSystem });
startLhcLanguageServer(shared, Lhc);
