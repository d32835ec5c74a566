/** Offsets ↔ LSP positions (0-based line, UTF-16 character) for one text. */
import { CR, LF } from './lineBreaks';
import type { Position, Range } from './types';

export interface LineIndex {
  positionAt(offset: number): Position;
  offsetAt(position: Position): number;
  rangeOf(start: number, end: number): Range;
  readonly lineCount: number;
}

/** Lines end at CRLF, LF or a lone CR, as in VS Code. */
export function createLineIndex(text: string): LineIndex {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === LF) starts.push(i + 1);
    else if (c === CR) {
      if (text.charCodeAt(i + 1) === LF) i++;
      starts.push(i + 1);
    }
  }
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
