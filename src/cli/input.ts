/**
 * Reading inputs with one-line reasons for everything that can go wrong: missing, unreadable,
 * a directory, too large, binary, not UTF-8.
 */
import { readFileSync, statSync } from 'node:fs';

export class InputError extends Error {}

/** Decodes bytes as UTF-8 text, refusing binary content. */
export function decodeText(bytes: Uint8Array, label: string): string {
  const head = bytes.subarray(0, Math.min(bytes.length, 65536));
  if (head.includes(0)) throw new InputError(`${label}: binary file (contains NUL bytes), not a text manuscript`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${label}: not valid UTF-8 text`);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function readTextFile(path: string, maxBytes: number): string {
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new InputError(`${path}: is a directory, not a file`);
    size = st.size;
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(`${path}: ${describeFsError(err)}`);
  }
  if (size > maxBytes) {
    throw new InputError(`${path}: file is ${(size / 1048576).toFixed(1)} MB, over the ${(maxBytes / 1048576).toFixed(0)} MB limit (raise it with --max-size)`);
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw new InputError(`${path}: ${describeFsError(err)}`);
  }
  return decodeText(bytes, path);
}

function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a directory, not a file';
    case 'ELOOP': return 'too many symbolic links';
    case 'ENAMETOOLONG': return 'file name too long';
    default: return `cannot read (${code ?? String(err)})`;
  }
}
