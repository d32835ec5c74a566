/**
 * Finds lexicon terms in prose: at each word start, walks the case-kept and the case-folded tries in
 * step with the text's key characters (separators skipped, Greek spelled out) and keeps the longest
 * spelling that ends at a word boundary. A plain plural "s" after a term is accepted.
 */
import type { LexiconIndex } from '../lexicon/lexiconIndex';
import { isWordChar, keyCharsOf } from '../normalize';
import { Trie } from './trie';

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

function walk(text: string, from: number, limit: number, trie: Trie, fold: boolean, foldFirst: boolean): Walk | undefined {
  let node = Trie.ROOT;
  let best: Walk | undefined;
  const stop = Math.min(limit, from + MAX_TERM_SPAN);
  for (let i = from; i < stop; i++) {
    const ch = text[i];
    let key = keyCharsOf(ch);
    if (key === '') {
      // Separators never start or end a term; a paragraph's blank line is already a sentence end.
      continue;
    }
    if (fold || (foldFirst && i === from)) key = key.toLowerCase();
    for (let k = 0; k < key.length && node >= 0; k++) node = trie.child(node, key.charCodeAt(k));
    if (node < 0) break;
    const ids = trie.idsAt(node);
    if (ids) {
      const after = text[i + 1];
      if (!isWordChar(after)) best = { end: i + 1, ids };
      else if ((after === 's' || after === 'S') && !isWordChar(text[i + 2]) && isWordChar(ch)) best = { end: i + 2, ids };
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
  return addCoordinatedActions(text, from, out, index);
}

const COORD_BEFORE = /([\p{L}][\p{L}-]*(?:\s+[\p{L}][\p{L}-]*)?)\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|and\/or)\s+)$/u;
const COORD_AFTER = /^\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|and\/or)\s+)([\p{L}][\p{L}-]*(?:\s+[\p{L}][\p{L}-]*)?)/u;

/**
 * "the adhesion and migration of MSCs", "MSC proliferation and migration": an action coordinated with a
 * composite process mention acts on the same cell, so it names that cell's process too.
 */
function addCoordinatedActions(text: string, from: number, mentions: Mention[], index: LexiconIndex): Mention[] {
  const added: Mention[] = [];
  const taken = (s: number, e: number): boolean => mentions.some((m) => m.start < e && s < m.end) || added.some((m) => m.start < e && s < m.end);
  const lookup = (phrase: string, actions: ReadonlyMap<string, string>): { id: string; length: number } | undefined => {
    const words = phrase.split(/\s+/);
    for (let n = words.length; n >= 1; n--) {
      const tail = words.slice(words.length - n).join(' ');
      const id = actions.get(tail.toLowerCase());
      if (id !== undefined) return { id, length: tail.length };
    }
    return undefined;
  };
  for (const m of mentions) {
    const cell = index.entities.get(m.id)?.composite?.of;
    const actions = cell === undefined ? undefined : index.compositeActions.get(cell);
    if (!actions) continue;
    // Backwards, through a list: "adhesion, migration and proliferation of MSCs".
    let end = m.start;
    for (let guard = 0; guard < 6; guard++) {
      const before = COORD_BEFORE.exec(text.slice(Math.max(from, end - 80), end));
      if (!before) break;
      const hit = lookup(before[1], actions);
      if (!hit || hit.id === m.id) break;
      const phraseEnd = end - before[0].length + before[1].length;
      const start = phraseEnd - hit.length;
      if (taken(start, phraseEnd)) break;
      added.push({ start, end: phraseEnd, id: hit.id, ids: [hit.id] });
      end = start;
    }
    // Forwards: "MSC proliferation and migration".
    let start = m.end;
    for (let guard = 0; guard < 6; guard++) {
      const after = COORD_AFTER.exec(text.slice(start, start + 80));
      if (!after) break;
      const words = after[1].split(/\s+/);
      let hit: { id: string; length: number } | undefined;
      for (let n = words.length; n >= 1 && !hit; n--) {
        const head = words.slice(0, n).join(' ');
        const id = actions.get(head.toLowerCase());
        if (id !== undefined) hit = { id, length: head.length };
      }
      if (!hit || hit.id === m.id) break;
      const s = start + after[0].length - after[1].length;
      if (taken(s, s + hit.length) || isWordChar(text[s + hit.length])) break;
      added.push({ start: s, end: s + hit.length, id: hit.id, ids: [hit.id] });
      start = s + hit.length;
    }
  }
  if (added.length === 0) return mentions;
  return [...mentions, ...added].sort((a, b) => a.start - b.start);
}
