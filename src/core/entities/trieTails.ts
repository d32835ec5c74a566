/**
 * The tails of a trie: the unbranched ends of its keys, stored as runs of code units instead of a node
 * per code unit. In a large user lexicon four nodes in five are on such a run (after "kaz", nothing
 * but "arin3b" follows): as a node each costs 14 bytes and a scattered write; in a run, 6 bytes and
 * the next slot. A run's last position carries what ends there (a term number); the others carry 0.
 * Kept in pages of 65,536 positions, as the nodes are: growing never copies a page.
 */
import { PAGE, PAGE_BITS, pageViews, viewPages } from './pages';

const OFFSET = PAGE - 1;

export class TrieTails {
  private codes: Uint16Array[] = [new Uint16Array(256)];
  private terms: Int32Array[] = [new Int32Array(256)];
  /** Positions used; position 0 is never a tail's (a node's first child -p points at a tail, and -0 is no child). */
  size = 1;

  /** Appends key[from, key.length) as a run that ends in `term`; its first position (at least 1). */
  append(key: string, from: number, term: number): number {
    const start = this.size;
    const end = start + key.length - from; // one past the run's last position
    const page = start >>> PAGE_BITS;
    if (page < this.codes.length && (end - 1) >>> PAGE_BITS === page && ((end - 1) & OFFSET) < this.codes[page].length) {
      // The whole run fits in the page being filled (nearly always): one loop, no page checks.
      const codes = this.codes[page];
      for (let i = from, at = start & OFFSET; i < key.length; i++, at++) codes[at] = key.charCodeAt(i);
      this.size = end;
      this.terms[page][(end - 1) & OFFSET] = term;
      return start;
    }
    for (let i = from; i < key.length; i++) {
      const p = this.size;
      const page = p >>> PAGE_BITS;
      if (page === this.codes.length) {
        this.codes.push(new Uint16Array(PAGE));
        this.terms.push(new Int32Array(PAGE));
      } else if (page === 0 && p === this.codes[0].length) this.widenFirstPage();
      this.codes[page][p & OFFSET] = key.charCodeAt(i);
      this.size++;
    }
    this.terms[(this.size - 1) >>> PAGE_BITS][(this.size - 1) & OFFSET] = term;
    return start;
  }

  code(p: number): number {
    return this.codes[p >>> PAGE_BITS][p & OFFSET];
  }

  /** The term number where a run ends (p its last position), 0 inside a run. */
  term(p: number): number {
    return this.terms[p >>> PAGE_BITS][p & OFFSET];
  }

  setTerm(p: number, term: number): void {
    this.terms[p >>> PAGE_BITS][p & OFFSET] = term;
  }

  /** The positions as two plain arrays, for a generated file. */
  toArrays(): { tailCodes: number[]; tailTerms: number[] } {
    const out = { tailCodes: [] as number[], tailTerms: [] as number[] };
    for (let p = 0; p < this.size; p++) {
      out.tailCodes.push(this.code(p));
      out.tailTerms.push(this.term(p));
    }
    return out;
  }

  /** Tails read back from `toArrays`: the same pages as from columns (one copy of each list, then views). */
  static fromArrays(a: { tailCodes: readonly number[]; tailTerms: readonly number[] }): TrieTails {
    return TrieTails.fromColumns({ tailCodes: Uint16Array.from(a.tailCodes), tailTerms: Int32Array.from(a.tailTerms) });
  }

  /** The positions as two columns, each as views of its pages (no copy; the compiled-lexicon cache writes them). */
  columns(): { tailCodes: Uint16Array[]; tailTerms: Int32Array[] } {
    return { tailCodes: pageViews(this.codes, this.size), tailTerms: pageViews(this.terms, this.size) };
  }

  /** Tails read back from their columns (joined), their full pages views of the arrays given (no copy). */
  static fromColumns(c: { tailCodes: Uint16Array; tailTerms: Int32Array }): TrieTails {
    const tails = new TrieTails();
    tails.codes = viewPages(c.tailCodes, (n) => new Uint16Array(n));
    tails.terms = viewPages(c.tailTerms, (n) => new Int32Array(n));
    tails.size = Math.max(1, c.tailCodes.length);
    return tails;
  }

  private widenFirstPage(): void {
    const size = Math.min(PAGE, this.codes[0].length * 2);
    const codes = new Uint16Array(size);
    codes.set(this.codes[0]);
    this.codes[0] = codes;
    const terms = new Int32Array(size);
    terms.set(this.terms[0]);
    this.terms[0] = terms;
  }
}
