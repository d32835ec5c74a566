/**
 * The sentence each claim of a report is in, found the way the analyser found it (its prose extractor
 * and sentence splitter): a report has each claim's range and the file's text, not its sentences.
 */
import { createLineIndex, extractProse, splitSentences, type Range } from '../../core';

export interface ClaimSentence {
  range: Range;
  /** The sentence as prose (markup blanked out), its white space collapsed. */
  text: string;
}

export function claimSentences(text: string, languageId: string, claimRanges: readonly Range[]): ClaimSentence[] {
  const lines = createLineIndex(text);
  const prose = extractProse(text, languageId);
  const sentences = splitSentences(prose.text, 0, prose.text.length, prose.breaks);
  return claimRanges.map((range) => {
    const at = lines.offsetAt(range.start);
    // The last sentence starting at or before the claim: sentences are in order and do not overlap.
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sentences[mid].start <= at) lo = mid;
      else hi = mid - 1;
    }
    const s = sentences[lo];
    if (s === undefined || s.start > at || s.end < at) return { range, text: text.slice(lines.offsetAt(range.start), lines.offsetAt(range.end)) };
    return { range: lines.rangeOf(s.start, s.end), text: s.text.replace(/\s+/g, ' ').trim() };
  });
}
