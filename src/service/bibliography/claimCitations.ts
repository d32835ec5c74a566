/** What each claim's sentence cites (the keys as written) and whether one of them is the author's key for the review. */
import type { AnalysisResult, Range } from '../../core';
import { citationKeys } from './citations';
import type { CitationContext } from './context';
import { reviewRefsText } from './style';

export interface ClaimCitations {
  keys: string[];
  review: boolean;
}

export function claimCitations(result: AnalysisResult, textOf: (range: Range) => string, languageId: string, ctx: CitationContext): ClaimCitations[] {
  const reviewKey = ctx.reviewEntry?.entry.key;
  return result.claims.map((c) => {
    const keys = [...new Set(citationKeys(textOf(c.sentenceRange), languageId).map((k) => k.key))];
    return { keys, review: reviewKey !== undefined && keys.includes(reviewKey) };
  });
}

/** The message of a contradiction whose sentence cites the review itself. */
export function citedReviewMessage(message: string, refs: readonly number[], formatRefs: (refs: readonly number[]) => string): string {
  // "Contradicts the review: IL-4 inhibits NFATc1 [104]" → "The cited review says the opposite (its ref. 104): IL-4 inhibits NFATc1 [104]"
  return `The cited review says the opposite (its ${reviewRefsText(refs, formatRefs)}): ${message.replace(/^Contradicts the review:\s*/, '')}`;
}
