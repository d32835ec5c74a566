/**
 * BibTeX/BibLaTeX files read with citation-js's BibTeX grammar (MIT; no Node built-ins, so the web
 * worker runs it too). The file is parsed entry by entry so that a broken entry is reported at its
 * line and every other entry still counts; `@string`s are carried to the entries after them, and
 * crossrefs are resolved over the whole file.
 */
import type { RawBibEntry } from '@citation-js/plugin-bibtex/lib/input/file.js';
import { bibtexGrammar } from './bibtexGrammar';
import { entryOfCsl } from './csl';
import type { BibEntry, BibProblem } from './types';

interface Chunk { line: number; text: string }

/** The file cut where an entry starts (an `@` first on its line). */
function chunks(text: string): Chunk[] {
  const lines = text.split(/\r\n|\r|\n/);
  const out: Chunk[] = [];
  let current: Chunk = { line: 0, text: '' };
  lines.forEach((l, i) => {
    if (/^\s*@/.test(l) && current.text.trim() !== '') {
      out.push(current);
      current = { line: i, text: '' };
    } else if (current.text.trim() === '') current.line = i;
    current.text += `${l}\n`;
  });
  if (current.text.trim() !== '') out.push(current);
  return out;
}

/** "expected "rbrace", got EOF at line 3 col 1: …" → its first line and the 1-based line number. */
function describe(err: unknown): { message: string; line?: number } {
  const text = err instanceof Error ? err.message : String(err);
  const first = text.split('\n')[0].replace(/:\s*$/, '');
  const m = / at line (\d+) col \d+$/.exec(first);
  return m ? { message: first.slice(0, m.index), line: Number(m[1]) } : { message: first };
}

export function parseBibtex(text: string): { entries: BibEntry[]; problems: BibProblem[] } {
  const { parseFile, toCsl } = bibtexGrammar();
  const problems: BibProblem[] = [];
  const raw: RawBibEntry[] = [];
  const lines = new Map<string, number>();
  // @string definitions seen so far, on one line, put before each entry so its abbreviations resolve.
  let strings = '';
  for (const chunk of chunks(text)) {
    const prefix = strings ? `${strings}\n` : '';
    try {
      const found = parseFile(prefix + chunk.text);
      if (/^\s*@\s*string\s*[({]/i.test(chunk.text)) strings += ` ${chunk.text.replace(/[\r\n]+/g, ' ')}`;
      for (const e of found) {
        if (!lines.has(e.label)) lines.set(e.label, chunk.line);
        raw.push(e);
      }
    } catch (err) {
      const { message, line } = describe(err);
      // An entry left open runs to the end of its chunk: the useful line is where it starts.
      const at = line === undefined || /got EOF/.test(message) ? chunk.line : chunk.line + line - 1 - (prefix ? 1 : 0);
      problems.push({ line: Math.max(chunk.line, at), message: /got EOF/.test(message) ? `${message}: this entry is not closed` : message });
    }
  }
  let items: Array<Record<string, unknown>> = [];
  try {
    items = toCsl(raw);
  } catch (err) {
    problems.push({ line: 0, message: describe(err).message });
  }
  const entries = items.map((item) => entryOfCsl(item, lines.get(String(item['citation-key'] ?? item.id)) ?? 0)).filter((e): e is BibEntry => e !== undefined);
  return { entries, problems };
}
