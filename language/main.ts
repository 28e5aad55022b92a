// The language server's entry point (bundled by esbuild for the VS Code extension).
// The polyfill must run before Langium loads: see language/polyfill.mjs.
import './polyfill.mjs';
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createLhcServices } from './lhc-module.js';

const connection = createConnection(ProposedFeatures.all);
const { shared } = createLhcServices({ connection, ...NodeFileSystem });
startLanguageServer(shared);
