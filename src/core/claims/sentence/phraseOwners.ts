/**
 * Who a relative clause or a participle phrase is about, when that is not the term right before it: an
 * indefinite apposition ("TRAF3, an adapter protein that regulates …"), a class noun whose members the
 * sentence lists later ("Factors that promote X include A and B"), a subject described by a participle
 * phrase ("BMSCs showing up-regulation of X could enhance …").
 */
import { DETERMINERS } from '../grammar';
import { endsClause, hasComma } from '../tokens';
import { clauseStart } from './clauses';
import { groupRight, type Group } from './groups';
import type { SentenceView } from './view';
import { isEnt, isVerbAt, someTokenIn, word } from './words';

/** Is the plain noun at a the head of an indefinite apposition (", an adapter protein")? */
export function inApposition(v: SentenceView, a: number): boolean {
  let k = a - 1;
  while (k > a - 5 && k >= 0 && v.toks[k].ent === undefined && !hasComma(v.toks[k]) && !/^(a|an)$/.test(word(v, k)) && (v.toks[k].tags.has('Adjective') || v.toks[k].tags.has('Noun'))) k--;
  return k >= 1 && /^(a|an)$/.test(word(v, k)) && (hasComma(v.toks[k - 1]) || v.toks[k - 1].post.includes(')'));
}

/** Verbs that list a class's members after it: "Factors that … include A and B". */
const LISTING_VERBS = /^(include|includes|included|comprise|comprises|comprised)$/;

/**
 * "Cytokines that signal through gp130 include IL-6, IL-11 and OSM": for a relative clause at `at` on the
 * class noun at `a` opening the sentence's subject, the terms the main verb lists; undefined when none.
 */
export function membersListedLater(v: SentenceView, a: number, at: number): Group | undefined {
  let start = a;
  while (start > 0 && (DETERMINERS.has(word(v, start - 1)) || v.toks[start - 1].tags.has('Adjective')) && v.toks[start - 1].ent === undefined) start--;
  if (start !== clauseStart(v, a)) return undefined;
  for (let k = at + 1; k < v.n - 1; k++) {
    if (hasComma(v.toks[k - 1]) || endsClause(v.toks[k - 1])) return undefined;
    if (!LISTING_VERBS.test(word(v, k))) continue;
    let e = k + 1;
    while (e < v.n && DETERMINERS.has(word(v, e)) && !isEnt(v, e)) e++;
    return isEnt(v, e) ? groupRight(v, e) : undefined;
  }
  return undefined;
}

/**
 * "BMSCs (with …) showing …": is the cue at `cueAt` a present participle (or a change shown by one) that
 * follows its actor with no comma or other verb between, so describing it?
 */
export function participlePhraseAfter(v: SentenceView, subject: Group, cueAt: number): boolean {
  const k = /ing$/.test(word(v, cueAt)) ? cueAt : cueAt - 1;
  if (k <= subject.last || !/ing$/.test(word(v, k)) || v.toks[k].ent !== undefined || !(v.toks[k].tags.has('Gerund') || isVerbAt(v, k))) return false;
  return !someTokenIn(v, subject.last, k, (j) => hasComma(v.toks[j]) || (j > subject.last && isVerbAt(v, j)));
}
