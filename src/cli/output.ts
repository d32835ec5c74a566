/**
 * Writing the report: in pieces of about 64 KB (never one string the size of the report), waiting when
 * the reader is slower than the checker, and turning a failed write (a closed pipe, a full disk) into
 * an OutputError that `main` reports in one line with exit status 2.
 */
import { LIMITS } from '../core/limits';

export type StreamName = 'standard output' | 'standard error';

/** Writes text to a stream; a promise means "wait before writing more" (backpressure). */
export type WriteFn = (text: string) => void | Promise<void>;

/** A write to standard output or standard error failed. */
export class OutputError extends Error {
  constructor(readonly stream: StreamName, readonly code: string | undefined, cause: unknown) {
    super(`cannot write to ${stream}: ${describeWriteError(code, cause)}`);
  }
}

export function toOutputError(stream: StreamName, err: unknown): OutputError {
  if (err instanceof OutputError) return err;
  const code = (err as { code?: unknown } | null)?.code;
  return new OutputError(stream, typeof code === 'string' ? code : undefined, err);
}

const WRITE_ERRORS: Readonly<Record<string, string>> = Object.assign(Object.create(null) as Record<string, string>, {
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EFBIG: 'file too large',
  EIO: 'input/output error',
  EPIPE: 'the reader has gone (broken pipe)',
  EBADF: 'not open for writing',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EAGAIN: 'resource temporarily unavailable',
  ECONNRESET: 'connection reset',
  ERR_STREAM_DESTROYED: 'the stream was closed',
  ERR_STREAM_WRITE_AFTER_END: 'the stream was closed',
});

export function describeWriteError(code: string | undefined, cause?: unknown): string {
  if (code !== undefined) return `${WRITE_ERRORS[code] ?? 'write failed'} (${code})`;
  return cause instanceof Error ? cause.message.split('\n')[0] : String(cause).split('\n')[0];
}

/** Collects pieces and hands them to the stream in chunks of about `chunkChars` characters. */
export class Output {
  private pending: string[] = [];
  private size = 0;

  constructor(private readonly write: WriteFn, readonly stream: StreamName, private readonly chunkChars = LIMITS.outputChunkChars) {}

  async put(text: string): Promise<void> {
    this.pending.push(text);
    this.size += text.length;
    if (this.size >= this.chunkChars) await this.flush();
  }

  async putAll(pieces: Iterable<string>): Promise<void> {
    for (const piece of pieces) await this.put(piece);
  }

  async flush(): Promise<void> {
    if (this.size === 0) return;
    const text = this.pending.join('');
    this.pending = [];
    this.size = 0;
    try {
      await this.write(text);
    } catch (err) {
      throw toOutputError(this.stream, err);
    }
  }
}
