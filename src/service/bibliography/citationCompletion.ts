/** Completion of citation keys inside `\cite{…}` (any cite command) and after `[@` or `@` in Pandoc. */
import { CompletionItemKind, MarkupKind, type CompletionList, type Position } from '../lsp';
import type { CitationContext } from './context';

// A cite command whose key list opens at the end of the text it is tried on (the 300 characters before it).
const LATEX_OPEN = /\\([a-zA-Z]+)\*? ?(?:\[[^[\]\n]{0,200}\] ?){0,2}\{$/;
const PANDOC_OPEN = /(?:^|[\s[;(])-?@([\p{L}\p{N}_:.#$%&+?<>~/-]*)$/u;

/** The key being typed inside `\cite{a, b` before the cursor, if the cursor is in a cite command's keys. */
function latexTyped(lineBefore: string): string | undefined {
  const open = lineBefore.lastIndexOf('{');
  if (open < 0 || lineBefore.includes('}', open)) return undefined;
  const command = LATEX_OPEN.exec(lineBefore.slice(Math.max(0, open - 300), open + 1));
  if (!command || !command[1].includes('cite')) return undefined;
  const typed = lineBefore.slice(open + 1).split(',').pop()?.trimStart() ?? '';
  return /\s/.test(typed) ? undefined : typed;
}

export function citationCompletion(lineBefore: string, languageId: string, position: Position, ctx: CitationContext, escape: (s: string) => string): CompletionList | null {
  if (languageId === 'plaintext') return null;
  const typed = languageId === 'latex' ? latexTyped(lineBefore) : PANDOC_OPEN.exec(lineBefore)?.[1];
  if (typed === undefined) return null;
  const range = { start: { line: position.line, character: position.character - typed.length }, end: position };
  const items = ctx.files.flatMap((f) => f.entries.map((e) => ({
    label: e.key,
    kind: CompletionItemKind.Reference,
    detail: [e.authors[0]?.split(',')[0], e.year].filter(Boolean).join(' ') || f.display,
    documentation: { kind: MarkupKind.Markdown, value: `${escape(e.title ?? '')}${ctx.reviewEntry?.entry === e ? '\n\n(the review Mechlens checks against)' : ''}` },
    filterText: `${e.key} ${e.title ?? ''}`,
    sortText: `${ctx.reviewEntry?.entry === e ? '0' : '1'}${e.key}`,
    textEdit: { range, newText: e.key },
  })));
  return { isIncomplete: false, items };
}
