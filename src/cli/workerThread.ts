/**
 * Starting a worker thread from a bundle that is its own worker script (dist/cli.js for `--jobs`,
 * dist/server.js for the language server's Check Workspace): the thread loads the same file, and the
 * flag in its process.argv tells the file to serve checks, not to start as a command or a server. Run
 * from source (the tests, through tsx), the thread registers tsx first.
 */
import { createRequire } from 'node:module';
import type * as Threads from 'node:worker_threads';

export function startWorkerThread(script: string, flag: string, workerData: unknown): Threads.Worker {
  // Required here, not imported: the main thread loads worker_threads only when it starts a worker.
  const { Worker } = require('node:worker_threads') as typeof Threads;
  const options = { workerData, argv: [flag] };
  if (script.endsWith('.ts')) {
    const tsx = createRequire(script).resolve('tsx/cjs');
    return new Worker(`require(${JSON.stringify(tsx)}); require(${JSON.stringify(script)});`, { ...options, eval: true });
  }
  return new Worker(script, options);
}
