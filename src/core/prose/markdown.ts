/** Markdown → prose: skips front matter, code, HTML comments and tags, math, link targets, URLs. */
import { lineBreakLength, lineEndFrom } from '../lineBreaks';
import { maskMarkdownInline } from './markdownInline';
import { ProseBuffer, type Prose } from './types';

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const FRONT_MATTER_END = /^(---|\.\.\.)[ \t]*$/;
const INDENTED_CODE = /^( {4,}|\t)/;
const LINK_DEFINITION = /^ {0,3}\[[^\]]+\]:[ \t]*\S/;
const THEMATIC_BREAK = /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;
// A table's separator row, "| --- | :---: |". One optional pipe between two runs of blanks would let
// the runs trade characters on a line of spaces (quadratic); here the pipe owns the blanks after it.
const TABLE_SEPARATOR = /^[ \t]*(?:\|[ \t]*)?:?-{3,}/;
const BLOCK_START = /^( {0,3}(#{1,6})\s| {0,3}>\s?| {0,3}(?:[-*+]|\d{1,9}[.)])\s+)/;

/** One line of the source: where its text starts and ends (before the line break). */
interface Line {
  start: number;
  end: number;
  text: string;
}

/** The source's lines; CRLF, LF and a lone CR each end one. */
function* linesOf(source: string): Generator<Line> {
  let start = 0;
  for (;;) {
    const end = lineEndFrom(source, start);
    yield { start, end, text: source.slice(start, end) };
    if (end >= source.length) return;
    start = end + lineBreakLength(source, end);
  }
}

/** A table row: a line that starts and ends with a pipe (surrounding blanks allowed). */
function isTableRow(line: string): boolean {
  const t = line.trim();
  return t.length >= 2 && t.startsWith('|') && t.endsWith('|');
}

export function markdownProse(source: string): Prose {
  const buf = new ProseBuffer(source);
  let fence: string | undefined;
  let prevBlank = true;
  let inFrontMatter = /^---(\r\n|\r|\n)/.test(source);
  let lineNo = 0;
  for (const { start, end, text: line } of linesOf(source)) {
    const blank = line.trim() === '';
    if (inFrontMatter) {
      buf.mask(start, end);
      if (lineNo > 0 && FRONT_MATTER_END.test(line)) inFrontMatter = false;
      lineNo++;
      continue;
    }
    lineNo++;
    if (fence !== undefined) {
      buf.mask(start, end);
      const m = FENCE.exec(line);
      if (m && m[1][0] === fence[0] && m[1].length >= fence.length && line.trim() === m[1]) fence = undefined;
      continue;
    }
    const f = FENCE.exec(line);
    if (f) {
      fence = f[1];
      buf.mask(start, end);
      buf.addBreak(start);
      prevBlank = false;
      continue;
    }
    if (!blank && prevBlank && INDENTED_CODE.test(line)) {
      // Indented code block: stays code until a blank line ends it.
      buf.mask(start, end);
      continue;
    }
    if (LINK_DEFINITION.test(line)) {
      buf.mask(start, end);
      prevBlank = false;
      continue;
    }
    if (THEMATIC_BREAK.test(line) || TABLE_SEPARATOR.test(line)) {
      buf.mask(start, end);
      buf.addBreak(start);
      continue;
    }
    const block = BLOCK_START.exec(line);
    if (block) {
      buf.mask(start, start + block[0].length);
      buf.addBreak(start);
      if (block[2]) buf.addBreak(end); // a heading is a sentence of its own
    }
    if (isTableRow(line)) {
      for (let i = line.indexOf('|'); i >= 0; i = line.indexOf('|', i + 1)) {
        buf.mask(start + i, start + i + 1);
        buf.addBreak(start + i);
      }
      buf.addBreak(end);
    }
    prevBlank = blank;
  }
  maskMarkdownInline(buf);
  return buf.finish();
}
