/** Markdown → prose: skips front matter, code, HTML comments and tags, math, link targets, URLs. */
import { maskMath, ProseBuffer, type Prose } from './types';

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

export function markdownProse(source: string): Prose {
  const buf = new ProseBuffer(source);
  const lines = source.split('\n');
  let offset = 0;
  let fence: string | undefined;
  let prevBlank = true;
  let inFrontMatter = source.startsWith('---\n') || source.startsWith('---\r\n');
  let lineNo = 0;
  for (const line of lines) {
    const start = offset;
    const end = offset + line.length;
    offset = end + 1;
    const blank = line.trim() === '';
    if (inFrontMatter) {
      buf.mask(start, end);
      if (lineNo > 0 && /^(---|\.\.\.)\s*$/.test(line)) inFrontMatter = false;
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
    if (!blank && prevBlank && /^( {4,}|\t)/.test(line)) {
      // Indented code block: stays code until a blank line ends it.
      buf.mask(start, end);
      continue;
    }
    if (/^ {0,3}\[[^\]]+\]:\s*\S/.test(line)) {
      buf.mask(start, end); // link reference definition
      prevBlank = false;
      continue;
    }
    if (/^ {0,3}([-*_])(\s*\1){2,}\s*$/.test(line) || /^\s*\|?\s*:?-{3,}/.test(line)) {
      buf.mask(start, end); // thematic break or table separator row
      buf.addBreak(start);
      continue;
    }
    const block = /^( {0,3}(#{1,6})\s| {0,3}>\s?| {0,3}(?:[-*+]|\d{1,9}[.)])\s+)/.exec(line);
    if (block) {
      buf.mask(start, start + block[0].length);
      buf.addBreak(start);
      if (block[2]) buf.addBreak(end); // a heading is a sentence of its own
    }
    if (line.includes('|') && /^\s*\|.*\|\s*$/.test(line)) {
      for (let i = 0; i < line.length; i++) if (line[i] === '|') { buf.mask(start + i, start + i + 1); buf.addBreak(start + i); }
      buf.addBreak(end);
    }
    prevBlank = blank;
  }
  maskInline(buf.current(), buf);
  return buf.finish();
}

/** Inline constructs, found in the block-masked text so code blocks cannot open a comment or math. */
function maskInline(source: string, buf: ProseBuffer): void {
  // Inline code first: its content is not markup.
  for (const m of source.matchAll(/(`+)(?:(?!\1)[^\n])+?\1/g)) buf.mask(m.index, m.index + m[0].length);
  // HTML comments (may span lines) and tags.
  for (const m of source.matchAll(/<!--[\s\S]*?(?:-->|$)/g)) buf.mask(m.index, m.index + m[0].length);
  for (const m of source.matchAll(/<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g)) buf.mask(m.index, m.index + m[0].length);
  // Autolinks and bare URLs.
  for (const m of source.matchAll(/<(?:https?|mailto):[^>\s]+>|\bhttps?:\/\/[^\s)<>\]]+/g)) buf.mask(m.index, m.index + m[0].length);
  // Display math, then inline math ($…$ without spaces just inside the dollars).
  for (const m of source.matchAll(/\$\$[\s\S]+?\$\$/g)) buf.mask(m.index, m.index + m[0].length);
  for (const m of source.matchAll(/(?<![\\$])\$(?![\s$])([^$\n]+?)(?<![\s\\])\$(?!\d)/g)) {
    maskMath(buf, source, m.index, m.index + m[0].length, m.index + 1, m.index + m[0].length - 1);
  }
  // Images entirely; links keep their text: [text](target) and [text][ref].
  for (const m of source.matchAll(/!\[[^\]\n]*\]\([^)\n]*\)/g)) buf.mask(m.index, m.index + m[0].length);
  for (const m of source.matchAll(/\[([^\]\n]+)\](\([^)\n]*\)|\[[^\]\n]*\])/g)) {
    if (/^\^/.test(m[1])) continue;
    buf.mask(m.index, m.index + 1);
    const close = m.index + 1 + m[1].length;
    buf.mask(close, close + 1 + m[2].length);
  }
  // Footnote markers [^1].
  for (const m of source.matchAll(/\[\^[^\]\s]+\]:?/g)) buf.mask(m.index, m.index + m[0].length);
}
