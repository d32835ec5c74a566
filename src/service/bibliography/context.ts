/** What the citation features need to know of one document: its bibliographies, how it cites, the review's entry. */
import type { ReviewRecord } from '../../core/lexicon/types';
import type { MechlensSettings } from '../settings';
import { findReview, type FoundEntry } from './findReview';
import type { Bibliographies } from './store';
import { documentCiteStyle, type CiteStyle } from './style';
import type { BibFile } from './types';

export interface CitationContext {
  files: BibFile[];
  style: CiteStyle;
  review?: ReviewRecord;
  /** The author's own entry for the review, when a bibliography has it. */
  reviewEntry?: FoundEntry;
  formatRefs(refs: readonly number[]): string;
}

export function citationContext(store: Bibliographies, doc: { uri: string; text: string; languageId: string }, settings: MechlensSettings, review: ReviewRecord | undefined, formatRefs: (refs: readonly number[]) => string): CitationContext {
  const files = store.filesFor(doc.uri, doc.text, doc.languageId);
  const named = store.wanted(doc.uri, doc.text, doc.languageId).length > 0;
  const style = documentCiteStyle(doc.text, doc.languageId, named, settings.citationStyle);
  const reviewEntry = findReview(files, review);
  return { files, style, formatRefs, ...(review ? { review } : {}), ...(reviewEntry ? { reviewEntry } : {}) };
}
