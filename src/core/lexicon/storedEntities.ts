/**
 * The entities of a compiled lexicon read back from the compiled-lexicon cache (compiledForm.ts), each
 * decoded when first used. A check touches a few hundred of a 50,000-entity user lexicon: making all of
 * them as objects (JSON.parse of 17 MB) costs more time and memory than the whole rest of the load.
 * An entity keeps its id; everything else is its compiled entry, parsed from its own JSON record on the
 * first read of any other field. A record leaves out the spellings, kept apart (the hints read every
 * entity's spellings and nothing else of it), and the source location (a column each). Whether it has attributes or a composite is known without parsing
 * (the index asks every entity), and JSON.stringify gives the compiled entry itself.
 */
import { fnv1a } from './stringHash';
import { synonymsOf } from './compile';
import type { EntityTable } from './entitySegments';
import type { CompiledEntity, EntityAttributes, EntityType, SourceLocation } from './types';

/**
 * What the index asks of every entity, kept apart from the records so that indexing parses none:
 * [entity ordinal, attributes, composite] for each entity with either (a few in a large lexicon).
 */
export type EntityLinks = Array<[number, EntityAttributes | undefined, CompiledEntity['composite'] | undefined]>;

export function entityLinks(entities: readonly CompiledEntity[]): EntityLinks {
  const out: EntityLinks = [];
  entities.forEach((e, i) => {
    if (e.attributes !== undefined || e.composite !== undefined) out.push([i, e.attributes, e.composite]);
  });
  return out;
}

/**
 * Each entity's compiled entry as UTF-8 JSON without synonyms and source, one after another (record i
 * ends at ends[i]); the source's line and character per entity, and its file (one lexicon file's).
 */
export interface EntityRecords {
  /** Bytes [from, to) of the records (a host may read a record's alone: see compiledForm.ts RecordsReader). */
  bytes(from: number, to: number): Uint8Array;
  ends: Int32Array;
  /**
   * Every entity's spellings, each entity's joined by NUL, as one UTF-8 text fetched (the host reads it
   * only now: a check without hints never needs it) and decoded on the first use; entity i's end in it
   * (UTF-16 code units) at synonymEnds[i]. Null once it could not be had: each entity's spellings are
   * then made again from its record, as compiling makes them.
   */
  spellings: () => Uint8Array | undefined;
  synonymEnds: Int32Array;
  synonymText?: string | null;
  lines: Int32Array;
  characters: Int32Array;
  file: string;
}

/** An entity's record: its compiled entry without what EntityRecords keeps apart. */
export function entityRecord(e: CompiledEntity): string {
  // A copy without them, not a replacer: JSON.stringify with a replacer function is several times slower.
  const { synonyms: _synonyms, source: _source, ...record } = e;
  return JSON.stringify(record);
}

// Not fatal: the host checked the bytes' integrity, and the fatal decoder is several times slower.
// Made when first used: a host without it (a bare sandbox) loads the core all the same.
let decoder: InstanceType<typeof TextDecoder> | undefined;

/** The spellings' text, or null when the host has it no more or it does not fit the ends. */
function spellingText(r: EntityRecords): string | null {
  const bytes = r.spellings();
  if (bytes === undefined) return null;
  const text = (decoder ??= new TextDecoder()).decode(bytes);
  return r.synonymEnds.length === 0 || r.synonymEnds[r.synonymEnds.length - 1] === text.length ? text : null;
}

export class StoredEntity implements CompiledEntity {
  #records: EntityRecords;
  #at: number;
  #entry: CompiledEntity | undefined;
  #synonyms: string[] | undefined;

  /**
   * What the index reads of every entity are plain fields, not getters: its loops over 50,000 entities
   * (bundled ones among them, plain objects) stay fast.
   */
  constructor(readonly id: string, records: EntityRecords, at: number, readonly attributes?: EntityAttributes, readonly composite?: CompiledEntity['composite']) {
    this.#records = records;
    this.#at = at;
  }

  /** The compiled entry, parsed from its record the first time. */
  #full(): CompiledEntity {
    if (this.#entry === undefined) {
      const r = this.#records;
      this.#entry = JSON.parse((decoder ??= new TextDecoder()).decode(r.bytes(this.#at === 0 ? 0 : r.ends[this.#at - 1], r.ends[this.#at]))) as CompiledEntity;
    }
    return this.#entry;
  }

  get type(): EntityType { return this.#full().type; }
  get label(): string { return this.#full().label; }
  get fullName(): string | undefined { return this.#full().fullName; }
  get variants(): string[] | undefined { return this.#full().variants; }
  get ambiguous(): string[] | undefined { return this.#full().ambiguous; }
  get plural(): boolean | undefined { return this.#full().plural; }
  get description(): string { return this.#full().description; }
  get sections(): string[] | undefined { return this.#full().sections; }
  get refs(): number[] { return this.#full().refs; }
  get identifiers(): CompiledEntity['identifiers'] { return this.#full().identifiers; }
  get note(): string | undefined { return this.#full().note; }
  /** The entity's part of the spellings' text, split when first asked for. */
  get synonyms(): string[] {
    if (this.#synonyms === undefined) {
      const r = this.#records;
      if (r.synonymText === undefined) r.synonymText = spellingText(r);
      if (r.synonymText === null) {
        const e = this.#full();
        this.#synonyms = synonymsOf(e.label, e.fullName, e.variants ?? []);
      } else {
        const part = r.synonymText.slice(this.#at === 0 ? 0 : r.synonymEnds[this.#at - 1], r.synonymEnds[this.#at]);
        this.#synonyms = part === '' ? [] : part.split('\0');
      }
    }
    return this.#synonyms;
  }

  get source(): SourceLocation {
    const r = this.#records;
    return { file: r.file, line: r.lines[this.#at], character: r.characters[this.#at] };
  }

  /** JSON.stringify writes the compiled entry, field for field in the order compiling gives them. */
  toJSON(): CompiledEntity {
    return { ...this.#full(), synonyms: this.synonyms, source: this.source };
  }
}

/**
 * An open-addressing table of `ids` (linear probing from fnv1a): for each slot, 1 + the ordinal of the
 * id there, or 0. At least twice as many slots as ids (a power of two), so a lookup probes a slot or two;
 * the last entity of an id has its slot (as a map of them keeps the last).
 */
export function idSlots(ids: readonly string[]): Int32Array {
  let size = 1;
  while (size < 2 * ids.length) size *= 2;
  const slots = new Int32Array(size);
  const mask = size - 1;
  ids.forEach((id, ordinal) => {
    let h = fnv1a(id) & mask;
    while (slots[h] !== 0 && ids[slots[h] - 1] !== id) h = (h + 1) & mask;
    slots[h] = ordinal + 1;
  });
  return slots;
}

/**
 * The entities of a compiled form read back (compiledForm.ts), each made when first asked for: by id
 * through the form's table of ids (idSlots), or all at once when the lexicon's array of entities is
 * read (see entitySegments.ts). Their links (attributes, composite) are what the index reads of each.
 */
export class StoredTable implements EntityTable {
  /** Entities made so far by ordinal; every one, once all were asked for. */
  private readonly made = new Map<number, StoredEntity>();
  private every: StoredEntity[] | undefined;

  /**
   * `idAt(i)` is entity i's id (made from the form's bytes each time it is asked for); `links` are
   * [ordinal, attributes, composite] for each entity with either, in order of ordinal (checked by the
   * caller); `slots` the ids' table (idSlots), a power of two long.
   */
  constructor(readonly idAt: (ordinal: number) => string, readonly size: number, private readonly records: EntityRecords, private readonly links: EntityLinks, private readonly slots: Int32Array) {}

  indexOf(id: string): number {
    const slots = this.slots;
    const mask = slots.length - 1;
    let h = fnv1a(id) & mask;
    for (let probes = 0; probes < slots.length; probes++, h = (h + 1) & mask) {
      const at = slots[h] - 1;
      if (at < 0) return -1;
      if (at < this.size && this.idAt(at) === id) return at;
    }
    return -1;
  }

  entity(ordinal: number): StoredEntity {
    if (this.every !== undefined) return this.every[ordinal];
    let e = this.made.get(ordinal);
    if (e === undefined) {
      const link = this.linkOf(ordinal);
      e = this.make(ordinal, link);
      this.made.set(ordinal, e);
    }
    return e;
  }

  all(): StoredEntity[] {
    if (this.every === undefined) {
      const every = new Array<StoredEntity>(this.size);
      let k = 0;
      for (let i = 0; i < this.size; i++) {
        while (k < this.links.length && this.links[k][0] < i) k++;
        every[i] = this.made.get(i) ?? this.make(i, k < this.links.length && this.links[k][0] === i ? this.links[k] : undefined);
      }
      this.every = every;
      this.made.clear();
    }
    return this.every;
  }

  forEachLinked(visit: (id: string, attributes: EntityAttributes | undefined, composite: CompiledEntity['composite']) => void): void {
    for (const [at, attributes, composite] of this.links) visit(this.idAt(at), attributes ?? undefined, composite ?? undefined);
  }

  private make(ordinal: number, link: EntityLinks[number] | undefined): StoredEntity {
    return link === undefined
      ? new StoredEntity(this.idAt(ordinal), this.records, ordinal)
      : new StoredEntity(this.idAt(ordinal), this.records, ordinal, link[1] ?? undefined, link[2] ?? undefined);
  }

  /** The link of an entity (binary search: the links are in order of ordinal), if it has one. */
  private linkOf(ordinal: number): EntityLinks[number] | undefined {
    let lo = 0;
    let hi = this.links.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.links[mid][0] < ordinal) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.links.length && this.links[lo][0] === ordinal ? this.links[lo] : undefined;
  }
}
