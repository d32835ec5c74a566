/** The author's own entry for the review, if their bibliography has one: by DOI, else by normalised title. */
import type { ReviewRecord } from '../../core/lexicon/types';
import { normalizeDoi, normalizeTitle } from './normalize';
import type { BibEntry, BibFile } from './types';

export interface FoundEntry {
  entry: BibEntry;
  file: BibFile;
}

export function findReview(files: readonly BibFile[], review: ReviewRecord | undefined): FoundEntry | undefined {
  if (!review) return undefined;
  const all = files.flatMap((file) => file.entries.map((entry) => ({ entry, file })));
  const doi = review.doi && normalizeDoi(review.doi);
  const byDoi = doi ? all.find((x) => x.entry.doi !== undefined && normalizeDoi(x.entry.doi) === doi) : undefined;
  if (byDoi) return byDoi;
  const title = normalizeTitle(review.title);
  return all.find((x) => x.entry.title !== undefined && normalizeTitle(x.entry.title) === title);
}

/** An entry by key, in the first file that has it. */
export function findKey(files: readonly BibFile[], key: string): FoundEntry | undefined {
  for (const file of files) {
    const entry = file.entries.find((e) => e.key === key);
    if (entry) return { entry, file };
  }
  return undefined;
}
