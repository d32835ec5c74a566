/** Clause bounds: punctuation (";", ":") and clause-breaking conjunctions ("whereas", "but", "although"). */
import { CLAUSE_BREAKERS } from '../grammar';
import { endsClause } from '../tokens';
import type { SentenceView } from './view';
import { word } from './words';

/** "but not" inside a phrase ("IL-4, but not IL-13, inhibits …") does not open a new clause. */
export function breaksClause(v: SentenceView, j: number): boolean {
  return CLAUSE_BREAKERS.has(word(v, j)) && !(word(v, j) === 'but' && word(v, j + 1) === 'not');
}

export function clauseStart(v: SentenceView, i: number): number {
  for (let j = i - 1; j >= 0; j--) {
    if (endsClause(v.toks[j])) return j + 1;
    if (breaksClause(v, j)) return j + 1;
  }
  return 0;
}

export function clauseEnd(v: SentenceView, i: number): number {
  for (let j = i; j < v.n; j++) {
    if (endsClause(v.toks[j])) return j;
    if (j > i && breaksClause(v, j)) return j - 1;
  }
  return v.n - 1;
}
