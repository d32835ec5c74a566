/**
 * Wires every feature for both hosts (desktop and web); each registration is a disposable in
 * context.subscriptions. Activation failures are shown to the user, not swallowed.
 */
import * as vscode from 'vscode';
import { registerCodeActions } from './codeActions';
import { registerCommands } from './commands';
import { registerCompletion } from './completion';
import { registerDefinition } from './definition';
import { registerDiagnostics } from './diagnostics';
import { createEngineHost, type CoreModule } from './engine';
import { registerEntryDocuments } from './entryDocuments';
import { registerHover } from './hover';
import { registerReferences } from './references';
import { allSelector, manuscriptSelector } from './selector';
import { registerStatusBar } from './statusBar';
import { registerSymbols } from './symbols';
import { addException, registerUserLexicons } from './userLexicons';
import { registerWorkspaceCheck } from './workspaceCheck';

export function activateWith(context: vscode.ExtensionContext, load: () => CoreModule): void {
  const started = Date.now();
  const output = vscode.window.createOutputChannel('Mechlens');
  context.subscriptions.push(output);
  try {
    const engines = createEngineHost(load);
    const selector = allSelector();
    const entries = registerEntryDocuments(engines);
    const diagnostics = registerDiagnostics(engines, output);
    const lexicons = registerUserLexicons(engines, output);
    context.subscriptions.push(
      { dispose: () => engines.dispose() },
      entries,
      diagnostics,
      lexicons,
      lexicons.onDidReload(() => {
        diagnostics.refreshAll();
        entries.refreshAll();
      }),
      registerHover(engines, selector),
      registerDefinition(engines, selector),
      registerReferences(engines, selector),
      registerSymbols(engines, selector),
      registerCompletion(engines, selector),
      registerCodeActions(engines, manuscriptSelector()),
      registerCommands(engines),
      registerStatusBar(engines, diagnostics.onDidUpdate, (uri, md) => entries.setReport(uri, md)),
      registerWorkspaceCheck(engines, diagnostics),
      vscode.commands.registerCommand('mechlens.addException', async (uri: string, claimIndex: number) => {
        const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
        const folder = document && vscode.workspace.getWorkspaceFolder(document.uri);
        if (!document || !folder) {
          void vscode.window.showWarningMessage('Mechlens: exceptions are kept in a workspace folder’s .mechlens/lexicon.json; open the file inside a workspace folder.');
          return;
        }
        const claim = engines.get().analysisOf(document).claims[claimIndex];
        if (!claim || !claim.object) return;
        const line = claim.range.start.line + 1;
        try {
          const written = await addException(folder, {
            id: `exception-${claim.subject}-${claim.relation}-${claim.object}`,
            subject: claim.subject,
            relation: claim.relation,
            object: claim.object,
            refs: claim.refs.length > 0 ? claim.refs : [1],
            exception: true,
            evidence: `Recorded as an exception from ${vscode.workspace.asRelativePath(document.uri)}:${line}; it overrides the review's statement for this pair (${claim.statement ?? 'see refs'}).`,
          });
          await lexicons.reload();
          void vscode.window.showInformationMessage(`Mechlens: exception added to ${vscode.workspace.asRelativePath(written)}.`);
        } catch (err) {
          void vscode.window.showErrorMessage(`Mechlens could not add the exception: ${err instanceof Error ? err.message : String(err)}`);
        }
      }),
      vscode.commands.registerCommand('mechlens.showTiming', () => {
        const summary = (list: readonly number[]): string => {
          const xs = [...list].sort((a, b) => a - b);
          const pct = (p: number): number => xs[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];
          return xs.length ? `p50 ${pct(50)} ms, p95 ${pct(95)} ms, max ${xs[xs.length - 1]} ms over ${xs.length} edits` : 'no edits yet';
        };
        output.appendLine(`Mechlens timing — keystroke to diagnostics (debounce included): ${summary(diagnostics.latencies)}; analysis and publishing after the debounce: ${summary(diagnostics.processing)}`);
        output.show(true);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => {
        if (engines.loaded) engines.get().forget(d.uri.toString());
      }),
    );
    void lexicons.reload();
    output.appendLine(`Mechlens activated in ${Date.now() - started} ms`);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    output.appendLine(`Mechlens failed to activate: ${err instanceof Error && err.stack ? err.stack : message}`);
    void vscode.window.showErrorMessage(`Mechlens failed to activate: ${message}`, 'Show log').then((choice) => {
      if (choice) output.show();
    });
  }
}
