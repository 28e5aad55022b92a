// Starts the bundled language server (dist/server.cjs) over IPC and connects it to `.lhc` documents.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { STATUS_NOTIFICATION, type StatusParams } from '../../language/lsp/lhc-status-protocol.js';

/** What the server needs to know from the client before it starts; mirrored in language/lsp/lhc-editor-settings.ts. */
export interface LhcInitializationOptions {
    workspaceTrusted: boolean;
}

/** Starts the client; `onStatus` hears the server's `lhc/status` from its very first message. */
export async function startLanguageClient(context: vscode.ExtensionContext, onStatus: (status: StatusParams) => void): Promise<LanguageClient> {
    const serverModule = context.asAbsolutePath('dist/server.cjs');
    const serverOptions: ServerOptions = {
        run: { module: serverModule, transport: TransportKind.ipc },
        debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } }
    };
    const initializationOptions: LhcInitializationOptions = { workspaceTrusted: vscode.workspace.isTrusted };
    const clientOptions: LanguageClientOptions = {
        documentSelector: [{ scheme: 'file', language: 'lhc' }, { scheme: 'untitled', language: 'lhc' }],
        synchronize: {
            // The server reads `lhc.*` settings through workspace/configuration; file events keep cross-file links fresh.
            fileEvents: [
                vscode.workspace.createFileSystemWatcher('**/*.lhc'),
                vscode.workspace.createFileSystemWatcher('**/lhc.config.json'),
                // Dataset files: a new download re-judges the targets that take evidence from it.
                vscode.workspace.createFileSystemWatcher('**/*.csv')
            ]
        },
        initializationOptions
    };
    // The id `lhc` makes the client honour the `lhc.trace.server` setting.
    const client = new LanguageClient('lhc', 'LHC Language Server', serverOptions, clientOptions);
    client.onNotification(STATUS_NOTIFICATION, onStatus);
    await client.start();
    return client;
}
