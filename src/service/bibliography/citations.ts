/**
 * Citations written in a document: LaTeX cite commands (`\cite{a,b}`, `\parencite[p.~4]{a}`,
 * `\autocite`, natbib's `\citep`…), Pandoc's `[@key; @other]` and bare `@key`, and numeric `[4,5]`;
 * each key with its range, for hovers, the sentence checks and the document's own citation style.
 */
export interface CitationKey {
  key: string;
  /** Offsets of the key in the text. */
  start: number;
  end: number;
  /** The LaTeX command (`parencite`) or `pandoc`. */
  command: string;
  /** Offset of the citation the key is in (`\\cite{a,b}`: both keys share it). */
  at: number;
}

// Any command with up to two optional arguments and its keys (those whose name has "cite" count). Each
// part is bounded and kept to its line, so an unclosed `\cite{` never sends a match to the end of the text.
const LATEX_CITE = /\\([a-zA-Z]+)\*? ?((?:\[[^[\]\n]{0,200}\] ?){0,2})\{([^{}\n]{0,1000})\}/g;
// Pandoc's citation key: starts with a letter, digit or _, internal punctuation only before more of them.
const PANDOC_CITE = /(?<![\p{L}\p{N}_@.\\])-?@(\{[^{}\n]{1,200}\}|[\p{L}\p{N}_](?:[\p{L}\p{N}_]|[:.#$%&+?<>~/-](?=[\p{L}\p{N}_]))*)/gu;
// Quarto's cross-references (`@fig-a`) look like citations but are not.
const CROSS_REFERENCE = /^(fig|tbl|sec|eq|lst|thm|lem|cor|prp|cnj|def|exm|exr)-/;
const NUMERIC_CITE = /\[ ?\d+(?: ?[-–,] ?\d+)* ?\]/g;

export function citationKeys(text: string, languageId: string): CitationKey[] {
  const out: CitationKey[] = [];
  if (languageId === 'latex') {
    for (const m of text.matchAll(LATEX_CITE)) {
      if (!m[1].includes('cite')) continue;
      const keysAt = (m.index ?? 0) + m[0].length - 1 - m[3].length;
      let offset = 0;
      for (const part of m[3].split(',')) {
        const key = part.trim();
        const start = keysAt + offset + part.indexOf(key);
        if (key) out.push({ key, start, end: start + key.length, command: m[1], at: m.index ?? 0 });
        offset += part.length + 1;
      }
    }
    return out;
  }
  if (languageId === 'plaintext') return out;
  for (const m of text.matchAll(PANDOC_CITE)) {
    const raw = m[1].startsWith('{') ? m[1].slice(1, -1) : m[1];
    if (CROSS_REFERENCE.test(raw)) continue;
    const start = (m.index ?? 0) + m[0].indexOf('@') + 1 + (m[1].startsWith('{') ? 1 : 0);
    out.push({ key: raw, start, end: start + raw.length, command: 'pandoc', at: m.index ?? 0 });
  }
  return out;
}

/** Whether a stretch of text cites anything at all: a key, or a numeric citation. */
export function citesAnything(text: string, languageId: string): boolean {
  return citationKeys(text, languageId).length > 0 || (languageId !== 'latex' && new RegExp(NUMERIC_CITE.source).test(text));
}

/** Commands that cite in parentheses (or a note) at a sentence's end, as a fix would; narrative ones (\textcite) are not. */
const PARENTHETICAL = new Set(['cite', 'parencite', 'autocite', 'citep', 'footcite', 'supercite', 'smartcite', 'Cite', 'Parencite', 'Autocite']);

/** The document's most frequent parenthetical cite command (`cite` when it has none). */
export function dominantCiteCommand(keys: readonly CitationKey[]): string {
  const counts = new Map<string, number>();
  const seen = new Set<number>();
  for (const k of keys) {
    // Count each citation once, not once per key: `\cite{a,b,c}` is one citation.
    if (!PARENTHETICAL.has(k.command) || seen.has(k.at)) continue;
    seen.add(k.at);
    counts.set(k.command, (counts.get(k.command) ?? 0) + 1);
  }
  let best = 'cite';
  let most = 0;
  for (const [command, n] of counts) if (n > most) [best, most] = [command, n];
  return best;
}

/** The key under an offset, if any. */
export function keyAt(keys: readonly CitationKey[], offset: number): CitationKey | undefined {
  return keys.find((k) => offset >= k.start && offset <= k.end);
}
