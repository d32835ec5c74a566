/**
 * "Mechlens: Show Timing": keystroke to diagnostics as the editor sees it (from a document change to the
 * moment the language client hands Mechlens's next diagnostics of that document to VS Code, debounce
 * included), and the server's own time analysing and publishing after the debounce. The arrival is taken
 * in the client's diagnostics middleware: VS Code's diagnostics events also fire for other extensions
 * (the built-in Markdown extension publishes on every change) and come 50 ms late.
 */
import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient';
import { TIMING, type TimingResult } from '../service/protocol';
import type { ServerConnection } from './connection';
import { isManuscript } from './selector';

const KEPT = 500;

function summary(list: readonly number[]): string {
  const xs = [...list].sort((a, b) => a - b);
  const pct = (p: number): number => xs[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];
  return xs.length ? `p50 ${pct(50)} ms, p95 ${pct(95)} ms, max ${xs[xs.length - 1]} ms over ${xs.length} edits` : 'no edits yet';
}

export interface Timing {
  /** The client middleware that sees Mechlens's diagnostics arrive. */
  readonly handleDiagnostics: NonNullable<Middleware['handleDiagnostics']>;
  /** The change listener and the Show Timing command. */
  register(server: ServerConnection, output: vscode.OutputChannel): vscode.Disposable;
}

export function createTiming(): Timing {
  const changedAt = new Map<string, number>();
  const latencies: number[] = [];
  return {
    handleDiagnostics(uri, diagnostics, next) {
      const key = uri.toString();
      const since = changedAt.get(key);
      next(uri, diagnostics);
      if (since === undefined) return;
      changedAt.delete(key);
      latencies.push(Date.now() - since);
      if (latencies.length > KEPT) latencies.shift();
    },
    register(server, output) {
      return vscode.Disposable.from(
        vscode.workspace.onDidChangeTextDocument((e) => {
          if (e.contentChanges.length === 0 || !isManuscript(e.document)) return;
          const key = e.document.uri.toString();
          if (!changedAt.has(key)) changedAt.set(key, Date.now());
        }),
        vscode.workspace.onDidCloseTextDocument((d) => changedAt.delete(d.uri.toString())),
        vscode.commands.registerCommand('mechlens.showTiming', async () => {
          const processing = await server.request<TimingResult>(TIMING, null).catch(() => [] as number[]);
          output.appendLine(`Mechlens timing — keystroke to diagnostics (debounce included): ${summary(latencies)}; analysis and publishing after the debounce: ${summary(processing)}`);
          output.show(true);
        }),
      );
    },
  };
}
