/**
 * The terms of one sentence, with the abbreviations the document defined before it and those the
 * sentence defines itself ("… bone marrow-derived macrophages (BMMs), and BMMs …"): one function for the
 * analyser and the workspace's mention scan, so both find the same terms.
 */
import type { LexiconIndex } from '../lexicon/lexiconIndex';
import { definitionsIn, type DefinedAbbreviations } from './abbreviations';
import { findMentions, type Mention } from './matcher';

export interface SentenceTerms {
  mentions: Mention[];
  /** The abbreviations this sentence defines, in order. */
  defines: Array<{ abbr: string; id: string }>;
}

/**
 * `used` is the part of the document's abbreviations the sentence writes (abbreviationsUsed);
 * `earlierCells` the cells its paragraph named, the last first, if the sentence's own terms may need them.
 */
export function termsOfSentence(text: string, index: LexiconIndex, used: DefinedAbbreviations | undefined, earlierCells?: readonly string[]): SentenceTerms {
  const mentions = findMentions(text, 0, text.length, index, { defined: used, earlierCells });
  const defines = definitionsIn(text, mentions, (id) => index.entities.get(id)?.synonyms ?? []);
  if (defines.length === 0) return { mentions, defines };
  const withOwn = new Map(used ?? []);
  for (const d of defines) withOwn.set(d.abbr, d.id);
  return { mentions: findMentions(text, 0, text.length, index, { defined: withOwn, earlierCells }), defines };
}
