/** Term mentions only (no claims): cheap enough to scan every manuscript of a workspace for references. */
import { findMentions } from './entities/matcher';
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
  for (const s of splitSentences(prose.text, 0, prose.text.length, prose.breaks)) {
    for (const m of findMentions(s.text, 0, s.text.length, index)) {
      if (only !== undefined && !m.ids.includes(only)) continue;
      out.push({ id: m.id, range: lines.rangeOf(s.start + m.start, s.start + m.end), text: text.slice(s.start + m.start, s.start + m.end) });
    }
  }
  return out;
}
