/**
 * Mechlens for vscode.dev and github.dev: the same features; the engine is bundled in (a web worker
 * cannot require files), files are read through vscode.workspace.fs only.
 */
import type * as vscode from 'vscode';
import * as engine from './engineEntry';
import { activateWith } from './activate';
import type { CoreModule } from './engine';

export function activate(context: vscode.ExtensionContext): void {
  activateWith(context, () => engine as unknown as CoreModule);
}

export function deactivate(): void {
  // Everything registered is in context.subscriptions and disposed by VS Code.
}
