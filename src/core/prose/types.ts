/**
 * Prose extraction keeps the document's length: everything that is not prose (code, math, markup,
 * comments, citation keys) is overwritten with spaces (newlines kept), so every offset into the prose
 * is the same offset into the document. Forced sentence boundaries (headings, list items, table
 * cells, captions) are reported as offsets.
 */
export interface Prose {
  /** Same length as the source; non-prose replaced by spaces. */
  text: string;
  /** Sorted offsets where a sentence must end even without punctuation. */
  breaks: number[];
}

/**
 * A same-length buffer with helpers used by the language extractors. Masks are kept as ranges and the
 * text is built once from slices: a 100k-word thesis must not be copied character by character.
 */
export class ProseBuffer {
  private masks: Array<[number, number]> = [];
  private puts = new Map<number, string>();
  readonly breaks: number[] = [];

  constructor(private readonly source: string) {}

  /** Blank [start, end): spaces, keeping line breaks so line numbers survive. */
  mask(start: number, end: number): void {
    const a = Math.max(0, start);
    const b = Math.min(end, this.source.length);
    if (b <= a) return;
    // Scanners mask forwards: a range that touches the last one extends it (a run of a million
    // braces is one range, not a million).
    const last = this.masks[this.masks.length - 1];
    if (last && a >= last[0] && a <= last[1]) last[1] = Math.max(last[1], b);
    else this.masks.push([a, b]);
  }

  /** Put one character at a position (used for math Greek letters: `$\alpha$` reads as α). */
  put(offset: number, ch: string): void {
    if (offset >= 0 && offset < this.source.length) this.puts.set(offset, ch);
  }

  /** The text as masked so far: later passes must not see what earlier passes removed. */
  current(): string {
    const src = this.source;
    if (this.masks.length === 0 && this.puts.size === 0) return src;
    const ranges = this.masks.sort((x, y) => x[0] - y[0]);
    const merged: Array<[number, number]> = [];
    for (const r of ranges) {
      const last = merged[merged.length - 1];
      if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
      else merged.push([r[0], r[1]]);
    }
    this.masks = merged;
    const parts: string[] = [];
    let at = 0;
    for (const [a, b] of merged) {
      if (a > at) parts.push(src.slice(at, a));
      parts.push(src.slice(a, b).replace(/[^\n\r]/g, ' '));
      at = b;
    }
    if (at < src.length) parts.push(src.slice(at));
    let text = parts.join('');
    if (this.puts.size > 0) {
      const chars: string[] = [];
      let from = 0;
      for (const [offset, ch] of [...this.puts].sort((x, y) => x[0] - y[0])) {
        chars.push(text.slice(from, offset), ch);
        from = offset + 1;
      }
      chars.push(text.slice(from));
      text = chars.join('');
    }
    return text;
  }

  addBreak(offset: number): void {
    this.breaks.push(offset);
  }

  finish(): Prose {
    return { text: this.current(), breaks: [...new Set(this.breaks)].sort((a, b) => a - b) };
  }
}

/**
 * Greek letters written as math commands, for `TNF-$\alpha$` and `IL-1$\beta$`. A Map, not an object:
 * `$\toString$` must find nothing, not a function inherited from Object.prototype.
 */
export const MATH_GREEK: ReadonlyMap<string, string> = new Map(Object.entries({
  alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', epsilon: 'ε', varepsilon: 'ε', kappa: 'κ', lambda: 'λ',
  mu: 'μ', phi: 'ϕ', varphi: 'φ', theta: 'θ', omega: 'ω', tau: 'τ', sigma: 'σ', Phi: 'Φ',
}));

/**
 * Masks a math span; if its whole content is one Greek letter command, writes the letter at the span's
 * last character so the term it finishes (TNF-α) still reads, and mentions cover the whole markup.
 */
export function maskMath(buf: ProseBuffer, source: string, start: number, end: number, innerStart: number, innerEnd: number): void {
  buf.mask(start, end);
  const inner = source.slice(innerStart, innerEnd).trim();
  const m = /^\\(?:mathrm\{|text\{)?\\?([A-Za-z]+)\}?$/.exec(inner) ?? /^\{?\\([A-Za-z]+)\}?$/.exec(inner);
  const letter = m ? MATH_GREEK.get(m[1]) : undefined;
  if (letter !== undefined) buf.put(end - 1, letter);
  else if (/^[\^_]?\{?[+-]\}?$/.test(inner)) buf.put(end - 1, inner.includes('+') ? '+' : '-');
}
