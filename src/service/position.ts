/** Positions and ranges in LSP shape (0-based line, UTF-16 character), shared by every feature. */
import type { Position, Range } from '../core';

/** True when `p` lies inside `r`, ends included (the cursor right after a word still touches it). */
export function rangeContains(r: Range, p: Position): boolean {
  if (p.line < r.start.line || p.line > r.end.line) return false;
  if (p.line === r.start.line && p.character < r.start.character) return false;
  if (p.line === r.end.line && p.character > r.end.character) return false;
  return true;
}
