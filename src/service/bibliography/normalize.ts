/** How a bibliography entry is recognised as the review: DOIs and titles compared after normalising. */

/** Letters without their accents (é → e), for keys and comparisons. */
export const asciiFold = (s: string): string => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');

/** `https://doi.org/10.4252/WJSC…`, `doi:10.4252/…` → `10.4252/wjsc…` (DOIs are case-insensitive). */
export function normalizeDoi(doi: string): string {
  return doi.trim().replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i, '').toLowerCase();
}

/** A title without case, accents, LaTeX braces and commands, or punctuation. */
export function normalizeTitle(title: string): string {
  return asciiFold(title.replace(/\\[a-zA-Z]+\s*|\\./g, '')).toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}
