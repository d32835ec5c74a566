/**
 * The bibliographies the service knows (read by the host, which decides what may be read), and which
 * of them belong to a document: those it names (resolved against its folder) and those the settings
 * name for every document.
 */
import { normalizePath } from '../../core/lexicon/location';
import { formatUri, parseUri } from '../uri';
import { namedBibliographies } from './documentBibliographies';
import { parseBibliography } from './parse';
import type { BibFile } from './types';

export interface Bibliographies {
  /** Parses and keeps a file's text (again when it changed). */
  set(uri: string, display: string, text: string): BibFile;
  forget(uri: string): void;
  get(uri: string): BibFile | undefined;
  all(): BibFile[];
  /** The files every document uses (`mechlens.bibliography`, `--bibliography`), as URIs. */
  setDefaults(uris: readonly string[]): void;
  /** The URIs of a document's bibliographies, read or not. */
  wanted(docUri: string, text: string, languageId: string): string[];
  /** Changes whenever a file or the defaults change (hosts re-publish diagnostics then). */
  stamp(): number;
  /** A document's bibliographies that were read. */
  filesFor(docUri: string, text: string, languageId: string): BibFile[];
}

/** A path a document names, against the document's folder (a URI or an absolute path stays as it is). */
export function resolveAgainst(docUri: string, path: string): string | undefined {
  if (/^[a-zA-Z][\w+.-]+:\/\//.test(path)) return path;
  const doc = parseUri(docUri);
  const folder = doc.path.slice(0, doc.path.lastIndexOf('/'));
  const resolved = normalizePath(path.startsWith('/') ? path : `${folder}/${path}`);
  return resolved === undefined ? undefined : formatUri({ ...doc, path: resolved });
}

export function createBibliographies(): Bibliographies {
  const files = new Map<string, BibFile>();
  let defaults: string[] = [];
  let stamp = 0;
  const wanted = (docUri: string, text: string, languageId: string): string[] => {
    const named = namedBibliographies(text, languageId).map((p) => resolveAgainst(docUri, p)).filter((u): u is string => u !== undefined);
    return [...new Set([...named, ...defaults])];
  };
  return {
    set(uri, display, text) {
      const kept = files.get(uri);
      if (kept && kept.text === text && kept.display === display) return kept;
      const parsed = parseBibliography(uri, display, text);
      files.set(uri, parsed);
      stamp++;
      return parsed;
    },
    forget(uri) {
      if (files.delete(uri)) stamp++;
    },
    get: (uri) => files.get(uri),
    all: () => [...files.values()],
    setDefaults(uris) {
      if (defaults.join('\n') !== uris.join('\n')) stamp++;
      defaults = [...uris];
    },
    stamp: () => stamp,
    wanted,
    filesFor: (docUri, text, languageId) => wanted(docUri, text, languageId).map((u) => files.get(u)).filter((f): f is BibFile => f !== undefined),
  };
}
