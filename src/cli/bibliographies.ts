/**
 * `--bibliography FILE` (repeatable): the author's .bib or CSL-JSON files, read once here; the analysis
 * side parses them (a broken entry is one line on stderr, never fatal) and cites from them.
 */
import { InputError, readTextFile } from './input';
import { LEXICON_LIMIT } from './lexicons';

export interface BibliographySource { path: string; text: string }

export function readBibliographySources(paths: readonly string[]): { sources: BibliographySource[]; problems: string[] } {
  const sources: BibliographySource[] = [];
  const problems: string[] = [];
  for (const path of paths) {
    try {
      sources.push({ path, text: readTextFile(path, LEXICON_LIMIT) });
    } catch (err) {
      problems.push(err instanceof InputError ? `${err.message} (bibliography skipped)` : String(err));
    }
  }
  return { sources, problems };
}

/** What the cache's key takes from the bibliographies: a result depends on them (citation keys, messages). */
export const bibliographyKey = (sources: readonly BibliographySource[]): string =>
  sources.map((s) => `${s.path.length}:${s.path}\0${s.text.length}:${s.text}`).join('\0');
