/**
 * A noun of interaction before a list of cells: "Crosstalk among macrophages, T cells, and MSCs", "the
 * interplay between GMSCs and macrophages", "interactions between monocytes/macrophages and ADMSCs". When
 * the lexicon spells the interaction of two of the listed cells as a term of its own ("crosstalk between
 * MSCs and macrophages", a process), the noun and the list become one mention of that term, whichever of
 * the cells' spellings or kinds the author wrote. Which pairs have such a term is read from the lexicon's
 * own spellings, once per lexicon.
 */
import type { LexiconIndex } from '../lexicon/lexiconIndex';
import type { WholeTerm } from './elidedHeads';
import type { Mention } from './matcher';

// linear: one alternation of fixed words and runs of blanks, no nested repetition.
const INTERACTION_BEFORE_LIST = /(?<![\p{L}\p{N}])(?:cross-?talk|interactions?|interplay)\s+(?:between|among|amongst)\s+/giu;
// linear: anchored; the lazy run stops at the one " and " that splits the two parts.
const SPELLED_PAIR = /^(?:cross-?talk|interactions?|interplay)\s+between\s+(.+?)\s+and\s+(.+)$/iu;
// linear: anchored at both ends, on the few characters between two mentions.
const LIST_SEPARATOR = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*\/\s*)$/u;
/** Most cells a list may name before it ends. */
const MAX_LISTED = 6;

const pairTermsByIndex = new WeakMap<LexiconIndex, ReadonlyMap<string, string>>();

function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/** The interaction terms of the lexicon by the pair of cells their spellings name ("msc|macrophage" → the crosstalk). */
function pairTerms(index: LexiconIndex, whole: WholeTerm): ReadonlyMap<string, string> {
  const known = pairTermsByIndex.get(index);
  if (known) return known;
  const out = new Map<string, string>();
  for (const { text, id } of index.spellings) {
    const m = SPELLED_PAIR.exec(text);
    if (!m || index.entities.get(id)?.type !== 'process') continue;
    const a = whole(m[1]);
    const b = whole(m[2]);
    if (a && b && a.id !== b.id) out.set(pairKey(a.id, b.id), id);
  }
  pairTermsByIndex.set(index, out);
  return out;
}

/** A term and the classes it is a kind of ("M2 macrophages" → M2 macrophages, macrophages). */
function withClasses(id: string, index: LexiconIndex): readonly string[] {
  return [id, ...(index.entities.get(id)?.attributes?.isA ?? [])];
}

/** The interaction term two listed terms (or their classes) make, if the lexicon has one. */
function termOfPair(a: string, b: string, pairs: ReadonlyMap<string, string>, index: LexiconIndex): string | undefined {
  for (const x of withClasses(a, index)) for (const y of withClasses(b, index)) {
    const found = x !== y ? pairs.get(pairKey(x, y)) : undefined;
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The mentions with each interaction list read as one mention of its interaction term. */
export function addInteractionLists(text: string, from: number, to: number, mentions: readonly Mention[], index: LexiconIndex, whole: WholeTerm): Mention[] {
  INTERACTION_BEFORE_LIST.lastIndex = 0;
  const slice = text.slice(from, to);
  if (!INTERACTION_BEFORE_LIST.test(slice)) return [...mentions];
  const pairs = pairTerms(index, whole);
  if (pairs.size === 0) return [...mentions];
  let out = [...mentions];
  INTERACTION_BEFORE_LIST.lastIndex = 0;
  for (const m of slice.matchAll(INTERACTION_BEFORE_LIST)) {
    const start = from + m.index;
    const listStart = start + m[0].length;
    // (Already one term: "crosstalk between MSCs and macrophages" as the lexicon spells it.)
    if (out.some((x) => x.start <= start && start < x.end)) continue;
    const first = out.findIndex((x) => x.start === listStart);
    if (first < 0) continue;
    let last = first;
    while (last + 1 < out.length && last - first + 1 < MAX_LISTED && LIST_SEPARATOR.test(text.slice(out[last].end, out[last + 1].start))) last++;
    const listed = out.slice(first, last + 1);
    let id: string | undefined;
    for (let i = 0; i < listed.length && id === undefined; i++) for (let j = i + 1; j < listed.length && id === undefined; j++) id = termOfPair(listed[i].id, listed[j].id, pairs, index);
    if (id === undefined) continue;
    out = [...out.slice(0, first), { start, end: listed[listed.length - 1].end, id, ids: [id] }, ...out.slice(last + 1)];
  }
  return out;
}
