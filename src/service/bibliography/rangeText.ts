/** The text of a range of a document given whole (line-based ranges, as the analysis reports them). */
import type { Range } from '../../core';

export function rangeText(text: string): (range: Range) => string {
  const lines = text.split('\n');
  return (r) => {
    if (r.start.line === r.end.line) return lines[r.start.line]?.slice(r.start.character, r.end.character) ?? '';
    return [lines[r.start.line]?.slice(r.start.character) ?? '', ...lines.slice(r.start.line + 1, r.end.line), lines[r.end.line]?.slice(0, r.end.character) ?? ''].join('\n');
  };
}
