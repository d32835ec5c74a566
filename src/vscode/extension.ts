/**
 * Mechlens for VS Code: wires the features; every answer comes from the core, loaded on first use.
 * Activation registers providers only (fast); a failure is shown to the user, not swallowed.
 */
import * as vscode from 'vscode';
import { registerCommands } from './commands';
import { registerCompletion } from './completion';
import { registerDefinition } from './definition';
import { createEngineHost, type CoreModule } from './engine';
import { registerEntryDocuments } from './entryDocuments';
import { registerHover } from './hover';
import { registerReferences } from './references';
import { allSelector } from './selector';
import { registerSymbols } from './symbols';

export function activate(context: vscode.ExtensionContext): void {
  const started = Date.now();
  const output = vscode.window.createOutputChannel('Mechlens');
  context.subscriptions.push(output);
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const engines = createEngineHost(() => require('./engine.js') as CoreModule);
    const selector = allSelector();
    context.subscriptions.push(
      { dispose: () => engines.dispose() },
      registerEntryDocuments(engines),
      registerHover(engines, selector),
      registerDefinition(engines, selector),
      registerReferences(engines, selector),
      registerSymbols(engines, selector),
      registerCompletion(engines, selector),
      registerCommands(engines),
      vscode.workspace.onDidCloseTextDocument((d) => {
        if (engines.loaded) engines.get().forget(d.uri.toString());
      }),
    );
    output.appendLine(`Mechlens activated in ${Date.now() - started} ms`);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    output.appendLine(`Mechlens failed to activate: ${err instanceof Error && err.stack ? err.stack : message}`);
    void vscode.window.showErrorMessage(`Mechlens failed to activate: ${message}`, 'Show log').then((choice) => {
      if (choice) output.show();
    });
  }
}

export function deactivate(): void {
  // Everything registered is in context.subscriptions and disposed by VS Code.
}
