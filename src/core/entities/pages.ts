/**
 * A trie's columns (TrieNodes, TrieTails) are kept in pages of 65,536 entries so that growing never
 * copies. These two helpers turn pages into one exact-size array and back, for the compiled-lexicon
 * cache: written as views of the pages (no copy), and read back with every page a view of the cache's
 * bytes (no copy); a partial last page is copied only when the trie grows into it.
 */

export const PAGE_BITS = 16;
export const PAGE = 1 << PAGE_BITS;

type Column = Uint16Array | Int32Array;

/** The first `size` entries of `pages`, as views of them (no copy): what a writer writes one after another. */
export function pageViews<T extends Column>(pages: readonly T[], size: number): T[] {
  const out: T[] = [];
  for (let k = 0; k * PAGE < size; k++) out.push(pages[k].subarray(0, Math.min(PAGE, size - k * PAGE)) as T);
  return out;
}

/** Views one after another as one array. */
export function joined<T extends Column>(views: readonly T[], make: (n: number) => T): T {
  const out = make(views.reduce((n, v) => n + v.length, 0));
  let at = 0;
  for (const v of views) {
    out.set(v, at);
    at += v.length;
  }
  return out;
}

/**
 * `values` as pages, each a view of it (no copy: the bytes are read, or faulted in, only where used); the
 * last may be short, and is copied into a longer page only if the trie grows into it (TrieNodes.widen).
 */
export function viewPages<T extends Column>(values: T): T[] {
  const pages = Math.max(1, Math.ceil(values.length / PAGE));
  const out: T[] = [];
  for (let k = 0; k < pages; k++) out.push(values.subarray(k * PAGE, Math.min(values.length, (k + 1) * PAGE)) as T);
  return out;
}
