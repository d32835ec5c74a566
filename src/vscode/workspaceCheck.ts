/**
 * Check Workspace, as VS Code shows it: the server runs the check (workspace/executeCommand); the
 * client shows its progress as a cancellable notification. The language client registers the command
 * the server announces; this middleware gives it a progress token and a cancellation token.
 */
import * as vscode from 'vscode';
import { ExecuteCommandRequest, WorkDoneProgress, type BaseLanguageClient, type Middleware } from 'vscode-languageclient';
import { SERVER_COMMANDS } from '../service/protocol';

let tokens = 0;

async function runWithProgress(client: BaseLanguageClient, command: string, args: unknown[]): Promise<unknown> {
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Mechlens: checking the workspace', cancellable: true }, async (progress, token) => {
    const workDoneToken = `mechlens-check-${++tokens}`;
    let last = 0;
    const listening = client.onProgress(WorkDoneProgress.type, workDoneToken, (value) => {
      if (value.kind === 'end') return;
      const increment = value.percentage !== undefined ? value.percentage - last : undefined;
      if (value.percentage !== undefined) last = value.percentage;
      progress.report({ message: value.message, increment });
    });
    try {
      return await client.sendRequest(ExecuteCommandRequest.type, { command, arguments: args, workDoneToken }, token);
    } finally {
      listening.dispose();
    }
  });
}

export function workspaceCheckMiddleware(client: () => BaseLanguageClient): Middleware['executeCommand'] {
  return (command, args, next) => (command === SERVER_COMMANDS.checkWorkspace ? runWithProgress(client(), command, args) : next(command, args));
}
