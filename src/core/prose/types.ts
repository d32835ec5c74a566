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

/** A mutable same-length buffer with helpers used by the language extractors. */
export class ProseBuffer {
  private readonly chars: string[];
  readonly breaks: number[] = [];

  constructor(private readonly source: string) {
    this.chars = source.split('');
  }

  /** Blank [start, end): spaces, keeping line breaks so line numbers survive. */
  mask(start: number, end: number): void {
    for (let i = Math.max(0, start); i < end && i < this.chars.length; i++) {
      const c = this.source.charCodeAt(i);
      if (c !== 10 && c !== 13) this.chars[i] = ' ';
    }
  }

  /** Put one character at a position (used for math Greek letters: `$\alpha$` reads as α). */
  put(offset: number, ch: string): void {
    if (offset >= 0 && offset < this.chars.length) this.chars[offset] = ch;
  }

  /** The text as masked so far: later passes must not see what earlier passes removed. */
  current(): string {
    return this.chars.join('');
  }

  addBreak(offset: number): void {
    this.breaks.push(offset);
  }

  finish(): Prose {
    return { text: this.chars.join(''), breaks: [...new Set(this.breaks)].sort((a, b) => a - b) };
  }
}

/** Greek letters written as math commands, for `TNF-$\alpha$` and `IL-1$\beta$`. */
export const MATH_GREEK: Readonly<Record<string, string>> = {
  alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', epsilon: 'ε', varepsilon: 'ε', kappa: 'κ', lambda: 'λ',
  mu: 'μ', phi: 'ϕ', varphi: 'φ', theta: 'θ', omega: 'ω', tau: 'τ', sigma: 'σ', Phi: 'Φ',
};

/**
 * Masks a math span; if its whole content is one Greek letter command, writes the letter at the span's
 * last character so the term it finishes (TNF-α) still reads, and mentions cover the whole markup.
 */
export function maskMath(buf: ProseBuffer, source: string, start: number, end: number, innerStart: number, innerEnd: number): void {
  buf.mask(start, end);
  const inner = source.slice(innerStart, innerEnd).trim();
  const m = /^\\(?:mathrm\{|text\{)?\\?([A-Za-z]+)\}?$/.exec(inner) ?? /^\{?\\([A-Za-z]+)\}?$/.exec(inner);
  const letter = m ? MATH_GREEK[m[1]] : undefined;
  if (letter !== undefined) buf.put(end - 1, letter);
  else if (/^[\^_]?\{?[+-]\}?$/.test(inner)) buf.put(end - 1, inner.includes('+') ? '+' : '-');
}
