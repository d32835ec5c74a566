/**
 * LaTeX → prose: skips comments, math and the arguments of non-prose commands (\cite, \ref, \label,
 * \usepackage, …); keeps the text of \emph, \textit, \textbf, \caption, \section, \footnote; reads
 * `TNF-$\alpha$` as TNF-α.
 */
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

export function latexProse(source: string): Prose {
  const buf = new ProseBuffer(source);
  const n = source.length;
  let i = 0;
  while (i < n) {
    const c = source[i];
    if (c === '%') {
      const eol = source.indexOf('\n', i);
      const end = eol < 0 ? n : eol;
      buf.mask(i, end);
      i = end;
      continue;
    }
    if (c === '$') {
      const display = source[i + 1] === '$';
      const open = display ? 2 : 1;
      const close = source.indexOf(display ? '$$' : '$', i + open);
      const end = close < 0 ? n : close + open;
      maskMath(buf, source, i, end, i + open, close < 0 ? n : close);
      i = end;
      continue;
    }
    if (c === '~') {
      buf.mask(i, i + 1);
      i++;
      continue;
    }
    if (c === '\\') {
      const next = source[i + 1];
      if (next === '(' || next === '[') {
        const closer = next === '(' ? '\\)' : '\\]';
        const close = source.indexOf(closer, i + 2);
        const end = close < 0 ? n : close + 2;
        maskMath(buf, source, i, end, i + 2, close < 0 ? n : close);
        i = end;
        continue;
      }
      const m = /^\\([A-Za-z]+)\*?/.exec(source.slice(i, i + 40));
      if (!m) {
        // \%, \&, \\, \, and friends: the escaped character may stay; the backslash goes.
        buf.mask(i, i + 1);
        if (next === '\\' || next === ',' || next === ' ' || next === ';') buf.mask(i + 1, i + 2);
        if (next === '\\') buf.addBreak(i);
        i += 2;
        continue;
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
          i = end;
          continue;
        }
      }
      if (NON_PROSE.has(name)) {
        const end = skipArguments(source, cmdEnd);
        buf.mask(i, end);
        if (name === 'begin' || name === 'end') buf.addBreak(i);
        i = end;
        continue;
      }
      const greek = /^(alpha|beta|gamma|delta|kappa)$/.test(name) ? name : undefined;
      if (greek !== undefined) {
        // A text-mode Greek command outside math is rare but means the same letter.
        maskMath(buf, source, i, cmdEnd, i, cmdEnd);
        i = cmdEnd;
        continue;
      }
      buf.mask(i, cmdEnd);
      if (OWN_SENTENCE.has(name)) {
        buf.addBreak(i);
        const optEnd = skipOptional(source, cmdEnd, buf);
        if (source[optEnd] === '{') {
          const close = matchingBrace(source, optEnd);
          buf.mask(optEnd, optEnd + 1);
          if (close < n) buf.mask(close, close + 1);
          buf.addBreak(close);
        }
        i = optEnd;
        continue;
      }
      // Any other command (\emph, \textit, \textbf, unknown macros): drop the name, keep the argument text.
      i = cmdEnd;
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

function matchingBrace(source: string, open: number): number {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') { i++; continue; }
    if (c === '{') depth++;
    else if (c === '}') { depth--; if (depth === 0) return i; }
  }
  return source.length;
}

/** Masks an optional [..] argument and returns where the next argument starts. */
function skipOptional(source: string, at: number, buf: ProseBuffer): number {
  if (source[at] !== '[') return at;
  const close = source.indexOf(']', at);
  const end = close < 0 ? at : close + 1;
  buf.mask(at, end);
  return end;
}

/** Skips any number of [..] and {..} arguments directly after a command. */
function skipArguments(source: string, at: number): number {
  let i = at;
  for (;;) {
    let j = i;
    while (source[j] === ' ') j++;
    if (source[j] === '[') {
      const close = source.indexOf(']', j);
      if (close < 0) return i;
      i = close + 1;
    } else if (source[j] === '{') {
      i = Math.min(source.length, matchingBrace(source, j) + 1);
    } else {
      return i;
    }
  }
}
