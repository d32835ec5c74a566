/**
 * Wires the extension for both hosts (desktop and web): the language client (the server runs in its own
 * process or worker) and what is VS Code's own: commands UI, status bar, `mechlens:` entry documents,
 * the workspace's lexicons under workspace trust. Every registration is a disposable in
 * context.subscriptions. Activation failures are shown to the user, not swallowed.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import { MANUSCRIPT_LANGUAGES } from '../service/settings';
import { clientOptions } from './client';
import { registerCommands } from './commands';
import { serverConnection } from './connection';
import { registerEntryDocuments } from './entryDocuments';
import { registerExceptionCommand } from './exception';
import { registerFiles } from './files';
import { registerMapCommands } from './map/commands';
import { registerNetworkExport } from './map/exportNetwork';
import { createMapPanels } from './map/panel';
import { registerStatusBar } from './statusBar';
import { createTiming } from './timing';
import { registerUserLexicons } from './userLexicons';
import { workspaceCheckMiddleware } from './workspaceCheck';

/** Makes the client for this host (the desktop starts a Node process, the web a worker). */
export type ClientFactory = (context: vscode.ExtensionContext, options: LanguageClientOptions) => BaseLanguageClient;

function showFailure(output: vscode.LogOutputChannel, what: string, err: unknown): void {
  const message = err instanceof Error ? err.message : String(err);
  output.appendLine(`Mechlens ${what}: ${err instanceof Error && err.stack ? err.stack : message}`);
  void vscode.window.showErrorMessage(`Mechlens ${what}: ${message}`, 'Show log').then((choice) => {
    if (choice) output.show();
  });
}

export function activateWith(context: vscode.ExtensionContext, createClient: ClientFactory): void {
  const started = Date.now();
  const output = vscode.window.createOutputChannel('Mechlens', { log: true });
  context.subscriptions.push(output);
  try {
    let client: BaseLanguageClient | undefined;
    const timing = createTiming();
    client = createClient(context, clientOptions(output, {
      executeCommand: workspaceCheckMiddleware(() => client as BaseLanguageClient),
      handleDiagnostics: timing.handleDiagnostics,
    }));
    const ready = client.start();
    const server = serverConnection(client, ready);
    const entries = registerEntryDocuments(server);
    const lexicons = registerUserLexicons(server, output);
    const maps = createMapPanels(server, context.extensionUri, output);
    // The editor context menu offers "Show on Map" in manuscripts (package.json's when clause reads this key).
    void vscode.commands.executeCommand('setContext', 'mechlens.manuscriptLanguages', [...MANUSCRIPT_LANGUAGES]);
    context.subscriptions.push(
      { dispose: () => void client?.stop() },
      registerFiles(server),
      entries,
      lexicons,
      lexicons.onDidReload(() => entries.refreshAll()),
      registerCommands(server),
      maps,
      registerMapCommands(server, maps),
      registerNetworkExport(server),
      registerStatusBar(server, (uri, md) => entries.setReport(uri, md)),
      registerExceptionCommand(lexicons),
      timing.register(server, output),
    );
    output.appendLine(`Mechlens activated in ${Date.now() - started} ms`);
    ready.then(
      () => {
        output.appendLine(`Mechlens language server ready ${Date.now() - started} ms after activation began`);
        void lexicons.reload();
      },
      (err: unknown) => showFailure(output, 'could not start its language server', err),
    );
  } catch (err) {
    showFailure(output, 'failed to activate', err);
  }
}
