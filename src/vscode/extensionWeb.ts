/**
 * Mechlens for vscode.dev and github.dev: the same language server in a web worker; files are read by the
 * client through vscode.workspace.fs.
 */
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { activateWith } from './activate';
import { CLIENT_ID, CLIENT_NAME } from './client';

declare const Worker: new (url: string) => ConstructorParameters<typeof LanguageClient>[3];

export function activate(context: vscode.ExtensionContext): void {
  activateWith(context, (ctx, options) => {
    const worker = new Worker(vscode.Uri.joinPath(ctx.extensionUri, 'dist', 'web', 'server.js').toString(true));
    return new LanguageClient(CLIENT_ID, CLIENT_NAME, options, worker);
  });
}

export function deactivate(): void {
  // Everything registered is in context.subscriptions and disposed by VS Code; the client stops with it.
}
