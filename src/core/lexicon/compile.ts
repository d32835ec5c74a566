/**
 * Turns lexicon source files into one compiled lexicon, checking what the schema cannot:
 * ids are unique, every id used is defined, variants are not silently shared, refs exist.
 */
import { fnv1a } from './stringHash';
import { LIMITS } from '../limits';
import { normalizeKey } from '../normalize';
import { keyOf, synonymKeys } from './keys';
import { moreIssues, parseLexiconFile, pathToPointer, type ParsedLexiconFile } from './parse';
import { entitySegments, hasLazyEntities, setLazyEntities } from './entitySegments';
import { buildTries, keepTries, passTries, type BuiltTries } from './lexiconTries';
import { signOf } from './relations';
import { expandVariant, generatesNoForms } from './variants';
import type {
  CompiledEntity, CompiledInteraction, CompiledLexicon, CompiledMechanism, LexiconIssue, ReferenceEntry, Section, SourceEntity,
} from './types';

export interface LexiconSourceText {
  file: string;
  text: string;
}

export interface CompileOptions {
  /** Already-loaded lexicon whose entities the new files may reference (the bundled review, for a user lexicon). */
  base?: CompiledLexicon;
  /** Check that every ref is in the references list (the bundled review's own files). */
  checkRefsAgainstReferences?: boolean;
  /**
   * The lexicon is to be indexed, merged onto `base` (a check, a map, the language server): the check
   * of shared spellings builds the index's tries and keeps them for the index of mergeLexicons(base,
   * lexicon) (see lexiconTries), so a large lexicon's spellings are keyed once. Without it the check
   * keys them for itself alone, which costs less when nothing is indexed (`mechlens lexicon`).
   */
  forIndex?: boolean;
}

export interface CompileResult {
  lexicon: CompiledLexicon;
  issues: LexiconIssue[];
}

export function emptyLexicon(): CompiledLexicon {
  return { version: 1, sections: [], references: [], entities: [], interactions: [], mechanisms: [] };
}

/** Every spelling of an entity, generated forms included, without duplicates. */
export function synonymsOf(label: string, fullName: string | undefined, variants: readonly string[]): string[] {
  // A handful of spellings each: a list searched beats a set made per entity (past 16, a set after all).
  const out: string[] = [];
  let seen: Set<string> | undefined;
  const one = (e: string): void => {
    if (seen !== undefined) {
      if (!seen.has(e)) {
        seen.add(e);
        out.push(e);
      }
    } else if (!out.includes(e)) {
      out.push(e);
      if (out.length > 16) seen = new Set(out);
    }
  };
  const take = (v: string): void => {
    if (generatesNoForms(v)) one(v); // most: no forms to generate, no list to make
    else for (const e of expandVariant(v)) one(e);
  };
  take(label);
  if (fullName) take(fullName);
  for (const v of variants) take(v);
  return out;
}

/** Appends without spreading: `push(...list)` passes every item as an argument and overflows the stack on a long list. */
function append<T>(target: T[], items: readonly T[] | undefined): void {
  for (const item of items ?? []) target.push(item);
}

/** At most `max` problems per file, then one line counting the rest. */
function capPerFile(issues: readonly LexiconIssue[], max: number): LexiconIssue[] {
  const out: LexiconIssue[] = [];
  const count = new Map<string, number>();
  for (const issue of issues) {
    const n = (count.get(issue.file) ?? 0) + 1;
    count.set(issue.file, n);
    if (n <= max) out.push(issue);
  }
  for (const [file, n] of count) if (n > max) out.push(moreIssues(file, n - max, max));
  return out;
}

export function compileLexicon(sources: readonly LexiconSourceText[], options: CompileOptions = {}): CompileResult {
  const parseIssues: LexiconIssue[] = [];
  const parsed: ParsedLexiconFile[] = [];
  for (const src of sources) {
    const outcome = parseLexiconFile(src.file, src.text);
    append(parseIssues, outcome.issues); // already capped per file by the parser
    if (outcome.parsed && outcome.issues.length === 0) parsed.push(outcome.parsed);
  }
  // The files that parsed cleanly: what the schema cannot check, each file's list capped like the parser's.
  const issues: LexiconIssue[] = [];
  const lexicon = emptyLexicon();
  const at = (p: ParsedLexiconFile, path: (string | number)[], message: string): void => {
    issues.push({ file: p.file, path: pathToPointer(path), ...p.locate(path), message });
  };

  const base = options.base;
  const entityById = new Map<string, CompiledEntity>((base?.entities ?? []).map((e) => [e.id, e]));
  /** The ids the base defines (a duplicate of one of them is "already in the bundled lexicon"). */
  const baseIds = new Set(entityById.keys());
  // Entity ids seen are entityById's keys (a set of them beside it would be 50,000 more entries to hash).
  const seenIds = { interactions: new Set((base?.interactions ?? []).map((i) => i.id)), mechanisms: new Set((base?.mechanisms ?? []).map((m) => m.id)) };

  // Pass 1: collect entries, catching duplicate ids.
  for (const p of parsed) {
    const d = p.data;
    if (d.review) lexicon.review = d.review;
    append(lexicon.sections, d.sections);
    append(lexicon.references, d.references);
    (d.entities ?? []).forEach((e, i) => {
      const loc = p.locate(['entities', i]);
      if (entityById.has(e.id)) {
        const first = baseIds.has(e.id) ? undefined : entityById.get(e.id)?.source;
        at(p, ['entities', i, 'id'], `duplicate entity id "${e.id}"${first ? ` (first defined at ${first.file}:${first.line + 1})` : ' (already in the bundled lexicon)'}`);
        return;
      }
      // The parsed entry itself becomes the compiled one (its own fields first, as a copy would have them):
      // a copy of each of 50,000 entries of different shapes is slow and doubles their memory.
      const compiled = e as CompiledEntity;
      compiled.synonyms = synonymsOf(e.label, e.fullName, e.variants ?? []);
      compiled.source = { file: p.file, line: loc.line, character: loc.character };
      entityById.set(e.id, compiled);
      lexicon.entities.push(compiled);
    });
    (d.interactions ?? []).forEach((x, i) => {
      if (seenIds.interactions.has(x.id)) return at(p, ['interactions', i, 'id'], `duplicate interaction id "${x.id}"`);
      seenIds.interactions.add(x.id);
      const compiled: CompiledInteraction = { ...x, sign: signOf(x.relation), provenance: x.provenance ?? 'stated', source: { file: p.file, ...p.locate(['interactions', i]) } };
      lexicon.interactions.push(compiled);
    });
    (d.mechanisms ?? []).forEach((m, i) => {
      if (seenIds.mechanisms.has(m.id)) return at(p, ['mechanisms', i, 'id'], `duplicate mechanism id "${m.id}"`);
      seenIds.mechanisms.add(m.id);
      const compiled: CompiledMechanism = { ...m, source: { file: p.file, ...p.locate(['mechanisms', i]) } };
      lexicon.mechanisms.push(compiled);
    });
  }

  const sectionIds = new Set([...(base?.sections ?? []), ...lexicon.sections].map((s: Section) => s.id));
  const refNumbers = new Set([...(base?.references ?? []), ...lexicon.references].map((r: ReferenceEntry) => r.number));
  const checkRefs = options.checkRefsAgainstReferences === true && refNumbers.size > 0;

  // Pass 2: every id used must be defined; lineage and composites must point at cells.
  // (One cell per tissue word: "bone" cannot name two cells.)
  const tissueMaker = new Map<string, string>();
  // (Each lesion is repaired by one process: two would make "the repair of X" name either.)
  const repairedBy = new Map<string, string>();
  for (const p of parsed) {
    const d = p.data;
    const needEntity = (id: string | undefined, path: (string | number)[], what: string, wantType?: string): void => {
      if (id === undefined) return;
      const e = entityById.get(id);
      if (!e) at(p, path, `unknown entity id "${id}" in ${what}`);
      else if (wantType && e.type !== wantType) at(p, path, `${what} must be a ${wantType}, but "${id}" is a ${e.type}`);
    };
    const needRefs = (refs: number[] | undefined, path: (string | number)[]): void => {
      if (!checkRefs) return;
      (refs ?? []).forEach((r, k) => { if (!refNumbers.has(r)) at(p, [...path, k], `reference [${r}] is not in the review's reference list`); });
    };
    const needSection = (id: string | undefined, path: (string | number)[]): void => {
      if (id !== undefined && sectionIds.size > 0 && !sectionIds.has(id)) at(p, path, `unknown section id "${id}"`);
    };
    (d.entities ?? []).forEach((e, i) => {
      const a = e.attributes ?? {};
      for (const key of ['derivesFrom', 'differentiatesInto'] as const) {
        (a[key] ?? []).forEach((id, k) => needEntity(id, ['entities', i, 'attributes', key, k], `attributes.${key}`, 'cell'));
      }
      (a.isA ?? []).forEach((id, k) => needEntity(id, ['entities', i, 'attributes', 'isA', k], 'attributes.isA'));
      (a.secretedBy ?? []).forEach((id, k) => needEntity(id, ['entities', i, 'attributes', 'secretedBy', k], 'attributes.secretedBy', 'cell'));
      needEntity(a.opposite, ['entities', i, 'attributes', 'opposite'], 'attributes.opposite', 'process');
      needEntity(a.activityProcess, ['entities', i, 'attributes', 'activityProcess'], 'attributes.activityProcess', 'process');
      needEntity(a.removes, ['entities', i, 'attributes', 'removes'], 'attributes.removes');
      needEntity(a.isoformOf, ['entities', i, 'attributes', 'isoformOf'], 'attributes.isoformOf', e.type);
      if (a.isoformOf === e.id) at(p, ['entities', i, 'attributes', 'isoformOf'], 'an entity is no isoform of itself');
      for (const key of ['isoformOf', 'removes'] as const) {
        const cycle = a[key] !== undefined && a[key] !== e.id ? linkCycle(e.id, key, entityById) : undefined;
        if (cycle) at(p, ['entities', i, 'attributes', key], `attributes.${key} goes round in a circle: ${cycle.join(' → ')}`);
      }
      (a.near ?? []).forEach((id, k) => {
        needEntity(id, ['entities', i, 'attributes', 'near', k], 'attributes.near');
        if (id === e.id) at(p, ['entities', i, 'attributes', 'near', k], 'an entity is not near itself');
      });
      (a.parts ?? []).forEach((id, k) => {
        needEntity(id, ['entities', i, 'attributes', 'parts', k], 'attributes.parts', 'process');
        if (id === e.id) at(p, ['entities', i, 'attributes', 'parts', k], 'a process is no part of itself');
      });
      if (a.repairs !== undefined && e.type !== 'process') at(p, ['entities', i, 'attributes', 'repairs'], `attributes.repairs is for processes, but "${e.id}" is a ${e.type}`);
      (a.repairs ?? []).forEach((id, k) => {
        const lesion = repairedBy.get(id);
        if (lesion !== undefined && lesion !== e.id) at(p, ['entities', i, 'attributes', 'repairs', k], `the repair of "${id}" is already "${lesion}"`);
        else repairedBy.set(id, e.id);
        needEntity(id, ['entities', i, 'attributes', 'repairs', k], 'attributes.repairs', 'disease');
      });
      if (e.composite) needEntity(e.composite.of, ['entities', i, 'composite', 'of'], 'composite.of', 'cell');
      if (a.formsTissue !== undefined && e.type !== 'cell') at(p, ['entities', i, 'attributes', 'formsTissue'], `attributes.formsTissue is for cells, but "${e.id}" is a ${e.type}`);
      (a.formsTissue ?? []).forEach((word, k) => {
        const other = tissueMaker.get(word);
        if (other !== undefined && other !== e.id) at(p, ['entities', i, 'attributes', 'formsTissue', k], `the tissue "${word}" is already made by "${other}"`);
        else tissueMaker.set(word, e.id);
      });
      (e.sections ?? []).forEach((s, k) => needSection(s, ['entities', i, 'sections', k]));
      needRefs(e.refs, ['entities', i, 'refs']);
      if (normalizeKey(e.label, false) === '') at(p, ['entities', i, 'label'], 'label has no letters or digits');
    });
    (d.interactions ?? []).forEach((x, i) => {
      needEntity(x.subject, ['interactions', i, 'subject'], 'the interaction subject');
      needEntity(x.object, ['interactions', i, 'object'], 'the interaction object');
      (x.via ?? []).forEach((id, k) => needEntity(id, ['interactions', i, 'via', k], 'via'));
      needEntity(x.context?.source, ['interactions', i, 'context', 'source'], 'context.source', 'cell');
      needEntity(x.context?.condition, ['interactions', i, 'context', 'condition'], 'context.condition');
      needSection(x.section, ['interactions', i, 'section']);
      needRefs(x.refs, ['interactions', i, 'refs']);
      if (x.subject === x.object) at(p, ['interactions', i, 'object'], `the interaction's subject and object are the same entity "${x.subject}"`);
    });
    (d.mechanisms ?? []).forEach((m, i) => {
      m.steps.forEach((s, k) => {
        needEntity(s.entity, ['mechanisms', i, 'steps', k, 'entity'], 'a mechanism step');
        if (k === 0 && s.relation !== undefined) at(p, ['mechanisms', i, 'steps', 0, 'relation'], 'the first step of a mechanism has no relation (nothing precedes it)');
        if (k > 0 && s.relation === undefined) at(p, ['mechanisms', i, 'steps', k], 'missing "relation": how the previous step acts on this one');
      });
      needSection(m.section, ['mechanisms', i, 'section']);
      needRefs(m.refs, ['mechanisms', i, 'refs']);
      needEntity(m.context?.source, ['mechanisms', i, 'context', 'source'], 'context.source', 'cell');
      needEntity(m.context?.condition, ['mechanisms', i, 'context', 'condition'], 'context.condition');
      if (m.net) {
        needEntity(m.net.object, ['mechanisms', i, 'net', 'object'], 'net.object');
        // The stated net effect must be what the chain's signs multiply to (neutral steps pass the sign on).
        const chain = m.steps.slice(1).reduce((product, s) => product * (signOf(s.relation ?? '') || 1), 1);
        const net = signOf(m.net.relation);
        if (net !== 0 && net !== chain) at(p, ['mechanisms', i, 'net', 'relation'], `the net effect "${m.net.relation}" does not follow from the steps, whose signs multiply to ${chain > 0 ? 'a promotion' : 'an inhibition'}`);
      }
    });
  }

  // For a lexicon to be indexed, the index's tries, built here for the check of shared spellings and
  // kept for the index (see lexiconTries). Not for one with problems already (never indexed).
  const tries = options.forIndex === true && issues.length === 0 && parseIssues.length === 0 ? triesOf(parsed, base, lexicon) : undefined;
  if ((tries === undefined || tries.mayShare) && mayShareSpellings(parsed, base)) checkSharedVariants(parsed, base, issues);
  const all = parseIssues;
  append(all, capPerFile(issues, LIMITS.lexiconMaxIssues));
  return { lexicon, issues: all };
}

/**
 * The circle an entity's single-valued link (its family, what it removes) leads back to it through, as
 * the ids passed ("a → b → a"); undefined when the links end. The judge follows these links and would
 * never arrive.
 */
function linkCycle(start: string, key: 'isoformOf' | 'removes', entityById: ReadonlyMap<string, CompiledEntity>): string[] | undefined {
  const path = [start];
  let at = entityById.get(start)?.attributes?.[key];
  while (at !== undefined && path.length <= entityById.size) {
    path.push(at);
    if (at === start) return path;
    if (path.indexOf(at) < path.length - 1) return undefined; // a circle that does not pass through start: its members report it
    at = entityById.get(at)?.attributes?.[key];
  }
  return undefined;
}

/**
 * The tries of base's then the new entities, kept for the index of the lexicon they are merged into;
 * undefined when an entry was not compiled (a duplicate id: the lexicon has a problem already).
 */
function triesOf(parsed: readonly ParsedLexiconFile[], base: CompiledLexicon | undefined, lexicon: CompiledLexicon): BuiltTries | undefined {
  for (const p of parsed) for (const e of p.data.entities ?? []) if ((e as Partial<CompiledEntity>).synonyms === undefined) return undefined;
  const entities = base ? [...base.entities, ...lexicon.entities] : lexicon.entities;
  const tries = buildTries(entities);
  keepTries(lexicon, base, tries);
  return tries;
}

/**
 * Whether two entities may share a spelling in a way checkSharedVariants reports: false when every
 * key is one entity's, or shared only by entities that all declare it ambiguous (then there is nothing
 * to report). Answered with a hash table of the keys in typed arrays: a map of half a million strings to
 * their owners is a good part of the time and memory of loading a large lexicon, and a good one has no
 * shared spelling to report. Errs towards true (the full check then decides).
 */
function mayShareSpellings(parsed: readonly ParsedLexiconFile[], base: CompiledLexicon | undefined): boolean {
  // Each entity once (the base's first), with its declared ambiguous spellings.
  const owners: CompiledEntity[] = [...(base?.entities ?? [])];
  const fromBase = owners.length;
  const declared: Array<readonly string[] | undefined> = owners.map((e) => e.ambiguous);
  for (const p of parsed) {
    for (const e of p.data.entities ?? []) {
      // Compiled in place: an entry without synonyms was not compiled (a duplicate id, already a problem;
      // the full check words the rest).
      const own = e as Partial<CompiledEntity> & SourceEntity;
      if (own.synonyms === undefined) return true;
      owners.push(own as CompiledEntity);
      declared.push(e.ambiguous);
    }
  }
  let count = 0;
  for (let o = 0; o < owners.length; o++) count += owners[o].synonyms.length + (declared[o]?.length ?? 0);
  let capacity = 16;
  while (capacity < count * 2) capacity *= 2;
  const mask = capacity - 1;
  /** 1 + the entry in each slot, 0 for an empty slot. */
  const slots = new Int32Array(capacity);
  // Each entry: its key's hash, its first owner and which of the owner's spellings made it (k ≥ 0 a
  // synonym, -1 - k the k-th declared ambiguous spelling): the key itself is worked out again on a hash
  // match, so no key string outlives its entity's turn.
  const entryHash = new Int32Array(count);
  const entryOwner = new Int32Array(count);
  const entrySpelling = new Int32Array(count);
  /** Bit 1: the first owner declared the spelling ambiguous; bit 2: more than one owner, all ambiguous. */
  const entryFlags = new Uint8Array(count);
  let entries = 0;
  const keyAt = (entry: number): string => {
    const owner = owners[entryOwner[entry]];
    const k = entrySpelling[entry];
    return k >= 0 ? keyOf(owner.synonyms[k]) : keyOf((declared[entryOwner[entry]] ?? [])[-1 - k]);
  };
  /** False when the key makes a problem possible. */
  const add = (key: string, owner: number, spelling: number, ambiguous: boolean): boolean => {
    if (key === '') return true;
    // (Signed, as the Int32Array of entries' hashes keeps it.)
    const h = fnv1a(key) | 0;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const at = slots[slot];
      if (at === 0) {
        const entry = entries++;
        entryHash[entry] = h;
        entryOwner[entry] = owner;
        entrySpelling[entry] = spelling;
        entryFlags[entry] = ambiguous ? 1 : 0;
        slots[slot] = entry + 1;
        return true;
      }
      const entry = at - 1;
      if (entryHash[entry] !== h || keyAt(entry) !== key) continue;
      if (owners[entryOwner[entry]].id === owners[owner].id) return true; // the same entity (or its duplicate) again
      if (entryFlags[entry] & 2) return ambiguous; // shared by ambiguous declarations so far: another one is fine
      if ((entryFlags[entry] & 1) && ambiguous) {
        entryFlags[entry] |= 2;
        return true;
      }
      return false;
    }
  };
  for (let o = 0; o < owners.length; o++) {
    const entity = owners[o];
    const ambiguous = declared[o] ?? [];
    // A base entity's synonyms listed as ambiguous count as declared (a new entity's are its own variants).
    const amb = o < fromBase && ambiguous.length > 0 ? new Set(ambiguous) : undefined;
    const { keys } = synonymKeys(entity);
    for (let k = 0; k < keys.length; k++) {
      // A key the entity made already (RYPL-43 and RYPL43) changes nothing.
      if (k <= 32 && keys.indexOf(keys[k]) < k) continue;
      if (!add(keys[k], o, k, amb?.has(entity.synonyms[k]) === true)) return true;
    }
    for (let k = 0; k < ambiguous.length; k++) if (!add(keyOf(ambiguous[k]), o, -1 - k, true)) return true;
  }
  return false;
}

/**
 * A spelling that resolves to two entities makes every mention of it a guess. It is allowed only when
 * every entity that uses it lists it under "ambiguous".
 *
 * Linear in the spellings: each key remembers only the ordinal of the first entity that spells it; who
 * that was (which spelling, written where) is worked out again only for a key two entities share.
 */
function checkSharedVariants(parsed: readonly ParsedLexiconFile[], base: CompiledLexicon | undefined, issues: LexiconIssue[]): void {
  interface Owner { id: string; ambiguous: boolean; spelling: string; place?: { p: ParsedLexiconFile; path: (string | number)[] } }
  const baseEntities = base?.entities ?? [];
  /** Entities after the base ones: their file and index. */
  const refs: Array<{ p: ParsedLexiconFile; i: number }> = [];
  const idOf = (ordinal: number): string => (ordinal < baseEntities.length ? baseEntities[ordinal].id : (() => { const r = refs[ordinal - baseEntities.length]; return (r.p.data.entities ?? [])[r.i].id; })());
  /** The spellings of an entity in the order they are added, each with whether it is declared ambiguous and where it is written. */
  function* spellingsOf(ordinal: number): Generator<Owner> {
    if (ordinal < baseEntities.length) {
      const e = baseEntities[ordinal];
      const amb = new Set(e.ambiguous ?? []);
      for (const s of e.synonyms) yield { id: e.id, ambiguous: amb.has(s), spelling: s };
      for (const s of amb) yield { id: e.id, ambiguous: true, spelling: s };
      return;
    }
    const { p, i } = refs[ordinal - baseEntities.length];
    const e = (p.data.entities ?? [])[i];
    const named: Array<[string, (string | number)[]]> = [[e.label, ['entities', i, 'label']]];
    if (e.fullName) named.push([e.fullName, ['entities', i, 'fullName']]);
    (e.variants ?? []).forEach((v, k) => named.push([v, ['entities', i, 'variants', k]]));
    for (const [v, path] of named) for (const s of expandVariant(v)) yield { id: e.id, ambiguous: false, spelling: s, place: { p, path } };
    for (const [k, v] of (e.ambiguous ?? []).entries()) yield { id: e.id, ambiguous: true, spelling: v, place: { p, path: ['entities', i, 'ambiguous', k] } };
  }
  /** The owner of a key as the first spelling of the entity that makes it. */
  const ownerOf = (ordinal: number, key: string): Owner => {
    for (const o of spellingsOf(ordinal)) if (keyOf(o.spelling) === key) return o;
    throw new Error(`lexicon: no spelling of "${idOf(ordinal)}" has the key "${key}"`);
  };
  const owners = new Map<string, number | Owner[]>();
  const addKey = (key: string, ordinal: number, id: string): void => {
    if (key === '') return;
    const known = owners.get(key);
    if (known === undefined) owners.set(key, ordinal);
    else if (typeof known === 'number') {
      if (idOf(known) !== id) owners.set(key, [ownerOf(known, key), ownerOf(ordinal, key)]);
    } else if (!known.some((o) => o.id === id)) known.push(ownerOf(ordinal, key));
  };
  const add = (spelling: string, ordinal: number, id: string): void => addKey(keyOf(spelling), ordinal, id);
  baseEntities.forEach((e, ordinal) => {
    for (const key of synonymKeys(e).keys) addKey(key, ordinal, e.id);
    for (const s of e.ambiguous ?? []) add(s, ordinal, e.id);
  });
  for (const p of parsed) {
    (p.data.entities ?? []).forEach((e, i) => {
      const ordinal = baseEntities.length + refs.push({ p, i }) - 1;
      // A compiled entry's synonyms are its spellings' forms in the same order (one whose id was a
      // duplicate was not compiled: its forms are made here).
      const own = e as Partial<CompiledEntity> & SourceEntity;
      if (own.synonyms !== undefined) {
        for (const key of synonymKeys(own as CompiledEntity).keys) addKey(key, ordinal, e.id);
      } else {
        for (const s of synonymsOf(e.label, e.fullName, e.variants ?? [])) add(s, ordinal, e.id);
      }
      for (const s of e.ambiguous ?? []) add(s, ordinal, e.id);
    });
  }
  for (const [key, list] of owners) {
    if (typeof list === 'number' || list.length < 2 || list.every((o) => o.ambiguous)) continue;
    const offender = list.find((o) => !o.ambiguous && o.place) ?? list.find((o) => o.place);
    if (!offender?.place) continue;
    const others = list.filter((o) => o !== offender).map((o) => `"${o.id}" (as "${o.spelling ?? key}")`).join(', ');
    const { p, path } = offender.place;
    issues.push({
      file: p.file, path: pathToPointer(path), ...p.locate(path),
      message: `variant "${offender.spelling ?? key}" of "${offender.id}" also names ${others}; list it under "ambiguous" in each entity if the sharing is intended`,
    });
  }
}

/** Adds a checked extra lexicon (a user's) on top of a base one. */
export function mergeLexicons(base: CompiledLexicon, extra: CompiledLexicon): CompiledLexicon {
  // Entities read back from a compiled form are made when first asked for: merged, they stay so (entitySegments.ts).
  const lazy = hasLazyEntities(base) || hasLazyEntities(extra);
  const merged: CompiledLexicon = {
    version: 1,
    review: base.review ?? extra.review,
    sections: [...base.sections, ...extra.sections],
    references: [...base.references, ...extra.references],
    entities: lazy ? [] : [...base.entities, ...extra.entities],
    interactions: [...base.interactions, ...extra.interactions],
    mechanisms: [...base.mechanisms, ...extra.mechanisms],
  };
  if (lazy) setLazyEntities(merged, [...entitySegments(base), ...entitySegments(extra)]);
  passTries(base, extra, merged); // the tries compileLexicon built for base then extra are merged's
  return merged;
}
