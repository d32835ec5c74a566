/**
 * Rows of a trie read back from a compiled form whose bytes are read only when first used (compiledForm.ts:
 * a check walks a few thousand of a large lexicon's 800,000 nodes, and hardly any of its tails), a block
 * of rows at a time. The trie's nodes and its tails each keep one LazyBlocks over their columns.
 */

export interface LazyRows {
  /** Rows the form holds (rows past them were added since, in memory). */
  readonly rows: number;
  /** Reads rows [first, end) of every column into place (their pages are views of the form's bytes); throws if it cannot. */
  load(first: number, end: number): void;
}

/** Which blocks of 2^bits rows of `rows` were read, reading each the first time one of its rows is used. */
export class LazyBlocks {
  private readonly loaded: Uint8Array;

  constructor(private readonly lazy: LazyRows, private readonly bits: number) {
    this.loaded = new Uint8Array((lazy.rows >>> bits) + 1);
  }

  /** Reads the block of row `row` if it is a lazy row not read yet. */
  need(row: number): void {
    const block = row >>> this.bits;
    if (this.loaded[block] !== 0 || row >= this.lazy.rows) return;
    const first = block << this.bits;
    this.lazy.load(first, Math.min(this.lazy.rows, first + (1 << this.bits)));
    this.loaded[block] = 1;
  }

  /** Every lazy row of [first, end) read (before pages are written whole, or copied). */
  needAll(first: number, end: number): void {
    if (end <= first) return;
    const last = (end - 1) >>> this.bits;
    for (let block = first >>> this.bits; block <= last; block++) this.need(block << this.bits);
  }
}
