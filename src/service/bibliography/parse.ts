/** A bibliography file by its name: `.json` is CSL-JSON, anything else BibTeX/BibLaTeX. */
import { parseBibtex } from './parseBibtex';
import { parseCslJson } from './parseCslJson';
import type { BibFile, BibFormat } from './types';

export const formatOfPath = (path: string): BibFormat => (/\.json$/i.test(path.split(/[?#]/)[0]) ? 'csl-json' : 'bibtex');

export function parseBibliography(uri: string, display: string, text: string): BibFile {
  const format = formatOfPath(uri);
  const { entries, problems } = format === 'csl-json' ? parseCslJson(text) : parseBibtex(text);
  return { uri, display, format, text, entries, problems };
}
