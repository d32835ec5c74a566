/** Search helpers for the prose extractors that keep every scan linear in the text. */

/** `finder(from, limit)`: the first position of a string at or after `from` and before `limit`, or -1. */
export type Finder = (from: number, limit: number) => number;

/**
 * A finder for one string. Queries come in increasing order (the extractors scan forwards), so a query
 * inside the span already searched reuses the previous answer: the text is read once, however many
 * openers look for the same closer.
 */
export function forwardFinder(text: string, needle: string): Finder {
  let lastFrom = -1;
  let lastFound = -1;
  return (from: number, limit: number): number => {
    if (!(lastFrom >= 0 && from >= lastFrom && (lastFound < 0 || from <= lastFound))) {
      lastFrom = from;
      lastFound = text.indexOf(needle, from);
    }
    return lastFound >= 0 && lastFound < limit ? lastFound : -1;
  };
}
