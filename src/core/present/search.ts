/** Fuzzy search over the lexicon for the Search Lexicon command: labels, spellings, descriptions, mechanisms. */
import Fuse from 'fuse.js';
import type { LexiconIndex } from '../lexicon/lexiconIndex';
import { typeName } from './entries';

export interface SearchHit {
  kind: 'entity' | 'mechanism';
  id: string;
  label: string;
  detail: string;
  /** 0 is a perfect match, 1 no match (fuse.js score). */
  score: number;
}

interface Doc {
  kind: 'entity' | 'mechanism';
  id: string;
  label: string;
  spellings: string[];
  description: string;
  detail: string;
}

export interface LexiconSearch {
  search(query: string, limit?: number): SearchHit[];
}

export function createLexiconSearch(index: LexiconIndex): LexiconSearch {
  const docs: Doc[] = [
    ...index.lexicon.entities.map((e) => ({
      kind: 'entity' as const, id: e.id, label: e.label, spellings: e.synonyms, description: e.description,
      detail: `${typeName(e.type)}${e.fullName && e.fullName !== e.label ? ` · ${e.fullName}` : ''}`,
    })),
    ...index.lexicon.mechanisms.map((m) => ({
      kind: 'mechanism' as const, id: m.id, label: m.label, spellings: [], description: m.description ?? '', detail: 'mechanism',
    })),
  ];
  const fuse = new Fuse(docs, {
    keys: [{ name: 'label', weight: 3 }, { name: 'spellings', weight: 2 }, { name: 'description', weight: 0.4 }],
    includeScore: true,
    threshold: 0.4,
    ignoreLocation: true,
  });
  return {
    search(query: string, limit = 50): SearchHit[] {
      const q = query.trim();
      if (q === '') return docs.slice(0, limit).map((d) => ({ kind: d.kind, id: d.id, label: d.label, detail: d.detail, score: 1 }));
      return fuse.search(q, { limit }).map((r) => ({ kind: r.item.kind, id: r.item.id, label: r.item.label, detail: r.item.detail, score: r.score ?? 1 }));
    },
  };
}
