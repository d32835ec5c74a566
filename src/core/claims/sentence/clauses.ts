/** Clause bounds: punctuation (";", ":") and clause-breaking conjunctions ("whereas", "but", "although"). */
import { ABSOLUTE_PARTICIPLES, ASIDE_SUBORDINATORS, CLAUSE_BREAKERS, CONCESSIVE_ASIDE_SUBORDINATORS, SET_OFF_CONNECTIVES } from '../grammar';
import { endsClause, hasComma } from '../tokens';
import type { SentenceView } from './view';
import { isVerbAt, word } from './words';

/**
 * "but not" inside a phrase ("IL-4, but not IL-13, inhibits …") and an aside "X, unlike Y, inhibits …"
 * do not open a new clause; a coordinated "and that" does.
 */
export function breaksClause(v: SentenceView, j: number): boolean {
  const w = word(v, j);
  // "… shows that A increases during B and that C acts as …": a second that-clause starts afresh.
  if (w === 'that' && j > 0 && /^(and|or|but)$/.test(word(v, j - 1))) return true;
  // ("… regulators of Y, with Smad signalling being crucial for inducing Z": an absolute clause has a subject of
  // its own, named between "with" and its participle.)
  if (w === 'with' && absoluteClauseAfter(v, j)) return true;
  if (!CLAUSE_BREAKERS.has(w)) return false;
  if (w === 'but' && word(v, j + 1) === 'not') return false;
  // ("IL-1β, however, inhibits …": a connective set off inside the clause leaves its subject with its verb.)
  if (isSetOffConnective(v, j)) return false;
  // ("BMP-2, while inducing osteoblast differentiation, decreased CXCL12": a gerund aside set off by commas
  // leaves the subject before it with the verb after it.)
  if (ASIDE_SUBORDINATORS.has(w) && gerundAside(v, j)) return false;
  // ("IL-1β, although low, was reduced by MSCs": a verbless concessive aside set off by commas, likewise.)
  if (CONCESSIVE_ASIDE_SUBORDINATORS.has(w) && verblessAside(v, j)) return false;
  if (w === 'unlike' && j > 0 && hasComma(v.toks[j - 1])) {
    for (let k = j + 1; k <= j + 4 && k < v.n - 1; k++) if (hasComma(v.toks[k])) return false;
  }
  return true;
}

/** Most words of a gerund aside ("while inducing osteoblastic differentiation") before its closing comma. */
const GERUND_ASIDE_REACH = 8;

/** Does the subordinator at j ("while") open an aside, after a comma, of a gerund and a few words closed by a comma? */
function gerundAside(v: SentenceView, j: number): boolean {
  if (j === 0 || !hasComma(v.toks[j - 1]) || !/ing$/.test(word(v, j + 1))) return false;
  for (let k = j + 1; k < v.n - 1 && k <= j + GERUND_ASIDE_REACH; k++) {
    if (endsClause(v.toks[k])) return false;
    if (hasComma(v.toks[k])) return true;
  }
  return false;
}

/** Most words of a verbless concessive aside ("although few in number") before its closing comma. */
const VERBLESS_ASIDE_REACH = 4;

/** Does the subordinator at j ("although") open an aside, after a comma, of a few words with no verb and no term, closed by a comma? */
function verblessAside(v: SentenceView, j: number): boolean {
  if (j === 0 || !hasComma(v.toks[j - 1])) return false;
  for (let k = j + 1; k < v.n - 1 && k <= j + VERBLESS_ASIDE_REACH; k++) {
    if (endsClause(v.toks[k]) || v.toks[k].ent !== undefined || isVerbAt(v, k)) return false;
    if (hasComma(v.toks[k])) return true;
  }
  return false;
}

/** Most words of the subject of an absolute clause ("with Smad-mediated signalling being …"). */
const ABSOLUTE_SUBJECT_REACH = 5;

/** Does "with" at j open an absolute clause: a short noun phrase, then a participle of the grammar table ("being")? */
function absoluteClauseAfter(v: SentenceView, j: number): boolean {
  for (let k = j + 2; k < v.n && k <= j + 1 + ABSOLUTE_SUBJECT_REACH; k++) {
    if (hasComma(v.toks[k - 1]) || endsClause(v.toks[k - 1])) return false;
    if (ABSOLUTE_PARTICIPLES.has(word(v, k))) return true;
  }
  return false;
}

/** A connective set off by commas on both sides ("IL-1β, however, inhibits …") at j. */
export function isSetOffConnective(v: SentenceView, j: number): boolean {
  return j > 0 && SET_OFF_CONNECTIVES.has(word(v, j)) && hasComma(v.toks[j - 1]) && hasComma(v.toks[j]);
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

/**
 * The last token from k before the next comma or clause mark (";", ":"); unlike clauseEnd, a conjunction
 * does not end it ("… in cultures treated with IL-4", "… whereas IL-4 promotes, osteogenesis").
 */
export function phraseEnd(v: SentenceView, k: number): number {
  let j = Math.min(k, v.n - 1);
  while (j < v.n - 1 && !hasComma(v.toks[j]) && !endsClause(v.toks[j])) j++;
  return j;
}
