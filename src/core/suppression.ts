/**
 * Suppression comments, the same for the editor and the CLI:
 * `<!-- mechlens-disable-line -->`, `<!-- mechlens-disable-next-line -->`, `% mechlens-disable-line`,
 * `% mechlens-disable-next-line`. Returns the 0-based lines whose diagnostics are silenced.
 */
const MARKER = /(<!--|%)\s*mechlens-disable-(next-)?line\b/g;

export function suppressedLines(text: string): ReadonlySet<number> {
  const lines = new Set<number>();
  if (!text.includes('mechlens-disable')) return lines;
  for (const m of text.matchAll(MARKER)) {
    if (m[1] === '%' && m.index > 0 && text[m.index - 1] === '\\') continue; // an escaped \% is text
    let line = 0;
    for (let i = text.indexOf('\n'); i >= 0 && i < m.index; i = text.indexOf('\n', i + 1)) line++;
    lines.add(m[2] ? line + 1 : line);
  }
  return lines;
}
