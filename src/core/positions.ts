/** Offsets ↔ LSP positions (0-based line, UTF-16 character) for one text. */
import type { Position, Range } from './types';

export interface LineIndex {
  positionAt(offset: number): Position;
  offsetAt(position: Position): number;
  rangeOf(start: number, end: number): Range;
  readonly lineCount: number;
}

export function createLineIndex(text: string): LineIndex {
  const starts = [0];
  let at = text.indexOf('\n');
  while (at >= 0) {
    starts.push(at + 1);
    at = text.indexOf('\n', at + 1);
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
  return {
    positionAt,
    offsetAt(p: Position): number {
      if (p.line >= starts.length) return text.length;
      const lineEnd = p.line + 1 < starts.length ? starts[p.line + 1] - 1 : text.length;
      return Math.min(starts[Math.max(0, p.line)] + p.character, lineEnd);
    },
    rangeOf(start: number, end: number): Range {
      return { start: positionAt(start), end: positionAt(end) };
    },
    lineCount: starts.length,
  };
}
