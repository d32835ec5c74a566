/**
 * "Did you mean" hints for near-miss spellings of lexicon terms (osteoprotgerin → osteoprotegerin,
 * NFATC1 → NFATc1). fuse.js ranks the candidates; an edit-distance check keeps only true near misses.
 * Hints never feed the judge: a misspelt term simply is not a mention.
 */
import Fuse from 'fuse.js';
import { groupedOrder, TrieNodes } from './entities/trie';
import type { LexiconIndex } from './lexicon/lexiconIndex';
import type { Span } from './types';

export interface Hint extends Span {
  text: string;
  suggestion: string;
  id: string;
}

export interface HintFinder {
  /** Hints in these sentences (their text as read, with document offsets), outside the known terms. */
  find(sentences: ReadonlyArray<Span & { text: string }>, known: ReadonlyArray<Span>): Hint[];
}

const NON_ASCII = /[^\x00-\x7F]/;

/** Optimal string alignment distance (Damerau–Levenshtein with adjacent transpositions). */
export function editDistance(a: string, b: string, cap = 3): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  const prev2 = new Array<number>(b.length + 1).fill(0);
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    for (let j = 0; j <= b.length; j++) prev2[j] = prev[j];
    prev = cur;
    if (rowMin > cap) return cap + 1;
  }
  return prev[b.length];
}

/** Distinct words remembered with their suggestion; past this the memo starts again (memory stays flat). */
const MEMO_LIMIT = 20_000;

/** Lowercase without hyphens: the form edit distances are measured on. */
const foldWord = (w: string): string => w.toLowerCase().replace(/-/g, '');

/** The digits of a word in order: "mir-124" → "124". */
const digitsOf = (w: string): string => w.replace(/\D+/g, '');

/**
 * Spellings within `allowed` edits of a word (optimal string alignment, as `editDistance`), found by
 * walking a trie of the folded spellings with one row of the distance table per trie level and leaving
 * every branch whose row is all over the limit (a row's minimum never decreases down a branch). The
 * trie costs a few bytes per character of the spellings; a deletion neighbourhood of every spelling, the
 * earlier way, cost ~60 strings per spelling (gigabytes for a lexicon of 500,000 spellings).
 */
function nearSpellings(spellings: readonly string[]): (word: string, allowed: number) => number[] {
  // Built on the first word that needs it: many documents have none.
  let trie: FoldedTrie | undefined;
  return (word: string, allowed: number): number[] => {
    const { nodes, nextTerm, longest } = (trie ??= foldedTrie(spellings));
    const w = foldWord(word);
    const m = w.length;
    if (m > longest + allowed) return [];
    const width = m + 1;
    const maxDepth = Math.min(longest, m + allowed);
    // rows[d]: the distances of w's prefixes to the trie path of depth d; chars[d]: the path's character at depth d.
    const rows = new Int32Array((maxDepth + 1) * width);
    const chars = new Int32Array(maxDepth + 1);
    for (let j = 0; j <= m; j++) rows[j] = j;
    const wc = new Int32Array(m);
    for (let j = 0; j < m; j++) wc[j] = w.charCodeAt(j);
    const found: number[] = [];
    // Depth-first: the next child to try at each depth of the current path.
    const nextChild = new Int32Array(maxDepth + 1);
    let depth = 0;
    nextChild[0] = nodes.firstChild(0);
    while (depth >= 0) {
      const c = nextChild[depth];
      if (c === 0 || depth >= maxDepth) {
        depth--;
        continue;
      }
      nextChild[depth] = nodes.nextSibling(c);
      const d = depth + 1;
      const ch = nodes.code(c);
      chars[d] = ch;
      const row = d * width;
      const prev = row - width;
      const prev2 = prev - width;
      rows[row] = d;
      let rowMin = d;
      for (let j = 1; j <= m; j++) {
        let v = rows[prev + j] + 1;
        const left = rows[row + j - 1] + 1;
        if (left < v) v = left;
        const diagonal = rows[prev + j - 1] + (wc[j - 1] === ch ? 0 : 1);
        if (diagonal < v) v = diagonal;
        if (d > 1 && j > 1 && ch === wc[j - 2] && chars[d - 1] === wc[j - 1]) {
          const swap = rows[prev2 + j - 2] + 1;
          if (swap < v) v = swap;
        }
        rows[row + j] = v;
        if (v < rowMin) rowMin = v;
      }
      if (rows[row + m] <= allowed) for (let k = nodes.term(c); k !== 0; k = nextTerm[k - 1]) found.push(k - 1);
      if (rowMin <= allowed) {
        depth = d;
        nextChild[d] = nodes.firstChild(c);
      }
    }
    // In lexicon order, so fuse.js breaks ties between equal scores as it would over every spelling.
    return found.sort((x, y) => x - y).filter((k) => editDistance(w, foldWord(spellings[k]), allowed) <= allowed);
  };
}

/** A trie of folded spellings: a node's term is 1 + the first spelling ending there, then 1 + the next in nextTerm. */
interface FoldedTrie {
  nodes: TrieNodes;
  nextTerm: Int32Array;
  longest: number;
}

function foldedTrie(spellings: readonly string[]): FoldedTrie {
  const nodes = new TrieNodes();
  const nextTerm = new Int32Array(spellings.length);
  // The root's children by code unit: the root has many, and every spelling starts there.
  const rootChild = new Int32Array(65536);
  let longest = 0;
  const insert = (f: string, k: number): void => {
    if (f.length > longest) longest = f.length;
    let node = 0;
    for (let i = 0; i < f.length; i++) {
      const code = f.charCodeAt(i);
      let c = node === 0 ? rootChild[code] : nodes.firstChild(node);
      if (node !== 0) while (c !== 0 && nodes.code(c) !== code) c = nodes.nextSibling(c);
      if (c === 0) {
        c = nodes.add(code);
        if (node === 0) rootChild[code] = c;
        nodes.setNextSibling(c, nodes.firstChild(node));
        nodes.setFirstChild(node, c);
      }
      node = c;
    }
    // The spellings ending at a node.
    nextTerm[k] = nodes.term(node);
    nodes.setTerm(node, k + 1);
  };
  // A few thousand at a time, grouped by their first letters, so each part of the trie is built while
  // it is in the processor's cache (the order does not matter: the search sorts what it finds).
  const CHUNK = 32768;
  for (let from = 0; from < spellings.length; from += CHUNK) {
    const folded = spellings.slice(from, from + CHUNK).map(foldWord);
    for (const g of groupedOrder(folded)) insert(folded[g], from + g);
  }
  return { nodes, nextTerm, longest };
}

export function createHintFinder(index: LexiconIndex): HintFinder {
  // The one-word spellings hints may suggest (text and entity, in lexicon order), the words of every
  // spelling (only those of eight letters or more are ever looked up, see longWord below), and the first
  // four letters of the one-word spellings. One pass over the spellings, no object per spelling.
  const singleText: string[] = [];
  const singleId: string[] = [];
  const knownWords = new Set<string>();
  const prefixes = new Set<string>();
  for (const e of index.lexicon.entities) {
    for (const text of e.synonyms) {
      const lower = text.toLowerCase();
      let single: boolean;
      if (NON_ASCII.test(text)) {
        if (lower.length >= 8) for (const w of lower.split(/[^\p{L}\p{N}]+/u)) if (w.length >= 8) knownWords.add(w);
        single = text.length >= 3 && /^[\p{L}\p{N}-]+$/u.test(text);
      } else {
        // ASCII (most spellings): the same words and the same test in one scan, letters and digits being a-z and 0-9.
        single = text.length >= 3;
        let start = 0;
        for (let i = 0; i <= lower.length; i++) {
          const c = i < lower.length ? lower.charCodeAt(i) : 0;
          if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) continue;
          if (c !== 45 && i < lower.length) single = false;
          if (i - start >= 8) knownWords.add(lower.slice(start, i));
          start = i + 1;
        }
      }
      if (single) {
        singleText.push(text);
        singleId.push(e.id);
        prefixes.add(lower.slice(0, 4));
      }
    }
  }
  const near = nearSpellings(singleText);
  const memo = new Map<string, { suggestion: string; id: string } | null>();

  const suggest = (word: string): { suggestion: string; id: string } | null => {
    const hit = memo.get(word);
    if (hit !== undefined) return hit;
    const lower = word.toLowerCase();
    const allowed = lower.length >= 8 ? 2 : 1; // the farthest a hint may be: 1 edit, 2 for words of eight letters or more
    const candidates = near(word, allowed).map((k) => ({ text: singleText[k], id: singleId[k] }));
    let best: { suggestion: string; id: string } | null = null;
    if (candidates.length > 0) {
      // fuse.js ranks the few true near misses (its score weighs where the letters differ).
      const fuse = new Fuse(candidates, { keys: ['text'], includeScore: true, threshold: 0.3, ignoreLocation: true, isCaseSensitive: false });
      for (const r of fuse.search(word, { limit: 5 })) {
        const candidate = r.item.text;
        const cl = candidate.toLowerCase();
        if (candidate === word) { best = null; break; }
        // Other numbers name other molecules (miR-24 and miR-124, IL-31 and IL-13): not a typo of each other.
        if (digitsOf(cl) !== digitsOf(lower)) continue;
        // Different endings of one stem are usually other words (proliferative/proliferation), not typos.
        if (cl !== lower && /^[a-z]+$/.test(lower) && lower.slice(0, -3) === cl.slice(0, -3) && lower.length === cl.length) continue;
        best = { suggestion: candidate, id: r.item.id };
        break;
      }
    }
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(word, best);
    return best;
  };

  return {
    find(sentences: ReadonlyArray<Span & { text: string }>, known: ReadonlyArray<Span>): Hint[] {
      const out: Hint[] = [];
      let k = 0;
      const sortedKnown = [...known].sort((a, b) => a.start - b.start);
      for (const s of sentences) {
        for (const m of s.text.matchAll(/[\p{L}][\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)*/gu)) {
          const start = s.start + m.index;
          const end = start + m[0].length;
          while (k < sortedKnown.length && sortedKnown[k].end <= start) k++;
          if (k < sortedKnown.length && sortedKnown[k].start < end) continue;
          const word = m[0];
          const symbolLike = /\p{Lu}/u.test(word.slice(1)) || (/\d/.test(word) && /\p{L}/u.test(word));
          const longWord = /^\p{Ll}+$/u.test(word) && word.length >= 8 && prefixes.has(word.slice(0, 4)) && !knownWords.has(word);
          if (!(symbolLike && word.length >= 3) && !longWord) continue;
          const hit = suggest(word);
          if (hit) out.push({ start, end, text: word, suggestion: hit.suggestion, id: hit.id });
        }
      }
      return out;
    },
  };
}
