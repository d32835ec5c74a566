/** Completion of citation keys inside `\cite{…}` (any cite command) and after `[@` or `@` in Pandoc. */
import { CompletionItemKind, MarkupKind, type CompletionList, type Position } from '../lsp';
import type { CitationContext } from './context';

const LATEX_OPEN = /\\[a-zA-Z]*cite[a-zA-Z]*\*?(?:\s*\[[^\]]*\]){0,2}\s*\{(?:[^}]*,)?\s*([^,}\s]*)$/;
const PANDOC_OPEN = /(?:^|[\s[;(])-?@([\p{L}\p{N}_:.#$%&+?<>~/-]*)$/u;

export function citationCompletion(lineBefore: string, languageId: string, position: Position, ctx: CitationContext, escape: (s: string) => string): CompletionList | null {
  if (languageId === 'plaintext') return null;
  const m = languageId === 'latex' ? LATEX_OPEN.exec(lineBefore) : PANDOC_OPEN.exec(lineBefore);
  if (!m) return null;
  const typed = m[1];
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
