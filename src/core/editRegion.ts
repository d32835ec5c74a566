/**
 * Which paragraph blocks an edit re-reads. Only the blocks holding the changed text, as long as the new
 * text still breaks into paragraphs exactly at the region's two edges; otherwise the region takes in the
 * paragraph beyond that edge (an edit that removed a blank line, made a line blank next to one, or turned
 * a CR into a CRLF there) until it does. Each block is read on its own (see lineBreaks.paragraphEnds),
 * so the blocks outside the region keep their results.
 */
import type { Block } from './blocks';
import { endsBlankLine, isLineBreak } from './lineBreaks';

/** True when a blank line starts at `offset`: spaces and tabs, then a line break. */
function blankLineFrom(text: string, offset: number): boolean {
  let k = offset;
  while (k < text.length && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
  return k < text.length && isLineBreak(text.charCodeAt(k));
}

/**
 * True when a paragraph of `text` starts at `offset`, as blankLines cuts them: a run of blank lines ends
 * there (and goes on no further).
 */
export function paragraphStartsAt(text: string, offset: number): boolean {
  return offset === 0 || (endsBlankLine(text, offset) && !blankLineFrom(text, offset));
}

export interface EditRegion {
  /** First and last block re-read (inclusive). */
  first: number;
  last: number;
}

/**
 * The blocks to re-read after text[changeStart, changeEnd) of the old text became new text of `delta`
 * more characters (`newText` is the whole new text).
 */
export function editRegion(blocks: readonly Block[], newText: string, changeStart: number, changeEnd: number, delta: number): EditRegion {
  let first = 0;
  while (first + 1 < blocks.length && blocks[first + 1].start <= changeStart) first++;
  let last = first;
  while (last + 1 < blocks.length && blocks[last].end < changeEnd) last++;
  while (first > 0 && !paragraphStartsAt(newText, blocks[first].start)) first--;
  while (last < blocks.length - 1 && !paragraphStartsAt(newText, blocks[last].end + delta)) last++;
  return { first, last };
}
