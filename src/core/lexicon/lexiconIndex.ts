/**
 * Everything the analyser looks up, built once per lexicon: entities by id, interactions by pair,
 * lineage ancestry, and the two tries (case-kept symbols, case-folded words) the matcher walks.
 */
import { characterRelatable } from '../inflammatoryCharacter';
import { CAPACITY_ACTION_HEADS } from '../entities/capacityFrames';
import { Trie, type TrieData } from '../entities/trie';
import { EntityMap, forEachIndexed, hasLazyEntities } from './entitySegments';
import { buildTries, takeTries } from './lexiconTries';
import { SYMMETRIC_RELATIONS } from './relations';
import { pluralOf } from './variants';
import type { NumberedClass } from '../entities/numberedMembers';
import type { TissueCell } from '../entities/lineageTissues';
import type { CompiledEntity, CompiledInteraction, CompiledLexicon, CompiledMechanism } from './types';

export interface LexiconIndex {
  readonly lexicon: CompiledLexicon;
  readonly entities: ReadonlyMap<string, CompiledEntity>;
  /** Interactions keyed "subject|object". */
  readonly byPair: ReadonlyMap<string, CompiledInteraction[]>;
  readonly bySubject: ReadonlyMap<string, CompiledInteraction[]>;
  readonly byObject: ReadonlyMap<string, CompiledInteraction[]>;
  readonly mechanismsByEntity: ReadonlyMap<string, CompiledMechanism[]>;
  /** Cells each cell may come from, transitively (lineage claims). */
  readonly ancestors: ReadonlyMap<string, ReadonlySet<string>>;
  /** Case-kept keys (symbols) and case-folded keys (words). */
  readonly caseTrie: Trie;
  readonly foldTrie: Trie;
  /** Case-folded actions of composite processes, ending at the composite ids that use them. */
  readonly actionTrie: Trie;
  /** Entities that name a given class in attributes.isA ("macrophage" → M1 and M2 macrophages). */
  readonly members: ReadonlyMap<string, readonly string[]>;
  /** For each cell, the composite processes acting on it by action word ("proliferation" → msc-proliferation). */
  readonly compositeActions: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /**
   * Could the judge say anything about a claim linking these two entities (in either direction)?
   * Sentences whose entities are never related are not worth reading for claims.
   */
  relatable(a: string, b: string): boolean;
  /** Is `id` a category: a class the review states nothing of itself, only of its members ("cytokines")? */
  isCategory(id: string): boolean;
  /**
   * What the review states from `a` (or its class, members, near concepts) to `b` (or the process of
   * its activity, its opposite, its processes, its near concepts): the statements a sign-neutral claim
   * "a regulates b" is supported by.
   */
  statementsBetween(a: string, b: string): CompiledInteraction[];
  /** The statements of a about b, and those of b about a whose relation holds both ways round ("binds"). */
  statementsOfPair(a: string, b: string): CompiledInteraction[];
  /**
   * Two statements that join `a` to `b` through one entity between them ("MSC EVs promote M2 polarization",
   * "M2 polarization resolves inflammation"): how the review relates a pair it never names together. The
   * first chain found, as its two statements; empty when there is none.
   */
  chainBetween(a: string, b: string): CompiledInteraction[];
  /** The classes of an entity (attributes.isA, and theirs), nearest first. */
  classesOf(id: string): readonly string[];
  /** Near concepts of an entity (attributes.near, made symmetric). */
  readonly near: ReadonlyMap<string, readonly string[]>;
  /** Loss-of-function entities that remove an entity (macrophage → macrophage depletion). */
  readonly removers: ReadonlyMap<string, readonly string[]>;
  /**
   * The cells whose activity a process is (osteoclastogenesis → osteoclasts and their precursors): what
   * the review says of a cell ("IL-10 inhibits osteoclasts") bears on a claim about its process.
   */
  readonly performers: ReadonlyMap<string, readonly string[]>;
  /**
   * The cell a capacity belongs to (msc-immunomodulation → msc): a composite process whose main spelling
   * names what its cell can do ("immunomodulatory capacity", "osteogenic potential"). What the capacity does, the
   * cell does through it ("MSCs' immunomodulatory capabilities induce M2 polarization").
   */
  readonly capacityOwners: ReadonlyMap<string, string>;
  /** Classes named with a number per member (attributes.numberedMembers), one row per spelling, longest first. */
  readonly numberedClasses: readonly NumberedClass[];
  /**
   * Words for the tissue a cell makes (attributes.formsTissue, "bone" → osteoblast), in lower case, the longest
   * first: what a cell differentiates into may be named by its tissue (lineageTissues.ts).
   */
  readonly tissueCells: readonly TissueCell[];
  /**
   * Each lesion whose repair a process names (attributes.repairs), with the kinds of that lesion, → the
   * process: "the repair of critical-sized calvarial defects" names bone repair (lesionRepairs.ts).
   */
  readonly lesionRepairs: ReadonlyMap<string, string>;

  /** Every spelling the matcher knows, with its entity: for completion, hints, grammar. */
  readonly spellings: ReadonlyArray<{ text: string; id: string }>;
}

/** The spellings of the numbered classes, in lower case, the longest first ("microrna" before "mir"). */
function numberedClassesOf(ids: readonly string[], entities: ReadonlyMap<string, CompiledEntity>): NumberedClass[] {
  const rows: NumberedClass[] = [];
  for (const id of ids) {
    const seen = new Set<string>();
    for (const s of entities.get(id)?.synonyms ?? []) {
      const spelling = s.toLowerCase();
      if (!seen.has(spelling)) rows.push({ spelling, id });
      seen.add(spelling);
    }
  }
  return rows.sort((a, b) => b.spelling.length - a.spelling.length);
}

/**
 * The three tries of a lexicon's index as plain data. The build writes the bundled lexicon's
 * (generated/lexicon-tries.json), so a start with the bundled lexicon alone reads them instead of
 * generating and inserting every spelling; they belong to that lexicon and to no other.
 */
export interface IndexTries {
  caseTrie: TrieData;
  foldTrie: TrieData;
  actionTrie: TrieData;
}

export function indexTries(index: LexiconIndex): IndexTries {
  return { caseTrie: index.caseTrie.toData(), foldTrie: index.foldTrie.toData(), actionTrie: index.actionTrie.toData() };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** A cell's action as written, and with its last word in the plural ("immunomodulatory capacities"). */
function actionForms(action: string): string[] {
  const space = action.lastIndexOf(' ');
  const last = action.slice(space + 1);
  const plural = /s$/.test(last) ? undefined : pluralOf(last);
  return plural === undefined ? [action] : [action, action.slice(0, space + 1) + plural];
}

/** The index of `lexicon`; `tries`, when given, are its tries as the build made them (see IndexTries). */
export function buildIndex(lexicon: CompiledLexicon, tries?: IndexTries): LexiconIndex {
  // By id: a map of the entities, or, for a lexicon with entities read back from a compiled form (made
  // when first asked for), a map that asks its segments (entitySegments.ts).
  let entities: ReadonlyMap<string, CompiledEntity>;
  if (hasLazyEntities(lexicon)) entities = new EntityMap(lexicon);
  else {
    const byId = new Map<string, CompiledEntity>();
    for (const e of lexicon.entities) byId.set(e.id, e);
    entities = byId;
  }
  // What the entities' attributes and composites say, in one pass: a large user lexicon has tens of
  // thousands of entities and few with either, so each is looked at once (and an entity with neither
  // costs two field reads, no list made to loop over).
  const nearSets = new Map<string, Set<string>>();
  const removers = new Map<string, string[]>();
  const performers = new Map<string, string[]>();
  const members = new Map<string, string[]>();
  const compositeActions = new Map<string, Map<string, string>>();
  const capacityOwners = new Map<string, string>();
  const numberedClassIds: string[] = [];
  const tissueCells: TissueCell[] = [];
  const repairedLesions: Array<{ process: string; lesion: string }> = [];
  // Lineage: parent → child edges from attributes (here) and from differentiates-into interactions (below).
  const parents = new Map<string, Set<string>>();
  const addEdge = (parent: string, child: string): void => {
    const set = parents.get(child) ?? new Set<string>();
    set.add(parent);
    parents.set(child, set);
  };
  forEachIndexed(lexicon, (id, attributes, composite) => {
    if (attributes !== undefined) {
      for (const other of attributes.near ?? []) {
        if (!entities.has(other)) continue;
        for (const [a, b] of [[id, other], [other, id]]) {
          const set = nearSets.get(a) ?? new Set<string>();
          set.add(b);
          nearSets.set(a, set);
        }
      }
      if (attributes.removes) push(removers, attributes.removes, id);
      if (attributes.activityProcess) push(performers, attributes.activityProcess, id);
      for (const p of attributes.derivesFrom ?? []) addEdge(p, id);
      for (const c of attributes.differentiatesInto ?? []) addEdge(id, c);
      for (const parent of attributes.isA ?? []) push(members, parent, id);
      if (attributes.numberedMembers === true) numberedClassIds.push(id);
      for (const word of attributes.formsTissue ?? []) tissueCells.push({ word: word.toLowerCase(), id });
      for (const lesion of attributes.repairs ?? []) repairedLesions.push({ process: id, lesion });
    }
    if (composite) {
      const actions = compositeActions.get(composite.of) ?? new Map<string, string>();
      // ("their immunomodulatory capacities": an action written in the plural is the same action.)
      for (const a of composite.action) for (const form of actionForms(a.toLowerCase())) if (!actions.has(form)) actions.set(form, id);
      compositeActions.set(composite.of, actions);
      // (By its first, main spelling: "osteogenic potential" is only one way to say osteogenic differentiation,
      // a process of its own, while MSC immunomodulation is first of all the cells' "immunomodulatory activity".)
      if (composite.action.length > 0 && namesCapacity(composite.action[0])) capacityOwners.set(id, composite.of);
    }
  });
  const numberedClasses = numberedClassesOf(numberedClassIds, entities);
  tissueCells.sort((x, y) => y.word.length - x.word.length);
  const lesionRepairs = lesionRepairsOf(repairedLesions, members);
  const near = new Map([...nearSets].map(([id, set]) => [id, [...set]]));
  const byPair = new Map<string, CompiledInteraction[]>();
  const bySubject = new Map<string, CompiledInteraction[]>();
  const byObject = new Map<string, CompiledInteraction[]>();
  for (const x of lexicon.interactions) {
    push(byPair, `${x.subject}|${x.object}`, x);
    push(bySubject, x.subject, x);
    push(byObject, x.object, x);
  }
  const mechanismsByEntity = new Map<string, CompiledMechanism[]>();
  for (const m of lexicon.mechanisms) for (const id of new Set(m.steps.map((s) => s.entity))) push(mechanismsByEntity, id, m);

  for (const x of lexicon.interactions) if (x.relation === 'differentiates-into') addEdge(x.subject, x.object);
  const ancestors = new LazyAncestors(parents);

  const { caseTrie, foldTrie, actionTrie } = tries
    ? { caseTrie: new Trie(tries.caseTrie), foldTrie: new Trie(tries.foldTrie), actionTrie: new Trie(tries.actionTrie) }
    : takeTries(lexicon) ?? buildTries(lexicon.entities);
  // The classes of an entity, nearest first, through classes of classes (TGF-β1 → TGF-β → growth factors).
  const classCache = new Map<string, string[]>();
  const classesOf = (id: string): readonly string[] => {
    let out = classCache.get(id);
    if (out) return out;
    out = [];
    const queue = [...(entities.get(id)?.attributes?.isA ?? [])];
    while (queue.length > 0) {
      const c = queue.shift() as string;
      if (c === id || out.includes(c)) continue;
      out.push(c);
      queue.push(...(entities.get(c)?.attributes?.isA ?? []));
    }
    classCache.set(id, out);
    return out;
  };
  // Everything the judge may substitute for an entity: its classes and members, the process standing for
  // a cell's activity and its opposite, the processes of a cell ("migration of co-cultured MSCs") and the
  // parts of a process. (Sign-neutral readings only: statementsBetween and relatable.)
  const isCategory = (id: string): boolean => (members.get(id)?.length ?? 0) > 0 && !bySubject.has(id) && !byObject.has(id);
  const expansions = new Map<string, Set<string>>();
  const expand = (id: string): Set<string> => {
    let set = expansions.get(id);
    if (set) return set;
    set = new Set([id]);
    for (const p of classesOf(id)) set.add(p); // TGF-β1 → TGF-β → growth factors
    for (const m of members.get(id) ?? []) set.add(m);
    // ("Cytokines regulate macrophage polarization": a category the review says nothing of itself, only of
    // its groups' members — IL-4 of the anti-inflammatory cytokines — reaches those members too.)
    if (isCategory(id)) for (const group of members.get(id) ?? []) for (const m of members.get(group) ?? []) set.add(m);
    for (const n of near.get(id) ?? []) set.add(n);
    for (const r of removers.get(id) ?? []) set.add(r);
    const removes = entities.get(id)?.attributes?.removes;
    if (removes !== undefined) set.add(removes); // "macrophage depletion" is read through macrophages
    for (const x of [...set]) {
      const ent = entities.get(x);
      const activity = ent?.attributes?.activityProcess;
      if (activity) set.add(activity);
      if (ent?.attributes?.opposite) set.add(ent.attributes.opposite);
      if (activity && entities.get(activity)?.attributes?.opposite) set.add(entities.get(activity)?.attributes?.opposite as string);
      for (const c of compositeActions.get(x)?.values() ?? []) set.add(c);
      for (const c of performers.get(x) ?? []) set.add(c);
    }
    const owner = capacityOwners.get(id);
    if (owner !== undefined) set.add(owner);
    // The parts of a whole process, its own or a near one's ("bone homeostasis" ~ remodeling ~ resorption).
    for (const x of [...set]) for (const part of entities.get(x)?.attributes?.parts ?? []) set.add(part);
    expansions.set(id, set);
    return set;
  };
  // Sentences ask about the same few pairs again and again: the answers are kept.
  const related = new Map<string, boolean>();
  const relatable = (a: string, b: string): boolean => {
    const key = a < b ? `${a}|${b}` : `${b}|${a}`;
    let known = related.get(key);
    if (known === undefined) {
      known = computeRelatable(a, b);
      related.set(key, known);
    }
    return known;
  };
  const computeRelatable = (a: string, b: string): boolean => {
    const ea = entities.get(a);
    const eb = entities.get(b);
    if (!ea || !eb) return false;
    if (ea.type === 'cell' && eb.type === 'cell') return true; // lineage
    // ("the differentiation of MSCs into osteoblasts": a cell's own process and another cell, a lineage too.)
    if ((ea.type === 'cell') !== (eb.type === 'cell') && cellOrItsProcess(ea) && cellOrItsProcess(eb)) return true;
    // A macrophage phenotype (a cell with an M1 or M2 polarization) and a product with a stated polarization.
    const polarized = (c: string, p: CompiledEntity): boolean => isPhenotype(entities.get(c)) && p.attributes?.polarization !== undefined;
    if (polarized(a, eb) || polarized(b, ea)) return true; // secretion by the wrong phenotype
    if (characterRelatable(ea, eb)) return true; // judged by both terms' inflammatory character
    return linked(expand(a), expand(b)) || chainBetween(a, b).length > 0 || chainBetween(b, a).length > 0;
  };
  /**
   * Whether an interaction joins a member of one set to a member of the other, either way round: the
   * interactions of each member of the smaller set, looked up in the larger. (Every pair's key in
   * byPair was |a|·|b| lookups: thousands for two classes a user lexicon gives many members.)
   */
  const linked = (xa: ReadonlySet<string>, xb: ReadonlySet<string>): boolean => {
    const [small, large] = xa.size <= xb.size ? [xa, xb] : [xb, xa];
    for (const x of small) {
      for (const s of bySubject.get(x) ?? []) if (large.has(s.object)) return true;
      for (const s of byObject.get(x) ?? []) if (large.has(s.subject)) return true;
    }
    return false;
  };
  const statementsOfPair = (a: string, b: string): CompiledInteraction[] => {
    const forward = byPair.get(`${a}|${b}`) ?? [];
    const back = (byPair.get(`${b}|${a}`) ?? []).filter((s) => SYMMETRIC_RELATIONS.has(s.relation));
    return back.length === 0 ? forward : [...forward, ...back];
  };
  const statementsBetween = (a: string, b: string): CompiledInteraction[] => {
    const out: CompiledInteraction[] = [];
    const xb = expand(b);
    for (const x of expand(a)) for (const s of statementsFrom(x, xb)) if (s.relation !== 'differentiates-into') out.push(s);
    return out;
  };
  // Each expansion's members by position, for statementsFrom (made when first needed).
  const positions = new WeakMap<Set<string>, Map<string, number>>();
  const positionsIn = (set: Set<string>): Map<string, number> => {
    let known = positions.get(set);
    if (known === undefined) {
      known = new Map();
      for (const y of set) known.set(y, known.size);
      positions.set(set, known);
    }
    return known;
  };
  /**
   * statementsOfPair(x, y) for each y of `ys` in turn, one list. A class a user lexicon gives hundreds
   * of members expands to as many, so when x has fewer statements than `ys` has members, x's own
   * statements are sorted by their other entity's place in `ys` (a stable sort: in each pair, in the
   * order byPair has them, those of x before those about x), the same list without a lookup per pair.
   */
  const statementsFrom = (x: string, ys: Set<string>): CompiledInteraction[] => {
    const forward = bySubject.get(x) ?? [];
    const back = byObject.get(x) ?? [];
    if (ys.size <= 8 || forward.length + back.length >= ys.size) {
      const out: CompiledInteraction[] = [];
      for (const y of ys) for (const s of statementsOfPair(x, y)) out.push(s);
      return out;
    }
    const at = positionsIn(ys);
    const found: Array<{ place: number; s: CompiledInteraction }> = [];
    for (const s of forward) {
      const p = at.get(s.object);
      if (p !== undefined) found.push({ place: 2 * p, s });
    }
    for (const s of back) {
      const p = SYMMETRIC_RELATIONS.has(s.relation) ? at.get(s.subject) : undefined;
      if (p !== undefined) found.push({ place: 2 * p + 1, s });
    }
    return found.sort((m, n) => m.place - n.place).map((f) => f.s);
  };
  // A statement that carries a chain on: it relates, not merely names or classifies.
  const carries = (s: CompiledInteraction): boolean => s.relation !== 'differentiates-into';
  const chains = new Map<string, CompiledInteraction[]>();
  const chainBetween = (a: string, b: string): CompiledInteraction[] => {
    const key = `${a}|${b}`;
    let found = chains.get(key);
    if (found === undefined) {
      found = findChain(a, b);
      chains.set(key, found);
    }
    return found;
  };
  // (Only the terms themselves and their near concepts: a chain through a class and on to a member's
  // neighbours relates nearly anything to anything.)
  const closeTo = (id: string): Set<string> => new Set([id, ...(near.get(id) ?? [])]);
  const findChain = (a: string, b: string): CompiledInteraction[] => {
    const xb = closeTo(b);
    const xa = closeTo(a);
    for (const x of xa) {
      for (const first of bySubject.get(x) ?? []) {
        if (!carries(first) || xb.has(first.object) || xa.has(first.object)) continue;
        for (const second of bySubject.get(first.object) ?? []) if (carries(second) && xb.has(second.object)) return [first, second];
      }
    }
    return [];
  };
  // Every spelling with its entity, made when first asked for (an object per spelling: half a million for a large user lexicon).
  let spellings: Array<{ text: string; id: string }> | undefined;
  return {
    lexicon, entities, byPair, bySubject, byObject, mechanismsByEntity, ancestors, caseTrie, foldTrie, actionTrie, compositeActions, members, relatable, isCategory, classesOf, near, removers, performers, capacityOwners, numberedClasses, tissueCells, lesionRepairs, statementsBetween, statementsOfPair, chainBetween,
    get spellings(): ReadonlyArray<{ text: string; id: string }> {
      spellings ??= lexicon.entities.flatMap((e) => e.synonyms.map((text) => ({ text, id: e.id })));
      return spellings;
    },
  };
}

/**
 * The cells each cell may come from, transitively, worked out for a cell when it is first asked about:
 * a long lineage in a user lexicon would otherwise cost a set per cell of everything above it.
 */
class LazyAncestors implements ReadonlyMap<string, ReadonlySet<string>> {
  private readonly known = new Map<string, Set<string>>();

  constructor(private readonly parents: ReadonlyMap<string, ReadonlySet<string>>) {}

  get(id: string): ReadonlySet<string> | undefined {
    let seen = this.known.get(id);
    if (seen !== undefined || !this.parents.has(id)) return seen;
    seen = new Set<string>();
    const stack = [...(this.parents.get(id) ?? [])];
    while (stack.length > 0) {
      const p = stack.pop() as string;
      if (seen.has(p)) continue;
      seen.add(p);
      for (const q of this.parents.get(p) ?? []) stack.push(q);
    }
    this.known.set(id, seen);
    return seen;
  }

  has(id: string): boolean {
    return this.parents.has(id);
  }

  get size(): number {
    return this.parents.size;
  }

  *entries(): MapIterator<[string, ReadonlySet<string>]> {
    for (const id of this.parents.keys()) yield [id, this.get(id) as ReadonlySet<string>];
  }

  keys(): MapIterator<string> {
    return this.parents.keys();
  }

  *values(): MapIterator<ReadonlySet<string>> {
    for (const [, set] of this.entries()) yield set;
  }

  [Symbol.iterator](): MapIterator<[string, ReadonlySet<string>]> {
    return this.entries();
  }

  forEach(callback: (value: ReadonlySet<string>, key: string, map: ReadonlyMap<string, ReadonlySet<string>>) => void, thisArg?: unknown): void {
    for (const [id, set] of this.entries()) callback.call(thisArg, set, id, this);
  }
}

/** A macrophage phenotype: a cell the lexicon gives an M1 or M2 polarization. */
/** Does a composite's action name a capacity of its cell ("immunomodulatory capacity", "suppressive activity")? */
function namesCapacity(action: string): boolean {
  const head = /([a-z]+)$/i.exec(action)?.[1]?.toLowerCase();
  return head !== undefined && CAPACITY_ACTION_HEADS.has(head);
}

/** Is the entity a cell, or the process of one (a composite of a cell and an action)? */
function cellOrItsProcess(e: CompiledEntity): boolean {
  return e.type === 'cell' || e.composite?.of !== undefined;
}

export function isPhenotype(e: CompiledEntity | undefined): boolean {
  const pol = e?.attributes?.polarization;
  return e?.type === 'cell' && (pol === 'M1' || pol === 'M2');
}

/**
 * Each repaired lesion and every kind of it (through isA, however deep) → the process that repairs it. A
 * kind that is also named repaired by another process keeps its own.
 */
function lesionRepairsOf(repaired: ReadonlyArray<{ process: string; lesion: string }>, members: ReadonlyMap<string, readonly string[]>): Map<string, string> {
  const out = new Map<string, string>();
  for (const { process, lesion } of repaired) out.set(lesion, process);
  for (const { process, lesion } of repaired) {
    const seen = new Set<string>([lesion]);
    const queue = [...(members.get(lesion) ?? [])];
    while (queue.length > 0) {
      const kind = queue.shift() as string;
      if (seen.has(kind)) continue;
      seen.add(kind);
      if (!out.has(kind)) out.set(kind, process);
      queue.push(...(members.get(kind) ?? []));
    }
  }
  return out;
}
