/**
 * Check Workspace (workspace/executeCommand `mechlens.checkWorkspace`): every manuscript of the
 * workspace, closed ones included, into the client's problems, with cancellable progress, and a
 * one-line summary. Open documents are read as the editor has them. Where the host has worker threads
 * (the Node server), closed files are checked in them, several at once; each file's diagnostics are
 * published when they are ready (in any order), and they and the summary are what this thread would
 * have found.
 */
import type { CancellationToken, Connection, WorkDoneProgressReporter } from 'vscode-languageserver';
import type { Findings, LexiconText, MechlensService, MechlensSettings } from '../service';
import { capDiagnostics } from '../service/diagnostics';
import type { Diagnostic } from '../service/lsp';
import { whenCancelled } from './cancellation';
import type { FileAccess } from './files';
import { relativeTo } from './uri';
import { readManuscript, workspaceManuscripts, type Manuscript } from './workspace';

/** Closed files' texts checked elsewhere (worker threads) with the service's user lexicons and the run's settings. */
export interface ClosedFileChecks {
  /** How many texts to have sent and not yet answered: enough to keep every worker busy. */
  readonly ahead: number;
  /** The findings of a file's text; rejects when the workers cannot check it (a failed thread, workers closed). */
  check(uri: string, text: string, languageId: string): Promise<Findings>;
}

/** What worker threads check with: the service's user lexicons (as it was last given them) and the run's settings. */
export interface WorkerCheckSetup {
  lexicons: readonly LexiconText[];
  settings: MechlensSettings;
}

/** A host's worker threads for Check Workspace (the Node server's; the web worker has none). */
export interface WorkspaceWorkers {
  /** Workers for a run over this many closed files, or undefined when this thread checks them (one file, one job). */
  forRun(closedFiles: number, setup: WorkerCheckSetup): ClosedFileChecks | undefined;
  /** Terminates the workers unless they were set up with exactly these lexicons and settings. */
  keepOnlyFor(setup: WorkerCheckSetup): void;
  /** Terminates the workers (the server stops). */
  close(): void;
}

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
  /** Workers for a run with this many closed files; none (undefined, or no such host): all are checked in this thread. */
  workers?(closedFiles: number): ClosedFileChecks | undefined;
}

export interface WorkspaceCheckSummary {
  checked: number;
  skipped: number;
  contradictions: number;
  filesWithContradictions: number;
  cancelled: boolean;
}

/**
 * One run of Check Workspace: its counts, the files sent to worker threads and not yet answered, and what
 * becomes of each file's diagnostics (published, counted).
 */
class WorkspaceRun {
  readonly summary: WorkspaceCheckSummary = { checked: 0, skipped: 0, contradictions: 0, filesWithContradictions: 0, cancelled: false };
  /** Files read so far, checked or skipped: the progress. */
  private done = 0;
  private readonly sent = new Set<Promise<void>>();
  /** Files the workers checked, and why the others sent to them were checked here (said once in the log). */
  private readonly byWorkers = { checked: 0, refused: undefined as string | undefined };
  /** An error of a file's check (a bug): the run stops with it, as it does when a file is checked in this thread. */
  private readonly failures: unknown[] = [];

  constructor(private readonly input: WorkspaceCheckInput, private readonly files: number, readonly cancelled: () => boolean) {}

  percent(): number {
    return Math.round((100 * this.done) / this.files);
  }

  skip(): void {
    this.summary.skipped++;
    this.done++;
  }

  /** Checks the file in this thread: an open one as the editor has it. */
  checkHere(m: Manuscript): Diagnostic[] {
    const { service, settings } = this.input;
    return m.open ? service.diagnostics(m.uri, settings) : service.checkText(m.text, m.languageId, settings).diagnostics;
  }

  publish(m: Manuscript, diagnostics: Diagnostic[]): void {
    const { input, summary } = this;
    if (!m.open) input.published.add(m.uri);
    void input.connection.sendDiagnostics({ uri: m.uri, diagnostics: capDiagnostics(diagnostics, input.maxDiagnostics) });
    const n = diagnostics.filter((d) => d.code === 'contradiction').length;
    summary.contradictions += n;
    if (n > 0) summary.filesWithContradictions++;
    summary.checked++;
    this.done++;
  }

  /** Sends a closed file to the workers; its diagnostics are published when they come back. */
  send(pool: ClosedFileChecks, m: Manuscript): void {
    const job: Promise<void> = pool.check(m.uri, m.text, m.languageId)
      .then((findings) => ({ diagnostics: this.input.service.diagnosticsOf(findings, this.input.settings), inWorker: true }), (err: unknown) => this.refused(m, err))
      .then((checked) => this.answered(m, checked))
      .catch((error: unknown) => void this.failures.push(error))
      .finally(() => this.sent.delete(job));
    this.sent.add(job);
  }

  /**
   * The workers could not check the file (a thread failed, or they were closed as the lexicons or settings
   * changed): this thread checks it, with the service's lexicons and settings of now, as it would have.
   */
  private refused(m: Manuscript, err: unknown): { diagnostics: Diagnostic[]; inWorker: boolean } | undefined {
    if (this.cancelled()) return undefined;
    this.byWorkers.refused ??= err instanceof Error ? err.message : String(err);
    return { diagnostics: this.checkHere(m), inWorker: false };
  }

  private answered(m: Manuscript, checked: { diagnostics: Diagnostic[]; inWorker: boolean } | undefined): void {
    // A cancelled run's results are dropped, as its later files are never sent.
    if (checked === undefined || this.cancelled()) return;
    this.publish(m, checked.diagnostics);
    if (checked.inWorker) this.byWorkers.checked++;
    this.input.progress.report(this.percent());
  }

  /** Waits while `limit` files or more are out with the workers (or until the run is cancelled). */
  async waitForRoom(limit: number, stop: Promise<void>): Promise<void> {
    while (this.sent.size >= limit && !this.cancelled()) await Promise.race([...this.sent, stop]);
    this.throwFailure();
  }

  throwFailure(): void {
    if (this.failures.length > 0) throw this.failures[0];
  }

  /** One line in the server's log on what the workers did. */
  logWorkers(): void {
    const refused = this.byWorkers.refused === undefined ? '' : `; the others in the server's thread (${this.byWorkers.refused})`;
    this.input.connection.console.info(`Check Workspace: ${this.byWorkers.checked} file(s) checked in worker threads${refused}`);
  }
}

export async function checkWorkspace(input: WorkspaceCheckInput): Promise<WorkspaceCheckSummary> {
  const { connection, service, files, folders, settings, progress, token } = input;
  const cancelled = (): boolean => token.isCancellationRequested || progress.token?.isCancellationRequested === true;
  progress.begin('Mechlens: checking the workspace', 0, undefined, true);
  const stop = whenCancelled([token, progress.token]);
  let run: WorkspaceRun | undefined;
  try {
    const uris = await workspaceManuscripts(service, files, folders, settings);
    const workers = input.workers?.(uris.filter((uri) => service.document(uri) === undefined).length);
    run = new WorkspaceRun(input, uris.length, cancelled);
    for (const uri of uris) {
      if (cancelled()) break;
      progress.report(run.percent(), relativeTo(folders, uri));
      const m = await readManuscript(service, files, uri, settings, input.languageOf);
      if ('skipped' in m) {
        run.skip();
        continue;
      }
      if (workers === undefined || m.open) {
        run.publish(m, run.checkHere(m));
        // Let other requests in between files.
        await new Promise((resolve) => setTimeout(resolve, 0));
      } else {
        run.send(workers, m);
        // Read no further ahead than the workers can use: the texts wait in memory.
        await run.waitForRoom(workers.ahead, stop.promise);
      }
      run.throwFailure();
    }
    await run.waitForRoom(1, stop.promise);
    if (workers !== undefined) run.logWorkers();
  } finally {
    stop.dispose();
    progress.done();
  }
  const summary = run.summary;
  summary.cancelled = cancelled();
  const stopped = summary.cancelled ? ' (cancelled)' : '';
  void connection.window.showInformationMessage(
    `Mechlens checked ${summary.checked} file(s)${stopped}: ${summary.contradictions} contradiction(s) in ${summary.filesWithContradictions} file(s). See Problems.`,
  );
  return summary;
}
