/**
 * The compiled-lexicon cache of the command line: the compiled form of a large --lexicon file (its
 * entity table, lists and the index's tries; core's encodeCompiledLexicon) kept in the user's cache
 * directory (`<cache>/lexicons/`, see cacheDirectory: never in the user's project) and read back on
 * later runs instead of parsing, checking and compiling the file again.
 *
 * One file per lexicon path (and the --lexicon paths before it), so a lexicon that changes replaces its
 * own entry instead of adding one. The form inside is keyed by everything it was made from — the
 * Mechlens build, the compiled form's version, the path as given, the bytes of this file and of the
 * --lexicon files applied before it — and the file carries a SHA-256 of the form: a corrupt, truncated,
 * foreign or stale file is never used, only compiled over (and rewritten). Nothing here is ever an
 * error the user sees: a cache that cannot be read or written costs only time.
 *
 * File layout: "MLLX", this envelope's version (u32, little-endian), the SHA-256 of the form (32
 * bytes), the form (core's layout, with its own version).
 */
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const LEXICON_CACHE_VERSION = 1;
const MAGIC = Buffer.from('MLLX', 'latin1');
const HEAD = 40; // magic, version, SHA-256

/**
 * Lexicons smaller than this are compiled every time: a few thousand entries compile in milliseconds,
 * less than reading and checking a cache file, and would leave a file per lexicon for nothing.
 */
export const LEXICON_CACHE_MIN_BYTES = 1 << 20;

export interface LexiconCacheOptions {
  /** The directory (the user's cache directory's `lexicons`). */
  directory: string;
  /** The build's identity (a hash of the bundles): a form made by another build is not used. */
  build: string;
  /** Lexicons under this many bytes are not cached (LEXICON_CACHE_MIN_BYTES). */
  minBytes?: number;
}

/** What the analysis side asks of the cache (analysis.ts compileLexicons): bytes in, bytes out. */
export interface CompiledLexiconStore {
  /**
   * The key of the compiled form of `path`'s `bytes` onto the bundled lexicon and the --lexicon files
   * `before` it that were applied; undefined when the file is not to be cached (too small).
   */
  keyOf(path: string, bytes: Uint8Array | undefined, before: ReadonlyArray<{ path: string; bytes?: Uint8Array }>): string | undefined;
  /** The form kept for that key, whole (its checksum verified), or undefined. */
  read(key: string): Uint8Array | undefined;
  /** Keeps the form, given as parts written one after another. */
  write(key: string, form: readonly Uint8Array[]): void;
}

const sha256 = (...parts: Array<string | Uint8Array>): string => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\0');
  return h.digest('hex');
};

export class LexiconCache implements CompiledLexiconStore {
  /** Key → the cache file it lives in (worked out by keyOf). */
  private readonly files = new Map<string, string>();
  /** Each file's digest, once per run (a file may be the `before` of several). */
  private readonly digests = new WeakMap<Uint8Array, string>();

  constructor(private readonly options: LexiconCacheOptions) {}

  private digest(bytes: Uint8Array): string {
    let d = this.digests.get(bytes);
    if (d === undefined) {
      d = sha256(bytes);
      this.digests.set(bytes, d);
    }
    return d;
  }

  keyOf(path: string, bytes: Uint8Array | undefined, before: ReadonlyArray<{ path: string; bytes?: Uint8Array }>): string | undefined {
    if (bytes === undefined || bytes.length < (this.options.minBytes ?? LEXICON_CACHE_MIN_BYTES)) return undefined;
    if (before.some((b) => b.bytes === undefined)) return undefined;
    const key = sha256(
      `mechlens compiled lexicon ${LEXICON_CACHE_VERSION}`, this.options.build, path, this.digest(bytes),
      ...before.flatMap((b) => [b.path, this.digest(b.bytes as Uint8Array)]),
    );
    const name = sha256(resolve(path), ...before.map((b) => resolve(b.path))).slice(0, 32);
    this.files.set(key, join(this.options.directory, `${name}.mlc`));
    return key;
  }

  read(key: string): Uint8Array | undefined {
    const file = this.files.get(key);
    if (file === undefined) return undefined;
    let data: Buffer;
    try {
      data = readFileSync(file);
    } catch {
      return undefined; // none yet, or unreadable: compiled
    }
    if (data.length < HEAD || !data.subarray(0, 4).equals(MAGIC) || data.readUInt32LE(4) !== LEXICON_CACHE_VERSION) return undefined;
    const form = data.subarray(HEAD);
    if (!createHash('sha256').update(form).digest().equals(data.subarray(8, HEAD))) return undefined;
    return form;
  }

  write(key: string, form: readonly Uint8Array[]): void {
    const file = this.files.get(key);
    if (file === undefined) return;
    // Written beside the file, then renamed over it: a reader never sees half a file, and two runs
    // writing at once leave one whole file.
    const partial = `${file}.${process.pid}.partial`;
    try {
      mkdirSync(this.options.directory, { recursive: true });
      const head = Buffer.alloc(HEAD);
      MAGIC.copy(head, 0);
      head.writeUInt32LE(LEXICON_CACHE_VERSION, 4);
      const hash = createHash('sha256');
      for (const part of form) hash.update(part);
      hash.digest().copy(head, 8);
      const fd = openSync(partial, 'w', 0o600);
      try {
        writeSync(fd, head);
        for (const part of form) for (let at = 0; at < part.length;) at += writeSync(fd, part, at);
      } finally {
        closeSync(fd);
      }
      renameSync(partial, file);
    } catch {
      // An unwritable cache costs only speed.
      try {
        rmSync(partial, { force: true });
      } catch {
        // nothing more to do
      }
    }
  }
}
