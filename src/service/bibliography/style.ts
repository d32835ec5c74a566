/**
 * How a document cites, so that a quick fix writes what the document's toolchain compiles: the
 * document's own LaTeX command (`\parencite{key}` where it uses \parencite most) when it has a
 * bibliography; Pandoc's `[@key]` in Markdown and Quarto with a bibliography or `[@…]` already in use;
 * otherwise numbers as the review gives them (`[104]`, or `\cite{ref104}` from the key pattern).
 */
import type { MechlensSettings } from '../settings';
import { citationKeys, dominantCiteCommand } from './citations';

export type CiteStyle =
  | { kind: 'numeric' }
  | { kind: 'latex', command: string }
  | { kind: 'pandoc' };

export function documentCiteStyle(text: string, languageId: string, hasBibliography: boolean, setting: MechlensSettings['citationStyle']): CiteStyle {
  if (setting === 'numeric' || languageId === 'plaintext') return { kind: 'numeric' };
  const keys = citationKeys(text, languageId);
  if (languageId === 'latex') return hasBibliography ? { kind: 'latex', command: dominantCiteCommand(keys) } : { kind: 'numeric' };
  if (setting === 'latex') return { kind: 'numeric' };
  return hasBibliography || keys.length > 0 ? { kind: 'pandoc' } : { kind: 'numeric' };
}

// Commands that print a note or a superscript follow the word directly; the others after a tie.
const NO_TIE = new Set(['autocite', 'Autocite', 'footcite', 'supercite', 'smartcite']);

/** The text inserted at a sentence's end to cite `key`. */
export function citationWithKey(style: Exclude<CiteStyle, { kind: 'numeric' }>, key: string): string {
  if (style.kind === 'pandoc') return ` [@${key}]`;
  return `${NO_TIE.has(style.command) ? '' : '~'}\\${style.command}{${key}}`;
}

/** "ref. 104", "refs. 89-92" (the review's own reference numbers, for messages). */
export function reviewRefsText(refs: readonly number[], formatRefs: (refs: readonly number[]) => string): string {
  return `${refs.length > 1 ? 'refs.' : 'ref.'} ${formatRefs(refs).replace(/^\[|\]$/g, '')}`;
}
