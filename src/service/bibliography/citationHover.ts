/** Hover on a citation key: the entry as the author's bibliography has it (user text, so escaped). */
import type { Hover } from '../lsp';
import { MarkupKind } from '../lsp';
import { keyAt, type CitationKey } from './citations';
import { findKey } from './findReview';
import type { CitationContext } from './context';

export function citationHover(keys: readonly CitationKey[], offset: number, ctx: CitationContext, escape: (s: string) => string, rangeOf: (start: number, end: number) => Hover['range']): Hover | null {
  const key = keyAt(keys, offset);
  if (!key) return null;
  const found = findKey(ctx.files, key.key);
  const lines: string[] = [];
  if (!found) {
    if (ctx.files.length === 0) return null;
    lines.push(`**${escape(key.key)}**: not in ${ctx.files.map((f) => escape(f.display)).join(', ')}`);
  } else {
    const { entry, file } = found;
    const authors = entry.authors.length > 3 ? `${entry.authors.slice(0, 3).join('; ')} et al.` : entry.authors.join('; ');
    lines.push(`**${escape(entry.title ?? entry.key)}**`, '');
    if (authors || entry.year) lines.push(`${escape(authors)}${entry.year ? ` (${entry.year})` : ''}${entry.container ? ` · *${escape(entry.container)}*` : ''}`, '');
    if (entry.doi) lines.push(`DOI ${escape(entry.doi)}`, '');
    const isReview = ctx.reviewEntry?.entry === entry;
    // Not in a code span: escaped text there would show its backslashes.
    lines.push(`Key ${escape(entry.key)} in ${escape(file.display)}, line ${entry.line + 1}${isReview ? ' — the review Mechlens checks against' : ''}`);
  }
  return { contents: { kind: MarkupKind.Markdown, value: lines.join('\n') }, range: rangeOf(key.start, key.end) };
}
