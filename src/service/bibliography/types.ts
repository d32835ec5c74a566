/** A workspace bibliography as Mechlens reads it: each entry's key and what hovers and matching need. */

export interface BibEntry {
  key: string;
  /** BibLaTeX/CSL type as written (article, online, article-journal, …). */
  type: string;
  title?: string;
  /** "Family, Given" per author, in order. */
  authors: string[];
  year?: number;
  doi?: string;
  container?: string;
  /** 0-based line of the entry in its file. */
  line: number;
}

export interface BibProblem {
  /** 0-based line. */
  line: number;
  message: string;
}

export type BibFormat = 'bibtex' | 'csl-json';

export interface BibFile {
  uri: string;
  /** How messages name the file (a workspace-relative path or the file name). */
  display: string;
  format: BibFormat;
  text: string;
  entries: BibEntry[];
  problems: BibProblem[];
}
