/**
 * Check Workspace (workspace/executeCommand `mechlens.checkWorkspace`): every manuscript of the
 * workspace, closed ones included, into the client's problems, with cancellable progress, and a
 * one-line summary. Open documents are read as the editor has them.
 */
import type { CancellationToken, Connection, WorkDoneProgressReporter } from 'vscode-languageserver';
import type { MechlensService, MechlensSettings } from '../service';
import { capDiagnostics } from '../service/diagnostics';
import type { FileAccess } from './files';
import { relativeTo } from './uri';
import { readManuscript, workspaceManuscripts } from './workspace';

export interface WorkspaceCheckInput {
  connection: Connection;
  service: MechlensService;
  files: FileAccess;
  folders: readonly string[];
  settings: MechlensSettings;
  progress: WorkDoneProgressReporter & { token?: CancellationToken };
  token: CancellationToken;
  languageOf(uri: string): string;
  /** Filled with the closed files whose diagnostics were published. */
  published: Set<string>;
  /** The most diagnostics the client shows per file. */
  maxDiagnostics: number | undefined;
}

export interface WorkspaceCheckSummary {
  checked: number;
  skipped: number;
  contradictions: number;
  filesWithContradictions: number;
  cancelled: boolean;
}

export async function checkWorkspace(input: WorkspaceCheckInput): Promise<WorkspaceCheckSummary> {
  const { connection, service, files, folders, settings, progress, token } = input;
  const cancelled = (): boolean => token.isCancellationRequested || progress.token?.isCancellationRequested === true;
  progress.begin('Mechlens: checking the workspace', 0, undefined, true);
  const summary: WorkspaceCheckSummary = { checked: 0, skipped: 0, contradictions: 0, filesWithContradictions: 0, cancelled: false };
  try {
    const uris = await workspaceManuscripts(service, files, folders, settings);
    for (const [i, uri] of uris.entries()) {
      if (cancelled()) break;
      progress.report(Math.round((100 * i) / uris.length), relativeTo(folders, uri));
      const m = await readManuscript(service, files, uri, settings, input.languageOf);
      if ('skipped' in m) {
        summary.skipped++;
        continue;
      }
      const diagnostics = m.open ? service.diagnostics(uri, settings) : service.checkText(m.text, m.languageId, settings).diagnostics;
      if (!m.open) input.published.add(uri);
      void connection.sendDiagnostics({ uri, diagnostics: capDiagnostics(diagnostics, input.maxDiagnostics) });
      const n = diagnostics.filter((d) => d.code === 'contradiction').length;
      summary.contradictions += n;
      if (n > 0) summary.filesWithContradictions++;
      summary.checked++;
      // Let other requests in between files.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  } finally {
    summary.cancelled = cancelled();
    progress.done();
  }
  const stopped = summary.cancelled ? ' (cancelled)' : '';
  void connection.window.showInformationMessage(
    `Mechlens checked ${summary.checked} file(s)${stopped}: ${summary.contradictions} contradiction(s) in ${summary.filesWithContradictions} file(s). See Problems.`,
  );
  return summary;
}
