/**
 * The compiled form of a user lexicon as bytes, for the compiled-lexicon cache the Node hosts keep
 * (src/cli/lexiconCache.ts): its entity table, its other lists and the index's tries as typed arrays,
 * read back instead of parsing, checking and compiling the file again. Bytes in, bytes out: the core
 * does no I/O, and the host keys, checks the integrity of and stores the bytes.
 *
 * Layout: "MLCL", the format version, a byte-order mark (typed arrays are written in the machine's
 * order), the header's length, the header (JSON: the key, the entity counts and where each section
 * lies), then the sections, each at a multiple of 4 bytes. Anything that does not fit — another
 * format, another key, a section out of bounds, an index out of range — reads back as undefined: the
 * caller compiles the file again.
 *
 * The entities' records are a third of a form (14 of 36 MB for 50,000 entities), its last section, and a
 * check may use none of them (a draft that names no term of the user's lexicon), or one: a host may leave
 * their section unread (`recordsSection` says where it is) and give a record's bytes, or the section,
 * when one is needed (RecordsReader). The tries' columns are most of the rest (18 MB), of which a check
 * walks a few blocks: a host may leave them unread too (`lazySections`), once it has checked them, and
 * read each block when first used (decodeCompiledLexicon's `fill`; Trie.laidOut numbers the nodes so that
 * a walk's are in few blocks). The entities themselves are made only when asked for (StoredTable, by id
 * through the form's table of ids, idSlots): a check asks for a few, and the index reads what it needs of
 * every entity from the links (attributes, composites) without making one (entitySegments.ts).
 */
import { Trie, type TrieParts } from '../entities/trie';
import { RUN_END } from '../entities/trieTails';
import { keepTries, keptTries, type BuiltTries } from './lexiconTries';
import { entityIds, setLazyEntities } from './entitySegments';
import { entityLinks, entityRecord, idSlots, StoredTable, type EntityLinks, type EntityRecords } from './storedEntities';
import type { CompiledLexicon } from './types';

/** Bump when the layout, or what a compiled lexicon holds, changes: an older file is then compiled again. */
export const COMPILED_FORM_VERSION = 2; // 2: a tail's term after its run, not a term per position (trieTails.ts)

const MAGIC = [0x4d, 0x4c, 0x43, 0x4c]; // "MLCL"
const BYTE_ORDER = 0x01020304;
const TRIES = ['caseTrie', 'foldTrie', 'actionTrie'] as const;
/** The columns of a trie a host may leave unread (see lazySections), with their widths. */
const LAZY_COLUMNS = [['codes', 2], ['firstChildren', 4], ['nextSiblings', 4], ['terms', 4], ['tailCodes', 2]] as const;

interface Header {
  key: string;
  /** Entities of the base (their ids first in the id list), and of the lexicon itself. */
  baseEntities: number;
  entities: number;
  /** The file every entity of the lexicon was compiled from (its source.file). */
  file: string;
  /** Section name → [byte offset, byte length]. */
  sections: Record<string, [number, number]>;
}

// Made when first used: a host without them (a bare sandbox) loads the core all the same.
let encoder: InstanceType<typeof TextEncoder> | undefined;
let decoder: InstanceType<typeof TextDecoder> | undefined;
const utf8In = (): InstanceType<typeof TextEncoder> => (encoder ??= new TextEncoder());
// Not fatal: the host checked the bytes' integrity, and the fatal decoder is several times slower.
const utf8Out = (): InstanceType<typeof TextDecoder> => (decoder ??= new TextDecoder());

/** Appends sections at multiples of 4 bytes. */
class Writer {
  readonly parts: Uint8Array[] = [];
  readonly sections: Record<string, [number, number]> = {};
  length = 0;

  /** A section of one array, or of several written one after another (a trie column's pages). */
  add(name: string, data: Uint8Array | Uint16Array | Int32Array | ReadonlyArray<Uint8Array | Uint16Array | Int32Array>): void {
    const start = this.length;
    for (const chunk of 'buffer' in data ? [data] : data) {
      const bytes = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      this.parts.push(bytes);
      this.length += bytes.length;
    }
    this.sections[name] = [start, this.length - start];
    const pad = (4 - (this.length % 4)) % 4;
    if (pad > 0) {
      this.parts.push(new Uint8Array(pad));
      this.length += pad;
    }
  }
}

/** Text encoded as UTF-8 into chunks of about 1 MB. */
class Utf8Chunks {
  private readonly full: Uint8Array[] = [];
  private chunk = new Uint8Array(1 << 20);
  private used = 0;
  /** Bytes written so far. */
  total = 0;

  /** Appends `text`; the bytes written so far. */
  write(text: string): number {
    if (this.chunk.length - this.used < text.length * 3) {
      this.full.push(this.chunk.subarray(0, this.used));
      this.chunk = new Uint8Array(Math.max(1 << 20, text.length * 3));
      this.used = 0;
    }
    const n = utf8In().encodeInto(text, this.chunk.subarray(this.used)).written;
    this.used += n;
    this.total += n;
    return this.total;
  }

  chunks(): Uint8Array[] {
    return [...this.full, this.chunk.subarray(0, this.used)];
  }
}

/** Parts one after another as one array (a reader's, or a test's, view of what a host writes). */
export function joinedBytes(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * A trie's term lists as numbers: for each list (`lists`) the ordinal of its id when it has one (nearly
 * all), else -1 - where it starts in `more`, which holds such lists as their length, then the ordinals
 * of their ids. A list is found by its number without a table of where each starts.
 */
function encodeTermLists(lists: readonly string[][], ordinal: ReadonlyMap<string, number>): { lists: Int32Array; more: Int32Array } {
  const of = (id: string): number => {
    const o = ordinal.get(id);
    if (o === undefined) throw new Error(`compiled form: id "${id}" of a trie is no entity's`);
    return o;
  };
  const out = new Int32Array(lists.length);
  const more: number[] = [];
  lists.forEach((l, i) => {
    if (l.length === 1) out[i] = of(l[0]);
    else {
      out[i] = -1 - more.length;
      more.push(l.length, ...l.map(of));
    }
  });
  return { lists: out, more: Int32Array.from(more) };
}

/** The length of `text` in UTF-8, as TextEncoder writes it (a lone surrogate as U+FFFD). */
function utf8Length(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) n += 1;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 2; // a pair: 4 bytes for 2 code units
      i++;
    } else n += 2;
  }
  return n;
}

/** Latin-1 text (what an id is: ASCII) from bytes, else UTF-8. */
function textOf(bytes: Uint8Array): string {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) return utf8Out().decode(bytes);
  return String.fromCharCode.apply(null, bytes as unknown as number[]);
}

/**
 * The compiled form of `lexicon`, compiled onto `base` for an index (CompileOptions.forIndex), with
 * `key` (the host's: what the form was made from), as parts to be written one after another (one
 * buffer of them all would be tens of MB more at the peak of a first load); undefined when its tries
 * are not kept (it was not compiled for an index, or they were taken already).
 */
export function encodeCompiledLexicon(lexicon: CompiledLexicon, base: CompiledLexicon | undefined, key: string): EncodedLexicon | undefined {
  const tries = keptTries(lexicon, base);
  if (tries === undefined) return undefined;
  const baseIds = base === undefined ? [] : entityIds(base);
  const ids = [...baseIds, ...lexicon.entities.map((e) => e.id)];
  const ordinal = new Map(ids.map((id, i) => [id, i]));
  const w = new Writer();
  // Everything but the entities, as JSON (a few thousand interactions at most: parsed whole).
  w.add('rest', utf8In().encode(JSON.stringify({ ...lexicon, entities: [] })));
  // The base's ids as JSON (a form is read back only onto the same), the lexicon's own as UTF-8, one after
  // another (idEnds): read when asked for (StoredTable.idAt), not 50,000 strings made at every start.
  w.add('baseIds', utf8In().encode(JSON.stringify(baseIds)));
  const ownIds = lexicon.entities.map((e) => e.id);
  let idEnd = 0;
  w.add('ids', utf8In().encode(ownIds.join('')));
  w.add('idEnds', Int32Array.from(ownIds, (id) => (idEnd += utf8Length(id))));
  // One file's entities (compileLexicon is given one source at a time by the hosts); else no form.
  const file = lexicon.entities[0]?.source?.file ?? '';
  if (!lexicon.entities.every((e) => e.source !== undefined && e.source.file === file)) return undefined;
  // Records and spellings encoded into chunks of 1 MB (no array per record, no big buffer copied as it grows).
  const records = new Utf8Chunks();
  const ends = new Int32Array(lexicon.entities.length);
  const spellings = new Utf8Chunks();
  // The spellings: each entity's joined by NUL (no spelling holds one: keys are made of text), ends in code units.
  const synonymEnds = new Int32Array(lexicon.entities.length);
  let synonymLength = 0;
  lexicon.entities.forEach((e, i) => {
    ends[i] = records.write(entityRecord(e));
    const joined = e.synonyms.join('\0');
    spellings.write(joined);
    synonymLength += joined.length;
    synonymEnds[i] = synonymLength;
  });
  w.add('synonymEnds', synonymEnds);
  w.add('ends', ends);
  w.add('links', utf8In().encode(JSON.stringify(entityLinks(lexicon.entities))));
  w.add('idSlots', idSlots(ownIds));
  w.add('lines', Int32Array.from(lexicon.entities, (e) => e.source?.line ?? 0));
  w.add('characters', Int32Array.from(lexicon.entities, (e) => e.source?.character ?? 0));
  for (const name of TRIES) {
    // Its nodes laid out for reading back a block at a time (Trie.laidOut; the tails as views of their pages).
    const p = tries[name].laidOut();
    for (const column of ['codes', 'firstChildren', 'nextSiblings', 'terms', 'rootChildren', 'rootWide', 'tailCodes'] as const) w.add(`${name}.${column}`, p[column]);
    const lists = encodeTermLists(p.termLists, ordinal);
    w.add(`${name}.termLists`, lists.lists);
    w.add(`${name}.termListsMore`, lists.more);
  }
  // The records last: a host that leaves them unread need not hold their place either (recordsSection).
  w.add('records', records.chunks());
  const header: Header = { key, baseEntities: baseIds.length, entities: lexicon.entities.length, file, sections: w.sections };
  const headerBytes = utf8In().encode(JSON.stringify(header));
  const head = new Uint8Array(16 + headerBytes.length + ((4 - (headerBytes.length % 4)) % 4));
  head.set(MAGIC, 0);
  const view = new DataView(head.buffer);
  view.setUint32(4, COMPILED_FORM_VERSION, true);
  new Uint32Array(head.buffer, 8, 1)[0] = BYTE_ORDER; // in the machine's order, as the arrays are
  view.setUint32(12, headerBytes.length, true);
  head.set(headerBytes, 16);
  const [at, length] = w.sections.records;
  return { form: [head, ...w.parts], spellings: spellings.chunks(), records: { start: head.length + at, length } };
}

/**
 * A compiled form: the form proper, as parts written one after another, and apart from it the
 * spellings' text (a check without hints never reads it: see EntityRecords.spellings).
 */
export interface EncodedLexicon {
  form: Uint8Array[];
  /** The spellings' text, as parts written one after another too. */
  spellings: Uint8Array[];
  /** Where the entities' records lie in the form (see recordsSection). */
  records: { start: number; length: number };
}

/**
 * How a host gives the records' section of a form it left unread (see recordsSection): `all` the whole
 * section; `part`, if it can, only bytes [from, to) of it, checked as the whole would be (a check may
 * need one record of 50,000). Either answers undefined when it cannot: `part` is then asked no more,
 * and `all` once.
 */
export interface RecordsReader {
  part?: (from: number, to: number) => Uint8Array | undefined;
  all: () => Uint8Array | undefined;
}

class Unfit extends Error {}

function need(ok: boolean): void {
  if (!ok) throw new Unfit();
}

/**
 * The lexicon the compiled form in `bytes` holds, if the form is whole, of this version and machine,
 * made with `key` and onto a base with `base`'s entities; its tries are kept for the index of
 * mergeLexicons(base, lexicon), as compiling keeps them. Undefined for anything else. `spellings`
 * gives the spellings' text written with it when first needed (undefined if it cannot: the spellings
 * are then made again from each entity's record). With `records`, the records' section of `bytes` is
 * not read (the host may have left it unread: see recordsSection): `records` gives it (or a record's part
 * of it: RecordsReader) when an entity's record is needed, and an entity read then without it is an error.
 * With `fill`, the sections lazySections names are not in `bytes` yet either (the host left them unread,
 * having checked them): `fill(from, to)` reads bytes [from, to) of the form into `bytes` in place, and
 * the tries read each block of their rows that way when first used (LazyRows); a block that cannot be
 * read then is an error.
 */
export function decodeCompiledLexicon(bytes: Uint8Array, base: CompiledLexicon | undefined, key: string, spellings: () => Uint8Array | undefined = () => undefined, records?: (() => Uint8Array | undefined) | RecordsReader, fill?: (from: number, to: number) => boolean): CompiledLexicon | undefined {
  try {
    if (fill !== undefined && bytes.byteOffset % 4 !== 0) {
      // (Copied to align it: every section is read first, into `bytes`.)
      for (const s of lazySections(bytes) ?? []) if (!fill(s.start, s.start + s.length)) return undefined;
      fill = undefined;
    }
    return decode(bytes, base, key, spellings, records, fill);
  } catch (err) {
    if (err instanceof Unfit || err instanceof SyntaxError || err instanceof TypeError || err instanceof RangeError) return undefined;
    throw err;
  }
}

/** A form's header, if `bytes` starts with one of this version and machine (the rest need not be there). */
function headerOf(bytes: Uint8Array): { header: Header; start: number } {
  need(bytes.length >= 16 && MAGIC.every((b, i) => bytes[i] === b) && bytes.byteOffset % 4 === 0);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  need(view.getUint32(4, true) === COMPILED_FORM_VERSION);
  need(new Uint32Array(bytes.buffer, bytes.byteOffset + 8, 1)[0] === BYTE_ORDER);
  const headerLength = view.getUint32(12, true);
  need(16 + headerLength <= bytes.length);
  const header = JSON.parse(utf8Out().decode(bytes.subarray(16, 16 + headerLength))) as Header;
  need(typeof header === 'object' && header !== null);
  return { header, start: 16 + headerLength + ((4 - (headerLength % 4)) % 4) };
}

/**
 * Where the entities' records lie in a form (from its start), given at least the form's header (its first
 * part as encoded, or its first bytes as stored); undefined if `head` is not the start of a form.
 */
export function recordsSection(head: Uint8Array): { start: number; length: number } | undefined {
  try {
    const { header, start } = headerOf(head.byteOffset % 4 === 0 ? head : new Uint8Array(head));
    const s = header.sections?.records;
    need(Array.isArray(s) && Number.isSafeInteger(s[0]) && Number.isSafeInteger(s[1]) && s[0] >= 0 && s[1] >= 0);
    return { start: start + s[0], length: s[1] };
  } catch (err) {
    if (err instanceof Unfit || err instanceof SyntaxError || err instanceof TypeError || err instanceof RangeError) return undefined;
    throw err;
  }
}

/**
 * The sections of a form a host may leave unread and give when asked (decodeCompiledLexicon's `fill`):
 * the columns of the tries' nodes and tails, most of a form's bytes, of which a check reads a few blocks.
 * From the form's header (its first bytes, `head`); undefined if `head` is not the start of a form.
 */
export function lazySections(head: Uint8Array): Array<{ start: number; length: number }> | undefined {
  try {
    const { header, start } = headerOf(head.byteOffset % 4 === 0 ? head : new Uint8Array(head));
    const out: Array<{ start: number; length: number }> = [];
    for (const name of TRIES) {
      for (const [column] of LAZY_COLUMNS) {
        const s = header.sections?.[`${name}.${column}`];
        need(Array.isArray(s) && Number.isSafeInteger(s[0]) && Number.isSafeInteger(s[1]) && s[0] >= 0 && s[1] >= 0);
        out.push({ start: start + s[0], length: s[1] });
      }
    }
    return out;
  } catch (err) {
    if (err instanceof Unfit || err instanceof SyntaxError || err instanceof TypeError || err instanceof RangeError) return undefined;
    throw err;
  }
}

/** The records' section of a form made from `lexicon` (encodeCompiledLexicon): each entity's record, in order. */
export function recordBytes(lexicon: CompiledLexicon): Uint8Array {
  const records = new Utf8Chunks();
  for (const e of lexicon.entities) records.write(entityRecord(e));
  return joinedBytes(records.chunks());
}

function decode(input: Uint8Array, base: CompiledLexicon | undefined, key: string, spellings: () => Uint8Array | undefined, given?: (() => Uint8Array | undefined) | RecordsReader, fill?: (from: number, to: number) => boolean): CompiledLexicon {
  // Typed arrays need their offsets aligned: a buffer that starts off a multiple of 4 is copied once
  // (into a new array: a Buffer's slice would be a view of the same memory).
  const bytes = input.byteOffset % 4 === 0 ? input : new Uint8Array(input);
  const { header, start } = headerOf(bytes);
  need(header.key === key);
  // (The base's ids, not its entities: a base read back from a form itself makes none.)
  const baseIds = base === undefined ? [] : entityIds(base);
  need(header.baseEntities === baseIds.length && Number.isInteger(header.entities) && header.entities >= 0);

  const section = (name: string, width: 1 | 2 | 4, count?: number): Uint8Array | Uint16Array | Int32Array => {
    const s = header.sections?.[name];
    need(Array.isArray(s) && Number.isInteger(s[0]) && Number.isInteger(s[1]) && s[0] >= 0 && s[1] >= 0 && s[0] % 4 === 0 && s[1] % width === 0);
    need(start + s[0] + s[1] + ((4 - (s[1] % 4)) % 4) <= bytes.length); // (and its padding: the form is whole)
    const offset = bytes.byteOffset + start + s[0];
    const n = s[1] / width;
    need(count === undefined || n === count);
    return width === 1 ? new Uint8Array(bytes.buffer, offset, n) : width === 2 ? new Uint16Array(bytes.buffer, offset, n) : new Int32Array(bytes.buffer, offset, n);
  };
  const json = (name: string): unknown => JSON.parse(utf8Out().decode(section(name, 1)));

  const formBaseIds = json('baseIds') as string[];
  need(Array.isArray(formBaseIds) && formBaseIds.length === baseIds.length);
  for (let i = 0; i < baseIds.length; i++) need(formBaseIds[i] === baseIds[i]);
  const idBytes = section('ids', 1) as Uint8Array;
  const idEnds = section('idEnds', 4, header.entities) as Int32Array;
  let previousEnd = 0;
  for (let i = 0; i < idEnds.length; i++) {
    need(idEnds[i] >= previousEnd && idEnds[i] <= idBytes.length);
    previousEnd = idEnds[i];
  }
  // The ids' text decoded once, when an id is first asked for (the index asks for thousands), each id a
  // slice of it; byte offsets are code unit offsets when it is all ASCII (ids are: the schema says so).
  let idText: string | null | undefined;
  const idAt = (i: number): string => {
    const from = i === 0 ? 0 : idEnds[i - 1];
    if (idText === undefined) {
      const text = utf8Out().decode(idBytes);
      idText = text.length === idBytes.length ? text : null;
    }
    return idText === null ? textOf(idBytes.subarray(from, idEnds[i])) : idText.slice(from, idEnds[i]);
  };
  /** The id of an ordinal of the tries' lists: the base's entities first, then the lexicon's. */
  const idOf = (o: number): string => (o < baseIds.length ? baseIds[o] : idAt(o - baseIds.length));
  const ids = baseIds.length + header.entities;
  // (Given apart, the records need not be in `bytes` at all: they are the form's last section.)
  const records: RecordsReader | undefined = typeof given === 'function' ? { all: given } : given;
  const recordsAt = header.sections?.records;
  need(Array.isArray(recordsAt) && Number.isInteger(recordsAt[1]) && recordsAt[1] >= 0);
  const recordsLength = recordsAt[1];
  const recordsInForm = records === undefined ? (section('records', 1) as Uint8Array) : undefined;
  let part = records?.part;
  let whole: Uint8Array | undefined = recordsInForm;
  const entityRecords: EntityRecords = {
    // From the form, or else asked of the host when needed: a record's bytes alone while it can give them, else the whole section once.
    bytes(from: number, to: number): Uint8Array {
      if (whole === undefined && part !== undefined) {
        const bytes = part(from, to);
        if (bytes !== undefined && bytes.length === to - from) return bytes;
        part = undefined;
      }
      if (whole === undefined) {
        const all = records?.all();
        if (all === undefined || all.length !== recordsLength) throw new Error(`the compiled form of ${header.file}: its entities' records could not be read back`);
        whole = all;
      }
      return whole.subarray(from, to);
    },
    ends: section('ends', 4, header.entities) as Int32Array,
    spellings,
    synonymEnds: section('synonymEnds', 4, header.entities) as Int32Array,
    lines: section('lines', 4, header.entities) as Int32Array,
    characters: section('characters', 4, header.entities) as Int32Array,
    file: header.file,
  };
  need(typeof header.file === 'string');
  const { ends, synonymEnds } = entityRecords;
  let previous = 0;
  for (let i = 0; i < ends.length; i++) {
    need(ends[i] >= previous && ends[i] <= recordsLength);
    previous = ends[i];
  }
  previous = 0;
  for (let i = 0; i < synonymEnds.length; i++) {
    need(synonymEnds[i] >= previous); // against the text's length when it is read (spellingText)
    previous = synonymEnds[i];
  }
  const lexicon = json('rest') as CompiledLexicon;
  need(typeof lexicon === 'object' && lexicon !== null && Array.isArray(lexicon.entities) && lexicon.entities.length === 0);
  need(Array.isArray(lexicon.interactions) && Array.isArray(lexicon.mechanisms) && Array.isArray(lexicon.sections) && Array.isArray(lexicon.references));
  const links = json('links') as EntityLinks;
  need(Array.isArray(links));
  let next = 0;
  for (const link of links) {
    need(Array.isArray(link) && Number.isInteger(link[0]) && link[0] >= next && link[0] < header.entities);
    next = link[0] + 1;
  }
  const slots = section('idSlots', 4) as Int32Array;
  need(slots.length >= Math.max(1, header.entities) && (slots.length & (slots.length - 1)) === 0);
  // The entities made when first asked for (by the index, by id), or all when the array of them is read.
  setLazyEntities(lexicon, [new StoredTable(idAt, header.entities, entityRecords, links, slots)]);

  // One list per entity that is alone at a key: the lists of one entity are the same array, as built.
  const singles = new Map<number, string[]>();
  const tries = {} as Omit<BuiltTries, 'mayShare'>;
  for (const name of TRIES) {
    const col = (c: string, width: 2 | 4, count?: number) => section(`${name}.${c}`, width, count);
    const codes = col('codes', 2) as Uint16Array;
    const nodes = codes.length;
    const parts: TrieParts = {
      codes,
      firstChildren: col('firstChildren', 4, nodes) as Int32Array,
      nextSiblings: col('nextSiblings', 4, nodes) as Int32Array,
      terms: col('terms', 4, nodes) as Int32Array,
      rootChildren: col('rootChildren', 4, 256) as Int32Array,
      rootWide: col('rootWide', 4) as Int32Array,
      tailCodes: col('tailCodes', 2) as Uint16Array,
      termLists: [],
    };
    // Each list checked now, made when a lookup first meets it (TrieParts.makeList; see encodeTermLists).
    const lists = col('termLists', 4) as Int32Array;
    const more = col('termListsMore', 4) as Int32Array;
    for (let i = 0; i < lists.length; i++) {
      const o = lists[i];
      if (o >= 0) {
        need(o < ids);
        continue;
      }
      const at = -1 - o;
      need(at < more.length);
      const n = more[at];
      need(n >= 1 && at + n < more.length);
      for (let k = 1; k <= n; k++) need(more[at + k] >= 0 && more[at + k] < ids);
    }
    parts.termLists = new Array<string[]>(lists.length);
    parts.makeList = (index) => {
      const o = lists[index];
      if (o < 0) return Array.from(more.subarray(-o, -o + more[-1 - o]), idOf);
      let list = singles.get(o);
      if (list === undefined) singles.set(o, (list = [idOf(o)]));
      return list;
    };
    if (fill === undefined) checkTrie(parts);
    else {
      // The columns' bytes are read a block of rows at a time, when first used, and each block's links checked then.
      checkRoot(parts);
      const at = (column: string): number => start + header.sections[`${name}.${column}`][0];
      const read = (from: number, to: number): void => {
        if (!(fill as (from: number, to: number) => boolean)(from, to)) throw new Error(`the compiled form of ${header.file}: its index could not be read back`);
      };
      parts.lazyNodes = {
        rows: nodes,
        load(first, end) {
          for (const [column, width] of LAZY_COLUMNS) if (column !== 'tailCodes') read(at(column) + first * width, at(column) + end * width);
          if (!rowsFit(parts, first, end)) throw new Error(`the compiled form of ${header.file}: its index is damaged`);
        },
      };
      parts.lazyTails = { rows: parts.tailCodes.length, load: (first, end) => read(at('tailCodes') + first * 2, at('tailCodes') + end * 2) };
    }
    tries[name] = new Trie(parts);
  }
  keepTries(lexicon, base, { ...tries, mayShare: false });
  return lexicon;
}

/** The root's links inside the trie, and its columns of one length (what a trie read lazily checks at once). */
function checkRoot(p: TrieParts): void {
  const nodes = p.codes.length;
  need(nodes >= 1 && p.tailCodes.length >= 1 && p.rootWide.length % 2 === 0);
  for (const c of p.rootChildren) need(c >= 0 && c < nodes);
  for (let k = 1; k < p.rootWide.length; k += 2) need(p.rootWide[k] > 0 && p.rootWide[k] < nodes);
}

/**
 * Whether the links of nodes [first, end) lie inside the trie (the nodes of a trie read lazily, as they
 * are read; its tails' runs are not read whole, and TrieTails reads past their end as the end of a run).
 */
function rowsFit(p: TrieParts, first: number, end: number): boolean {
  const nodes = p.codes.length;
  const tails = p.tailCodes.length;
  const lists = p.termLists.length;
  for (let i = first; i < end; i++) {
    const child = p.firstChildren[i];
    if (!(child < nodes && child > -tails && p.nextSiblings[i] >= 0 && p.nextSiblings[i] < nodes && p.terms[i] >= 0 && p.terms[i] <= lists)) return false;
  }
  return true;
}

/**
 * Every link of the trie inside it, so a damaged form cannot send a lookup out of bounds: each node's
 * links, and the tails read as runs (code units, then a 0 and a term number; TrieTails) one after
 * another to the end, every tail a node hangs from starting on a code unit of one.
 */
function checkTrie(p: TrieParts): void {
  const nodes = p.codes.length;
  const tails = p.tailCodes;
  const lists = p.termLists.length;
  checkRoot(p);
  // The code units of the tails (a bit each), runs read from position 1 (position 0 is no tail's).
  const units = new Int32Array((tails.length + 31) >>> 5);
  for (let at = 1; at < tails.length;) {
    const start = at;
    while (at < tails.length && tails[at] !== 0) {
      units[at >>> 5] |= 1 << (at & 31);
      at++;
    }
    need(at > start && at + RUN_END - 1 < tails.length);
    const term = tails[at + 1] | (tails[at + 2] << 16);
    need(term >= 1 && term <= lists);
    at += RUN_END;
  }
  for (let i = 0; i < nodes; i++) {
    const first = p.firstChildren[i];
    need(first < nodes && first > -tails.length && p.nextSiblings[i] >= 0 && p.nextSiblings[i] < nodes && p.terms[i] >= 0 && p.terms[i] <= lists);
    if (first < 0) need((units[-first >>> 5] & (1 << (-first & 31))) !== 0);
  }
}
