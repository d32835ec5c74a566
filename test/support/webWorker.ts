/**
 * The web build's language server (dist/web/server.js) in a bare context with what a dedicated worker
 * offers (timers, text codecs, `self` with postMessage and onmessage) and no Node built-ins.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import { ROOT } from './lexicon';

export type WorkerMessage = { id?: number; method?: string; params?: unknown; result?: unknown };

export interface WebWorkerServer {
  /** What the server sent, in order. */
  sent: WorkerMessage[];
  deliver(message: unknown): void;
  /** Waits (10 s at most) until `find` finds something. */
  until<T>(find: () => T | undefined): Promise<T>;
  /** Whether require, process and Buffer are out of the server's reach. */
  nodeFree(): boolean;
}

export function startWebWorkerServer(): WebWorkerServer {
  const code = readFileSync(join(ROOT, 'dist', 'web', 'server.js'), 'utf8');
  const sent: WorkerMessage[] = [];
  const context = createContext({ console, setTimeout, clearTimeout, setInterval, clearInterval, queueMicrotask, TextEncoder, TextDecoder });
  runInContext('var self = globalThis;', context);
  (context as Record<string, unknown>).postMessage = (message: unknown) => sent.push(message as WorkerMessage);
  (context as Record<string, unknown>).addEventListener = () => undefined;
  runInContext(code, context, { filename: 'dist/web/server.js' });
  return {
    sent,
    deliver: (message) => (context as { onmessage: (e: { data: unknown }) => void }).onmessage({ data: message }),
    async until(find) {
      for (let i = 0; i < 200; i++) {
        const found = find();
        if (found) return found;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`no answer; the server sent ${JSON.stringify(sent).slice(-300)}`);
    },
    nodeFree: () => runInContext("typeof require === 'undefined' && typeof process === 'undefined' && typeof Buffer === 'undefined'", context) === true,
  };
}
