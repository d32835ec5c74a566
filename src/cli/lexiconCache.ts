/**
 * The compiled-lexicon cache of the command line: the compiled form of a large --lexicon file (its
 * entity table, lists and the index's tries; core's encodeCompiledLexicon) kept in the user's cache
 * directory (`<cache>/lexicons/`, see cacheDirectory: never in the user's project) and read back on
 * later runs instead of parsing, checking and compiling the file again.
 *
 * One file per lexicon path (and the --lexicon paths before it), so a lexicon that changes replaces its
 * own entry instead of adding one. The form inside is keyed by everything it was made from — the
 * Mechlens build, the cache's version, the path as given, the bytes of this file and of the --lexicon
 * files applied before it (their SHA-256) — and the file also records those files' metadata (device,
 * inode, size, modification and change times: a FileStamp each), as eslint's and cspell's
 * `--cache-strategy metadata` do. While every stamp is the one recorded, the form is used without
 * reading the lexicon files at all; when a stamp differs, the files are read and hashed, and the form is
 * used only if their bytes are the ones it was made from (then the new stamps are recorded: a `touch` or
 * a copy costs one read, not a compile). A stamp is recorded as settled only if the file had not changed
 * for SETTLE_MS before it was taken: a file written again within the same tick of its clock (or the 1–2 s
 * of a FAT or network file system) could keep its stamp, so an unsettled one is always checked by its
 * bytes, as git treats a "racily clean" index entry.
 *
 * The file carries checksums (checksum.ts) of its header, of the form (but for the entities' records),
 * of the records and of the spellings: a corrupt, truncated, foreign or stale file is never used, only
 * compiled over (and rewritten). Nothing here is ever an error the user sees: a cache that cannot be read
 * or written costs only time.
 *
 * File layout (HEAD bytes, then the form, then the spellings' text), little-endian:
 *
 *     0 "MLLX"   4 this layout's version   8 the form's length   12 the spellings' length
 *    16 where the entities' records start in the form   20 their length   24 flags (1: the stamps
 *    are settled)   28 0   32 SHA-256 of the files' stamps (and paths, build)   64 the form's key
 *    (SHA-256, see `key`)   96 checksum of the form but its records   112 checksum of the records
 *   128 checksum of the spellings   144 checksum of bytes 0–143
 *
 * A check reads the header and the form but its records (most of it may be records, and a check may use
 * none: see compiledForm.ts recordsSection); when an entity's record is needed, its bytes alone (the
 * records' section checked whole the first time, a chunk at a time, never kept: a check of a draft may
 * need one record of 50,000), the spellings only if it asks for them (hints). They are read from the
 * file as it was opened, so a run that replaces it meanwhile (another lexicon's form) changes nothing
 * for this one; if they are damaged, the file is removed and this run makes them again (analysis.ts),
 * the next compiles it again.
 */
import { closeSync, fstatSync, mkdirSync, openSync, readSync, renameSync, rmSync, writeSync, type Stats } from 'node:fs';
import { join, resolve } from 'node:path';
import type { EncodedLexicon } from '../core/lexicon/compiledForm';
import type { CachedSource, CompiledLexiconStore, FileStamp, KeptForm, LexiconSlot } from '../service';
import { Checksum, checksum } from './checksum';
import { createHash } from './lazyCrypto';

export const LEXICON_CACHE_VERSION = 3; // 3: the checksums are CRC-32 (checksum.ts)
const MAGIC = Buffer.from('MLLX', 'latin1');
const HEAD = 160;
const SETTLED = 1;
const SUMMED = 144; // the header's checksum covers the bytes before it

/**
 * Lexicons smaller than this are compiled every time: a few thousand entries compile in milliseconds,
 * less than reading and checking a cache file, and would leave a file per lexicon for nothing.
 */
export const LEXICON_CACHE_MIN_BYTES = 1 << 20;

/**
 * How long a file must have been unchanged for its stamp to stand for its bytes: longer than the
 * coarsest clock of a file system it may be on (FAT keeps times to 2 s), with a margin for a network
 * file system's clock.
 */
export const SETTLE_MS = 5000;

export interface LexiconCacheOptions {
  /** The directory (the user's cache directory's `lexicons`). */
  directory: string;
  /** The build's identity (a hash of the bundles): a form made by another build is not used. */
  build: string;
  /** Lexicons under this many bytes are not cached (LEXICON_CACHE_MIN_BYTES). */
  minBytes?: number;
  /** SETTLE_MS, unless a test says otherwise. */
  settleMs?: number;
  /** Read forms, never write one (the worker threads of --jobs: the main thread writes). */
  readOnly?: boolean;
}

const sha256 = (...parts: string[]): Buffer => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\0');
  return h.digest();
};

const HEX64 = /^[0-9a-f]{64}$/;

export class LexiconCache implements CompiledLexiconStore {
  constructor(private readonly options: LexiconCacheOptions) {}

  slot(source: CachedSource, before: readonly CachedSource[]): LexiconSlot | undefined {
    if (source.size === undefined || source.size < (this.options.minBytes ?? LEXICON_CACHE_MIN_BYTES)) return undefined;
    const name = sha256(resolve(source.path), ...before.map((b) => resolve(b.path))).toString('hex').slice(0, 32);
    return new CacheSlot(this.options, join(this.options.directory, `${name}.mlc`), [...before, source]);
  }
}

/** A cache file's header, read and checked. */
interface Head {
  bytes: Buffer;
  formLength: number;
  spellingsLength: number;
  /** Where the records lie in the form. */
  recordsStart: number;
  recordsLength: number;
  settled: boolean;
  identity: Buffer;
  key: string;
  formSum: Buffer;
  recordsSum: Buffer;
  spellingsSum: Buffer;
}

/**
 * Where the records' section of a form ends, with the padding after it (to a multiple of 4, as every
 * section starts): the rest of the form is read and summed from there, its 32-bit words aligned.
 */
const recordsEnd = (start: number, length: number): number => start + length + ((4 - (length % 4)) % 4);

/** The header, if it is one of this version, whole (its checksum holds) and as long as the file says. */
function parseHead(bytes: Buffer, fileSize: number): Head | undefined {
  if (!bytes.subarray(0, 4).equals(MAGIC) || bytes.readUInt32LE(4) !== LEXICON_CACHE_VERSION) return undefined;
  if (!checksum(bytes.subarray(0, SUMMED)).equals(bytes.subarray(SUMMED, HEAD))) return undefined;
  const formLength = bytes.readUInt32LE(8);
  const spellingsLength = bytes.readUInt32LE(12);
  const recordsStart = bytes.readUInt32LE(16);
  const recordsLength = bytes.readUInt32LE(20);
  if (HEAD + formLength + spellingsLength !== fileSize) return undefined; // cut short, or something added
  if (recordsEnd(recordsStart, recordsLength) > formLength) return undefined;
  return {
    bytes, formLength, spellingsLength, recordsStart, recordsLength, settled: (bytes.readUInt32LE(24) & SETTLED) !== 0,
    identity: bytes.subarray(32, 64), key: bytes.subarray(64, 96).toString('hex'),
    formSum: bytes.subarray(96, 112), recordsSum: bytes.subarray(112, 128), spellingsSum: bytes.subarray(128, 144),
  };
}

/** Puts the identity and its flag into a header, and the header's checksum after them. */
function stampHead(head: Buffer, identity: { hash: Buffer; settled: boolean } | undefined): void {
  head.writeUInt32LE(identity?.settled === true ? SETTLED : 0, 24);
  head.fill(0, 32, 64);
  identity?.hash.copy(head, 32);
  checksum(head.subarray(0, SUMMED)).copy(head, SUMMED);
}

/** The checksum of the bytes of `parts` (one after another) in `[from, to)`, or with `outside` of the others. */
function sumOf(parts: readonly Uint8Array[], from: number, to: number, outside = false): Buffer {
  const sum = new Checksum();
  let at = 0;
  for (const part of parts) {
    const a = Math.min(Math.max(from - at, 0), part.length);
    const b = Math.min(Math.max(to - at, 0), part.length);
    if (outside) sum.update(part.subarray(0, a)).update(part.subarray(b));
    else sum.update(part.subarray(a, b));
    at += part.length;
  }
  return sum.digest();
}

/** Bytes of a part read at a time to check it whole (see LaterParts.part): a buffer reused, not the part's size in new memory. */
const CHECK_CHUNK = 1 << 18;

/** Bytes of a form's start read first: its header, which names the sections that may be left unread, is well within them. */
const FORM_HEAD = 1 << 16;

/** LaterParts' mark for the form itself, when sections of it were left unread (read for as long as it is used). */
const FORM = -1;

/** Names, from a form's first bytes, the sections that may be left unread (core's lazySections). */
type LazySections = (head: Uint8Array) => ReadonlyArray<{ start: number; length: number }> | undefined;

/**
 * The parts of a cache file read after its form (records, spellings), from the file as it was opened:
 * the descriptor stays open until both were read whole, or until the form they belong to is let go.
 */
class LaterParts {
  private static readonly closer = new FinalizationRegistry<number>((fd) => {
    try {
      closeSync(fd);
    } catch {
      // closed already
    }
  });

  private fd: number | undefined;
  /** Parts not yet read whole (the descriptor is closed when none is left). */
  private pending = new Set<number>();
  /** Parts found damaged: not read again. */
  private readonly damaged = new Set<number>();
  /** Parts checked whole, whose bytes may be read a range at a time (see `part`). */
  private readonly checked = new Set<number>();

  /** `parts`: where the parts to be read lie (their positions in the file). */
  constructor(fd: number, private readonly file: string, parts: readonly number[]) {
    this.pending = new Set(parts);
    this.fd = fd;
    LaterParts.closer.register(this, fd, this);
  }

  /**
   * Reads the part of `length` bytes at `position` and checks it against `sum`; undefined (and the file
   * removed) if it does not hold.
   */
  read(position: number, length: number, sum: Buffer): Uint8Array | undefined {
    const fd = this.fd;
    let bytes: Buffer | undefined;
    try {
      if (fd !== undefined && !this.damaged.has(position)) {
        bytes = Buffer.allocUnsafeSlow(length); // its own memory, at offset 0
        if (readAll(fd, bytes, position) !== length || !checksum(bytes).equals(sum)) bytes = undefined;
      }
    } catch {
      bytes = undefined; // unreadable: as damaged
    }
    this.done(position);
    if (bytes === undefined) this.damage(position);
    return bytes;
  }

  /**
   * Bytes [from, to) of the part `read` would read: the whole part checked against `sum` the first time (a
   * chunk at a time, into one buffer: its bytes are not kept), then only the range read, each time. A
   * check that needs one record of a 50,000-entity lexicon's 14 MB reads and keeps a few hundred bytes.
   * Undefined (and the file removed) if the part does not hold, or cannot be read.
   */
  part(position: number, length: number, sum: Buffer, from: number, to: number): Uint8Array | undefined {
    const fd = this.fd;
    if (fd === undefined || this.damaged.has(position) || from < 0 || to > length || from > to) return undefined;
    try {
      if (!this.checked.has(position)) {
        if (!checkPart(fd, position, length, sum)) {
          this.damage(position);
          return undefined;
        }
        this.checked.add(position);
      }
      const bytes = Buffer.allocUnsafe(to - from);
      if (readAll(fd, bytes, position + from) === bytes.length) return bytes;
    } catch {
      // unreadable: as damaged
    }
    this.damage(position);
    return undefined;
  }

  /** Reads into all of `into` from `position` (a section of the form left unread, checked with it); false if it cannot. */
  into(position: number, into: Uint8Array): boolean {
    const fd = this.fd;
    if (fd === undefined) return false;
    try {
      return readAll(fd, into, position) === into.length;
    } catch {
      return false;
    }
  }

  /** A part is damaged: this run makes it again (from the lexicon), and the next compiles and rewrites the file. */
  private damage(position: number): void {
    this.damaged.add(position);
    this.done(position);
    try {
      rmSync(this.file, { force: true });
    } catch {
      // An unwritable cache costs only speed.
    }
  }

  /** The part at `position` will not be read again: the descriptor is closed once every part is. */
  private done(position: number): void {
    this.pending.delete(position);
    if (this.pending.size === 0) this.close();
  }

  private close(): void {
    if (this.fd === undefined) return;
    LaterParts.closer.unregister(this);
    try {
      closeSync(this.fd);
    } catch {
      // closed already
    }
    this.fd = undefined;
  }
}

class CacheSlot implements LexiconSlot {
  /** `files`: the --lexicon files before this one, then this one. */
  constructor(private readonly options: LexiconCacheOptions, private readonly file: string, private readonly files: readonly CachedSource[]) {}

  /** The files' stamps as one hash, and whether all are settled; undefined when one has none. */
  private identity(): { hash: Buffer; settled: boolean } | undefined {
    const stamps = this.files.map((f) => f.stamp?.());
    if (stamps.some((s) => s === undefined)) return undefined;
    const known = stamps as FileStamp[];
    const settleMs = this.options.settleMs ?? SETTLE_MS;
    return {
      hash: sha256(`mechlens compiled lexicon files ${LEXICON_CACHE_VERSION}`, this.options.build, ...this.files.flatMap((f, i) => [f.path, resolve(f.path), known[i].id])),
      settled: known.every((s) => s.seenMs - s.changedMs > settleMs),
    };
  }

  key(): string | undefined {
    const digests = this.files.map((f) => f.digest?.());
    if (digests.some((d) => d === undefined)) return undefined;
    return sha256(`mechlens compiled lexicon ${LEXICON_CACHE_VERSION}`, this.options.build, ...this.files.flatMap((f, i) => [f.path, digests[i] as string])).toString('hex');
  }

  read(lazy?: LazySections): KeptForm | undefined {
    let fd: number;
    try {
      fd = openSync(this.file, 'r');
    } catch {
      return undefined; // none yet, or unreadable: compiled
    }
    let found: ReturnType<CacheSlot['readOpen']>;
    try {
      found = this.readOpen(fd, lazy);
    } catch {
      found = undefined; // unreadable or damaged: compiled
    }
    if (found === undefined) {
      closeSync(fd);
      return undefined;
    }
    const { head, form, unread, stats, byStamps } = found;
    if (!byStamps) this.restamp(head, stats);
    // The descriptor stays open for the records and the spellings (LaterParts), and for as long as the
    // form is used if sections of it were left unread.
    const { recordsStart, recordsLength, recordsSum, formLength, spellingsLength, spellingsSum } = head;
    const later = new LaterParts(fd, this.file, [HEAD + recordsStart, HEAD + formLength, ...(unread ? [FORM] : [])]);
    return {
      key: head.key,
      form,
      ...(unread ? { fill: (from: number, to: number) => from >= 0 && to <= form.length && from <= to && later.into(HEAD + from, form.subarray(from, to)) } : {}),
      recordsAt: { start: recordsStart, length: recordsLength },
      records: () => later.read(HEAD + recordsStart, recordsLength, recordsSum),
      recordPart: (from, to) => later.part(HEAD + recordsStart, recordsLength, recordsSum, from, to),
      spellings: () => later.read(HEAD + formLength, spellingsLength, spellingsSum),
    };
  }

  /**
   * The header and the form (but its records) of the open cache file, if it is whole and made from the
   * files as they are: by their stamps, if they are the form's and settled, or else by their bytes (read
   * and hashed here). Throws if it cannot be read.
   */
  private readOpen(fd: number, lazy: LazySections | undefined): { head: Head; form: Buffer; unread: boolean; stats: Stats; byStamps: boolean } | undefined {
    const stats = fstatSync(fd);
    const bytes = Buffer.alloc(HEAD);
    const head = readAll(fd, bytes, 0) === HEAD ? parseHead(bytes, stats.size) : undefined;
    if (head === undefined) return undefined;
    const identity = this.identity();
    const byStamps = head.settled && identity !== undefined && identity.hash.equals(head.identity);
    if (!byStamps && this.key() !== head.key) return undefined;
    const read = readForm(fd, head, lazy);
    return read === undefined ? undefined : { head, ...read, stats, byStamps };
  }

  /**
   * After the form was found to be the files' by their bytes: their stamps, if settled now, recorded in
   * the header, so the next run need not read them. Only into the file that was read (not one written
   * over it since); a reader that meets a header half written finds its checksum wrong and compiles.
   */
  private restamp(head: Head, read: Stats): void {
    const identity = this.identity();
    if (identity === undefined || !identity.settled || this.options.readOnly === true) return;
    try {
      const fd = openSync(this.file, 'r+');
      try {
        const now = fstatSync(fd);
        if (now.ino !== read.ino || now.dev !== read.dev) return;
        const bytes = Buffer.from(head.bytes);
        stampHead(bytes, identity);
        writeSync(fd, bytes, 0, HEAD, 0);
      } finally {
        closeSync(fd);
      }
    } catch {
      // An unwritable cache costs only speed.
    }
  }

  write(key: string, encoded: EncodedLexicon): void {
    if (this.options.readOnly === true || !HEX64.test(key)) return;
    // Written beside the file, then renamed over it: a reader never sees half a file, and two runs
    // writing at once leave one whole file.
    const partial = `${this.file}.${process.pid}.partial`;
    try {
      mkdirSync(this.options.directory, { recursive: true });
      const { form, spellings, records } = encoded;
      const head = Buffer.alloc(HEAD);
      MAGIC.copy(head, 0);
      head.writeUInt32LE(LEXICON_CACHE_VERSION, 4);
      head.writeUInt32LE(form.reduce((n, part) => n + part.length, 0), 8);
      head.writeUInt32LE(spellings.reduce((n, part) => n + part.length, 0), 12);
      head.writeUInt32LE(records.start, 16);
      head.writeUInt32LE(records.length, 20);
      Buffer.from(key, 'hex').copy(head, 64);
      sumOf(form, records.start, recordsEnd(records.start, records.length), true).copy(head, 96);
      sumOf(form, records.start, records.start + records.length).copy(head, 112);
      checksum(...spellings).copy(head, 128);
      // The files' stamps as they were opened: the key hashes their bytes as they were then (a file that
      // changed before it was read has no digest, so no key, and nothing is written).
      stampHead(head, this.identity());
      const fd = openSync(partial, 'w', 0o600);
      try {
        writeSync(fd, head);
        for (const part of [...form, ...spellings]) for (let at = 0; at < part.length;) at += writeSync(fd, part, at);
      } finally {
        closeSync(fd);
      }
      renameSync(partial, this.file);
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

/**
 * The form of an open cache file but its records, if its checksum holds. The records' section is left out
 * (as the allocation gave it, if it is not the last: memory never written is never faulted in), and the
 * sections `lazy` names from the form's first bytes are left unread (compiledForm.ts lazySections: most
 * of a large lexicon's form, of which a check reads a few blocks): they are read for the checksum a
 * chunk at a time, into one buffer, and into the form when asked for (KeptForm.fill). `unread` if some were.
 */
function readForm(fd: number, head: Head, lazy: LazySections | undefined): { form: Buffer; unread: boolean } | undefined {
  const end = recordsEnd(head.recordsStart, head.recordsLength);
  // Its own memory, at offset 0 (the typed arrays need alignment); without the records if they come last.
  const form = Buffer.allocUnsafeSlow(end === head.formLength ? head.recordsStart : head.formLength);
  const first = Math.min(head.recordsStart, FORM_HEAD);
  if (readAll(fd, form.subarray(0, first), HEAD) !== first) return undefined;
  const sum = new Checksum().update(form.subarray(0, first));
  // Then, in order: what is read into the form, the sections left unread (summed only), the records (neither).
  const parts = [...unreadSections(lazy?.(form.subarray(0, first)), first, head.formLength, head.recordsStart, end).map(([a, b]) => ({ a, b, summed: true })), { a: head.recordsStart, b: end, summed: false }];
  parts.sort((x, y) => x.a - y.a);
  let at = first;
  const readTo = (to: number): boolean => {
    if (to <= at) return true;
    const part = form.subarray(at, to);
    at = to;
    if (readAll(fd, part, HEAD + at - part.length) !== part.length) return false;
    sum.update(part);
    return true;
  };
  let chunk: Buffer | undefined;
  for (const p of parts) {
    if (!readTo(p.a)) return undefined;
    if (p.summed) {
      chunk ??= Buffer.allocUnsafeSlow(CHECK_CHUNK);
      for (; at < p.b; at += CHECK_CHUNK) {
        const piece = chunk.subarray(0, Math.min(CHECK_CHUNK, p.b - at));
        if (readAll(fd, piece, HEAD + at) !== piece.length) return undefined;
        sum.update(piece);
      }
    }
    at = p.b;
  }
  if (!readTo(head.formLength) || !sum.digest().equals(head.formSum)) return undefined;
  return { form, unread: parts.length > 1 };
}

/**
 * The sections that may be left unread, within [first, length) and apart from the records' [recordsStart,
 * recordsEnd), in order and not overlapping (they are read from a header not yet checked: whatever it
 * says, every byte is read or summed once).
 */
function unreadSections(sections: ReadonlyArray<{ start: number; length: number }> | undefined, first: number, length: number, recordsStart: number, recordsEnd: number): Array<[number, number]> {
  const cut: Array<[number, number]> = [];
  for (const s of sections ?? []) {
    if (!Number.isSafeInteger(s.start) || !Number.isSafeInteger(s.length)) continue;
    const a = Math.max(first, s.start);
    const b = Math.min(length, s.start + s.length);
    for (const [x, y] of [[a, Math.min(b, recordsStart)], [Math.max(a, recordsEnd), b]]) if (y > x) cut.push([x, y]);
  }
  cut.sort((x, y) => x[0] - y[0]);
  const out: Array<[number, number]> = [];
  for (const [x, y] of cut) {
    const last = out[out.length - 1];
    if (last !== undefined && x <= last[1]) last[1] = Math.max(last[1], y);
    else out.push([x, y]);
  }
  return out;
}

/** Whether the `length` bytes at `position` hold `sum`, read a chunk at a time into one buffer. */
function checkPart(fd: number, position: number, length: number, sum: Buffer): boolean {
  const chunk = Buffer.allocUnsafeSlow(Math.min(length, CHECK_CHUNK));
  const summed = new Checksum();
  for (let at = 0; at < length; at += chunk.length) {
    const piece = chunk.subarray(0, Math.min(chunk.length, length - at));
    if (readAll(fd, piece, position + at) !== piece.length) return false;
    summed.update(piece);
  }
  return summed.digest().equals(sum);
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
