/** Offsets ↔ LSP positions (0-based line, UTF-16 character) for one text. */
import { CR, LF } from './lineBreaks';
import type { Position, Range } from './types';

export interface LineIndex {
  positionAt(offset: number): Position;
  offsetAt(position: Position): number;
  rangeOf(start: number, end: number): Range;
  readonly lineCount: number;
}

/**
 * Where each line starts. The breaks are found with indexOf, not a loop over every character: a
 * 14 MB user lexicon on one line is read in a few milliseconds instead of tens.
 */
export function lineStarts(text: string): number[] {
  const starts = [0];
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  while (lf !== -1 || cr !== -1) {
    if (cr === -1 || (lf !== -1 && lf < cr)) {
      starts.push(lf + 1);
      lf = text.indexOf('\n', lf + 1);
    } else {
      // A CR, with the LF right after it one break (CRLF).
      const end = lf === cr + 1 ? cr + 2 : cr + 1;
      starts.push(end);
      if (lf === cr + 1) lf = text.indexOf('\n', end);
      cr = text.indexOf('\r', cr + 1);
    }
  }
  return starts;
}

/** Lines end at CRLF, LF or a lone CR, as in VS Code. */
export function createLineIndex(text: string): LineIndex {
  const starts = lineStarts(text);
  const positionAt = (offset: number): Position => {
    const o = Math.max(0, Math.min(offset, text.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - starts[lo] };
  };
  /** Where a line's text ends (before its line break). */
  const lineEnd = (line: number): number => {
    if (line + 1 >= starts.length) return text.length;
    const next = starts[line + 1];
    return text.charCodeAt(next - 1) === LF && text.charCodeAt(next - 2) === CR ? next - 2 : next - 1;
  };
  return {
    positionAt,
    offsetAt(p: Position): number {
      if (p.line >= starts.length) return text.length;
      const line = Math.max(0, p.line);
      return Math.min(starts[line] + Math.max(0, p.character), lineEnd(line));
    },
    rangeOf(start: number, end: number): Range {
      return { start: positionAt(start), end: positionAt(end) };
    },
    lineCount: starts.length,
  };
}
