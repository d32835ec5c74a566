/**
 * Finds lexicon terms in prose: at each word start, walks the case-kept and the case-folded tries in
 * step with the text's key characters (separators skipped, Greek spelled out) and keeps the longest
 * spelling that ends at a word boundary. A plain plural "s" after a term is accepted.
 */
import type { LexiconIndex } from '../lexicon/lexiconIndex';
import { isWordChar, keyCharsOf } from '../normalize';
import type { TrieNode } from './trie';

export interface Mention {
  start: number;
  end: number;
  /** The entity; for a declared ambiguous spelling, the first of `ids`. */
  id: string;
  /** More than one when the spelling is shared on purpose. */
  ids: readonly string[];
}

/** How far a term may reach, in source characters: bounds the work per start position. */
const MAX_TERM_SPAN = 120;

interface Walk {
  end: number;
  ids: string[];
}

function walk(text: string, from: number, limit: number, root: TrieNode, fold: boolean, foldFirst: boolean): Walk | undefined {
  let node: TrieNode | undefined = root;
  let best: Walk | undefined;
  const stop = Math.min(limit, from + MAX_TERM_SPAN);
  for (let i = from; i < stop && node; i++) {
    const ch = text[i];
    let key = keyCharsOf(ch);
    if (key === '') {
      // Separators never start or end a term; a paragraph's blank line is already a sentence end.
      continue;
    }
    if (fold || (foldFirst && i === from)) key = key.toLowerCase();
    for (const k of key) {
      node = node.next.get(k);
      if (!node) break;
    }
    if (!node) break;
    if (node.ids) {
      const after = text[i + 1];
      if (!isWordChar(after)) best = { end: i + 1, ids: node.ids };
      else if ((after === 's' || after === 'S') && !isWordChar(text[i + 2]) && isWordChar(ch)) best = { end: i + 2, ids: node.ids };
    }
  }
  return best;
}

/** All mentions in text[from, to), left to right, longest first, never overlapping. */
export function findMentions(text: string, from: number, to: number, index: LexiconIndex): Mention[] {
  const out: Mention[] = [];
  let i = from;
  while (i < to) {
    const ch = text[i];
    if (!isWordChar(ch) || (i > from && isWordChar(text[i - 1]))) {
      i++;
      continue;
    }
    let best = walk(text, i, to, index.caseTrie, false, false);
    // Sentence-initial capitals: a case-kept phrase that starts with a lowercase word ("proliferation of MSCs").
    if (ch !== ch.toLowerCase()) {
      const alt = walk(text, i, to, index.caseTrie, false, true);
      if (alt && (!best || alt.end > best.end)) best = alt;
    }
    const folded = walk(text, i, to, index.foldTrie, true, false);
    if (folded && (!best || folded.end > best.end)) best = folded;
    if (best) {
      out.push({ start: i, end: best.end, id: best.ids[0], ids: best.ids });
      i = best.end;
    } else {
      i++;
    }
  }
  return out;
}
