/**
 * The command line on real Node streams: writes that wait for a slow reader, and failed writes (a
 * closed pipe, a full disk) caught as values instead of 'error' events that would crash the process
 * with a stack trace.
 */
import type { Writable } from 'node:stream';
import { OutputError, toOutputError, type StreamName, type WriteFn } from './output';

export interface NodeStreams {
  /** Called only when "-" is checked (touching process.stdin would open it). */
  stdin(): AsyncIterable<Uint8Array>;
  stdout: Writable;
  stderr: Writable;
}

export interface NodeIo {
  stdout: WriteFn;
  stderr: WriteFn;
  stdin(): AsyncIterable<Uint8Array>;
  /**
   * Waits until everything written to stdout has been handed to the system and returns the failure
   * `main` has not seen yet: the last pieces may fail after the last write returned.
   */
  settle(): Promise<OutputError | undefined>;
}

export function processStreams(): NodeStreams {
  return { stdin: () => process.stdin, stdout: process.stdout, stderr: process.stderr };
}

export function nodeIo(streams: NodeStreams): NodeIo {
  const firstError = new Map<Writable, unknown>();
  const raised = new Set<Writable>();
  for (const s of [streams.stdout, streams.stderr]) {
    // With a listener, a failed write is an event we read, not an uncaught exception.
    s.on('error', (err: unknown) => {
      if (!firstError.has(s)) firstError.set(s, err);
    });
  }
  const failureOf = (s: Writable): unknown => firstError.get(s) ?? s.errored ?? undefined;
  const fail = (s: Writable, name: StreamName, err: unknown): OutputError => {
    raised.add(s);
    return toOutputError(name, err);
  };

  const writer = (s: Writable, name: StreamName): WriteFn => (text) => {
    const before = failureOf(s);
    if (before !== undefined) throw fail(s, name, before);
    let accepted: boolean;
    try {
      accepted = s.write(text);
    } catch (err) {
      throw fail(s, name, err);
    }
    // A synchronous stream (a file, /dev/full, a pipe on Linux) has failed by now if it failed.
    const after = failureOf(s);
    if (after !== undefined) throw fail(s, name, after);
    if (accepted) return undefined;
    return new Promise<void>((resolve, reject) => {
      const finish = (err: unknown): void => {
        s.off('drain', onDrain);
        s.off('error', onError);
        s.off('close', onClose);
        if (err === undefined) resolve();
        else reject(fail(s, name, err));
      };
      const onDrain = (): void => finish(undefined);
      const onError = (err: unknown): void => finish(err);
      const onClose = (): void => finish(failureOf(s) ?? Object.assign(new Error('stream closed'), { code: 'ERR_STREAM_DESTROYED' }));
      s.on('drain', onDrain);
      s.on('error', onError);
      s.on('close', onClose);
    });
  };

  return {
    stdout: writer(streams.stdout, 'standard output'),
    stderr: writer(streams.stderr, 'standard error'),
    stdin: () => streams.stdin(),
    async settle() {
      const s = streams.stdout;
      if (raised.has(s)) return undefined;
      let err = failureOf(s);
      if (err === undefined) {
        // An empty write's callback runs once everything before it has been written (or has failed).
        err = await new Promise<unknown>((resolve) => {
          try {
            s.write('', (e?: unknown) => resolve(e ?? undefined));
          } catch (e) {
            resolve(e);
          }
        });
        err = failureOf(s) ?? err;
      }
      return err === undefined ? undefined : fail(s, 'standard output', err);
    },
  };
}
