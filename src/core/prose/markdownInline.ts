/**
 * Markdown inline markup, masked in one forward pass per construct. Every scanner here is linear in the
 * text: a search for a closer resumes where the previous search for the same closer stopped, and no
 * construct but an HTML comment or display math reaches past the end of its line (so a stray `<`,
 * `[` or backtick cannot hide the rest of a document).
 */
import { isLineBreak, lineEndFrom } from '../lineBreaks';
import { forwardFinder, type Finder } from './scan';
import { maskMath, type ProseBuffer } from './types';

/** Masks inline code, HTML comments and tags, URLs, math, images, link targets and footnote markers. */
export function maskMarkdownInline(buf: ProseBuffer): void {
  // Each pass reads the text as masked by the passes before it: code cannot open a comment or math.
  maskCodeSpans(buf.current(), buf);
  maskHtmlComments(buf.current(), buf);
  const text = buf.current();
  maskHtmlTags(text, buf);
  for (const m of text.matchAll(/<(?:https?|mailto):[^<>\s]+>|\bhttps?:\/\/[^\s)<>\]]+/g)) buf.mask(m.index, m.index + m[0].length);
  maskMathSpans(text, buf);
  maskLinks(text, buf);
  // Footnote markers [^1]: the label stops at a bracket, so each marker is scanned once.
  for (const m of text.matchAll(/\[\^[^\][\s]+\]:?/g)) buf.mask(m.index, m.index + m[0].length);
}

/** Code spans: a run of backticks up to the next run of the same length on the same line. */
function maskCodeSpans(text: string, buf: ProseBuffer): void {
  const nextBacktick = forwardFinder(text, '`');
  for (let lineStart = 0; lineStart <= text.length;) {
    const lineEnd = lineEndFrom(text, lineStart);
    if (nextBacktick(lineStart, lineEnd) >= 0) maskCodeSpansOfLine(text, lineStart, lineEnd, buf);
    if (lineEnd >= text.length) return;
    lineStart = lineEnd + 1;
  }
}

function maskCodeSpansOfLine(text: string, from: number, to: number, buf: ProseBuffer): void {
  const runs: Array<{ start: number; length: number }> = [];
  for (let i = from; i < to; i++) {
    if (text[i] !== '`') continue;
    let j = i;
    while (j < to && text[j] === '`') j++;
    runs.push({ start: i, length: j - i });
    i = j - 1;
  }
  // Per run length, the runs of that length in order, and how far the search for a closer has come.
  const byLength = new Map<number, number[]>();
  runs.forEach((r, k) => {
    const list = byLength.get(r.length);
    if (list) list.push(k);
    else byLength.set(r.length, [k]);
  });
  const cursor = new Map<number, number>();
  for (let k = 0; k < runs.length; k++) {
    const list = byLength.get(runs[k].length) as number[];
    let c = cursor.get(runs[k].length) ?? 0;
    while (c < list.length && list[c] <= k) c++;
    cursor.set(runs[k].length, c);
    if (c >= list.length) continue; // no closer: the backticks are literal
    const close = runs[list[c]];
    buf.mask(runs[k].start, close.start + close.length);
    k = list[c];
  }
}

/** HTML comments, which may span lines; one left open hides the rest of the document, as in a renderer. */
function maskHtmlComments(text: string, buf: ProseBuffer): void {
  for (let open = text.indexOf('<!--'); open >= 0; open = text.indexOf('<!--', open)) {
    const close = text.indexOf('-->', open + 4);
    const end = close < 0 ? text.length : close + 3;
    buf.mask(open, end);
    open = end;
  }
}

const isTagNameStart = (c: string): boolean => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
const isTagNameChar = (c: string): boolean => isTagNameStart(c) || (c >= '0' && c <= '9') || c === '-';

/**
 * HTML tags, `<span class="x">` or `</b>` or `<br/>`, on one line. The attributes run to the first `>`
 * before another `<` or the end of the line: "values <LOD were excluded" is text, not an open tag.
 */
function maskHtmlTags(text: string, buf: ProseBuffer): void {
  for (let lt = text.indexOf('<'); lt >= 0; lt = text.indexOf('<', lt + 1)) {
    let i = lt + 1;
    if (text[i] === '/') i++;
    if (!isTagNameStart(text[i] ?? '')) continue;
    while (i < text.length && isTagNameChar(text[i])) i++;
    if (text[i] === ' ' || text[i] === '\t') {
      while (i < text.length && text[i] !== '<' && text[i] !== '>' && !isLineBreak(text.charCodeAt(i))) i++;
      if (text[i] !== '>') { lt = i - 1; continue; } // resume at the `<` that stopped the scan
    } else if (text[i] === '/' && text[i + 1] === '>') i++;
    if (text[i] !== '>') continue;
    buf.mask(lt, i + 1);
    lt = i;
  }
}

/**
 * Display math `$$…$$` (may span lines) and inline math `$…$` (one line; no blank just inside the
 * dollars, no digit after the closing one: "costs $5 and $10" is not math).
 */
function maskMathSpans(text: string, buf: ProseBuffer): void {
  for (let open = text.indexOf('$$'); open >= 0; open = text.indexOf('$$', open)) {
    const close = text.indexOf('$$', open + 3);
    if (close < 0) break;
    buf.mask(open, close + 2);
    open = close + 2;
  }
  for (const m of text.matchAll(/(?<![\\$])\$(?![\s$])([^$\r\n]+?)(?<![\s\\])\$(?!\d)/g)) {
    maskMath(buf, text, m.index, m.index + m[0].length, m.index + 1, m.index + m[0].length - 1);
  }
}

/**
 * Images entirely; links keep their text: `[text](target)` and `[text][ref]`. A bracket opens at the
 * first `[` after the last construct and closes at the first `]` after it, on the same line.
 */
function maskLinks(text: string, buf: ProseBuffer): void {
  const finders = { open: forwardFinder(text, '['), close: forwardFinder(text, ']'), paren: forwardFinder(text, ')') };
  for (let lineStart = 0; lineStart <= text.length;) {
    const lineEnd = lineEndFrom(text, lineStart);
    if (finders.open(lineStart, lineEnd) >= 0) maskLinksOfLine(text, lineStart, lineEnd, finders, buf);
    if (lineEnd >= text.length) return;
    lineStart = lineEnd + 1;
  }
}

function maskLinksOfLine(text: string, from: number, to: number, find: Record<'open' | 'close' | 'paren', Finder>, buf: ProseBuffer): void {
  let pos = from;
  for (;;) {
    const open = find.open(pos, to);
    if (open < 0) return;
    const close = find.close(open + 1, to);
    if (close < 0) return;
    pos = close + 1;
    const image = open > from && text[open - 1] === '!';
    if (close === open + 1 && !image) continue; // "[]" is no link
    const after = text[close + 1];
    let end = -1;
    if (after === '(') end = find.paren(close + 2, to);
    else if (after === '[' && !image) end = find.close(close + 2, to);
    if (end < 0) continue;
    pos = end + 1;
    if (image) {
      buf.mask(open - 1, end + 1);
      continue;
    }
    if (text[open + 1] === '^') continue; // a footnote reference, masked with the markers
    buf.mask(open, open + 1);
    buf.mask(close, end + 1);
  }
}
