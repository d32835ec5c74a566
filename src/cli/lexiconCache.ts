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
 * File layout: "MLLX", this envelope's version (u32, little-endian), the form's length (u32), 0 (u32),
 * the SHA-256 of the form, the SHA-256 of the spellings' text, the form (core's layout, with its own
 * version), the spellings' text. A check reads the form; the spellings only if it asks for them (hints),
 * each part checked against its own hash.
 */
import { createHash } from './lazyCrypto';
import { closeSync, fstatSync, mkdirSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import type { EncodedLexicon } from '../core/lexicon/compiledForm';
import { join, resolve } from 'node:path';

export const LEXICON_CACHE_VERSION = 1;
const MAGIC = Buffer.from('MLLX', 'latin1');
const HEAD = 80; // magic, version, form length, 0, two SHA-256

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

/** A --lexicon file as the cache knows it: its path as given, size and SHA-256 (lexicons.ts). */
export interface LexiconFile {
  path: string;
  size?: number;
  digest?: () => string;
}

/** What the analysis side asks of the cache (analysis.ts compileLexicons): bytes in, bytes out. */
export interface CompiledLexiconStore {
  /**
   * The key of the compiled form of a lexicon file onto the bundled lexicon and the --lexicon files
   * `before` it that were applied; undefined when the file is not to be cached (too small).
   */
  keyOf(source: LexiconFile, before: readonly LexiconFile[]): string | undefined;
  /**
   * The form kept for that key, whole (its checksum verified), and a function that reads its
   * spellings (checked too; undefined if they cannot be had), or undefined.
   */
  read(key: string): { form: Uint8Array; spellings: () => Uint8Array | undefined } | undefined;
  write(key: string, encoded: EncodedLexicon): void;
}

const sha256 = (...parts: Array<string | Uint8Array>): string => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\0');
  return h.digest('hex');
};

export class LexiconCache implements CompiledLexiconStore {
  /** Key → the cache file it lives in (worked out by keyOf). */
  private readonly files = new Map<string, string>();
  constructor(private readonly options: LexiconCacheOptions) {}

  keyOf(source: LexiconFile, before: readonly LexiconFile[]): string | undefined {
    if (source.digest === undefined || source.size === undefined || source.size < (this.options.minBytes ?? LEXICON_CACHE_MIN_BYTES)) return undefined;
    if (before.some((b) => b.digest === undefined)) return undefined;
    const key = sha256(
      `mechlens compiled lexicon ${LEXICON_CACHE_VERSION}`, this.options.build, source.path, source.digest(),
      ...before.flatMap((b) => [b.path, (b.digest as () => string)()]),
    );
    const name = sha256(resolve(source.path), ...before.map((b) => resolve(b.path))).slice(0, 32);
    this.files.set(key, join(this.options.directory, `${name}.mlc`));
    return key;
  }

  read(key: string): { form: Uint8Array; spellings: () => Uint8Array | undefined } | undefined {
    const file = this.files.get(key);
    if (file === undefined) return undefined;
    try {
      const head = Buffer.alloc(HEAD);
      let form: Buffer;
      let spellingsLength: number;
      const fd = openSync(file, 'r');
      try {
        if (readSync(fd, head, 0, HEAD, 0) !== HEAD || !head.subarray(0, 4).equals(MAGIC) || head.readUInt32LE(4) !== LEXICON_CACHE_VERSION) return undefined;
        const formLength = head.readUInt32LE(8);
        spellingsLength = fstatSync(fd).size - HEAD - formLength;
        if (spellingsLength < 0) return undefined;
        form = Buffer.allocUnsafeSlow(formLength); // its own memory, at offset 0: the typed arrays need alignment
        if (readAll(fd, form, HEAD) !== formLength) return undefined;
      } finally {
        closeSync(fd);
      }
      if (!createHash('sha256').update(form).digest().equals(head.subarray(16, 48))) return undefined;
      const spellingsHash = head.subarray(48, 80);
      const at = HEAD + form.length;
      return {
        form,
        // Read when first asked for: the file may have been rewritten since, so its hash decides.
        spellings: () => {
          try {
            const bytes = Buffer.allocUnsafeSlow(spellingsLength);
            const fd2 = openSync(file, 'r');
            try {
              if (readAll(fd2, bytes, at) !== spellingsLength) return undefined;
            } finally {
              closeSync(fd2);
            }
            if (createHash('sha256').update(bytes).digest().equals(spellingsHash)) return bytes;
          } catch {
            // unreadable: as damaged
          }
          // Damaged: this run makes the spellings again from the records, and the next compiles and rewrites the file.
          try {
            rmSync(file, { force: true });
          } catch {
            // An unwritable cache costs only speed.
          }
          return undefined;
        },
      };
    } catch {
      return undefined; // none yet, or unreadable: compiled
    }
  }

  write(key: string, encoded: EncodedLexicon): void {
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
      const { form, spellings } = encoded;
      head.writeUInt32LE(form.reduce((n, part) => n + part.length, 0), 8);
      const hash = createHash('sha256');
      for (const part of form) hash.update(part);
      hash.digest().copy(head, 16);
      const spellingsHash = createHash('sha256');
      for (const part of spellings) spellingsHash.update(part);
      spellingsHash.digest().copy(head, 48);
      const fd = openSync(partial, 'w', 0o600);
      try {
        writeSync(fd, head);
        for (const part of [...form, ...spellings]) for (let at = 0; at < part.length;) at += writeSync(fd, part, at);
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

/** Reads into all of `into` from `position`, as far as the file goes; the bytes read. */
function readAll(fd: number, into: Uint8Array, position: number): number {
  let got = 0;
  while (got < into.length) {
    const n = readSync(fd, into, got, into.length - got, position + got);
    if (n === 0) break;
    got += n;
  }
  return got;
}
