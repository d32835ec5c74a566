/**
 * Brace matching for LaTeX, computed once per document with a stack: asking for the closer of any `{`
 * is then a lookup, where rescanning from every unclosed `\section{` to the end was quadratic. A group
 * cannot cross a paragraph (TeX ends it with an error there), so an unclosed `{` closes at the end of
 * its paragraph and an edit in one paragraph never changes how another is read.
 */
import { isLineBreak, lineEndFrom, paragraphEnds } from '../lineBreaks';
import { firstAtOrAfter } from '../sorted';

export interface BraceMatcher {
  /** Offset of the `}` that closes the `{` at `open`, or the end of its paragraph when none does. */
  closeOf(open: number): number;
  /** Paragraph ends, sorted (see `paragraphEnds`). */
  readonly paragraphEnds: readonly number[];
}

/** Length of `\verb|…|` at `at` (0 when there is none): its content is neither braces nor comment. */
export function verbLength(source: string, at: number): number {
  if (!source.startsWith('\\verb', at)) return 0;
  let i = at + 5;
  if (source[i] === '*') i++;
  const delimiter = source[i];
  if (delimiter === undefined || /[A-Za-z\s]/.test(delimiter)) return 0;
  // One scan for whichever comes first, the closing delimiter or the end of the line.
  let close = i + 1;
  while (close < source.length && source[close] !== delimiter && !isLineBreak(source.charCodeAt(close))) close++;
  return (source[close] === delimiter ? close + 1 : close) - at;
}

export function matchBraces(source: string): BraceMatcher {
  const ends = paragraphEnds(source);
  // Parallel arrays, not a Map: a 20 MB file of braces holds more openers than a Map may.
  const opens: number[] = [];
  const closes: number[] = [];
  const stack: number[] = []; // indices into opens
  let paragraph = 0;
  const closeParagraph = (at: number): void => {
    for (const k of stack) closes[k] = at;
    stack.length = 0;
  };
  for (let i = 0; i < source.length; i++) {
    while (i > ends[paragraph]) closeParagraph(ends[paragraph++]);
    const c = source[i];
    if (c === '\\') {
      const verb = verbLength(source, i);
      i += verb > 0 ? verb - 1 : 1;
      continue;
    }
    if (c === '%') {
      i = lineEndFrom(source, i) - 1;
      continue;
    }
    if (c === '{') {
      stack.push(opens.length);
      opens.push(i);
      closes.push(-1);
    } else if (c === '}') {
      const k = stack.pop();
      if (k !== undefined) closes[k] = i;
    }
  }
  closeParagraph(source.length);
  return {
    closeOf: (open: number): number => {
      const k = firstAtOrAfter(opens, open);
      return opens[k] === open ? closes[k] : open;
    },
    paragraphEnds: ends,
  };
}
