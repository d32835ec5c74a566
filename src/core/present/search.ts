/**
 * Search over the lexicon for the Search Lexicon command. fuse.js matches every spelling on its own (so
 * a typo in a long name still finds it: "osteoprotgerin" → osteoprotegerin); queries of several words
 * also match entries that contain all of them (labels, spellings, descriptions, mechanism chains).
 */
import Fuse from 'fuse.js';
import type { LexiconIndex } from '../lexicon/lexiconIndex';
import { typeName } from './entries';

export interface SearchHit {
  kind: 'entity' | 'mechanism';
  id: string;
  label: string;
  detail: string;
  /** 0 is a perfect match, 1 no match. */
  score: number;
}

interface Entry {
  kind: 'entity' | 'mechanism';
  id: string;
  label: string;
  detail: string;
  /** Everything searchable, lowercased, for all-words matching. */
  haystack: string;
}

export interface LexiconSearch {
  search(query: string, limit?: number): SearchHit[];
}

export function createLexiconSearch(index: LexiconIndex): LexiconSearch {
  // Built on the first search, not with the engine: a user lexicon of 500,000 spellings makes a fuse.js
  // index of seconds and hundreds of MB that a command-line check never asks for.
  let built: { entries: Entry[]; fuse: Fuse<{ text: string; entry: number }> } | undefined;
  const build = (): NonNullable<typeof built> => {
    const entries: Entry[] = [];
    const spellings: Array<{ text: string; entry: number }> = [];
    for (const e of index.lexicon.entities) {
      const n = entries.push({
        kind: 'entity', id: e.id, label: e.label,
        detail: `${typeName(e.type)}${e.fullName && e.fullName !== e.label ? ` · ${e.fullName}` : ''}`,
        haystack: [e.label, ...e.synonyms, e.description].join(' ').toLowerCase(),
      }) - 1;
      for (const s of new Set([e.label, ...e.synonyms])) spellings.push({ text: s, entry: n });
    }
    for (const m of index.lexicon.mechanisms) {
      const chain = m.steps.map((s) => index.entities.get(s.entity)?.synonyms.join(' ') ?? s.entity).join(' ');
      const n = entries.push({ kind: 'mechanism', id: m.id, label: m.label, detail: 'mechanism', haystack: [m.label, m.description ?? '', chain].join(' ').toLowerCase() }) - 1;
      spellings.push({ text: m.label, entry: n });
    }
    return { entries, fuse: new Fuse(spellings, { keys: ['text'], includeScore: true, threshold: 0.35, ignoreLocation: true }) };
  };
  const hit = (e: Entry, score: number): SearchHit => ({ kind: e.kind, id: e.id, label: e.label, detail: e.detail, score });
  return {
    search(query: string, limit = 50): SearchHit[] {
      const { entries, fuse } = (built ??= build());
      const q = query.trim().toLowerCase();
      if (q === '') return entries.slice(0, limit).map((e) => hit(e, 1));
      const best = new Map<number, number>();
      const offer = (entry: number, score: number): void => {
        if (score < (best.get(entry) ?? Infinity)) best.set(entry, score);
      };
      for (const r of fuse.search(q, { limit: limit * 3 })) offer(r.item.entry, r.score ?? 1);
      const words = q.split(/[\s/,;→]+/).filter((w) => w.length > 1);
      if (words.length > 0) {
        entries.forEach((e, k) => {
          if (words.every((w) => e.haystack.includes(w))) offer(k, e.label.toLowerCase().startsWith(words[0]) ? 0.05 : 0.15);
        });
      }
      return [...best]
        .sort((a, b) => a[1] - b[1] || entries[a[0]].label.length - entries[b[0]].label.length)
        .slice(0, limit)
        .map(([k, score]) => hit(entries[k], score));
    },
  };
}
