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
 * The entities' records are most of a form (14 of 41 MB for 50,000 entities) and a check may use none of
 * them (a draft that names no term of the user's lexicon): a host may leave their section unread
 * (`recordsSection` says where it is) and give them when the first entity's record is needed.
 */
import { Trie, type TrieParts } from '../entities/trie';
import { keepTries, keptTries, type BuiltTries } from './lexiconTries';
import { entityLinks, entityRecord, StoredEntity, type EntityLinks, type EntityRecords } from './storedEntities';
import type { CompiledLexicon } from './types';

/** Bump when the layout, or what a compiled lexicon holds, changes: an older file is then compiled again. */
export const COMPILED_FORM_VERSION = 1;

const MAGIC = [0x4d, 0x4c, 0x43, 0x4c]; // "MLCL"
const BYTE_ORDER = 0x01020304;
const TRIES = ['caseTrie', 'foldTrie', 'actionTrie'] as const;

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

/** A trie's term lists as numbers: for each list its length, then the ordinals of its ids. */
function encodeTermLists(lists: readonly string[][], ordinal: ReadonlyMap<string, number>): Int32Array {
  let n = 0;
  for (const l of lists) n += 1 + l.length;
  const out = new Int32Array(n);
  let at = 0;
  for (const l of lists) {
    out[at++] = l.length;
    for (const id of l) {
      const o = ordinal.get(id);
      if (o === undefined) throw new Error(`compiled form: id "${id}" of a trie is no entity's`);
      out[at++] = o;
    }
  }
  return out;
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
  const baseEntities = base?.entities ?? [];
  const ids = [...baseEntities.map((e) => e.id), ...lexicon.entities.map((e) => e.id)];
  const ordinal = new Map(ids.map((id, i) => [id, i]));
  const w = new Writer();
  // Everything but the entities, as JSON (a few thousand interactions at most: parsed whole).
  w.add('rest', utf8In().encode(JSON.stringify({ ...lexicon, entities: [] })));
  w.add('ids', utf8In().encode(JSON.stringify(ids)));
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
  w.add('records', records.chunks());
  w.add('synonymEnds', synonymEnds);
  w.add('ends', ends);
  w.add('links', utf8In().encode(JSON.stringify(entityLinks(lexicon.entities))));
  w.add('lines', Int32Array.from(lexicon.entities, (e) => e.source?.line ?? 0));
  w.add('characters', Int32Array.from(lexicon.entities, (e) => e.source?.character ?? 0));
  for (const name of TRIES) {
    const p = tries[name].toChunks(); // views of the trie's pages: written as they are, not copied
    for (const column of ['codes', 'firstChildren', 'nextSiblings', 'terms', 'rootChildren', 'rootWide', 'tailCodes', 'tailTerms'] as const) w.add(`${name}.${column}`, p[column]);
    w.add(`${name}.termLists`, encodeTermLists(p.termLists, ordinal));
  }
  const header: Header = { key, baseEntities: baseEntities.length, entities: lexicon.entities.length, file, sections: w.sections };
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
 * not read (the host may have left it unread: see recordsSection): `records` gives it when an entity's
 * record is first needed, and an entity read then without it is an error.
 */
export function decodeCompiledLexicon(bytes: Uint8Array, base: CompiledLexicon | undefined, key: string, spellings: () => Uint8Array | undefined = () => undefined, records?: () => Uint8Array | undefined): CompiledLexicon | undefined {
  try {
    return decode(bytes, base, key, spellings, records);
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

/** The records' section of a form made from `lexicon` (encodeCompiledLexicon): each entity's record, in order. */
export function recordBytes(lexicon: CompiledLexicon): Uint8Array {
  const records = new Utf8Chunks();
  for (const e of lexicon.entities) records.write(entityRecord(e));
  return joinedBytes(records.chunks());
}

function decode(input: Uint8Array, base: CompiledLexicon | undefined, key: string, spellings: () => Uint8Array | undefined, records?: () => Uint8Array | undefined): CompiledLexicon {
  // Typed arrays need their offsets aligned: a buffer that starts off a multiple of 4 is copied once
  // (into a new array: a Buffer's slice would be a view of the same memory).
  const bytes = input.byteOffset % 4 === 0 ? input : new Uint8Array(input);
  const { header, start } = headerOf(bytes);
  need(header.key === key);
  const baseEntities = base?.entities ?? [];
  need(header.baseEntities === baseEntities.length && Number.isInteger(header.entities) && header.entities >= 0);

  const section = (name: string, width: 1 | 2 | 4, count?: number): Uint8Array | Uint16Array | Int32Array => {
    const s = header.sections?.[name];
    need(Array.isArray(s) && Number.isInteger(s[0]) && Number.isInteger(s[1]) && s[0] >= 0 && s[1] >= 0 && s[0] % 4 === 0 && s[1] % width === 0);
    need(start + s[0] + s[1] <= bytes.length);
    const offset = bytes.byteOffset + start + s[0];
    const n = s[1] / width;
    need(count === undefined || n === count);
    return width === 1 ? new Uint8Array(bytes.buffer, offset, n) : width === 2 ? new Uint16Array(bytes.buffer, offset, n) : new Int32Array(bytes.buffer, offset, n);
  };
  const json = (name: string): unknown => JSON.parse(utf8Out().decode(section(name, 1)));

  const ids = json('ids') as string[];
  need(Array.isArray(ids) && ids.length === baseEntities.length + header.entities && ids.every((id) => typeof id === 'string'));
  for (let i = 0; i < baseEntities.length; i++) need(ids[i] === baseEntities[i].id);
  const recordsInForm = section('records', 1) as Uint8Array;
  const recordsLength = recordsInForm.length;
  let recordsGiven: Uint8Array | undefined;
  const entityRecords: EntityRecords = {
    // The records' section, from the form or else asked of the host when first needed (see records).
    get bytes(): Uint8Array {
      if (records === undefined) return recordsInForm;
      if (recordsGiven === undefined) {
        const given = records();
        if (given === undefined || given.length !== recordsLength) throw new Error(`the compiled form of ${header.file}: its entities' records could not be read back`);
        recordsGiven = given;
      }
      return recordsGiven;
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
  for (const [at, attributes, composite] of links) {
    need(Number.isInteger(at) && at >= next && at < header.entities);
    for (; next < at; next++) lexicon.entities.push(new StoredEntity(ids[baseEntities.length + next], entityRecords, next));
    lexicon.entities.push(new StoredEntity(ids[baseEntities.length + at], entityRecords, at, attributes ?? undefined, composite ?? undefined));
    next = at + 1;
  }
  for (; next < header.entities; next++) lexicon.entities.push(new StoredEntity(ids[baseEntities.length + next], entityRecords, next));

  // One list per entity that is alone at a key: the lists of one entity are the same array, as built.
  const singles: Array<string[] | undefined> = new Array(ids.length);
  const tries = {} as Omit<BuiltTries, 'mayShare'>;
  for (const name of TRIES) {
    const col = (c: string, width: 2 | 4, count?: number) => section(`${name}.${c}`, width, count);
    const codes = col('codes', 2) as Uint16Array;
    const nodes = codes.length;
    const tailCodes = col('tailCodes', 2) as Uint16Array;
    const parts: TrieParts = {
      codes,
      firstChildren: col('firstChildren', 4, nodes) as Int32Array,
      nextSiblings: col('nextSiblings', 4, nodes) as Int32Array,
      terms: col('terms', 4, nodes) as Int32Array,
      rootChildren: col('rootChildren', 4, 256) as Int32Array,
      rootWide: col('rootWide', 4) as Int32Array,
      tailCodes,
      tailTerms: col('tailTerms', 4, tailCodes.length) as Int32Array,
      termLists: [],
    };
    // Each list checked now, made when a lookup first meets it (TrieParts.makeList): where it starts.
    const encoded = col('termLists', 4) as Int32Array;
    const starts = new Int32Array(encoded.length);
    let lists = 0;
    for (let at = 0; at < encoded.length;) {
      starts[lists++] = at;
      const n = encoded[at++];
      need(n >= 1 && at + n <= encoded.length);
      for (let k = 0; k < n; k++) need(encoded[at + k] >= 0 && encoded[at + k] < ids.length);
      at += n;
    }
    parts.termLists = new Array<string[]>(lists);
    parts.makeList = (index) => {
      const at = starts[index] + 1;
      const n = encoded[at - 1];
      return n === 1 ? (singles[encoded[at]] ??= [ids[encoded[at]]]) : Array.from(encoded.subarray(at, at + n), (o) => ids[o]);
    };
    checkTrie(parts);
    tries[name] = new Trie(parts);
  }
  keepTries(lexicon, base, { ...tries, mayShare: false });
  return lexicon;
}

/** Every link of the trie inside it, so a damaged form cannot send a lookup out of bounds. */
function checkTrie(p: TrieParts): void {
  const nodes = p.codes.length;
  const tails = p.tailCodes.length;
  const lists = p.termLists.length;
  need(nodes >= 1 && tails >= 1 && p.rootWide.length % 2 === 0);
  for (let i = 0; i < nodes; i++) {
    const first = p.firstChildren[i];
    need(first < nodes && first > -tails && p.nextSiblings[i] >= 0 && p.nextSiblings[i] < nodes && p.terms[i] >= 0 && p.terms[i] <= lists);
  }
  for (let i = 0; i < tails; i++) need(p.tailTerms[i] >= 0 && p.tailTerms[i] <= lists);
  for (const c of p.rootChildren) need(c >= 0 && c < nodes);
  for (let k = 1; k < p.rootWide.length; k += 2) need(p.rootWide[k] > 0 && p.rootWide[k] < nodes);
}
