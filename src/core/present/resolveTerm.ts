/**
 * A term as a user types it (`mechlens map IL-4`, "il4", "interleukin-4", an id) resolved to one entity
 * of the lexicon, or the entities spelled most like it when none is spelled so.
 */
import type { LexiconIndex } from '../lexicon/lexiconIndex';
import { normalizeKey } from '../normalize';
import { createLexiconSearch, type SearchHit } from './search';

export type ResolvedTerm = { id: string } | { suggestions: SearchHit[] };

/**
 * An id, then a spelling as written (case kept), then a spelling with case and separators ignored
 * ("il4" for IL-4); ties go to the entity first in the lexicon. Otherwise up to `limit` entities whose
 * spellings are nearest.
 */
export function resolveTerm(index: LexiconIndex, term: string, limit = 3): ResolvedTerm {
  const wanted = term.trim();
  if (index.entities.has(wanted)) return { id: wanted };
  const exact = index.spellings.find((s) => s.text === wanted);
  if (exact) return { id: exact.id };
  const key = normalizeKey(wanted, false);
  if (key !== '') {
    const folded = index.lexicon.entities.find((e) => [e.label, e.id, ...e.synonyms].some((s) => normalizeKey(s, false) === key));
    if (folded) return { id: folded.id };
  }
  const suggestions = createLexiconSearch(index).search(wanted, limit * 4).filter((h) => h.kind === 'entity').slice(0, limit);
  return { suggestions };
}
