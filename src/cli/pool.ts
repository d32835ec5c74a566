/**
 * A small pool of worker threads that check texts: the command line's `--jobs` and the language
 * server's Check Workspace. Each worker loads the analyser once and checks one text at a time; workers
 * start only when there is a text to check and no idle worker, so a run whose files all come from the
 * cache starts none. Results come back as plain data (structured clone); the caller puts them in order.
 */
import type { MessagePort, Worker } from 'node:worker_threads';

export interface CheckRequest {
  id: number;
  text: string;
  languageId: string;
}

export type CheckReply<R> = { id: number; result: R } | { id: number; error: string };

interface Task<R> {
  request: CheckRequest;
  /** What the text is (a file's URI), for sending it to a worker that checked it before. */
  key?: string;
  resolve(result: R): void;
  reject(err: Error): void;
}

interface PoolWorker<R> {
  worker: Worker;
  task?: Task<R>;
}

export class WorkerPool<R = unknown> {
  private readonly workers: Array<PoolWorker<R>> = [];
  private readonly idle: Array<PoolWorker<R>> = [];
  private readonly queue: Array<Task<R>> = [];
  /** The workers that have checked each keyed text: their analysers keep that text's sentences read. */
  private readonly homes = new Map<string, Set<PoolWorker<R>>>();
  private nextId = 0;
  private failure: Error | undefined;
  private closing = false;

  /** `start` makes one worker thread (running `answerChecks`). */
  constructor(private readonly size: number, private readonly start: () => Worker) {}

  /** Whether every check now rejects: a worker failed, or the pool was closed. */
  get failed(): boolean {
    return this.failure !== undefined;
  }

  /**
   * Checks a text in a worker thread. Rejects only when a worker failed (a bug, or a thread that could
   * not start) or the pool was closed. A text with a `key` (the language server's Check Workspace: the
   * file's URI) goes, when it can, to a worker that checked that key before: checked again unchanged, it
   * costs that worker almost nothing, as it does the server's own thread.
   */
  check(text: string, languageId: string, key?: string): Promise<R> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise<R>((resolve, reject) => {
      this.queue.push({ request: { id: this.nextId++, text, languageId }, key, resolve, reject });
      this.pump();
    });
  }

  /**
   * Stops every worker. Texts not checked yet are rejected (a caller that still wants them, the
   * language server after its lexicons changed, checks them itself), as is every later one.
   */
  async close(): Promise<void> {
    this.closing = true;
    this.fail(new Error('the checking worker threads were closed'));
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }

  private pump(): void {
    while (this.queue.length > 0 && !this.failure) {
      const { at, worker } = this.next();
      const w = worker ?? this.idle.pop() ?? (this.workers.length < this.size ? this.spawn() : undefined);
      if (w === undefined) return;
      const [task] = this.queue.splice(at, 1);
      if (task.key !== undefined) this.homes.set(task.key, (this.homes.get(task.key) ?? new Set()).add(w));
      w.task = task;
      w.worker.postMessage(task.request);
    }
  }

  /**
   * The next queued text to send: the first one that an idle worker has checked before (it goes to that
   * worker), else the first (to any idle worker: a free worker never waits for a busy one's texts).
   */
  private next(): { at: number; worker?: PoolWorker<R> } {
    for (const [at, t] of this.queue.entries()) {
      const homes = t.key === undefined ? undefined : this.homes.get(t.key);
      const i = homes === undefined ? -1 : this.idle.findIndex((w) => homes.has(w));
      if (i >= 0) return { at, worker: this.idle.splice(i, 1)[0] };
    }
    return { at: 0 };
  }

  private spawn(): PoolWorker<R> {
    const w: PoolWorker<R> = { worker: this.start() };
    this.workers.push(w);
    w.worker.on('message', (reply: CheckReply<R>) => {
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

/** The worker thread's side: answers each text the pool sends with `check`'s result, or the error's stack. */
export function answerChecks<R>(port: MessagePort, check: (text: string, languageId: string) => R): void {
  port.on('message', (request: CheckRequest) => {
    let reply: CheckReply<R>;
    try {
      reply = { id: request.id, result: check(request.text, request.languageId) };
    } catch (err) {
      reply = { id: request.id, error: err instanceof Error ? err.stack ?? err.message : String(err) };
    }
    port.postMessage(reply);
  });
}
