/**
 * `--jobs`: a small pool of worker threads that check texts. Each worker loads the analyser once and
 * checks one text at a time; workers start only when there is a text to check and no idle worker, so a
 * run whose files all come from the cache starts none. Results come back as plain data (FileResult),
 * and the caller writes them in the order the files were given.
 */
import type { Worker } from 'node:worker_threads';
import type { FileResult } from './format/types';
import type { LexiconCacheOptions } from './lexiconCache';
import type { WorkerLexicon } from './lexicons';

/**
 * What a worker is set up with: the --lexicon files to add (already validated by the main thread), the
 * compiled-lexicon cache to read their forms from (if any), and the settings.
 */
export interface WorkerSetup {
  role: typeof WORKER_ROLE;
  lexicons: WorkerLexicon[];
  lexiconCache?: LexiconCacheOptions;
  minConfidence: number | undefined;
  bibliographies?: Array<{ path: string; text: string }>;
}

export const WORKER_ROLE = 'mechlens-check';

export interface CheckRequest {
  id: number;
  text: string;
  languageId: string;
}

export type CheckReply = { id: number; result: FileResult } | { id: number; error: string };

interface Task {
  request: CheckRequest;
  resolve(result: FileResult): void;
  reject(err: Error): void;
}

interface PoolWorker {
  worker: Worker;
  task?: Task;
}

export class WorkerPool {
  private readonly workers: PoolWorker[] = [];
  private readonly idle: PoolWorker[] = [];
  private readonly queue: Task[] = [];
  private nextId = 0;
  private failure: Error | undefined;
  private closing = false;

  /** `start` makes one worker thread (running `serveChecks`). */
  constructor(private readonly size: number, private readonly start: () => Worker) {}

  /** Checks a text in a worker thread. Rejects only when a worker failed (a bug, or a thread that could not start). */
  check(text: string, languageId: string): Promise<FileResult> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise<FileResult>((resolve, reject) => {
      this.queue.push({ request: { id: this.nextId++, text, languageId }, resolve, reject });
      this.pump();
    });
  }

  /** Stops every worker; tasks not finished are dropped. */
  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }

  private pump(): void {
    while (this.queue.length > 0 && !this.failure) {
      const w = this.idle.pop() ?? (this.workers.length < this.size ? this.spawn() : undefined);
      if (w === undefined) return;
      const task = this.queue.shift() as Task;
      w.task = task;
      w.worker.postMessage(task.request);
    }
  }

  private spawn(): PoolWorker {
    const w: PoolWorker = { worker: this.start() };
    this.workers.push(w);
    w.worker.on('message', (reply: CheckReply) => {
      const task = w.task;
      if (task === undefined || task.request.id !== reply.id) return;
      w.task = undefined;
      this.idle.push(w);
      if ('error' in reply) task.reject(Object.assign(new Error(reply.error.split('\n')[0]), { stack: reply.error }));
      else task.resolve(reply.result);
      this.pump();
    });
    w.worker.on('error', (err: unknown) => this.fail(err instanceof Error ? err : new Error(String(err))));
    w.worker.on('exit', (code) => {
      if (!this.closing) this.fail(new Error(`a checking worker thread stopped (exit code ${code})`));
    });
    return w;
  }

  private fail(err: Error): void {
    this.failure ??= err;
    for (const w of this.workers) {
      w.task?.reject(this.failure);
      w.task = undefined;
    }
    for (const task of this.queue.splice(0)) task.reject(this.failure);
  }
}
