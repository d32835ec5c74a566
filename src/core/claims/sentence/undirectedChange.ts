/**
 * A term named as changed with no direction: "dysregulation of wound macrophages", "dysregulated
 * macrophages", "altered macrophage function". A claim on such a term says the term bears on its partner,
 * not which way: "Dysregulation of macrophages leads to impaired healing" does not say macrophages impair
 * healing.
 */
import { DETERMINERS, NOUN_MODIFIERS, PREPOSITIONS, UNDIRECTED_CHANGE_NOUNS, UNDIRECTED_CHANGE_WORDS } from '../grammar';
import { hasComma } from '../tokens';
import type { Span } from '../../types';
import type { SentenceView } from './view';
import { tokenAtOffset, word } from './words';

/**
 * Words of undirected change that, right before a term, name an engineered kind of it ("genetically modified
 * MSCs"), not a change in what it does.
 */
const ENGINEERED: ReadonlySet<string> = new Set(['modified']);

/** Most plain words between the word of change and the term ("dysregulation of wound macrophages"). */
const QUALIFIER_REACH = 2;

/** Is the term whose span is given named as changed in no direction, by a word or a noun with "of" right before it? */
export function changedWithoutDirection(v: SentenceView, span: Span): boolean {
  let k = pastCoordinated(v, tokenAtOffset(v, span.start) - 1);
  for (let r = 0; r < QUALIFIER_REACH && k >= 0 && qualifies(v, k); r++) k--;
  if (DETERMINERS.has(word(v, k))) k--;
  if (UNDIRECTED_CHANGE_WORDS.has(word(v, k)) && !ENGINEERED.has(word(v, k))) return true;
  return word(v, k) === 'of' && UNDIRECTED_CHANGE_NOUNS.has(word(v, k - 1));
}

/** Past the terms joined before the claim's own ("monocytes/macrophages", "MSCs and macrophages"), from k back. */
function pastCoordinated(v: SentenceView, k: number): number {
  for (;;) {
    if (k >= 0 && v.toks[k].ent !== undefined && /^[/-]$/.test(v.toks[k].post)) k--;
    // (A slash stands as a token of its own, with no word in it.)
    else if (k >= 1 && (/^(and|or)$/.test(word(v, k)) || v.toks[k].text.trim() === '/') && v.toks[k - 1].ent !== undefined && !hasComma(v.toks[k - 1])) k -= 2;
    else return k;
  }
}

/** A plain word at k that only qualifies the term after it ("wound", "resident"): no term, comma, preposition or change word. */
function qualifies(v: SentenceView, k: number): boolean {
  const t = v.toks[k];
  if (t.ent !== undefined || hasComma(t) || PREPOSITIONS.has(t.lower) || DETERMINERS.has(t.lower) || UNDIRECTED_CHANGE_WORDS.has(t.lower)) return false;
  return NOUN_MODIFIERS.has(t.lower) || (t.tags.has('Noun') && !t.tags.has('Verb')) || (t.tags.has('Adjective') && !t.tags.has('Verb'));
}
