/**
 * Reading inputs with one-line reasons for everything that can go wrong: missing, unreadable, a
 * directory, not a regular file, too large, binary, not UTF-8 (or UTF-16 with a byte-order mark).
 */
import { isUtf8 } from 'node:buffer';
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type BigIntStats, type Stats } from 'node:fs';
import { formatMegabytes } from '../core/limits';

export class InputError extends Error {}

/** How large an input may be, and what to say when it is larger. */
export interface SizeLimit {
  maxBytes: number;
  /** The reason, after "<file>: ", for an input of `bytes` bytes (or more, when `bytes` is undefined). */
  tooLarge(bytes: number | undefined): string;
}

/** The manuscript limit (`--max-size`). */
export function manuscriptLimit(maxBytes: number): SizeLimit {
  return {
    maxBytes,
    tooLarge: (bytes) => `${bytes === undefined ? 'over' : `file is ${(bytes / 1048576).toFixed(1)} MB, over`} the ${formatMegabytes(maxBytes)} MB limit (raise it with --max-size)`,
  };
}

function decodeUtf16(bytes: Uint8Array, bigEndian: boolean, label: string): string {
  if (bytes.length % 2 !== 0) throw new InputError(`${label}: not valid UTF-16 text`);
  let body = bytes.subarray(2);
  if (bigEndian) {
    const swapped = new Uint8Array(body.length);
    for (let i = 0; i < body.length; i += 2) {
      swapped[i] = body[i + 1];
      swapped[i + 1] = body[i];
    }
    body = swapped;
  }
  let text: string;
  try {
    text = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    throw new InputError(`${label}: not valid UTF-16 text`);
  }
  if (text.includes('\u0000')) throw new InputError(`${label}: binary file (contains NUL characters), not a text manuscript`);
  return text;
}

/**
 * Decodes a whole input as text: UTF-16 when it starts with a UTF-16 byte-order mark (LE or BE),
 * UTF-8 otherwise (a UTF-8 byte-order mark is dropped). A NUL byte anywhere in a file that is not
 * UTF-16 makes it binary.
 */
export function decodeText(bytes: Uint8Array, label: string): string {
  return checkText(bytes, label)();
}

/**
 * Everything `decodeText` refuses, refused now; the decoding itself done when the returned function is
 * called (a file whose result comes from the cache is never decoded).
 */
export function checkText(bytes: Uint8Array, label: string): () => string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    const text = decodeUtf16(bytes, false, label);
    return () => text;
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    const text = decodeUtf16(bytes, true, label);
    return () => text;
  }
  if (bytes.indexOf(0) !== -1) throw new InputError(`${label}: binary file (contains NUL bytes), not a text manuscript`);
  // What a fatal TextDecoder does (it also drops one byte-order mark), through Node's faster validator and decoder.
  if (!isUtf8(bytes)) throw new InputError(`${label}: not valid UTF-8 text`);
  return () => {
    const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    const text = Buffer.from(bytes.buffer, bytes.byteOffset + bom, bytes.length - bom).toString('utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  };
}

/** A file as read: its bytes, every reason to refuse it already found, and its text decoded on first use. */
export interface TextInput {
  bytes: Uint8Array;
  text(): string;
  /** What fstat said of the file just before its bytes were read (times to the nanosecond). */
  stats: BigIntStats;
}

/** What a path that is not a regular file is, for the message. */
function kindOf(st: Stats | BigIntStats): string {
  if (st.isFIFO()) return 'a named pipe';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  if (st.isSocket()) return 'a socket';
  return 'not a file';
}

function refuseIrregular(path: string, st: Stats | BigIntStats): void {
  if (st.isDirectory()) throw new InputError(`${path}: is a directory, not a file`);
  if (!st.isFile()) throw new InputError(`${path}: not a regular file (${kindOf(st)})`);
}

/**
 * Reads a regular file as text. The path is checked with stat before anything opens it: a named pipe
 * would block forever, /dev/zero never ends, a socket cannot be read. The file is then opened
 * non-blocking and checked again (it may have been swapped since), and read no further than the limit
 * (it may have grown).
 */
export function readTextFile(path: string, limit: SizeLimit): string {
  return readTextInput(path, limit).text();
}

/** `readTextFile`, with the decoding left until the text is asked for. */
export function readTextInput(path: string, limit: SizeLimit): TextInput {
  const { fd, stats } = openInput(path, limit);
  try {
    const bytes = readUpTo(fd, Number(stats.size), limit, path);
    const decode = checkText(bytes, path);
    let text: string | undefined;
    return { bytes, text: () => (text ??= decode()), stats };
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(`${path}: ${describeFsError(err)}`);
  } finally {
    closeSync(fd);
  }
}

/**
 * A regular file opened for reading, with every check `readTextInput` makes before it reads (and what
 * fstat says of the open file): for a caller that may read it later, or not at all. The caller closes it.
 */
export function openInput(path: string, limit: SizeLimit): { fd: number; stats: BigIntStats } {
  try {
    const st = statSync(path);
    refuseIrregular(path, st);
    if (st.size > limit.maxBytes) throw new InputError(`${path}: ${limit.tooLarge(st.size)}`);
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(`${path}: ${describeFsError(err)}`);
  }
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (err) {
    throw new InputError(`${path}: ${describeFsError(err)}`);
  }
  try {
    const stats = fstatSync(fd, { bigint: true });
    refuseIrregular(path, stats);
    return { fd, stats };
  } catch (err) {
    closeSync(fd);
    if (err instanceof InputError) throw err;
    throw new InputError(`${path}: ${describeFsError(err)}`);
  }
}

/** The file's bytes, refusing it as soon as it holds more than the limit. */
function readUpTo(fd: number, size: number, limit: SizeLimit, path: string): Uint8Array {
  let buffer = Buffer.allocUnsafe(Math.min(Math.max(size, 65536), limit.maxBytes) + 1);
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      const grown = Buffer.allocUnsafe(Math.min(buffer.length * 2, limit.maxBytes + 1));
      buffer.copy(grown, 0, 0, length);
      buffer = grown;
    }
    const n = readSync(fd, buffer, length, buffer.length - length, null);
    if (n === 0) break;
    length += n;
    if (length > limit.maxBytes) throw new InputError(`${path}: ${limit.tooLarge(undefined)}`);
  }
  return buffer.subarray(0, length);
}

/**
 * Standard input, counted while it is read: once it is over the limit, reading stops (the source is
 * closed) and the input is refused. `source` is a stream (or any async iterable of chunks) or, from a
 * host that has read it already, the bytes.
 */
export async function readStandardInput(source: Uint8Array | AsyncIterable<Uint8Array> | Iterable<Uint8Array>, limit: SizeLimit): Promise<string> {
  const label = 'standard input';
  if (source instanceof Uint8Array) {
    if (source.length > limit.maxBytes) throw new InputError(`${label}: ${limit.tooLarge(undefined)}`);
    return decodeText(source, label);
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    // Leaving the loop early (over the limit) closes the source.
    for await (const chunk of source) {
      total += chunk.length;
      if (total > limit.maxBytes) throw new InputError(`${label}: ${limit.tooLarge(undefined)}`);
      chunks.push(chunk);
    }
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(`${label}: ${describeFsError(err)}`);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return decodeText(bytes, label);
}

export function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file';
    case 'ENOTDIR': return 'no such file (a part of the path is not a directory)';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a directory, not a file';
    case 'ELOOP': return 'too many symbolic links';
    case 'ENAMETOOLONG': return 'file name too long';
    case 'ENXIO': return 'not a regular file (no such device)';
    case 'EAGAIN': return 'not a regular file (would block)';
    default: return `cannot read (${code ?? (err instanceof Error ? err.message.split('\n')[0] : String(err))})`;
  }
}
