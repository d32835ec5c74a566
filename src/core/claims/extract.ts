/**
 * Claim extraction from one candidate sentence. Entities are masked as placeholder words, compromise
 * tags the sentence, and small sets of clause rules find who acts on whom: verbs (verbs.ts),
 * nominalisations and compounds (nominal.ts), attributes (attributes.ts), on a shared view (view.ts).
 */
import { extractAttributeClaims } from './attributes';
import { extractNominalClaims } from './nominal';
import type { SentenceMention } from './tokens';
import type { ExtractedClaim } from './types';
import { extractVerbClaims } from './verbs';
import { createView, NO_LEXICON, type ExtractionLexicon } from './view';

export type { SentenceMention } from './tokens';
export type { ExtractionLexicon } from './view';

/**
 * Quick filter before any NLP: a sentence is read for claims only if the lexicon could judge one — an
 * attribute word next to a term, or two terms the lexicon relates. Other sentences cannot be judged.
 */
export function mayHoldClaim(text: string, ids: readonly string[], relatable: (a: string, b: string) => boolean): boolean {
  if (ids.length === 0) return false;
  if (/inflammatory|immunosuppressive|\bM[12]\b/i.test(text)) return true;
  for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) if (ids[i] !== ids[j] && relatable(ids[i], ids[j])) return true;
  return false;
}

export function extractClaims(text: string, mentions: SentenceMention[], lexicon: ExtractionLexicon = NO_LEXICON): ExtractedClaim[] {
  if (/\?\s*(\[[\d,\s–-]+\])?\s*$/.test(text)) return []; // a question asks, it does not claim
  const view = createView(text, mentions, lexicon);
  extractVerbClaims(view);
  extractNominalClaims(view);
  for (const c of extractAttributeClaims(text, view.sentence)) view.emit(c);
  return view.claims;
}
