/**
 * Check Workspace's worker threads in the Node server: the command line's `--jobs` pool, each thread
 * building the service's engine from the same user lexicons and checking closed files with the run's
 * settings (checkWorker.ts). Started when a run first needs them, kept for later runs while the
 * lexicons and settings stay the same, terminated when they change and when the server stops.
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { defaultJobs } from '../cli/jobs';
import { WorkerPool } from '../cli/pool';
import type { Findings, LexiconText } from '../service';
import type { WorkerCheckSetup, WorkspaceWorkers } from './workspaceCheck';

/**
 * Workers at most: `--jobs`'s default for this machine (none on one or two cores, where they were
 * slower), or MECHLENS_SERVER_JOBS (a whole number; tests and benchmarks set it, 1 is none).
 */
export function serverJobs(env: NodeJS.ProcessEnv = process.env, cores = availableParallelism()): number {
  const asked = Number(env.MECHLENS_SERVER_JOBS);
  return Number.isInteger(asked) && asked >= 1 ? asked : defaultJobs(cores);
}

/** Workers made by `start`, at most `jobs` of them. */
export function workspaceWorkers(jobs: number, start: (setup: WorkerCheckSetup) => Worker): WorkspaceWorkers {
  let current: { pool: WorkerPool<Findings>; lexicons: readonly LexiconText[]; settings: string } | undefined;
  const close = (): void => {
    // (Texts sent and not answered are rejected: the run checks them in its own thread.)
    void current?.pool.close();
    current = undefined;
  };
  // The service gives the same array of lexicons until they change; the settings are compared whole,
  // every one of them, so that no setting a check reads can be left stale in a worker.
  const keepOnlyFor = (setup: WorkerCheckSetup): void => {
    if (current && (current.lexicons !== setup.lexicons || current.settings !== JSON.stringify(setup.settings) || current.pool.failed)) close();
  };
  return {
    forRun(closedFiles, setup) {
      // One file, or one job: checked in the server's thread, as a worker would only add its start.
      if (Math.min(jobs, closedFiles) < 2) return undefined;
      keepOnlyFor(setup);
      const { pool } = (current ??= { pool: new WorkerPool<Findings>(jobs, () => start(setup)), lexicons: setup.lexicons, settings: JSON.stringify(setup.settings) });
      return { ahead: 2 * jobs, check: (uri, text, languageId) => pool.check(text, languageId, uri) };
    },
    keepOnlyFor,
    close,
  };
}
