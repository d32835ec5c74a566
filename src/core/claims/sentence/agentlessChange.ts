/**
 * A change reported with no agent of its own: "Y was impaired", "Y increased", "reduced bone formation in
 * …" (a title's noun phrase). The rules that read a factor's removal or addition in a clause beside it
 * (absence-cause, addition-cause) take the factor as what changed Y.
 */
import type { Sign } from '../../lexicon/relations';
import { BE_FORMS, CHANGE_VERBS, MODAL_HEDGES, CHANGED_PARTICIPLES, DETERMINERS, FLOATING_QUANTIFIERS, NEUTRAL_CHANGE_WORDS, OUTCOME_ADJECTIVES, SCAFFOLD_NOUNS, SHOWN_AMOUNTS } from '../grammar';
import { hasComma } from '../tokens';
import { groupLeft, groupRight, type Group } from './groups';
import { polarity } from './polarity';
import type { SentenceView } from './view';
import { adverbsBefore, changeWordBefore, isEnt, isPlainNoun, pastAdverbs, pastChangeMeasure, pastCoordinatedNoun, unknownNameEndsAt, word } from './words';

/**
 * A change written before the term right before `at`, with no verb: "accelerated alveolar bone loss in
 * …", "reduced bone formation in …" (a title's noun phrase). Plain adjectives may stand between.
 */
function changedNounBefore(v: SentenceView, at: number): { changed: Group; sign: Sign; at: number } | undefined {
  if (!isEnt(v, at - 1)) return undefined;
  const changed = groupLeft(v, at - 1);
  let j = changed.first;
  for (let skipped = 0; j > 0 && skipped < 2 && isPlainAdjective(v, j - 1); skipped++) j--;
  const change = changeWordBefore(v, j);
  return change.sign === 0 || hasSubjectBefore(v, change.at) ? undefined : { changed, sign: change.sign, at: change.at };
}

/**
 * "IL-17 (each) stimulated osteoclastogenesis without RANKL": a change word after a term, a plain noun, a
 * pronoun or an unknown factor's name is a verb with an agent of its own, not the adjective of a title's noun phrase.
 */
function hasSubjectBefore(v: SentenceView, at: number): boolean {
  let k = adverbsBefore(v, at - 1);
  if (k >= 0 && FLOATING_QUANTIFIERS.has(word(v, k))) k = adverbsBefore(v, k - 1);
  return k >= 0 && !hasComma(v.toks[k]) && (isEnt(v, k) || isPlainNoun(v, k) || v.toks[k].tags.has('Pronoun') || unknownNameEndsAt(v, k));
}

/** "alveolar", "trabecular": an adjective that says which, not how much. */
function isPlainAdjective(v: SentenceView, j: number): boolean {
  const w = word(v, j);
  return v.toks[j].tags.has('Adjective') && OUTCOME_ADJECTIVES[w] === undefined && CHANGED_PARTICIPLES[w] === undefined;
}

/**
 * A change with no agent in [from, to): "Y was impaired", "Y increased"; the changed term and its direction
 * (0 for "Y was altered / different", when `neutral` lets a change without a direction count).
 */
function changeIn(v: SentenceView, from: number, to: number, neutral: boolean): { changed: Group; sign: Sign; at: number } | undefined {
  for (let k = from; k < to; k++) {
    if (!isEnt(v, k)) continue;
    const g = groupRight(v, k);
    // ("Y induced by X was increased …": the agent of a participle is not what changed.)
    if (word(v, k - 1) === 'by') { k = g.last; continue; }
    const change = changeAfterTerm(v, g, pastCoordinatedNoun(v, g.last + 1), to, neutral);
    if (change) return change;
    k = g.last;
  }
  return undefined;
}

/**
 * The change said of the term group `g` by the words from `j` on ("was impaired", "increased"), or undefined.
 * `j` is right after the term, or past a phrase between them ("bone loss in IL-10−/− mice was different").
 */
export function changeAfterTerm(v: SentenceView, g: Group, from: number, to: number, neutral: boolean): { changed: Group; sign: Sign; at: number } | undefined {
  let j = from;
  // ("RANKL expression was increased", "OPG mRNA levels were lower": past the measure of the term.)
  for (let m = 0; m < 3 && SCAFFOLD_NOUNS.has(word(v, j)) && !hasComma(v.toks[j - 1]); m++) j++;
  // ("Y may improve", "Y could be impaired": a modal before the change; the polarity reads its hedge.)
  if (MODAL_HEDGES.has(word(v, j))) j = pastAdverbs(v, j + 1);
  const passive = BE_FORMS.has(word(v, j));
  if (passive) j++;
  j = Math.min(pastAdverbs(v, j), to);
  // ("RANKL expression was twofold higher", "was 40% lower": past the measure of the change.)
  if (passive) j = Math.min(pastChangeMeasure(v, j), to);
  // ("Y was impaired", "Y was lower", "Y increased")
  const stated = passive ? CHANGED_PARTICIPLES[word(v, j)] ?? SHOWN_AMOUNTS[word(v, j)] : CHANGE_VERBS[word(v, j)];
  const sign = stated === undefined && passive && NEUTRAL_CHANGE_WORDS.has(word(v, j)) ? 0 : stated;
  // ("In knockout mice, IL-6 increased osteoclastogenesis": a change with an object of its own has an agent.)
  const transitive = !passive && (isEnt(v, j + 1) || DETERMINERS.has(word(v, j + 1)));
  if (sign === undefined || (sign === 0 && !neutral) || word(v, j + 1) === 'by' || transitive || overTimeAfter(v, j + 1)) return undefined;
  return { changed: groupLeft(v, g.last), sign: sign as Sign, at: j };
}

/**
 * "… increased with age", "… declined over time": a change along time within one group, not one that sets the
 * group against another.
 */
function overTimeAfter(v: SentenceView, k: number): boolean {
  return (word(v, k) === 'with' && /^(age|ageing|aging|time)$/.test(word(v, k + 1))) || (word(v, k) === 'over' && word(v, k + 1) === 'time');
}

/**
 * The change with no agent beside a condition clause opened at `opener` that names `factor`: after the
 * clause (from `after`, past its comma: "When …, Y was impaired") or before it ("Y was impaired when …";
 * also when nothing follows the comma, if `orBefore`), with whether its verb group hedges it. Undefined when
 * there is none, when it changes the factor itself, or when it is denied.
 */
export function changeBesideCondition(v: SentenceView, factor: Group, opener: number, after: number | undefined, orBefore: boolean, neutral = false): { changed: Group; sign: Sign; at: number; hedged: boolean } | undefined {
  const following = after !== undefined ? changeIn(v, after, v.n, neutral) : undefined;
  const change = following ?? (after === undefined || orBefore ? (opener > 0 ? changeIn(v, 0, opener, neutral) ?? changedNounBefore(v, opener) : undefined) : undefined);
  if (!change) return undefined;
  return change.at < change.changed.first ? undenied(v, change, factor, change.at, change.changed.first) : undenied(v, change, factor, change.changed.last + 1, change.at);
}

/**
 * The change with whether the verb group in [from, to) hedges it; undefined when it changes the factor itself or
 * the verb group denies it.
 */
function undenied(v: SentenceView, change: { changed: Group; sign: Sign; at: number }, factor: Group, from: number, to: number): { changed: Group; sign: Sign; at: number; hedged: boolean } | undefined {
  if (change.changed.ents.some((e) => factor.ents.includes(e))) return undefined;
  const pol = polarity(v, from, to);
  return pol.negated ? undefined : { ...change, hedged: pol.hedged };
}

/**
 * "Bone loss in IL-10−/− mice was different": the change said of the term right before a condition phrase
 * [opener, end] after that phrase, with whether its verb group hedges it; undefined when there is none, when
 * it changes the factor itself, or when it is denied.
 */
export function changeAcrossPhrase(v: SentenceView, factor: Group, opener: number, end: number, neutral: boolean): { changed: Group; sign: Sign; at: number; hedged: boolean } | undefined {
  if (!isEnt(v, opener - 1) || hasComma(v.toks[opener - 1]) || end + 1 >= v.n || hasComma(v.toks[end])) return undefined;
  const change = changeAfterTerm(v, groupLeft(v, opener - 1), end + 1, v.n, neutral);
  return change ? undenied(v, change, factor, end + 1, change.at) : undefined;
}
