/**
 * Mechlens for VS Code (desktop): a language client; the server (core, compromise, lexicon) runs in its own
 * Node process, so analysis never blocks the extension host.
 */
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';
import { activateWith } from './activate';
import { CLIENT_ID, CLIENT_NAME } from './client';

export function activate(context: vscode.ExtensionContext): void {
  activateWith(context, (ctx, options) => {
    const module = ctx.asAbsolutePath('dist/server.js');
    return new LanguageClient(CLIENT_ID, CLIENT_NAME, {
      run: { module, transport: TransportKind.ipc },
      debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
    }, options);
  });
}

export function deactivate(): void {
  // Everything registered is in context.subscriptions and disposed by VS Code; the client stops with it.
}
