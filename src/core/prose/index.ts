/** Chooses the prose extractor for a document's language. */
import { latexProse } from './latex';
import { markdownProse } from './markdown';
import type { Prose } from './types';
import { languageOfExtension, type ProseLanguage } from '../languages';

export type { Prose } from './types';

const MARKDOWN_LIKE = new Set(['markdown', 'quarto', 'rmd', 'mdx']);
const LATEX_LIKE = new Set(['latex', 'tex', 'bibtex-style', 'rnw']);

export function proseLanguageOf(languageId: string): 'markdown' | 'latex' | 'plaintext' {
  if (MARKDOWN_LIKE.has(languageId)) return 'markdown';
  if (LATEX_LIKE.has(languageId)) return 'latex';
  return 'plaintext';
}

export function extractProse(text: string, languageId: string): Prose {
  switch (proseLanguageOf(languageId)) {
    case 'markdown':
      return markdownProse(text);
    case 'latex':
      return latexProse(text);
    default:
      return { text, breaks: [] };
  }
}

/** The language of a manuscript from its file name, for files read without an editor (CLI, workspace scans). */
export function languageOfPath(path: string): ProseLanguage {
  const dot = path.lastIndexOf('.');
  const ext = dot < 0 || dot < path.lastIndexOf('/') ? '' : path.slice(dot + 1);
  return languageOfExtension(ext)?.prose ?? 'plaintext';
}
