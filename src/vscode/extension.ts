/**
 * Mechlens for VS Code (desktop). The engine (core, compromise, lexicon) is a separate bundle required
 * on first use, so activation only registers providers.
 */
import type * as vscode from 'vscode';
import { activateWith } from './activate';
import type { CoreModule } from './engine';

export function activate(context: vscode.ExtensionContext): void {
  activateWith(context, () => require('./engine.js') as CoreModule);
}

export function deactivate(): void {
  // Everything registered is in context.subscriptions and disposed by VS Code.
}
