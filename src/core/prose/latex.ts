/**
 * LaTeX → prose: skips comments, math and the arguments of non-prose commands (\cite, \ref, \label,
 * \usepackage, …); keeps the text of \emph, \textit, \textbf, \caption, \section, \footnote; reads
 * `TNF-$\alpha$` as TNF-α. Inline math, display math and a command's arguments end with their
 * paragraph when left open (TeX stops there too); only environments may span paragraphs.
 */
import { lineEndFrom, paragraphEndAt } from '../lineBreaks';
import { matchBraces, verbLength, type BraceMatcher } from './latexBraces';
import { forwardFinder, type Finder } from './scan';
import { maskMath, ProseBuffer, type Prose } from './types';

/** Commands whose arguments are not prose: masked with all their arguments. */
const NON_PROSE = new Set([
  'cite', 'citep', 'citet', 'citealp', 'citeauthor', 'citeyear', 'parencite', 'textcite', 'autocite', 'footcite', 'nocite',
  'ref', 'eqref', 'autoref', 'cref', 'Cref', 'pageref', 'label', 'usepackage', 'documentclass', 'input', 'include',
  'includegraphics', 'bibliography', 'bibliographystyle', 'addbibresource', 'url', 'hspace', 'vspace', 'setlength',
  'newcommand', 'renewcommand', 'providecommand', 'DeclareMathOperator', 'newenvironment', 'setcounter', 'addtocounter',
  'pagestyle', 'thispagestyle', 'graphicspath', 'hypersetup', 'definecolor', 'color', 'begin', 'end', 'linespread',
]);

/** Commands whose argument is a sentence of its own (headings, captions, notes, items). */
const OWN_SENTENCE = new Set([
  'section', 'subsection', 'subsubsection', 'paragraph', 'subparagraph', 'chapter', 'part', 'caption', 'footnote',
  'title', 'item', 'author',
]);

const MATH_ENVS = /^(equation|align|alignat|gather|multline|eqnarray|math|displaymath|flalign)\*?$/;
const VERBATIM_ENVS = /^(verbatim|lstlisting|minted|comment)\*?$/;

/** What the scanner of one document shares between its steps: closers found once, read forwards. */
interface Scan {
  source: string;
  buf: ProseBuffer;
  braces: BraceMatcher;
  find: Record<'dollar' | 'dollars' | 'closeParen' | 'closeBracket' | 'bracket', Finder>;
}

export function latexProse(source: string): Prose {
  const buf = new ProseBuffer(source);
  const braces = matchBraces(source);
  const scan: Scan = {
    source, buf, braces,
    find: {
      dollar: forwardFinder(source, '$'), dollars: forwardFinder(source, '$$'),
      closeParen: forwardFinder(source, '\\)'), closeBracket: forwardFinder(source, '\\]'), bracket: forwardFinder(source, ']'),
    },
  };
  const n = source.length;
  let i = 0;
  while (i < n) {
    const c = source[i];
    if (c === '%') {
      const end = lineEndFrom(source, i);
      buf.mask(i, end);
      i = end;
      continue;
    }
    if (c === '$') {
      const display = source[i + 1] === '$';
      i = maskMathUntil(scan, i, display ? 2 : 1, display ? scan.find.dollars : scan.find.dollar);
      continue;
    }
    if (c === '~') {
      buf.mask(i, i + 1);
      i++;
      continue;
    }
    if (c === '\\') {
      i = command(scan, i);
      continue;
    }
    if (c === '{' || c === '}') {
      buf.mask(i, i + 1);
      i++;
      continue;
    }
    if (c === '&') {
      buf.mask(i, i + 1);
      buf.addBreak(i);
      i++;
      continue;
    }
    i++;
  }
  return buf.finish();
}

/** Masks math opened at `at` by `open` characters up to its closer in the same paragraph; returns where it ends. */
function maskMathUntil(scan: Scan, at: number, open: number, closer: Finder): number {
  const paragraphEnd = paragraphEndAt(scan.braces.paragraphEnds, at);
  const close = closer(at + open, paragraphEnd);
  const end = close < 0 ? paragraphEnd : close + open;
  maskMath(scan.buf, scan.source, at, end, at + open, close < 0 ? paragraphEnd : close);
  return Math.max(end, at + 1);
}

/** A backslash at `i`: math delimiters, \verb, environments, commands. Returns where scanning resumes. */
function command(scan: Scan, i: number): number {
  const { source, buf } = scan;
  const n = source.length;
  const next = source[i + 1];
  if (next === '(') return maskMathUntil(scan, i, 2, scan.find.closeParen);
  if (next === '[') return maskMathUntil(scan, i, 2, scan.find.closeBracket);
  const verb = verbLength(source, i);
  if (verb > 0) {
    buf.mask(i, i + verb);
    return i + verb;
  }
  const m = /^\\([A-Za-z]+)\*?/.exec(source.slice(i, i + 40));
  if (!m) {
    // \%, \&, \\, \, and friends: the escaped character may stay; the backslash goes.
    buf.mask(i, i + 1);
    if (next === '\\' || next === ',' || next === ' ' || next === ';') buf.mask(i + 1, i + 2);
    if (next === '\\') buf.addBreak(i);
    return i + 2;
  }
  const name = m[1];
  const cmdEnd = i + m[0].length;
  if (name === 'begin') {
    const env = /^\{([^}]*)\}/.exec(source.slice(cmdEnd, cmdEnd + 40));
    const envName = env?.[1] ?? '';
    if (MATH_ENVS.test(envName) || VERBATIM_ENVS.test(envName)) {
      const endTag = `\\end{${envName}}`;
      const close = source.indexOf(endTag, cmdEnd);
      const end = close < 0 ? n : close + endTag.length;
      buf.mask(i, end);
      buf.addBreak(i);
      return end;
    }
  }
  if (NON_PROSE.has(name)) {
    const end = skipArguments(scan, cmdEnd);
    buf.mask(i, end);
    if (name === 'begin' || name === 'end') buf.addBreak(i);
    return end;
  }
  if (/^(alpha|beta|gamma|delta|kappa)$/.test(name)) {
    // A text-mode Greek command outside math is rare but means the same letter.
    maskMath(buf, source, i, cmdEnd, i, cmdEnd);
    return cmdEnd;
  }
  buf.mask(i, cmdEnd);
  if (OWN_SENTENCE.has(name)) {
    buf.addBreak(i);
    const optEnd = skipOptional(scan, cmdEnd);
    if (source[optEnd] === '{') {
      const close = scan.braces.closeOf(optEnd);
      buf.mask(optEnd, optEnd + 1);
      if (source[close] === '}') buf.mask(close, close + 1);
      buf.addBreak(close);
    }
    return optEnd;
  }
  // Any other command (\emph, \textit, \textbf, unknown macros): drop the name, keep the argument text.
  return cmdEnd;
}

/** The `]` closing an optional argument opened at `at`, in the same paragraph, or -1. */
function closingBracket(scan: Scan, at: number): number {
  return scan.find.bracket(at, paragraphEndAt(scan.braces.paragraphEnds, at));
}

/** Masks an optional [..] argument and returns where the next argument starts. */
function skipOptional(scan: Scan, at: number): number {
  if (scan.source[at] !== '[') return at;
  const close = closingBracket(scan, at);
  const end = close < 0 ? at : close + 1;
  scan.buf.mask(at, end);
  return end;
}

/** Skips any number of [..] and {..} arguments directly after a command. */
function skipArguments(scan: Scan, at: number): number {
  const { source } = scan;
  let i = at;
  for (;;) {
    let j = i;
    while (source[j] === ' ') j++;
    if (source[j] === '[') {
      const close = closingBracket(scan, j);
      if (close < 0) return i;
      i = close + 1;
    } else if (source[j] === '{') {
      i = Math.min(source.length, scan.braces.closeOf(j) + 1);
    } else {
      return i;
    }
  }
}
