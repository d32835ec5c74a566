/**
 * The tails of a trie: the unbranched ends of its keys, stored as runs of code units instead of a node
 * per code unit. In a large user lexicon four nodes in five are on such a run (after "kaz", nothing
 * but "arin3b" follows): as a node each costs 14 bytes and a scattered write; in a run, 2 bytes and
 * the next slot. What ends at a run's last position (a term number, never 0) follows it: a 0 (no key
 * holds one in a tail: see `fits`), then the term in two code units, low half first. A term per
 * position (4 bytes each, 0 but at the ends) was most of the tails' bytes: 7 of the 29 MB a
 * 50,000-entity lexicon's compiled form read at every start.
 * Kept in pages of 65,536 positions, as the nodes are: growing never copies a page.
 */
import { PAGE, PAGE_BITS, pageViews, viewPages } from './pages';
import { LazyBlocks, type LazyRows } from './lazyBlocks';

const OFFSET = PAGE - 1;

/** Positions after a run's last code unit: the 0 that ends it, and its term's two halves. */
export const RUN_END = 3;

/** Positions read in one go from a lazy column: 4 KB. */
export const LAZY_TAIL_BITS = 11;

export class TrieTails {
  private codes: Uint16Array[] = [new Uint16Array(256)];
  /**
   * Positions used; position 0 is never a tail's (a node's first child -p points at a tail, and -0 is
   * no child).
   */
  size = 1;
  /** For positions read back lazily: the blocks of LAZY_TAIL_BITS positions, read when first used. */
  private blocks: LazyBlocks | undefined;

  /**
   * Whether `key[from, key.length)` can be a run: not if it holds a 0, which would read as the end of
   * the run (the caller makes nodes of it instead).
   */
  static fits(key: string, from: number): boolean {
    return key.indexOf('\0', from) < 0;
  }

  /** Appends key[from, key.length) (which `fits`) as a run that ends in `term`; its first position (at least 1). */
  append(key: string, from: number, term: number): number {
    const start = this.size;
    const end = start + key.length - from + RUN_END; // one past the run's last position
    const page = start >>> PAGE_BITS;
    if (page < this.codes.length && (end - 1) >>> PAGE_BITS === page && ((end - 1) & OFFSET) < this.codes[page].length) {
      // The whole run fits in the page being filled (nearly always): one loop, no page checks.
      const codes = this.codes[page];
      let at = start & OFFSET;
      for (let i = from; i < key.length; i++, at++) codes[at] = key.charCodeAt(i);
      codes[at] = 0;
      codes[at + 1] = term & 0xffff;
      codes[at + 2] = term >>> 16;
      this.size = end;
      return start;
    }
    for (let i = from; i < key.length; i++) this.push(key.charCodeAt(i));
    this.push(0);
    this.push(term & 0xffff);
    this.push(term >>> 16);
    return start;
  }

  private push(code: number): void {
    const p = this.size;
    const page = p >>> PAGE_BITS;
    if (page === this.codes.length) this.codes.push(new Uint16Array(PAGE));
    else if ((p & OFFSET) >= this.codes[page].length) this.widen(page);
    this.codes[page][p & OFFSET] = code;
    this.size++;
  }

  /** The code unit at position p (0 past the end: a damaged link reads as the end of a run). */
  code(p: number): number {
    const blocks = this.blocks;
    if (blocks !== undefined) {
      if (p >= this.size) return 0;
      blocks.need(p);
    }
    return this.codes[p >>> PAGE_BITS][p & OFFSET];
  }

  /** Every lazy position read (before the pages are written whole, or copied). */
  private needAll(first = 0, end = this.size): void {
    this.blocks?.needAll(first, end);
  }

  /** Whether the run goes on from position p along `code` (never past its end, whatever the code). */
  continues(p: number, code: number): boolean {
    return code !== 0 && this.code(p + 1) === code;
  }

  /** The term number where a run ends (p its last position), 0 inside a run. */
  term(p: number): number {
    return this.code(p + 1) === 0 ? this.code(p + 2) | (this.code(p + 3) << 16) : 0;
  }

  /** Sets the term of the run that ends at p. */
  setTerm(p: number, term: number): void {
    this.code(p + 2);
    this.code(p + 3); // (read first, if lazy: the write must not be read over)
    this.codes[(p + 2) >>> PAGE_BITS][(p + 2) & OFFSET] = term & 0xffff;
    this.codes[(p + 3) >>> PAGE_BITS][(p + 3) & OFFSET] = term >>> 16;
  }

  /** The positions as a plain array, for a generated file. */
  toArrays(): { tailCodes: number[] } {
    const tailCodes: number[] = [];
    for (let p = 0; p < this.size; p++) tailCodes.push(this.code(p));
    return { tailCodes };
  }

  /** Tails read back from `toArrays`: the same pages as from columns (one copy of the list, then views). */
  static fromArrays(a: { tailCodes: readonly number[] }): TrieTails {
    return TrieTails.fromColumns({ tailCodes: Uint16Array.from(a.tailCodes) });
  }

  /** The positions as views of their pages (no copy; the compiled-lexicon cache writes them). */
  columns(): { tailCodes: Uint16Array[] } {
    this.needAll();
    return { tailCodes: pageViews(this.codes, this.size) };
  }

  /**
   * Tails read back from their column (joined), its pages views of the array given (no copy); with
   * `lazy`, each block of positions read when first used (see TrieNodes.fromColumns).
   */
  static fromColumns(c: { tailCodes: Uint16Array }, lazy?: LazyRows): TrieTails {
    const tails = new TrieTails();
    tails.codes = viewPages(c.tailCodes);
    tails.size = Math.max(1, c.tailCodes.length);
    if (lazy !== undefined) tails.blocks = new LazyBlocks(lazy, LAZY_TAIL_BITS);
    return tails;
  }

  /** A page the tails grow past the end of: copied into a longer one, its lazy positions read first. */
  private widen(page: number): void {
    const first = page << PAGE_BITS;
    this.needAll(first, Math.min(this.size, first + PAGE));
    const size = Math.min(PAGE, Math.max(256, this.codes[page].length * 2));
    const codes = new Uint16Array(size);
    codes.set(this.codes[page]);
    this.codes[page] = codes;
  }
}
