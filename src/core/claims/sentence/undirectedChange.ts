/**
 * A term named as changed with no direction: "dysregulation of wound macrophages", "dysregulated
 * macrophages", "altered macrophage function". A claim on such a term says the term bears on its partner,
 * not which way: "Dysregulation of macrophages leads to impaired healing" does not say macrophages impair
 * healing.
 */
import { DETERMINERS, ENGINEERING_WORDS, NOUN_MODIFIERS, PREPOSITIONS, UNDIRECTED_CHANGE_NOUNS, UNDIRECTED_CHANGE_WORDS } from '../grammar';
import { groupLeft } from './groups';
import { hasComma } from '../tokens';
import type { Span } from '../../types';
import type { SentenceView } from './view';
import { tokenAtOffset, word } from './words';

/** Most plain words between the word of change and the term ("dysregulation of wound macrophages"). */
const QUALIFIER_REACH = 2;

/** Is the term whose span is given named as changed in no direction, by a word or a noun with "of" right before it? */
export function changedWithoutDirection(v: SentenceView, span: Span): boolean {
  // (Past the terms listed with the claim's own: "monocytes/macrophages", "MSCs and macrophages".)
  let k = groupLeft(v, tokenAtOffset(v, span.start)).first - 1;
  for (let r = 0; r < QUALIFIER_REACH && k >= 0 && qualifies(v, k); r++) k--;
  if (DETERMINERS.has(word(v, k))) k--;
  if (UNDIRECTED_CHANGE_WORDS.has(word(v, k)) && !ENGINEERING_WORDS.has(word(v, k))) return true;
  return word(v, k) === 'of' && UNDIRECTED_CHANGE_NOUNS.has(word(v, k - 1));
}

/** A plain word at k that only qualifies the term after it ("wound", "resident"): no term, comma, preposition or change word. */
function qualifies(v: SentenceView, k: number): boolean {
  const t = v.toks[k];
  if (t.ent !== undefined || hasComma(t) || PREPOSITIONS.has(t.lower) || DETERMINERS.has(t.lower) || UNDIRECTED_CHANGE_WORDS.has(t.lower)) return false;
  return NOUN_MODIFIERS.has(t.lower) || (t.tags.has('Noun') && !t.tags.has('Verb')) || (t.tags.has('Adjective') && !t.tags.has('Verb'));
}
