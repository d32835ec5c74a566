/** Positions and ranges in LSP shape (0-based line, UTF-16 character), shared by every feature. */
import type { Position, Range } from '../core';

/** True when `p` lies inside `r`, ends included (the cursor right after a word still touches it). */
export function rangeContains(r: Range, p: Position): boolean {
  if (p.line < r.start.line || p.line > r.end.line) return false;
  if (p.line === r.start.line && p.character < r.start.character) return false;
  if (p.line === r.end.line && p.character > r.end.character) return false;
  return true;
}

export function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

/** True when the two ranges share at least one position. */
export function rangesTouch(a: Range, b: Range): boolean {
  return rangeContains(a, b.start) || rangeContains(a, b.end) || rangeContains(b, a.start);
}
