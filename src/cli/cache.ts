/**
 * `--cache`: each checked file's result, kept in one file between runs and reused while nothing it
 * depends on has changed, so an unchanged file is read, checked and hashed but never decoded or analysed.
 *
 * Entries are kept per file (by absolute path, as eslint keeps them), each with its key: a SHA-256 of
 * the file's bytes and language, the lexicons (the Mechlens build, which carries the code and the bundled
 * lexicon, its version, and every --lexicon file's path and text) and the one setting that changes a
 * result, --min-confidence. --hints and --format only choose what is written from a result, so runs
 * with different ones share entries. Standard input is never cached.
 *
 * The file is an index, a blank line, then the data the index points into:
 *
 *     {"cache":"mechlens","format":1}
 *     {"lexicons":"<sha256>","problems":[["…"],[]]}
 *     {"path":"/abs/draft.md","key":"<sha256>","sums":["<sha256>","<sha256>"],"claims":[total,supported],"parts":[at,bytes,at,bytes]}
 *     …one line per file…
 *
 *     <each file's diagnostics and claims as JSON, where its "parts" say>
 *
 * The second line, if there is one, records the --lexicon files last validated (their problems, by
 * file, so that a run answered from the cache need not compile them again). Only the index is read when
 * the cache is opened; a file's diagnostics are read when it is checked, its claims only for a report
 * that writes them (JSON, INDRA; the text summary counts them from the index, SARIF does not show
 * them), each only if its checksum holds (the diagnostics' covers the claim counts too). A cache file that is not such a file
 * (corrupt, truncated, foreign, too large) or cannot be read is ignored with at most one line on stderr
 * and rewritten; it is always replaced whole (written beside it, then renamed over it), so a reader
 * never sees half a file. Entries of files that no longer exist are dropped.
 */
import { createHash, randomBytes } from './lazyCrypto';
import { closeSync, constants, fstatSync, mkdirSync, openSync, readSync, renameSync, statSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { MEGABYTE } from '../core/limits';
import { countClaims, type ClaimCounts, type FileResult } from './format/types';
import { describeFsError } from './input';
import { describeWriteError } from './output';

/** The cache file's name when --cache-location is not given (or names a directory), as eslint has `.eslintcache`. */
export const DEFAULT_CACHE_FILE = '.mechlenscache';

const HEADER = '{"cache":"mechlens","format":1}';

export const CACHE_LIMITS = Object.freeze({
  /** The largest cache file read or written; past it, the entries of other files' runs are dropped first. */
  maxFileBytes: 256 * MEGABYTE,
  /** A result with more findings than this (a pathological file) is not kept: re-analysing it is cheaper than its JSON. */
  maxEntryItems: 200_000,
  /** Nor is one whose JSON is longer than this. */
  maxEntryChars: 64 * MEGABYTE,
});

const HEX64 = /^[0-9a-f]{64}$/;

/** The checksum of an entry's part; the diagnostics' covers the claim counts too (the text summary is made from them). */
function partSum(part: 0 | 1, counts: ClaimCounts, json: string | Uint8Array): string {
  const h = createHash('sha256');
  if (part === 0) h.update(`${counts.total},${counts.supported}\n`);
  return h.update(json).digest('hex');
}

/** What a cache key is made of, besides each file's text and language. */
export interface CacheSettings {
  /** The Mechlens version. */
  version: string;
  /** The build: a hash of the bundled code and lexicon (the bundle's own), so a rebuilt Mechlens never reuses another's results. */
  build: string;
  /** The --lexicon files read, in order (path and text). */
  lexicons: ReadonlyArray<{ path: string; text: string }>;
  minConfidence: number | undefined;
}

interface Entry {
  key: string;
  /** Checksums of the diagnostics' and the claims' JSON. */
  sums: [string, string];
  counts: ClaimCounts;
  /** Where the diagnostics' and the claims' JSON are in the data of the file read: [at, bytes, at, bytes]. */
  parts?: [number, number, number, number];
  /** The diagnostics' and the claims' JSON, for an entry made in this run. */
  json?: [Buffer, Buffer];
  diagnostics?: FileResult['diagnostics'];
  claims?: FileResult['claims'];
}

function isPosition(p: unknown): boolean {
  const q = p as { line?: unknown; character?: unknown } | null;
  return typeof q === 'object' && q !== null && Number.isInteger(q.line) && Number.isInteger(q.character);
}

function isRange(r: unknown): boolean {
  const q = r as { start?: unknown; end?: unknown } | null;
  return typeof q === 'object' && q !== null && isPosition(q.start) && isPosition(q.end);
}

/** The shape the reports read of diagnostics, checked before diagnostics from the file are used. */
function isDiagnostics(value: unknown): value is FileResult['diagnostics'] {
  if (!Array.isArray(value)) return false;
  for (const d of value as unknown[]) {
    const x = d as Record<string, unknown> | null;
    if (typeof x !== 'object' || x === null || !isRange(x.range) || typeof x.severity !== 'string' || typeof x.code !== 'string' || typeof x.message !== 'string') return false;
  }
  return true;
}

/** The same for claims. */
function isClaims(value: unknown): value is FileResult['claims'] {
  if (!Array.isArray(value)) return false;
  for (const c of value as unknown[]) {
    const x = c as Record<string, unknown> | null;
    if (typeof x !== 'object' || x === null || !isRange(x.range) || !isRange(x.sentenceRange) || typeof x.status !== 'string') return false;
  }
  return true;
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function kindOf(st: Stats): string {
  if (st.isDirectory()) return 'a directory';
  if (st.isFIFO()) return 'a named pipe';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  if (st.isSocket()) return 'a socket';
  return 'not a file';
}

/** Writes all of it (a write may take only part). */
function writeAll(fd: number, data: string | Buffer): void {
  const bytes = typeof data === 'string' ? Buffer.from(data) : data;
  for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at, bytes.length - at);
}

/** Why the cache could not be written, in a few words. */
function describeWriteFailure(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOTDIR' || code === 'EEXIST') return 'a part of the path is not a directory';
  if (code === 'EROFS') return 'read-only file system';
  if (code === 'ENOSPC' || code === 'EDQUOT' || code === 'EIO' || code === 'EFBIG') return describeWriteError(code, err);
  const reason = describeFsError(err);
  return reason.startsWith('cannot read') ? `${code ?? reason}` : reason;
}

/** Reads `length` bytes at `position`; throws if the file is shorter. */
function readAt(fd: number, position: number, length: number): Buffer {
  const buffer = Buffer.allocUnsafe(length);
  for (let at = 0; at < length;) {
    const n = readSync(fd, buffer, at, length - at, position + at);
    if (n === 0) throw new Unreadable('shorter than its index says');
    at += n;
  }
  return buffer;
}

/** Why the cache file could not be read, for its one line. */
class Unreadable extends Error {}

const isOffset = (n: unknown): n is number => Number.isSafeInteger(n) && (n as number) >= 0;

export class ResultCache {
  /** The cache file, absolute. */
  readonly location: string;
  /** The cache file as the user named it, for messages. */
  private readonly shown: string;
  private readonly entries = new Map<string, Entry>();
  /** Paths checked in this run: their entries are written first and never pruned. */
  private readonly checked = new Set<string>();
  /** The cache file read, open until `close` (its entries' parts are read from it when needed), and where its data starts. */
  private fd: number | undefined;
  private dataStart = 0;
  private dirty = false;
  /** False when the location is something other than a regular file: it is left alone. */
  private writable = true;
  private problem: string | undefined;
  private problemSaid = false;
  private readonly base: string;
  /** The problems of each --lexicon file, as validated by the run whose lexicons and build had this key. */
  private lexiconRecord: { key: string; problems: string[][] } | undefined;

  /**
   * Opens the cache at `location` (a directory means the default file in it). Never throws: a cache
   * that cannot be used is a problem (see `takeProblem`) and an empty cache. Call `close` when done.
   */
  constructor(location: string, settings: CacheSettings) {
    const h = createHash('sha256');
    h.update(`${HEADER}\0${settings.version}\0${settings.build}\0${settings.minConfidence ?? 'default'}\0${settings.lexicons.length}\0`);
    for (const l of settings.lexicons) {
      h.update(`${l.path.length}:${l.path}\0${l.text.length}:`);
      h.update(l.text);
    }
    this.base = h.digest('hex');
    const inDirectory = statOrUndefined(location)?.isDirectory() === true;
    this.shown = inDirectory ? join(location, DEFAULT_CACHE_FILE) : location;
    this.location = resolve(this.shown);
    this.open();
  }

  /** The key of a file's result: its bytes and language under this run's lexicons, settings and build. */
  keyOf(bytes: Uint8Array, languageId: string): string {
    return createHash('sha256').update(`${this.base}\0${languageId}\0`).update(bytes).digest('hex');
  }

  /**
   * The result kept for this file under this key, if there is one and it is intact. Without `withClaims`
   * its claims are left out (`claimCounts` says how many there are): only some reports write them.
   */
  lookup(path: string, key: string, withClaims: boolean): FileResult | undefined {
    const file = resolve(path);
    this.checked.add(file);
    const e = this.entries.get(file);
    if (e === undefined || e.key !== key) return undefined;
    e.diagnostics ??= this.decode(e, 0, isDiagnostics);
    if (withClaims) e.claims ??= this.decode(e, 1, isClaims);
    if (e.diagnostics === undefined || (withClaims && e.claims === undefined)) {
      this.entries.delete(file);
      this.dirty = true;
      this.note(`cache file ${this.shown}: a damaged entry was ignored (the file is rewritten)`);
      return undefined;
    }
    return withClaims ? { diagnostics: e.diagnostics, claims: e.claims as FileResult['claims'] } : { diagnostics: e.diagnostics, claims: [], claimCounts: e.counts };
  }

  /** The problems of each of this run's `count` --lexicon files, if the last run with the same files (and build) recorded them. */
  lexiconProblems(count: number): string[][] | undefined {
    const r = this.lexiconRecord;
    return r !== undefined && r.key === this.base && r.problems.length === count ? r.problems : undefined;
  }

  /** Records the problems of each of this run's --lexicon files (none: the file is valid). */
  storeLexiconProblems(problems: string[][]): void {
    this.lexiconRecord = { key: this.base, problems };
    this.dirty = true;
  }

  /** Keeps a file's result under its key (replacing what was kept for the file). */
  store(path: string, key: string, result: FileResult): void {
    const file = resolve(path);
    this.checked.add(file);
    this.dirty = true;
    this.entries.delete(file);
    if (result.claimCounts !== undefined) return; // never a result without its claims
    if (result.diagnostics.length + result.claims.length > CACHE_LIMITS.maxEntryItems) return;
    let json: [string, string];
    try {
      json = [JSON.stringify(result.diagnostics), JSON.stringify(result.claims)];
    } catch {
      return; // over the longest string: not kept
    }
    if (json[0].length + json[1].length > CACHE_LIMITS.maxEntryChars) return;
    const bytes: [Buffer, Buffer] = [Buffer.from(json[0]), Buffer.from(json[1])];
    const counts = countClaims(result);
    this.entries.set(file, {
      key, sums: [partSum(0, counts, bytes[0]), partSum(1, counts, bytes[1])], counts, json: bytes, diagnostics: result.diagnostics, claims: result.claims,
    });
  }

  /**
   * Writes the cache if anything changed: this run's files first, then those of earlier runs that still
   * exist, up to the size limit. Never throws; a failure is a problem (see `takeProblem`).
   */
  save(): void {
    for (const file of [...this.entries.keys()]) {
      if (this.checked.has(file) || statOrUndefined(file)?.isFile()) continue;
      this.entries.delete(file);
      this.dirty = true;
    }
    if (!this.dirty || !this.writable) return;
    const temp = `${this.location}.${process.pid}-${randomBytes(6).toString('hex')}.tmp`;
    let out: number | undefined;
    try {
      // The index first: each part's place in the data is known from the parts' sizes.
      const index: string[] = [HEADER];
      if (this.lexiconRecord !== undefined) index.push(JSON.stringify({ lexicons: this.lexiconRecord.key, problems: this.lexiconRecord.problems }));
      const kept: Entry[] = [];
      let size = index.reduce((n, line) => n + Buffer.byteLength(line) + 1, 1);
      let at = 0;
      const ordered = [...this.entries].sort(([a], [b]) => Number(this.checked.has(b)) - Number(this.checked.has(a)));
      for (const [file, e] of ordered) {
        const sizes = e.json !== undefined ? [e.json[0].length, e.json[1].length] : e.parts !== undefined ? [e.parts[1], e.parts[3]] : undefined;
        if (sizes === undefined) continue;
        const line = JSON.stringify({ path: file, key: e.key, sums: e.sums, claims: [e.counts.total, e.counts.supported], parts: [at, sizes[0], at + sizes[0], sizes[1]] });
        const bytes = Buffer.byteLength(line) + 1 + sizes[0] + sizes[1];
        if (size + bytes > CACHE_LIMITS.maxFileBytes) continue;
        size += bytes;
        at += sizes[0] + sizes[1];
        index.push(line);
        kept.push(e);
      }
      mkdirSync(dirname(this.location), { recursive: true });
      out = openSync(temp, 'wx');
      writeAll(out, `${index.join('\n')}\n\n`);
      for (const e of kept) {
        if (e.json !== undefined) {
          writeAll(out, e.json[0]);
          writeAll(out, e.json[1]);
        } else if (e.parts !== undefined && this.fd !== undefined) {
          this.copy(out, this.dataStart + e.parts[0], e.parts[1] + e.parts[3]);
        }
      }
      closeSync(out);
      out = undefined;
      renameSync(temp, this.location);
      this.dirty = false;
    } catch (err) {
      if (out !== undefined) {
        try {
          closeSync(out);
        } catch {
          // Closed or gone.
        }
      }
      try {
        unlinkSync(temp);
      } catch {
        // Never made.
      }
      this.note(`cache file ${this.shown}: cannot write (${err instanceof Unreadable ? err.message : describeWriteFailure(err)}); the results were not kept`);
    }
  }

  /** Closes the cache file read. */
  close(): void {
    if (this.fd === undefined) return;
    try {
      closeSync(this.fd);
    } catch {
      // Already gone.
    }
    this.fd = undefined;
  }

  /** The one line to say about the cache, once per run (later problems are not said). */
  takeProblem(): string | undefined {
    if (this.problem === undefined || this.problemSaid) return undefined;
    this.problemSaid = true;
    return this.problem;
  }

  private note(problem: string): void {
    this.problem ??= problem;
  }

  /** Copies bytes of the cache file read into the one being written, a megabyte at a time. */
  private copy(out: number, position: number, length: number): void {
    for (let done = 0; done < length;) {
      const n = Math.min(MEGABYTE, length - done);
      writeAll(out, readAt(this.fd as number, position + done, n));
      done += n;
    }
  }

  /** One part of an entry read from the file, if its checksum holds and it has the shape the reports read. */
  private decode<T>(e: Entry, part: 0 | 1, valid: (value: unknown) => value is T): T | undefined {
    if (e.parts === undefined || this.fd === undefined) return undefined;
    let value: unknown;
    try {
      const bytes = readAt(this.fd, this.dataStart + e.parts[2 * part], e.parts[2 * part + 1]);
      if (partSum(part, e.counts, bytes) !== e.sums[part]) return undefined;
      value = JSON.parse(bytes.toString('utf8'));
    } catch {
      return undefined;
    }
    return valid(value) ? value : undefined;
  }

  /** Opens the cache file and reads its index. */
  private open(): void {
    const st = statOrUndefined(this.location);
    if (st === undefined) {
      // No cache yet (or no access to it; writing will say so).
      return;
    }
    this.dirty = true; // until the file is known to be a good one
    if (!st.isFile()) {
      this.writable = false;
      this.note(`cache file ${this.shown}: not a regular file (${kindOf(st)}); not used`);
      return;
    }
    let fd: number | undefined;
    try {
      // Opened without blocking (it may have been swapped for a pipe since), and checked again.
      fd = openSync(this.location, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
      const opened = fstatSync(fd);
      if (!opened.isFile()) throw new Unreadable(`not a regular file (${kindOf(opened)})`);
      if (opened.size > CACHE_LIMITS.maxFileBytes) throw new Unreadable(`over the ${CACHE_LIMITS.maxFileBytes / MEGABYTE} MB limit for cache files`);
      if (!this.readIndex(fd, opened.size)) throw new Unreadable('not a Mechlens cache, or damaged');
    } catch (err) {
      if (fd !== undefined) closeSync(fd);
      this.entries.clear();
      this.lexiconRecord = undefined;
      this.note(`cache file ${this.shown}: ${err instanceof Unreadable ? err.message : describeFsError(err)}; ignored (the file is rewritten)`);
      return;
    }
    this.fd = fd;
    this.dirty = false;
  }

  /** Reads the index (up to its blank line) and checks it; false when the file is not a whole Mechlens cache. */
  private readIndex(fd: number, size: number): boolean {
    let buffer = Buffer.allocUnsafe(Math.min(65536, size));
    let length = 0;
    let end = -1;
    while (end < 0 && length < size) {
      if (length === buffer.length) {
        const grown = Buffer.allocUnsafe(Math.min(buffer.length * 2, size));
        buffer.copy(grown, 0, 0, length);
        buffer = grown;
      }
      const n = readSync(fd, buffer, length, buffer.length - length, length);
      if (n === 0) break;
      const from = Math.max(0, length - 1); // the blank line may straddle two reads
      length += n;
      end = buffer.subarray(0, length).indexOf('\n\n', from);
    }
    if (end < 0) return false;
    const lines = buffer.toString('utf8', 0, end).split('\n');
    this.dataStart = end + 2;
    const dataSize = size - this.dataStart;
    if (lines[0] !== HEADER) return false;
    for (let i = 1; i < lines.length; i++) {
      let record: Record<string, unknown>;
      try {
        record = JSON.parse(lines[i]) as Record<string, unknown>;
      } catch {
        return false;
      }
      if (typeof record !== 'object' || record === null) return false;
      if (i === 1 && 'lexicons' in record) {
        if (!this.readLexiconRecord(record)) return false;
        continue;
      }
      const { path, key, sums, claims, parts } = record;
      if (typeof path !== 'string' || typeof key !== 'string' || !HEX64.test(key)) return false;
      if (!Array.isArray(sums) || sums.length !== 2 || !sums.every((x) => typeof x === 'string' && HEX64.test(x))) return false;
      if (!Array.isArray(claims) || claims.length !== 2 || !claims.every(isOffset)) return false;
      if (!Array.isArray(parts) || parts.length !== 4 || !parts.every(isOffset)) return false;
      if (parts[0] + parts[1] > dataSize || parts[2] + parts[3] > dataSize) return false; // truncated
      this.entries.set(path, {
        key, sums: sums as [string, string], counts: { total: claims[0], supported: claims[1] }, parts: parts as Entry['parts'],
      });
    }
    return true;
  }

  private readLexiconRecord(record: Record<string, unknown>): boolean {
    const { lexicons, problems } = record;
    if (typeof lexicons !== 'string' || !HEX64.test(lexicons)) return false;
    if (!Array.isArray(problems) || !problems.every((p) => Array.isArray(p) && p.every((x) => typeof x === 'string'))) return false;
    this.lexiconRecord = { key: lexicons, problems: problems as string[][] };
    return true;
  }
}
