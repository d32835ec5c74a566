/**
 * A noun of interaction before a list of cells: "Crosstalk among macrophages, T cells, and MSCs", "the
 * interplay between GMSCs and macrophages", "interactions between monocytes/macrophages and ADMSCs". When
 * the lexicon spells the interaction of two of the listed cells as a term of its own ("crosstalk between
 * MSCs and macrophages", a process), the noun and the list become one mention of that term, whichever of
 * the cells' spellings or kinds the author wrote. Whether a pair has such a term is asked of the lexicon's
 * spellings with the two cells' labels.
 */
import type { LexiconIndex } from '../lexicon/lexiconIndex';
import type { Mention } from './matcher';

// linear: one alternation of fixed words and runs of blanks, no nested repetition.
const INTERACTION_BEFORE_LIST = /(?<![\p{L}\p{N}])(?:cross-?talk|interactions?|interplay)\s+(?:between|among|amongst)\s+/giu;
// linear: anchored at both ends, on the few characters between two mentions.
const LIST_SEPARATOR = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*\/\s*)$/u;
/** Most cells a list may name before it ends. */
const MAX_LISTED = 6;
/** The nouns an interaction term of the lexicon is tried with. */
const PAIR_NOUNS: readonly string[] = ['crosstalk', 'interaction'];

/** The spelled term a whole phrase is, if the tries know it as one spelling (no list or elision is read). */
export type SpelledTerm = (phrase: string) => string | undefined;

/** How the lexicon may write a term in such a phrase: its label, and the label in the plural. */
function labelForms(id: string, index: LexiconIndex): readonly string[] {
  const label = index.entities.get(id)?.label;
  return label === undefined ? [] : [label, `${label}s`];
}

/**
 * The process term the lexicon spells for the interaction of two listed terms (or of their classes), by
 * trying the spellings "crosstalk / interaction between A and B" with each one's label: a handful of
 * lookups, whatever the lexicon's size.
 */
function termOfPair(a: string, b: string, index: LexiconIndex, spelled: SpelledTerm): string | undefined {
  // (A term and the classes it is a kind of: "M2 macrophages" are macrophages.)
  for (const x of [a, ...index.classesOf(a)]) for (const y of [b, ...index.classesOf(b)]) {
    if (x === y) continue;
    for (const [p, q] of [[x, y], [y, x]]) for (const fp of labelForms(p, index)) for (const fq of labelForms(q, index)) for (const noun of PAIR_NOUNS) {
      const id = spelled(`${noun} between ${fp} and ${fq}`);
      if (id !== undefined && index.entities.get(id)?.type === 'process') return id;
    }
  }
  return undefined;
}

/** The mentions with each interaction list read as one mention of its interaction term. */
export function addInteractionLists(text: string, from: number, to: number, mentions: readonly Mention[], index: LexiconIndex, spelled: SpelledTerm): Mention[] {
  INTERACTION_BEFORE_LIST.lastIndex = 0;
  const slice = text.slice(from, to);
  if (!INTERACTION_BEFORE_LIST.test(slice)) return [...mentions];
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
    for (let i = 0; i < listed.length && id === undefined; i++) for (let j = i + 1; j < listed.length && id === undefined; j++) id = termOfPair(listed[i].id, listed[j].id, index, spelled);
    if (id === undefined) continue;
    out = [...out.slice(0, first), { start, end: listed[listed.length - 1].end, id, ids: [id] }, ...out.slice(last + 1)];
  }
  return out;
}
