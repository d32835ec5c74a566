/**
 * A lexicon's entities as segments one after another: arrays (a compiled or the bundled lexicon's), and
 * tables of entities read back from a compiled form (storedEntities.ts StoredTable), which make an entity
 * only when it is asked for. A lexicon read back from the compiled-lexicon cache, and any lexicon merged
 * from one, makes its `entities` one array only when that is first read: a check never reads it (the
 * index asks the segments instead: EntityMap, forEachIndexed). For a 50,000-entity lexicon the array,
 * an object per entity and a map entry per id cost more than the rest of its load from the cache.
 */
import type { CompiledEntity, CompiledLexicon } from './types';

/** Entities made only when asked for (a StoredTable), by ordinal. */
export interface EntityTable {
  readonly size: number;
  idAt(ordinal: number): string;
  /** The ordinal of the (last) entity with this id, or -1. */
  indexOf(id: string): number;
  /** The entity, the same object each time. */
  entity(ordinal: number): CompiledEntity;
  /** Every entity, in order (made once). */
  all(): CompiledEntity[];
  /** What an index reads of every entity, for each entity with attributes or a composite, in order (the others have neither). */
  forEachLinked(visit: (id: string, attributes: CompiledEntity['attributes'], composite: CompiledEntity['composite']) => void): void;
}

export type EntitySegment = readonly CompiledEntity[] | EntityTable;

/** The segments of lexicons whose entities are made when first read. */
const lazy = new WeakMap<CompiledLexicon, readonly EntitySegment[]>();

const isTable = (s: EntitySegment): s is EntityTable => !Array.isArray(s);

/**
 * Makes `lexicon.entities` the entities of `segments`, one after another, as one array made when it is
 * first read (or when it is set: then it is what was set). Its place among the lexicon's fields stays
 * (JSON.stringify writes them in the same order).
 */
export function setLazyEntities(lexicon: CompiledLexicon, segments: readonly EntitySegment[]): void {
  lazy.set(lexicon, segments);
  let made: CompiledEntity[] | undefined;
  Object.defineProperty(lexicon, 'entities', {
    enumerable: true,
    configurable: true,
    get: () => (made ??= segments.flatMap((s) => (isTable(s) ? s.all() : s))),
    set: (value: CompiledEntity[]) => {
      made = value;
      lazy.delete(lexicon);
    },
  });
}

/** A lexicon's entities as segments: its lazy ones, or its array as the one segment. */
export function entitySegments(lexicon: CompiledLexicon): readonly EntitySegment[] {
  return lazy.get(lexicon) ?? [lexicon.entities];
}

/** Whether reading `lexicon.entities` would make an array of entities not made yet (see setLazyEntities). */
export function hasLazyEntities(lexicon: CompiledLexicon): boolean {
  return lazy.has(lexicon);
}

/** The ids of a lexicon's entities, in order, without making them. */
export function entityIds(lexicon: CompiledLexicon): string[] {
  const out: string[] = [];
  for (const s of entitySegments(lexicon)) {
    if (isTable(s)) for (let i = 0; i < s.size; i++) out.push(s.idAt(i));
    else for (const e of s) out.push(e.id);
  }
  return out;
}

/**
 * Calls `visit` with what an index reads of every entity (id, attributes, composite) for each entity of
 * the lexicon, in order, but those of a table that have neither attributes nor a composite (there is
 * nothing to read of them).
 */
export function forEachIndexed(lexicon: CompiledLexicon, visit: (id: string, attributes: CompiledEntity['attributes'], composite: CompiledEntity['composite']) => void): void {
  for (const s of entitySegments(lexicon)) {
    if (isTable(s)) s.forEachLinked(visit);
    else for (const e of s) visit(e.id, e.attributes, e.composite);
  }
}

/**
 * The entities of a lexicon by id, as a map of them would answer (the last entity of an id), each
 * looked up in the segments when first asked for: the arrays' entities in a map, the tables by their
 * own lookup. Anything but get and has makes the whole map once.
 */
export class EntityMap implements ReadonlyMap<string, CompiledEntity> {
  /** Lookups from the last segment to the first: a map for each run of arrays, the tables themselves. */
  private readonly lookups: Array<Map<string, CompiledEntity> | EntityTable> = [];
  /** The answers so far (null: none). */
  private readonly known = new Map<string, CompiledEntity | null>();
  private whole: Map<string, CompiledEntity> | undefined;

  constructor(private readonly lexicon: CompiledLexicon) {
    let run: Map<string, CompiledEntity> | undefined;
    for (const s of entitySegments(lexicon)) {
      if (isTable(s)) {
        if (run !== undefined) this.lookups.unshift(run);
        run = undefined;
        this.lookups.unshift(s);
      } else {
        run ??= new Map();
        for (const e of s) run.set(e.id, e);
      }
    }
    if (run !== undefined) this.lookups.unshift(run);
  }

  get(id: string): CompiledEntity | undefined {
    let found = this.known.get(id);
    if (found === undefined) {
      found = null;
      for (const l of this.lookups) {
        if (l instanceof Map) {
          const e = l.get(id);
          if (e !== undefined) {
            found = e;
            break;
          }
        } else {
          const at = l.indexOf(id);
          if (at >= 0) {
            found = l.entity(at);
            break;
          }
        }
      }
      this.known.set(id, found);
    }
    return found ?? undefined;
  }

  /** (Without making the entity: the index asks this of every near concept of every entity.) */
  has(id: string): boolean {
    const found = this.known.get(id);
    if (found !== undefined) return found !== null;
    for (const l of this.lookups) if (l instanceof Map ? l.has(id) : l.indexOf(id) >= 0) return true;
    return false;
  }

  /** The whole map, made from the lexicon's entities (all of them made now). */
  private full(): Map<string, CompiledEntity> {
    if (this.whole === undefined) {
      this.whole = new Map();
      for (const e of this.lexicon.entities) this.whole.set(e.id, e);
    }
    return this.whole;
  }

  get size(): number {
    return this.full().size;
  }

  entries(): MapIterator<[string, CompiledEntity]> {
    return this.full().entries();
  }

  keys(): MapIterator<string> {
    return this.full().keys();
  }

  values(): MapIterator<CompiledEntity> {
    return this.full().values();
  }

  [Symbol.iterator](): MapIterator<[string, CompiledEntity]> {
    return this.full()[Symbol.iterator]();
  }

  forEach(callback: (value: CompiledEntity, key: string, map: ReadonlyMap<string, CompiledEntity>) => void, thisArg?: unknown): void {
    for (const [id, e] of this.full()) callback.call(thisArg, e, id, this);
  }
}
