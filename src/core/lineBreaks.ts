/**
 * Line breaks and blank lines, one definition for the whole engine. A line ends at CRLF, LF or a lone
 * CR, as in VS Code; a blank line (nothing but spaces and tabs between two line breaks) ends a
 * paragraph. Positions, prose extraction, sentence splitting, paragraph blocks and suppression
 * comments all count lines and paragraphs with these functions, so they agree on every file.
 */

import { firstAtOrAfter } from './sorted';

export const LF = 10;
export const CR = 13;

export function isLineBreak(code: number): boolean {
  return code === LF || code === CR;
}

/** Length of the line break at `at` (2 for CRLF, 1 for LF or CR), 0 when there is none. */
export function lineBreakLength(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c === CR) return text.charCodeAt(at + 1) === LF ? 2 : 1;
  return c === LF ? 1 : 0;
}

/** Offset of the first line break at or after `from` (the end of that line), or the text's length. */
export function lineEndFrom(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === LF || c === CR) return i;
  }
  return text.length;
}

/** If the line break at `at` starts a blank line (spaces and tabs, then a line break), the offset of that second break; else -1. */
export function blankLineAt(text: string, at: number, to = text.length): number {
  const first = lineBreakLength(text, at);
  if (first === 0) return -1;
  let j = at + first;
  while (j < to && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j++;
  return j < to && lineBreakLength(text, j) > 0 ? j : -1;
}

export interface BlankLine {
  /** Offset of the line break that starts the blank line (where the paragraph before it ends). */
  at: number;
  /** Offset just past the line break that ends it (where the next paragraph may begin). */
  end: number;
}

/**
 * The blank lines of text[from, to), in order; a run of them is one (from the first line break of the
 * run to past the last), so a million empty lines are one paragraph break, not a million.
 */
export function blankLines(text: string, from = 0, to = text.length): BlankLine[] {
  const out: BlankLine[] = [];
  let chained = -1;
  for (let i = from; i < to;) {
    const c = text.charCodeAt(i);
    if (c !== LF && c !== CR) { i++; continue; }
    const second = blankLineAt(text, i, to);
    if (second < 0) { i += lineBreakLength(text, i); continue; }
    const end = Math.min(to, second + lineBreakLength(text, second));
    if (i === chained) out[out.length - 1].end = end;
    else out.push({ at: i, end });
    chained = second;
    i = second; // the break that ends this blank line may start the next one
  }
  return out;
}

/**
 * Where each paragraph of `text` ends: the offset of the line break that starts a blank line, in
 * order, then the text's length. Constructs that cannot cross a paragraph (inline math, a command's
 * braces) look their closers up only up to these ends, so an edit in one paragraph never changes how
 * another is read.
 */
export function paragraphEnds(text: string): number[] {
  const ends = blankLines(text).map((b) => b.at);
  ends.push(text.length);
  return ends;
}

/** The end of the paragraph holding `offset`: the first of `ends` (from `paragraphEnds`) at or after it. */
export function paragraphEndAt(ends: readonly number[], offset: number): number {
  // The last end is the text's length, so an offset past every other end falls in the last paragraph.
  return ends[Math.min(firstAtOrAfter(ends, offset), ends.length - 1)];
}

/** True when a blank line ends exactly at `offset` (so a paragraph may begin there), as `blankLines` finds them. */
export function endsBlankLine(text: string, offset: number): boolean {
  if (offset <= 0 || offset > text.length) return false;
  // The second line break ends at `offset` (a CR followed by LF would end one later).
  let s: number;
  if (text.charCodeAt(offset - 1) === LF) s = text.charCodeAt(offset - 2) === CR ? offset - 2 : offset - 1;
  else if (text.charCodeAt(offset - 1) === CR && text.charCodeAt(offset) !== LF) s = offset - 1;
  else return false;
  let k = s;
  while (k > 0 && (text.charCodeAt(k - 1) === 32 || text.charCodeAt(k - 1) === 9)) k--;
  return k > 0 && isLineBreak(text.charCodeAt(k - 1));
}
