/**
 * The language client's options, shared by the desktop (server in a Node process) and the web (server in
 * a worker): which documents the server sees, how its Markdown is trusted, what the client offers it.
 */
import * as vscode from 'vscode';
import type { LanguageClientOptions, Middleware } from 'vscode-languageclient';
import { TRUSTED_COMMANDS } from '../core/present/markdown';
import { ENTRY_SCHEME } from '../service/links';
import type { InitOptions } from '../service/protocol';
import { allSelector } from './selector';

export const CLIENT_ID = 'mechlens';
export const CLIENT_NAME = 'Mechlens';

/** VS Code's own limit of diagnostics shown per file (extHostDiagnostics). */
const VSCODE_MAX_DIAGNOSTICS = 1000;

export function clientOptions(output: vscode.LogOutputChannel, middleware: Middleware): LanguageClientOptions {
  // VS Code shows at most 1,000 diagnostics per file and drops the rest: the server need not send them.
  const initializationOptions: InitOptions = { entryScheme: ENTRY_SCHEME, clientFiles: true, clientLexicons: true, exceptionCommand: true, maxDiagnostics: VSCODE_MAX_DIAGNOSTICS };
  return {
    documentSelector: allSelector(),
    diagnosticCollectionName: 'mechlens',
    outputChannel: output,
    // Settings are pulled per document (workspace/configuration); changes are announced.
    synchronize: { configurationSection: 'mechlens' },
    initializationOptions,
    // Hover Markdown runs exactly our own commands; lexicon and user text arrives escaped, without HTML.
    markdown: { isTrusted: { enabledCommands: [...TRUSTED_COMMANDS] }, supportHtml: false },
    middleware,
  };
}
