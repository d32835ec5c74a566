/** Text the editor layer composes, kept free of the vscode API so that it can be unit-tested. */

/** " [104]" or " [4,5]" for Markdown and plain text; "~\cite{ref104}" (key pattern from settings) for LaTeX. */
export function citationText(refs: readonly number[], languageId: string, style: 'auto' | 'numeric' | 'latex', keyPattern: string): string {
  const latex = style === 'latex' || (style === 'auto' && languageId === 'latex');
  if (latex) return `~\\cite{${refs.map((n) => keyPattern.replace(/\{n\}/g, String(n))).join(',')}}`;
  return ` [${refs.join(',')}]`;
}

/**
 * The comment that silences a line, in the file's comment syntax; with claim keys (`il-4>nfatc1`) it
 * silences only those readings ("This reading is wrong").
 */
export function suppressionComment(languageId: string, claimKeys: readonly string[] = []): string {
  const keys = claimKeys.length > 0 ? ` ${claimKeys.join(' ')}` : '';
  return languageId === 'latex' ? ` % mechlens-disable-line${keys}` : ` <!-- mechlens-disable-line${keys} -->`;
}

/** files.exclude globs (set to true) plus mechlens.exclude and node_modules, as one findFiles pattern. */
export function excludePattern(filesExclude: Record<string, unknown>, extra: string): string {
  const globs = Object.entries(filesExclude).filter(([, on]) => on === true).map(([g]) => g);
  if (extra.trim()) globs.push(extra.trim());
  globs.push('**/node_modules/**');
  return globs.length === 1 ? globs[0] : `{${globs.join(',')}}`;
}
