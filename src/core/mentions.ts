/** Term mentions only (no claims): cheap enough to scan every manuscript of a workspace for references. */
import { abbreviationsUsed, type DefinedAbbreviations } from './entities/abbreviations';
import { termsOfSentence } from './entities/sentenceTerms';
import type { LexiconIndex } from './lexicon/lexiconIndex';
import { createLineIndex } from './positions';
import { extractProse } from './prose';
import { splitSentences } from './sentences';
import type { Range } from './types';

export interface FoundMention {
  id: string;
  range: Range;
  text: string;
}

export function mentionsOf(text: string, languageId: string, index: LexiconIndex, only?: string): FoundMention[] {
  const prose = extractProse(text, languageId);
  const lines = createLineIndex(text);
  const out: FoundMention[] = [];
  // Abbreviations the author defines name their terms from there on, as in the analyser.
  const defined = new Map<string, string>() as Map<string, string> & DefinedAbbreviations;
  for (const s of splitSentences(prose.text, 0, prose.text.length, prose.breaks)) {
    const terms = termsOfSentence(s.text, index, abbreviationsUsed(s.text, defined));
    for (const d of terms.defines) defined.set(d.abbr, d.id);
    for (const m of terms.mentions) {
      if (only !== undefined && !m.ids.includes(only)) continue;
      out.push({ id: m.id, range: lines.rangeOf(s.start + m.start, s.start + m.end), text: text.slice(s.start + m.start, s.start + m.end) });
    }
  }
  return out;
}
