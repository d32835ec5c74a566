/**
 * Where a verb's own subject may start, short of its clause's start: after a reporting verb's "that", after
 * ", and" and a determiner; and whether an earlier verb has a subject slot of its own (no participle
 * describing the noun after it). Used by the verb-clause rule to keep terms that belong to another clause
 * out of a verb's subject.
 */
import { AUXILIARIES, BE_FORMS, CLAUSE_JOINERS, DETERMINERS, FINDING_VERBS, HEDGE_VERBS, REPORTING_VERBS } from '../grammar';
import { hasComma } from '../tokens';
import type { SentenceView } from './view';
import { isAdverbish, isEnt, isPlainNoun, isVerbAt, word } from './words';

/**
 * "In cells lacking gp130, we found that the drug blocked STAT3": the clause a reporting verb's "that"
 * opens has its own subject; terms before the "that" are none of it. Where that clause starts, or -1.
 */
export function reportedClauseStart(v: SentenceView, cs: number, s: number): number {
  for (let k = s; k > cs; k--) {
    if (word(v, k) !== 'that') continue;
    const verb = word(v, k - 1);
    return FINDING_VERBS.has(verb) || HEDGE_VERBS.has(verb) || REPORTING_VERBS.has(verb) ? k + 1 : -1;
  }
  return -1;
}

/**
 * Is the verb at k a clause's verb, not a participle describing the noun after it ("systemically delivered
 * MSCs", "an increased number of")? A past participle counts only after a form of "be", an auxiliary, a noun
 * or a pronoun (past adverbs).
 */
export function hasOwnSubjectSlot(v: SentenceView, k: number, cs: number): boolean {
  if (!/(?:ed|en)$/.test(word(v, k))) return true;
  let b = k - 1;
  while (b >= cs && isAdverbish(v, b)) b--;
  if (b < cs) return false;
  const w = word(v, b);
  return BE_FORMS.has(w) || AUXILIARIES.has(w) || isEnt(v, b) || isPlainNoun(v, b) || (v.toks[b].tags.has('Pronoun') && !DETERMINERS.has(w) && w !== 'which');
}

/**
 * Does the stretch ending at k (back to the comma before it) hold a verb? "TGF-β1 was less effective, and
 * SDF-1β therapy did not enhance …": what stands before ", and" is a clause of its own, no list, so the
 * words after the joiner are the next verb's own subject.
 */
function verbBeforeComma(v: SentenceView, k: number): boolean {
  for (let j = k; j >= 0; j--) {
    if (isVerbAt(v, j) || BE_FORMS.has(word(v, j))) return true;
    if (j > 0 && hasComma(v.toks[j - 1])) return false;
  }
  return false;
}

/**
 * "The kinase protects osteoclasts, and its loss in myeloid cells prevents bone loss": after a comma and a
 * joiner, words with no verb or comma up to this verb are its own subject phrase, and a term before the
 * joiner is none of it. Where that phrase starts (right after the joiner), or -1. Only a phrase that opens
 * with a determiner or possessive, or one after a clause with a verb of its own: a list's last member ("IL-4, IL-10, and IL-13 inhibit …", "…, and
 * cell-permeant analogs impacted …") goes on the list — unless a verb comes right before the joiner, where
 * no list goes on ("TNF-α was reduced and Arg1 was increased by IL-4": Arg1, which the lexicon does not
 * name, is what rose). `s` is the last token before the verb (or its auxiliaries).
 */
export function joinedSubjectStart(v: SentenceView, cs: number, s: number): number {
  let last = s;
  while (last > cs && (AUXILIARIES.has(word(v, last)) || BE_FORMS.has(word(v, last)) || isAdverbish(v, last))) last--;
  for (let k = last; k > cs; k--) {
    if (CLAUSE_JOINERS.has(word(v, k)) && k < last && (hasComma(v.toks[k - 1]) || isVerbAt(v, k - 1))) return DETERMINERS.has(word(v, k + 1)) || isVerbAt(v, k - 1) || verbBeforeComma(v, k - 1) ? k + 1 : -1;
    if (hasComma(v.toks[k]) || isVerbAt(v, k)) return -1;
  }
  return -1;
}
