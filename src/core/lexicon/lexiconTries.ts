/**
 * The tries of a lexicon's index: every spelling's key in the case-kept or the case-folded trie, and
 * the actions of composite processes. Built once per load of a user lexicon that is to be indexed
 * (CompileOptions.forIndex): the compiler's check of shared spellings builds them (a key that gains a
 * second entity is where two may share a spelling), and the index of the lexicon the compiled one is
 * merged into takes them (keepTries, passTries, takeTries) instead of generating and inserting half a
 * million spellings again.
 */
import { Trie } from '../entities/trie';
import { isCaseSensitiveVariant, normalizeKey } from '../normalize';
import { synonymKeys } from './keys';
import type { CompiledEntity, CompiledLexicon } from './types';
import { irregularPluralOf } from './variants';

export interface BuiltTries {
  caseTrie: Trie;
  foldTrie: Trie;
  actionTrie: Trie;
  /**
   * False when no key is two entities': no node of either trie gained a second entity, and no
   * case-kept key is one case folding leaves as it is (a case-folded key is such a key, so the two
   * tries cannot hold the same key). True errs towards the compiler's precise check (plurals and
   * declared ambiguous spellings count here).
   */
  mayShare: boolean;
}

/** A key that toLowerCase leaves as it is (a case-kept ASCII key always has a capital: the quick answer). */
function caseless(key: string): boolean {
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c >= 65 && c <= 90) return false;
  }
  return key.toLowerCase() === key;
}

/**
 * Spellings the matcher accepts for an entity beyond its synonyms: irregular plurals. (Composite
 * processes — "MSC proliferation", "proliferation of MSCs" — are matched from their parts, see actionTrie.)
 */
function extraSpellings(e: CompiledEntity): string[] {
  const out: string[] = [];
  for (const s of e.synonyms) {
    const pl = irregularPluralOf(s); // +es and +ies plurals; a plain +s the matcher accepts itself
    if (pl !== undefined) out.push(pl);
  }
  return out;
}

/** Whether keys[k] (in the same trie) is among the entity's earlier keys; a long list is not searched. */
function repeatsEarlier(keys: readonly string[], caseKept: readonly boolean[], k: number): boolean {
  if (k > 32) return false;
  for (let j = 0; j < k; j++) if (keys[j] === keys[k] && caseKept[j] === caseKept[k]) return true;
  return false;
}

/**
 * The case-kept, case-folded and action tries of a lexicon's entities, every spelling generated and
 * inserted; `mayShare` when two entities may share a spelling (see BuiltTries).
 */
export function buildTries(entities: readonly CompiledEntity[]): BuiltTries {
  const caseTrie = new Trie();
  const foldTrie = new Trie();
  // Each key straight into its trie, an entity's keys one after another: they share the entity's list
  // (one for both tries), and no key outlives its entity's turn.
  /** A case-kept key that case folding leaves as it is: it could be a case-folded key too (see BuiltTries). */
  let keptCaseless = false;
  const put = (key: string, kept: boolean, id: string[]): void => {
    if (key === '') return;
    if (kept && caseless(key)) keptCaseless = true;
    (kept ? caseTrie : foldTrie).add(key, id);
  };
  const add = (spelling: string, id: string[]): void => {
    const sensitive = isCaseSensitiveVariant(spelling);
    put(normalizeKey(spelling, sensitive), sensitive, id);
  };
  for (const e of entities) {
    const id = [e.id];
    const { keys, caseKept } = synonymKeys(e);
    for (let k = 0; k < keys.length; k++) {
      // A key the entity has already put in (RYPL-43 and RYPL43, TNF-α and TNF-alpha): nothing to add.
      if (!repeatsEarlier(keys, caseKept, k)) put(keys[k], caseKept[k], id);
    }
    for (const s of e.ambiguous ?? []) add(s, id);
    for (const s of extraSpellings(e)) add(s, id);
  }
  // The actions of composite processes ("proliferation", "osteogenic differentiation"), case-folded: the
  // matcher joins one to a mention of its cell ("MSC proliferation", "proliferation of MSCs").
  const actionTrie = new Trie();
  for (const e of entities) {
    if (!e.composite) continue;
    for (const a of e.composite.action) {
      const key = normalizeKey(a, false);
      if (key !== '') actionTrie.insert(key, e.id);
      // ("the immunomodulatory capacities of MSCs": an action's +ies or +es plural, as for synonyms.)
      const pl = irregularPluralOf(a);
      if (pl !== undefined) actionTrie.insert(normalizeKey(pl, false), e.id);
    }
  }
  for (const trie of [caseTrie, foldTrie, actionTrie]) trie.endInsertion();
  return { caseTrie, foldTrie, actionTrie, mayShare: keptCaseless || caseTrie.sharedKeys > 0 || foldTrie.sharedKeys > 0 };
}


/**
 * Tries built for the entities of `base` then `lexicon` (base undefined: of `lexicon` alone), until the
 * lexicon they index is made. Keyed weakly: tries never taken go with their lexicon. A compiled lexicon
 * is never changed after compiling (nothing adds to its lists), so tries built from it stay its own.
 */
const kept = new WeakMap<CompiledLexicon, { base: CompiledLexicon | undefined; tries: BuiltTries }>();

/** Keeps the tries of base's then lexicon's entities (the compiler, which built them for its check). */
export function keepTries(lexicon: CompiledLexicon, base: CompiledLexicon | undefined, tries: BuiltTries): void {
  kept.set(lexicon, { base, tries });
}

/** mergeLexicons(base, extra) made `merged`: tries kept for exactly base then extra are merged's. */
export function passTries(base: CompiledLexicon, extra: CompiledLexicon, merged: CompiledLexicon): void {
  const k = kept.get(extra);
  if (k === undefined || k.base !== base) return;
  kept.delete(extra);
  kept.set(merged, { base: undefined, tries: k.tries });
}

/** The tries kept for the entities of `lexicon` (no longer kept), if any. */
export function takeTries(lexicon: CompiledLexicon): BuiltTries | undefined {
  const k = kept.get(lexicon);
  if (k === undefined || k.base !== undefined) return undefined;
  kept.delete(lexicon);
  return k.tries;
}

/** The tries kept for base's then lexicon's entities, left kept (the compiled-lexicon cache writes them). */
export function keptTries(lexicon: CompiledLexicon, base: CompiledLexicon | undefined): BuiltTries | undefined {
  const k = kept.get(lexicon);
  return k !== undefined && k.base === base ? k.tries : undefined;
}
