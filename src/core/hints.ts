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
  find(prose: string, sentences: ReadonlyArray<Span>, known: ReadonlyArray<Span>): Hint[];
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

export function createHintFinder(index: LexiconIndex): HintFinder {
  const single = index.spellings.filter((s) => /^[\p{L}\p{N}-]+$/u.test(s.text) && s.text.length >= 3);
  const knownWords = new Set<string>();
  for (const s of index.spellings) for (const w of s.text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (w) knownWords.add(w);
  const prefixes = new Set(single.map((s) => s.text.toLowerCase().slice(0, 4)));
  const fuse = new Fuse(single, { keys: ['text'], includeScore: true, threshold: 0.3, ignoreLocation: true, isCaseSensitive: false });
  const memo = new Map<string, { suggestion: string; id: string } | null>();

  const suggest = (word: string): { suggestion: string; id: string } | null => {
    const hit = memo.get(word);
    if (hit !== undefined) return hit;
    let best: { suggestion: string; id: string } | null = null;
    const lower = word.toLowerCase();
    for (const r of fuse.search(word, { limit: 5 })) {
      const candidate = r.item.text;
      const cl = candidate.toLowerCase();
      if (candidate === word) { best = null; break; }
      const d = cl === lower ? 0 : editDistance(lower.replace(/-/g, ''), cl.replace(/-/g, ''), 2);
      const allowed = lower.length >= 8 ? 2 : 1;
      if (d > allowed) continue;
      // Different endings of one stem are usually other words (proliferative/proliferation), not typos.
      if (d > 0 && /^[a-z]+$/.test(lower) && lower.slice(0, -3) === cl.slice(0, -3) && lower.length === cl.length) continue;
      best = { suggestion: candidate, id: r.item.id };
      break;
    }
    memo.set(word, best);
    return best;
  };

  return {
    find(prose: string, sentences: ReadonlyArray<Span>, known: ReadonlyArray<Span>): Hint[] {
      const out: Hint[] = [];
      let k = 0;
      const sortedKnown = [...known].sort((a, b) => a.start - b.start);
      for (const s of sentences) {
        for (const m of prose.slice(s.start, s.end).matchAll(/[\p{L}][\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)*/gu)) {
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
