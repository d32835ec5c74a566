/**
 * The language server in a Node process: `mechlens lsp --stdio` for any editor, or over IPC for VS Code.
 * The core and lexicon are bundled in; entries become files in the cache directory, and so do the compiled
 * forms of large user lexicons; files are read from disk; Check Workspace checks closed files in worker
 * threads, whose script is this bundle itself (as dist/cli.js is its own `--jobs` workers').
 */
import type * as Threads from 'node:worker_threads';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startWorkerThread } from '../cli/workerThread';
import { bundledCore } from './bundledCore';
import { CHECK_WORKER_ROLE, serveWorkspaceChecks, type CheckWorkerSetup } from './checkWorker';
import { cacheDirectory, entryFileLinks } from './entryFiles';
import { serverBuild, serverLexiconStore } from './lexiconStore';
import { nodeFiles } from './nodeFiles';
import { startServer } from './server';
import { serverJobs, workspaceWorkers } from './workspaceWorkers';

/** Marks a worker thread of Check Workspace (in its process.argv): loaded there, this file serves checks and starts no server. */
const WORKER_FLAG = '--mechlens-workspace-worker';

/** Starts the server on the transport named in argv (`--stdio`, `--node-ipc`, `--socket=N`). */
export function start(): void {
  const connection = createConnection(ProposedFeatures.all);
  const build = serverBuild();
  const root = cacheDirectory();
  startServer(connection, {
    loadCore: () => bundledCore,
    fileLinks: (render) => entryFileLinks(root, render),
    files: nodeFiles(),
    lexiconStore: build === undefined ? undefined : serverLexiconStore(root, build),
    workspaceWorkers: workspaceWorkers(serverJobs(), (setup) => {
      const data: CheckWorkerSetup = { role: CHECK_WORKER_ROLE, ...setup, ...(build === undefined ? {} : { lexiconCache: { root, build } }) };
      const worker = startWorkerThread(__filename, WORKER_FLAG, data);
      // Idle workers wait for the next run; they never keep the server's process alive.
      worker.unref();
      return worker;
    }),
  });
}

if (process.argv.includes(WORKER_FLAG)) {
  const threads = require('node:worker_threads') as typeof Threads;
  const setup = threads.workerData as Partial<CheckWorkerSetup> | null;
  if (!threads.isMainThread && setup?.role === CHECK_WORKER_ROLE) serveWorkspaceChecks(setup as CheckWorkerSetup);
} else if (typeof require !== 'undefined' && require.main === module) {
  // Run directly (VS Code forks dist/server.js with --node-ipc): start at once. Required (bin/mechlens.js): the caller starts it.
  start();
}
