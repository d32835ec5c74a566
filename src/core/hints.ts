/**
 * "Did you mean" hints for near-miss spellings of lexicon terms (osteoprotgerin → osteoprotegerin,
 * NFATC1 → NFATc1). fuse.js ranks the candidates; an edit-distance check keeps only true near misses.
 * Hints never feed the judge: a misspelt term simply is not a mention.
 */
import Fuse from 'fuse.js';
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

/** The farthest a hint may be from the word: 1 edit, 2 for words of eight letters or more. */
const MAX_DISTANCE = 2;

/** Distinct words remembered with their suggestion; past this the memo starts again (memory stays flat). */
const MEMO_LIMIT = 20_000;

/** Lowercase without hyphens: the form edit distances are measured on. */
const foldWord = (w: string): string => w.toLowerCase().replace(/-/g, '');

/** The digits of a word in order: "mir-124" → "124". */
const digitsOf = (w: string): string => w.replace(/\D+/g, '');

/** Every string reachable from `word` by deleting at most `k` characters (the word itself included). */
function deletions(word: string, k: number): Set<string> {
  const out = new Set([word]);
  let frontier = [word];
  for (let step = 0; step < k; step++) {
    const next: string[] = [];
    for (const w of frontier) {
      for (let i = 0; i < w.length; i++) {
        const d = w.slice(0, i) + w.slice(i + 1);
        if (!out.has(d)) { out.add(d); next.push(d); }
      }
    }
    frontier = next;
  }
  return out;
}

/**
 * Spellings within `MAX_DISTANCE` edits of a word, found through their deletion neighbourhoods (two
 * strings within k edits, transpositions included, share a string k deletions from each): a handful of
 * lookups per word instead of a fuzzy search over every spelling, whatever the text holds.
 */
function nearSpellings<T extends { text: string }>(spellings: readonly T[]): (word: string, allowed: number) => T[] {
  const byDeletion = new Map<string, number[]>();
  let longest = 0;
  spellings.forEach((s, k) => {
    const folded = foldWord(s.text);
    longest = Math.max(longest, folded.length);
    for (const d of deletions(folded, MAX_DISTANCE)) {
      const list = byDeletion.get(d);
      if (list) list.push(k);
      else byDeletion.set(d, [k]);
    }
  });
  return (word: string, allowed: number): T[] => {
    const folded = foldWord(word);
    if (folded.length > longest + allowed) return [];
    const found = new Set<number>();
    for (const d of deletions(folded, allowed)) for (const k of byDeletion.get(d) ?? []) found.add(k);
    // In lexicon order, so fuse.js breaks ties between equal scores as it would over every spelling.
    return [...found].sort((x, y) => x - y).filter((k) => editDistance(folded, foldWord(spellings[k].text), allowed) <= allowed).map((k) => spellings[k]);
  };
}

export function createHintFinder(index: LexiconIndex): HintFinder {
  const single = index.spellings.filter((s) => /^[\p{L}\p{N}-]+$/u.test(s.text) && s.text.length >= 3);
  const knownWords = new Set<string>();
  for (const s of index.spellings) for (const w of s.text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (w) knownWords.add(w);
  const prefixes = new Set(single.map((s) => s.text.toLowerCase().slice(0, 4)));
  const near = nearSpellings(single);
  const memo = new Map<string, { suggestion: string; id: string } | null>();

  const suggest = (word: string): { suggestion: string; id: string } | null => {
    const hit = memo.get(word);
    if (hit !== undefined) return hit;
    const lower = word.toLowerCase();
    const allowed = lower.length >= 8 ? 2 : 1;
    const candidates = near(word, allowed);
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
