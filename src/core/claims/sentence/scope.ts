/**
 * What takes a clause outside the review's scope, and what removes an actor. An engineered or rescue
 * experiment ("when RANK was ectopically expressed"), a model lacking a factor ("in STAT6−/− mice",
 * "in IL-4-deficient cells", "in the absence of RANKL") is a condition the review never tested: a finding
 * there that agrees with the review still agrees with it ("overexpression of NFATc1 abrogated the
 * IL-10-induced inhibition of osteoclastogenesis" presupposes what the review says), but an opposite one is
 * no contradiction. A denial of sufficiency ("X alone does not induce Y") says nothing the review could
 * support or contradict. A loss-of-function actor ("a CXCR4 antagonist", "anti-BMP-2 antibody",
 * "IL-4-deficient mice") acts opposite to the factor it removes.
 */
import {
  ABSENCE_WORDS, BE_FORMS, EFFECT_NOUNS, REMOVAL_CLAUSE_OPENERS, CHANGED_PARTICIPLES, COMPOUND_CUES, CONDITIONAL_WORDS, DENIED_UNDER_WORDS, DETERMINERS, ENGINEERED_WORDS, VARIANT_WORDS, LOSS_OF_FUNCTION_COMPOUNDS, LOSS_OF_FUNCTION_NOUNS, LOSS_WORDS_BEFORE_TERM, MEDIATING_PREPOSITIONS, MODEL_NOUNS, MODEL_PART_NOUNS, NEUTRALIZING_PARTICIPLES, NOMINAL_CUES, FROM_PARTICLES, PREPOSITIONS, PRESENCE_WORDS, RECOVERY_VERBS, REMOVAL_PARTICIPLES, REMOVED_THROUGH_NOUNS, SHARE_NOUNS, SOURCE_NOMINALS, SPECIAL_MODELS, SPECIAL_SETTINGS, NUMBER_WORDS, REMOVED_FACTOR_NOUNS, SUFFICIENCY_WORDS, TIME_POINT_PREPOSITIONS, TIME_UNITS, OUTCOME_ADJECTIVES, SHOWN_AMOUNTS,
} from '../grammar';
import { conditionKey } from '../../conditions';
import { looksLikeGeneName } from '../../normalize';
import { contextOf } from '../context';
import { hasComma } from '../tokens';
import type { ExtractedClaim } from '../types';
import { clauseEnd, clauseStart } from './clauses';
import { groupLeft, groupRight, type Group } from './groups';
import { subjectIsJointMember } from './jointActors';
import type { SentenceView } from './view';
import { isAdverbish, isEnt, isVerbAt, mainVerbAfter, mentionOf, someWordIn, termWithin, tokenAtOffset, word } from './words';

// "STAT6−/−", "IL-10 -/-", "IL-10(-/-)" (the parenthesis of the last glued to the term's text after it).
// linear: anchored, a fixed run of optional blanks and single characters.
const KNOCKOUT_MARK = /^\s*\(?\s*[-–−]\s*\/\s*[-–−]/;

/** "STAT6−/−": a token marked as knocked out by the text right after it. */
function knockedOut(v: SentenceView, i: number): boolean {
  return KNOCKOUT_MARK.test(v.toks[i].post) || (word(v, i + 1) === '' && KNOCKOUT_MARK.test(v.toks[i + 1]?.text ?? ''));
}

/**
 * "MSCs in which TSG-6 was silenced", "cells where IDO was knocked down": a relative clause that says the
 * experiment took the term away, as "TSG-6-silenced MSCs" does. The term's group (starting at `k`) and the
 * token the clause ends at (the participle, or its particle); undefined for any other clause.
 */
export function removedInRelative(v: SentenceView, k: number): { factor: Group; end: number } | undefined {
  const relative = word(v, k - 1) === 'where' || ((word(v, k - 1) === 'which' || word(v, k - 1) === 'whom') && word(v, k - 2) === 'in');
  return relative ? removedTerm(v, k) : undefined;
}

/** "TSG-6 was silenced", "COX-2 was inhibited" at k: a term the clause says was taken away, and where that ends. */
function removedTerm(v: SentenceView, k: number): { factor: Group; end: number } | undefined {
  if (!isEnt(v, k)) return undefined;
  const factor = groupRight(v, k);
  const end = removalAfterBe(v, factor.last + 1);
  return end < 0 ? undefined : { factor, end };
}

/** "was (completely) deleted", "were knocked down" from the form of "be" at `be`: where the removal ends, or -1. */
function removalAfterBe(v: SentenceView, be: number): number {
  if (!BE_FORMS.has(word(v, be))) return -1;
  let j = be + 1;
  while (j < v.n && isAdverbish(v, j)) j++;
  if (!REMOVAL_PARTICIPLES.has(word(v, j))) return -1;
  return word(v, j + 1) === 'down' || word(v, j + 1) === 'out' ? j + 1 : j;
}

/**
 * "… decreased after STAT3 (signalling) was inhibited": a term, past a noun of its signal, that a clause of its
 * own says was taken away; the term acts by its loss.
 */
export function removedInOwnClause(v: SentenceView, g: Group): boolean {
  let j = g.last + 1;
  if (REMOVED_FACTOR_NOUNS.has(word(v, j))) j++;
  return removalAfterBe(v, j) >= 0;
}

/** Most words of a removed factor the lexicon does not name ("the STAT6 gene"). */
const UNNAMED_FACTOR_REACH = 4;

/** "STAT6 was deleted", "the Stat6 gene was knocked out" from k: a factor, named or not, said to be taken away. */
function removedUnnamed(v: SentenceView, k: number): boolean {
  for (let j = k; j < v.n && j < k + UNNAMED_FACTOR_REACH; j++) {
    if (hasComma(v.toks[j]) || isVerbAt(v, j)) return false;
    if (BE_FORMS.has(word(v, j + 1))) return removalAfterBe(v, j + 1) >= 0;
  }
  return false;
}

/** "STAT6-deficient", "Il4ra-null": one word whose last part removes what the first names (no term needed). */
function lossCompoundWord(w: string): boolean {
  const dash = w.lastIndexOf('-');
  return dash > 0 && LOSS_OF_FUNCTION_COMPOUNDS.has(w.slice(dash + 1));
}

/** "IL-4-deficient", "CCR2-null": a term glued to a compound that removes it. */
export function isLossModifier(v: SentenceView, i: number): boolean {
  const t = v.toks[i] as SentenceView['toks'][number] | undefined;
  return t !== undefined && t.ent !== undefined && t.post === '-' && LOSS_OF_FUNCTION_COMPOUNDS.has(word(v, i + 1));
}

/** Does the group name a removed factor ("CXCR4 antagonist", "anti-BMP-2 antibody", "TNF-α blockade")? */
export function removesActor(v: SentenceView, g: Group): boolean {
  const after = word(v, g.last + 1);
  if (LOSS_OF_FUNCTION_NOUNS.has(after) && !v.toks[g.last].post.includes(',')) return true;
  // "IL-4 deficient mice", "CCR2 null cells": the compound written without its hyphen, before what it
  // describes ("deficient in", "lacking X", "free of" are other frames).
  if (LOSS_OF_FUNCTION_COMPOUNDS.has(after) && !/^(lacking|free)$/.test(after) && !v.toks[g.last].post.includes(',') && v.toks[g.last + 2] !== undefined
    && !hasComma(v.toks[g.last + 1]) && (v.toks[g.last + 2].ent !== undefined || (v.toks[g.last + 2].tags.has('Noun') && !PREPOSITIONS.has(word(v, g.last + 2))))
    // ("OPG depleted osteoclast numbers": a compound that is also a cue verb, before a term that is no cell,
    // is the sentence's verb; "IL-6 silenced MSCs" stays the cells.)
    && !(verbWithObject(v, g.last + 1) && v.toks[g.last + 2].ent !== undefined && (mentionOf(v, g.last + 2).type !== 'cell' || !mainVerbAfter(v, g.last + 3)))) return true;
  // "TNF-α inhibition improved healing": a nominal cue of loss after the term removes it too ("IL-4
  // inhibition of osteoclasts", with "of", is IL-4's own effect).
  // ("MSCs decrease TNF-α", "MSCs decrease the expression of …": a word that is also a cue verb, followed by
  // its object, is the sentence's verb, not a loss of the term.)
  if (NOMINAL_CUES[after] === -1 && word(v, g.last + 2) !== 'of' && !v.toks[g.last].post.includes(',') && (g.last + 1 >= v.n || !hasComma(v.toks[g.last + 1])) && !verbWithObject(v, g.last + 1)) return true;
  // ("IL-18 binding protein suppresses …": a protein that binds the factor away removes it.)
  if (after === 'binding' && /^proteins?$/.test(word(v, g.last + 2)) && !v.toks[g.last].post.includes(',')) return true;
  // "an IL-6 neutralizing antibody", "a CXCR4 blocking antibody"
  if (NEUTRALIZING_PARTICIPLES.has(after) && LOSS_OF_FUNCTION_NOUNS.has(word(v, g.last + 2)) && !v.toks[g.last].post.includes(',')) return true;
  // "IL-1 receptor antagonists", "TNF receptor blockade", "CCL2/CCR2 axis blockade", "IL-6 signalling inhibitors",
  // "a c-Fms tyrosine kinase inhibitor"
  if (REMOVED_THROUGH_NOUNS.has(after) && !v.toks[g.last].post.includes(',')) {
    const loss = REMOVED_THROUGH_NOUNS.has(word(v, g.last + 2)) && !hasComma(v.toks[g.last + 1]) ? g.last + 3 : g.last + 2;
    if (LOSS_OF_FUNCTION_NOUNS.has(word(v, loss))) return true;
  }
  // "IL-6 gene knockout / deletion / silencing": the gene named before its loss.
  if (/^genes?$/.test(after) && !v.toks[g.last].post.includes(',') && (LOSS_OF_FUNCTION_NOUNS.has(word(v, g.last + 2)) || NOMINAL_CUES[word(v, g.last + 2)] === -1)) return true;
  if (knockedOut(v, g.last)) return true;
  if (removedWithoutSubject(v, g)) return true;
  const before = v.toks[g.first - 1];
  // ("decoy NF-κB ODN": a decoy named before the term it soaks up.)
  if (before !== undefined && LOSS_WORDS_BEFORE_TERM.has(before.lower) && !hasComma(before)) return true;
  // ("a dominant-negative STAT3": the tagger splits the compound; its mutant blocks the term's own action.)
  if (before !== undefined && before.lower === 'negative' && word(v, g.first - 2) === 'dominant' && !hasComma(before)) return true;
  return antiGluedBefore(v, g.first);
}

/** Is there a subjectless removal clause ("when mutated", "if deleted") of two words at j, ending its clause? */
function bareRemovalAt(v: SentenceView, j: number): boolean {
  return REMOVAL_CLAUSE_OPENERS.has(word(v, j)) && REMOVAL_PARTICIPLES.has(word(v, j + 1)) && (j + 2 >= v.n || hasComma(v.toks[j + 1]) || /[.;:]/.test(v.toks[j + 1].post));
}

/**
 * "OPG leads to uncontrolled osteoclastogenesis when mutated", "OPG, when deleted, leads to …", "When
 * mutated, OPG leads to …": a removal clause with no subject of its own speaks of the term before it, so the
 * term acts by its loss.
 */
function removedWithoutSubject(v: SentenceView, g: Group): boolean {
  // (Asked of every subject candidate: most sentences have no removal participle at all.)
  if (!v.removalParticiple) return false;
  // Before the term, opening its clause ("When mutated, OPG …", past determiners).
  let b = g.first - 1;
  while (b >= 0 && DETERMINERS.has(word(v, b)) && !hasComma(v.toks[b])) b--;
  if (b >= 1 && (b - 1 === 0 || hasComma(v.toks[b - 2])) && bareRemovalAt(v, b - 1) && hasComma(v.toks[b])) return true;
  // After the term, in the rest of its clause (a comma ends the scan unless the removal clause or a relative
  // clause of the term follows it: "the osteoprotegerin, which leads to … when mutated").
  for (let j = g.last; j < v.n; j++) {
    if (j > g.last && bareRemovalAt(v, j)) return true;
    if (hasComma(v.toks[j]) && !REMOVAL_CLAUSE_OPENERS.has(word(v, j + 1)) && !(j === g.last && /^(which|that|who)$/.test(word(v, j + 1)))) return false;
    if (/[.;:]/.test(v.toks[j].post)) return false;
  }
  return false;
}

/** Does the text from token `from` to `to` name a condition that restricts a statement (a dose, oxygen, a stage)? */
function restrictingConditionAfter(v: SentenceView, from: number, to: number): boolean {
  if (from > to || from >= v.n) return false;
  const found = contextOf(v.text.slice(v.toks[from].ostart, v.toks[Math.min(v.n - 1, to)].oend));
  return Object.keys(found).some((key) => conditionKey(key)?.restricting === true);
}

// A count of time units in digits: "7", "14", "2.5" (number words come from the grammar table).
// linear: anchored, digits with one optional decimal part.
const DIGITS = /^\d+(?:\.\d+)?$/;

/** "7", "2.5", "two": a count of time units. */
function isTimeCount(w: string): boolean {
  return DIGITS.test(w) || NUMBER_WORDS.has(w);
}

/**
 * Does the text from token `from` to `to` name a time point ("at day 7", "on day 14", "after 3 weeks", "at
 * week 4")? A denial bound to one moment of a time course says nothing about the effect at large.
 */
function timePointAfter(v: SentenceView, from: number, to: number): boolean {
  for (let i = Math.max(0, from); i < Math.min(v.n, to + 1) - 2; i++) {
    if (!TIME_POINT_PREPOSITIONS.has(word(v, i))) continue;
    const a = word(v, i + 1);
    const b = word(v, i + 2);
    if ((isTimeCount(a) && TIME_UNITS.has(b)) || (TIME_UNITS.has(a) && isTimeCount(b))) return true;
  }
  return false;
}

/** Is token k an "anti-" (or an "anti" and one blank) glued to the word after it ("anti-TNF", "Anti IL-17A")? */
export function isAntiPrefix(v: SentenceView, k: number): boolean {
  const t = v.toks[k];
  return t !== undefined && t.lower === 'anti' && (t.post === '-' || t.post === ' ');
}

/** "anti-TNF", "Anti IL-17A therapy": is the term at `first` glued to an "anti-" before it? */
export function antiGluedBefore(v: SentenceView, first: number): boolean {
  return isAntiPrefix(v, first - 1);
}

/**
 * "blocked by anti-TNF (-79%) and OPG (-60%)": the members of a list that an "anti-" glued to its first member
 * does not reach (those after it without an "anti-" of their own, with nothing after the list that removes
 * them all, as "antibodies" would), or undefined when there are none.
 */
export function membersOutsideRemoval(v: SentenceView, g: Group): Set<number> | undefined {
  if (g.ents.length < 2 || !antiGluedBefore(v, g.first)) return undefined;
  const rest = g.ents.slice(1);
  if (removesActor(v, { first: rest[0], last: g.last, ents: rest })) return undefined;
  const outside = new Set(rest.filter((e) => !antiGluedBefore(v, e)));
  return outside.size > 0 ? outside : undefined;
}


/**
 * Is the word at i a cue verb whose object follows it: a term, past at most two determiners, adjectives or
 * plain nouns ("decrease the inflammation", "decrease lung inflammation")?
 */
function verbWithObject(v: SentenceView, i: number): boolean {
  if (v.nlp.cueLemma(word(v, i)) === undefined || hasComma(v.toks[i])) return false;
  for (let k = i + 1; k <= i + 3 && k < v.n; k++) {
    const t = v.toks[k];
    if (t.ent !== undefined) return true;
    if (hasComma(t) || PREPOSITIONS.has(t.lower) || t.tags.has('Verb') || !(DETERMINERS.has(t.lower) || t.tags.has('Adjective') || t.tags.has('Noun'))) return false;
  }
  return false;
}

/** Tokens of the claim's own subject, object and cue, which the scope tests must not count. */
function ownTokens(v: SentenceView, c: ExtractedClaim): Set<number> {
  const own = new Set<number>();
  for (const span of [c.subjectSpan, c.objectSpan, c.cueSpan]) {
    if (!span) continue;
    for (let i = tokenAtOffset(v, span.start); i < v.n && v.toks[i].ostart < span.end; i++) own.add(i);
  }
  return own;
}

/**
 * How far the claim's clause speaks to the review: `out` when it lies outside it (a denial of
 * sufficiency); `agreement-only` when it holds under a condition the review does not discuss (an
 * engineered or rescue experiment, a knockout model, "in the absence of RANKL, IL-17 induced
 * osteoclastogenesis" still agrees with "IL-17 promotes osteoclastogenesis", but an opposite finding there
 * is no contradiction); `in`.
 */
export type Scope = 'in' | 'agreement-only' | 'out';

/** Is the noun at i adverbial, "in (the) … of" ("in the absence of RANKL", "in presence of IL-4")? */
/** Most words between "the absence of" and the term it names ("of exogenous recombinant RANKL"). */
const ABSENT_TERM_REACH = 4;

/** A term within a few words from k, before any comma: what "the absence of" takes away. */
function absentTermAfter(v: SentenceView, k: number): boolean {
  for (let j = k; j < v.n && j < k + ABSENT_TERM_REACH; j++) {
    if (v.toks[j].ent !== undefined) return true;
    if (hasComma(v.toks[j])) return false;
  }
  return false;
}

/** A gene or protein name at k that the lexicon may not know ("STAT6", "Nrf2"): capitals, or a capital and digits. */
function absentNameAfter(v: SentenceView, k: number): boolean {
  const t = v.toks[k];
  return t !== undefined && (t.ent !== undefined || looksLikeGeneName(v.text.slice(t.ostart, t.oend)));
}

function inTheOf(v: SentenceView, i: number): boolean {
  return word(v, i + 1) === 'of' && (word(v, i - 1) === 'in' || (word(v, i - 1) === 'the' && word(v, i - 2) === 'in'));
}

/** "from" or "against", after a verb of keeping off. */
function keepsOff(w: string): boolean {
  return FROM_PARTICLES.has(w);
}

/** A sufficiency word ("alone", "by itself") between the claim's subject and its cue, not a word of the claim. */
function sufficiencyByActor(v: SentenceView, c: ExtractedClaim, cue: number, own: ReadonlySet<number>): boolean {
  const subject = c.subjectSpan ? tokenAtOffset(v, c.subjectSpan.start) : cue;
  return someWordIn(v, Math.min(subject, cue), Math.max(subject, cue), (w) => SUFFICIENCY_WORDS.has(w)) && ![...own].some((i) => SUFFICIENCY_WORDS.has(word(v, i)));
}

/** A word of a small or lowered amount ("a low level of", "weak") in [from, to). */
function lowAmountBefore(v: SentenceView, from: number, to: number): boolean {
  return someWordIn(v, from, to, (w) => OUTCOME_ADJECTIVES[w] === -1 || SHOWN_AMOUNTS[w] === -1);
}

/** Most words between the object's "of" and a factor glued to the owner's participle ("of | TNF-α-stimulated"). */
const GLUED_OWNER_REACH = 3;

/** After the object ending at `last`, "of" and cells a term other than the claim's own is glued to by a cue of causing. */
function factorGluedToOwner(v: SentenceView, last: number, own: ReadonlySet<number>): boolean {
  if (word(v, last + 1) !== 'of') return false;
  for (let k = last + 2; k < v.n && k <= last + 1 + GLUED_OWNER_REACH; k++) {
    if (v.toks[k].ent !== undefined && v.toks[k].post === '-' && typeof COMPOUND_CUES[word(v, k + 1)] === 'number' && !own.has(k)) return true;
    if (hasComma(v.toks[k])) return false;
  }
  return false;
}

/**
 * "MSCs lacking AhR", "MSCs deficient in AhR", "MSCs depleted of …", "MSCs without AhR": does a word of loss
 * (the loss-compound table's, or "without") follow the claim's own term?
 */
function ownLacksSomething(v: SentenceView, own: ReadonlySet<number>): boolean {
  for (let i = 1; i < v.n; i++) {
    // (Not glued: "IL-10-deficient mice" are a model, read where models are.)
    if (!own.has(i - 1) || own.has(i) || hasComma(v.toks[i - 1]) || v.toks[i - 1].post === '-') continue;
    if (LOSS_OF_FUNCTION_COMPOUNDS.has(word(v, i)) || word(v, i) === 'without') return true;
  }
  return false;
}

/** "mutant Smurf1", "a mutant form of Smurf1": does the word at `i` make the claim's own term a variant? */
function variantOfOwn(v: SentenceView, i: number, own: ReadonlySet<number>): boolean {
  if (!VARIANT_WORDS.has(word(v, i))) return false;
  const k = /^forms?$/.test(word(v, i + 1)) && word(v, i + 2) === 'of' ? i + 3 : i + 1;
  return own.has(k);
}

/**
 * "KGF siRNA-pretreatment of MSCs": a silencing RNA or inhibitor glued before the claim's own treatment term
 * makes that treatment the removal of another factor, not the treatment the review describes.
 */
function silencingTreatment(v: SentenceView, i: number, own: ReadonlySet<number>): boolean {
  return own.has(i + 1) && !own.has(i) && v.toks[i].post === '-' && LOSS_OF_FUNCTION_NOUNS.has(word(v, i));
}

/**
 * "… in parallel with decreased bone formation by osteoblasts": a changed process followed by "by" and the
 * claim's subject, cells, may name whose process changed rather than what changed it; read as the cells'
 * effect it can agree with the review but not contradict it ("enhanced osteoclastogenesis by IL-17A", a
 * factor, keeps its reading).
 */
function changedProcessOfCells(v: SentenceView, c: ExtractedClaim): boolean {
  if (!c.objectSpan || !c.subjectSpan || c.subjectSpan.start < c.objectSpan.end) return false;
  const first = tokenAtOffset(v, c.objectSpan.start);
  const last = tokenAtOffset(v, c.objectSpan.end - 1);
  const subject = tokenAtOffset(v, c.subjectSpan.start);
  return CHANGED_PARTICIPLES[word(v, first - 1)] !== undefined && word(v, last + 1) === 'by' && subject <= last + 3 && mentionOf(v, subject).type === 'cell';
}

export function claimScope(v: SentenceView, c: ExtractedClaim): Scope {
  if (!c.cueSpan || c.kind === 'attribute') return 'in';
  const cue = tokenAtOffset(v, c.cueSpan.start);
  const from = clauseStart(v, cue);
  const to = clauseEnd(v, cue);
  const own = ownTokens(v, c);
  const ownLast = Math.max(-1, ...own);
  let scope: Scope = 'in';
  for (let i = from; i <= to; i++) {
    if (own.has(i)) continue;
    const w = word(v, i);
    // "when RANK was ectopically expressed" (but not "transfected Runx2 protein", which only describes the object).
    // ("ectopic bone formation" names where a process happens, not an engineered experiment.)
    // ("Knockdown of IL-6 increased osteogenesis and rescued it from …": a second verb of the same subject,
    // after the claim, is another effect, not the condition of an engineered experiment.)
    const secondVerb = i > ownLast && word(v, i - 1) === 'and' && isVerbAt(v, i);
    if (ENGINEERED_WORDS.has(w) && !secondVerb && !modifiesOwn(v, i, own) && !namesPlaceOfProcess(v, i) && !rescuesPresupposed(v, i, own)) scope = 'agreement-only';
    // ("expression of mutant Smurf1 enhanced …", "KGF siRNA-pretreatment of MSCs reduced …": the claim's own
    // term is a variant, or a treatment that silences something else.)
    if (variantOfOwn(v, i, own) || silencingTreatment(v, i, own)) scope = 'agreement-only';
    // "in the absence of RANKL", "in STAT6−/− mice", "in IL-4-deficient cells"
    // (adverbial only: "the absence of TNF-α delays …" is the actor reversed, handled with the subject)
    // (Only a factor the lexicon names: "in the absence of further supplements" is the basal culture.)
    if (ABSENCE_WORDS.has(w) && w !== 'without' && inTheOf(v, i) && absentTermAfter(v, i + 2)) scope = 'agreement-only';
    if ((knockedOut(v, i) || isLossModifier(v, i) || COMPOUND_CUES[word(v, i + 1)] === 'modifier' && LOSS_OF_FUNCTION_COMPOUNDS.has(word(v, i + 1)) || lossCompoundWord(w)) && modelFollows(v, i)) scope = 'agreement-only';
  }
  // ("… with decreased bone formation by osteoblasts": whose process changed, or what changed it.)
  if (changedProcessOfCells(v, c)) scope = 'agreement-only';
  // ("The interaction of macrophages and MSCs induced IL-6": what the pair does, neither member alone.)
  if (subjectIsJointMember(v, c)) scope = 'agreement-only';
  // ("IL-4 rescued osteoclast formation", "IL-6 restored bone formation": a claim read from a verb of recovery
  // is a rescue experiment's finding; "rescued MSCs from apoptosis" keeps something off, as "protected" does.)
  if (RECOVERY_VERBS.has(v.nlp.cueLemma(word(v, cue)) ?? '') && !someWordIn(v, cue + 1, to + 1, keepsOff)) scope = 'agreement-only';
  // "IL-6 has no effect on osteoblasts unless its soluble receptor is added", "Unless RANKL was present,
  // TNF-α did not induce …": a finding bound to a condition the sentence names after it or before its clause.
  for (let i = 0; i < v.n; i++) if (i !== cue && CONDITIONAL_WORDS.has(word(v, i))) scope = 'agreement-only';
  // ("BMP-2 alone induced a low level of ALP activity": what a term does on its own, set against a
  // combination, said as a small amount; it weighs sufficiency and denies no effect.)
  if (c.objectSpan && sufficiencyByActor(v, c, cue, own) && lowAmountBefore(v, cue + 1, tokenAtOffset(v, c.objectSpan.start))) return 'out';
  // "X alone does not induce Y", "X does not induce Y by itself / on its own": a denial of sufficiency.
  if (c.negated) {
    // "In the presence of IL-4, RANKL failed to induce NFATc1": a denial under another factor speaks of it.
    for (let i = 0; i < v.n; i++) if (!own.has(i) && PRESENCE_WORDS.has(word(v, i)) && inTheOf(v, i)) scope = 'agreement-only';
    // "MSCs pretreated with a COX-2 inhibitor had little effect on M2 polarization": a denial under a
    // factor removed in the same clause speaks of the removal, not of the claim's actor.
    for (let i = from; i <= to; i++) if (!own.has(i) && LOSS_OF_FUNCTION_NOUNS.has(word(v, i))) scope = 'agreement-only';
    // ("MSCs lacking AhR failed to suppress T-cell proliferation": the same, for cells named with what they lack,
    // whether or not the lexicon names it.)
    if (ownLacksSomething(v, own)) scope = 'agreement-only';
    // ("The inhibitory effect of IL-4 was not observed in the absence of STAT6": a denial in the absence of a named
    // gene speaks of its loss, whether or not the lexicon names it.)
    for (let i = 0; i < v.n; i++) if (ABSENCE_WORDS.has(word(v, i)) && word(v, i) !== 'without' && inTheOf(v, i) && absentNameAfter(v, i + 2)) scope = 'agreement-only';
    // ("Without TSG-6, MSCs failed to reduce TNF-α": the same, for a factor named as absent.)
    for (let i = 0; i < v.n; i++) if (word(v, i) === 'without' && !own.has(i + 1) && absentTermAfter(v, i + 1)) scope = 'agreement-only';
    // ("MSCs failed to suppress TNF-α secretion when COX-2 was inhibited": the same, in a clause of its own.)
    // ("… when STAT6 was deleted": the factor removed need not be a term for the denial to speak of its loss.)
    for (let i = 0; i < v.n; i++) if (REMOVAL_CLAUSE_OPENERS.has(word(v, i)) && !own.has(i + 1) && (removedTerm(v, i + 1) !== undefined || removedUnnamed(v, i + 1))) scope = 'agreement-only';
    // ("IL-4 did not inhibit osteoclast formation when added late": a denial bound to a condition clause,
    // after it or fronted before it; not "when compared with controls".)
    for (let i = 0; i < v.n; i++) if (i !== cue && !own.has(i) && DENIED_UNDER_WORDS.has(word(v, i)) && !/^compar/.test(word(v, i + 1))) scope = 'agreement-only';
    // ("TNF-α had no effect on MSC migration at low doses but enhanced it at high doses": a denial bound to a
    // dose, an oxygen tension or a stage named after its object speaks of that condition only.)
    if (c.objectSpan && restrictingConditionAfter(v, tokenAtOffset(v, c.objectSpan.end - 1) + 1, to)) scope = 'agreement-only';
    // ("Macrophage depletion did not impair fracture healing at day 7": the same, for a time point.)
    if (c.objectSpan && timePointAfter(v, tokenAtOffset(v, c.objectSpan.end - 1) + 1, to)) scope = 'agreement-only';
    // ("IL-4 no longer inhibited osteoclast formation": a denial that presupposes the effect held before
    // speaks of a changed condition, named here or in the sentence before.)
    for (let i = from; i < cue; i++) if (word(v, i) === 'no' && word(v, i + 1) === 'longer') scope = 'agreement-only';
    // "IL-6 is not involved in the increased osteoclastogenesis (of these mutant mice)": a denial about
    // one observed change, not about the process at large. "IL-10 did not alter IL-4-induced M2
    // polarization": a denial about what another factor brought about.
    if (c.objectSpan) {
      const first = tokenAtOffset(v, c.objectSpan.start);
      if (CHANGED_PARTICIPLES[word(v, first - 1)] !== undefined && word(v, first - 2) === 'the') scope = 'agreement-only';
      // ("The effect of MSC-CM on macrophages was not mediated by PGE2", "TSG-6 was not involved in the effect
      // of MSCs on …": a denial about what carries another term's effect on a third says nothing against the
      // subject acting on the effect's owner.)
      if (word(v, first - 1) === 'of' && EFFECT_NOUNS.has(word(v, first - 2)) && someWordIn(v, first + 1, Math.min(v.n, first + 4), (x) => x === 'on' || x === 'upon')) scope = 'agreement-only';
      // "OPG failed to inhibit about 40% of the osteoclast formation": a denial of a share of the process
      // leaves the rest to the subject; it denies no effect.
      if (shareBefore(v, first)) scope = 'agreement-only';
      // ("IL-4 did not reverse the TNF-α-induced suppression of osteoblast differentiation": the same, when the
      // other factor's effect is a loss the subject would undo; "IFN-β failed to inhibit RANKL-induced
      // activation of c-Fos" denies the subject's own effect on what the other factor raised.)
      const head = word(v, first - 1) === 'of' && NOMINAL_CUES[word(v, first - 2)] === -1 ? first - 2 : first;
      // (The other factor need not be a term: "IL-4 did not block IL-32-induced osteoclastogenesis".)
      if (typeof COMPOUND_CUES[word(v, head - 1)] === 'number' && v.toks[head - 2]?.post === '-' && !own.has(head - 2)) scope = 'agreement-only';
      // ("A dominant-negative STAT3 did not affect the immediate suppression of TNF-α mRNA": a denial without a
      // direction about a rise or fall of the object speaks of that change, which something else brought
      // about; it does not deny that the subject acts on the object.)
      if (c.sign === 0 && word(v, first - 1) === 'of' && (NOMINAL_CUES[word(v, first - 2)] ?? 0) !== 0 && !own.has(first - 2)) scope = 'agreement-only';
      const last = tokenAtOffset(v, c.objectSpan.end - 1);
      // ("IL-10 did not modulate the pro-inflammatory phenotype of TNF-α-stimulated fibroblasts": the other factor
      // glued to the cells the object belongs to.)
      if (factorGluedToOwner(v, last, own)) scope = 'agreement-only';
      // ("Osteoclast formation induced by RANKL was not affected by IL-6": the other factor named after, a term
      // or not: "OPG does not abrogate osteoclast formation induced by LTB4".)
      if (typeof COMPOUND_CUES[word(v, last + 1)] === 'number' && word(v, last + 2) === 'by' && v.toks[last + 3] !== undefined && !own.has(last + 3)) scope = 'agreement-only';
    }
    const subject = c.subjectSpan ? tokenAtOffset(v, c.subjectSpan.start) : cue;
    for (let i = Math.min(subject, cue); i <= Math.max(subject, cue) + 1 && i < v.n; i++) if (SUFFICIENCY_WORDS.has(word(v, i)) && !own.has(i)) return 'out';
    if (c.objectSpan) {
      const last = tokenAtOffset(v, c.objectSpan.end - 1);
      for (let i = last + 1; i <= last + 3 && i <= to; i++) if (SUFFICIENCY_WORDS.has(word(v, i)) && !own.has(i)) return 'out';
    }
  }
  return scope;
}

// "40%", "40 %": a percentage written as one token.
// linear: anchored, one run of digits or decimal marks, then one optional blank and the sign.
const PERCENT = /^[\d.,]+\s?%$/;

/** "40% of the", "part of": a share named right before the term at `first`, past one determiner. */
function shareBefore(v: SentenceView, first: number): boolean {
  const of = DETERMINERS.has(word(v, first - 1)) ? first - 2 : first - 1;
  if (word(v, of) !== 'of') return false;
  const share = v.toks[of - 1];
  return share !== undefined && (PERCENT.test(share.text) || SHARE_NOUNS.has(share.lower));
}

/**
 * "Depletion of GBP1 rescued the impaired osteogenesis induced by IFN-γ": the claim sits inside the noun
 * phrase the rescue verb takes as its object, so it is what the experiment started from (IFN-γ impairs
 * osteogenesis), not a result under the rescue. Only a verb followed by a determiner, with all of the
 * claim after it ("in rescued cells, IL-4 …" stays out).
 */
function rescuesPresupposed(v: SentenceView, i: number, own: ReadonlySet<number>): boolean {
  if (!v.toks[i].tags.has('Verb') || !DETERMINERS.has(word(v, i + 1))) return false;
  for (const k of own) if (k < i) return false;
  return true;
}

/**
 * "ectopic bone formation": an adjective (not a participle: "rescued osteoclast formation" is a rescue)
 * right before a process term says where that process happens.
 */
function namesPlaceOfProcess(v: SentenceView, i: number): boolean {
  return !/(ed|ing)$/.test(word(v, i)) && v.toks[i + 1]?.ent !== undefined && mentionOf(v, i + 1).type === 'process';
}

/** Does token i only describe the claim's own term ("endogenous or transfected Runx2")? */
function modifiesOwn(v: SentenceView, i: number, own: ReadonlySet<number>): boolean {
  for (let k = i + 1; k <= i + 4 && k < v.n; k++) {
    if (own.has(k)) return true;
    const w = word(v, k);
    if (!(w === 'or' || w === 'and' || ENGINEERED_WORDS.has(w) || v.toks[k].tags.has('Adjective'))) return false;
  }
  return false;
}

/**
 * "in ovariectomized mice", "in SLE patients", "under inflammatory conditions": a model or setting the
 * review does not discuss, named in the claim's clause. Returns the words that name it, or undefined.
 */
export function specialModelOf(v: SentenceView, c: ExtractedClaim): string | undefined {
  if (!c.cueSpan || c.kind === 'attribute') return undefined;
  const cue = tokenAtOffset(v, c.cueSpan.start);
  const from = clauseStart(v, cue);
  const to = clauseEnd(v, cue);
  const own = ownTokens(v, c);
  // (Lowercased once: the settings are looked for at every token of the clause.)
  const clauseText = v.text.slice(0, v.toks[to].oend).toLowerCase();
  for (let i = from; i <= to; i++) {
    const mediator = mediatingCellAt(v, i, own, to);
    if (mediator !== undefined) return mediator;
    const group = groupOfCellsAt(v, i, to);
    if (group !== undefined) return group;
    const setting = settingAt(v, i, clauseText);
    if (setting !== undefined) return setting;
    // (A disease the lexicon names, "SLE", "T1D", is a term there: its written word names the model.)
    const written = v.toks[i].ent !== undefined && mentionOf(v, i).type === 'disease' ? v.text.slice(v.toks[i].ostart, v.toks[i].oend).toLowerCase() : word(v, i);
    if (!SPECIAL_MODELS.has(written)) continue;
    // "in SLE mice", "of SLE BMSCs": a model noun or a cell term.
    for (let k = i + 1; k <= i + 3 && k <= to; k++) {
      // ("in the inflamed colons of MSC-treated mice": the part of the animal names the setting.)
      if (MODEL_NOUNS.has(word(v, k)) || MODEL_PART_NOUNS.has(word(v, k)) || (v.toks[k].ent !== undefined && mentionOf(v, k).type === 'cell')) return v.text.slice(v.toks[i].ostart, v.toks[k].oend);
    }
  }
  return undefined;
}

/**
 * The special setting whose words start at token i and end within `clauseText` (the sentence up to the clause's
 * end, lowercased), as written, or undefined. Read on the text, not the tokens: the lexicon may name part of the
 * setting ("inflamed tissue" is a spelling of the inflammatory microenvironment), which then stands as one token.
 */
function settingAt(v: SentenceView, i: number, clauseText: string): string | undefined {
  const start = v.toks[i].ostart;
  const phrase = SETTING_PHRASES.find((words) => clauseText.startsWith(words, start) && !/[\p{L}\p{N}]/u.test(clauseText.charAt(start + words.length)));
  return phrase === undefined ? undefined : v.text.slice(start, start + phrase.length);
}

/** The special settings as written words. */
const SETTING_PHRASES: readonly string[] = SPECIAL_SETTINGS.map((p) => p.join(' '));

/** Most words between "from the" and "group" in "cells from the high-dose group". */
const GROUP_NAME_REACH = 4;

/**
 * "MSCs from the +2% group", "macrophages from the treated groups": cells taken from one arm of an
 * experiment are a model of that arm. The words that name it (from the cells to "group"), or undefined.
 */
function groupOfCellsAt(v: SentenceView, i: number, to: number): string | undefined {
  if (v.toks[i].ent === undefined || mentionOf(v, i).type !== 'cell' || word(v, i + 1) !== 'from') return undefined;
  for (let k = i + 2; k <= to && k <= i + 2 + GROUP_NAME_REACH; k++) {
    if (hasComma(v.toks[k - 1]) && k > i + 2) return undefined;
    if (/^groups?$/.test(word(v, k))) return v.text.slice(v.toks[i].ostart, v.toks[k].oend);
  }
  return undefined;
}

/**
 * "IL-23 inhibits osteoclastogenesis indirectly through lymphocytes", "… in a T cell-dependent manner": the
 * effect passes through a third cell, the claim's terms being only its ends. A finding in such a mixed
 * system bears on the review's statements of direct action less certainly, as a special model does. The
 * words that name the mediation at i, or undefined.
 */
function mediatingCellAt(v: SentenceView, i: number, own: ReadonlySet<number>, to: number): string | undefined {
  const cellAt = (k: number): boolean => k <= to && v.toks[k]?.ent !== undefined && !own.has(k) && mentionOf(v, k).type === 'cell';
  if (cellAt(i) && v.toks[i].post === '-' && word(v, i + 1) === 'dependent') return v.text.slice(v.toks[i].ostart, v.toks[i + 1].oend);
  // ("… via T cell production of GM-CSF": "indirectly" may be left unsaid when what the third cell makes
  // carries the effect.)
  const via = word(v, i) === 'indirectly' ? i + 1 : i;
  if (!MEDIATING_PREPOSITIONS.has(word(v, via))) return undefined;
  let k = via + 1;
  while (k <= to && DETERMINERS.has(word(v, k)) && !isEnt(v, k)) k++;
  if (!cellAt(k) || (via === i && !(SOURCE_NOMINALS[word(v, k + 1)] !== undefined && word(v, k + 2) === 'of'))) return undefined;
  return v.text.slice(v.toks[i].ostart, v.toks[via === i ? k + 1 : k].oend);
}

/**
 * A model noun or a cell term within four tokens after i ("STAT6−/− mice", "IL-4-deficient bone marrow
 * cells", "NFATc1-deficient embryonic stem cells").
 */
export function modelFollows(v: SentenceView, i: number): boolean {
  for (let k = i + 1; k <= i + 4 && k < v.n; k++) {
    if (MODEL_NOUNS.has(word(v, k)) || (v.toks[k].ent !== undefined && mentionOf(v, k).type === 'cell')) return true;
  }
  return false;
}

/**
 * Words "with" may stand after when a partner acts together with a term ("together with", "in combination
 * with", "acted synergistically with", "in synergy with", "synergizes with", "cooperates with").
 */
const PARTNER_OPENERS: ReadonlySet<string> = new Set(['together', 'combination', 'combined', 'synergistically', 'cooperatively', 'synergy',
  'synergize', 'synergizes', 'synergized', 'synergise', 'synergises', 'synergised', 'cooperate', 'cooperates', 'cooperated']);
/** Verbs of acting before an adverb of acting together ("acted synergistically with"). */
const ACTING_WORDS: ReadonlySet<string> = new Set(['act', 'acts', 'acted', 'acting', 'works', 'worked', 'functions', 'functioned']);
/** Most plain words between the partner phrase and the partner ("together with a low concentration of LPS"). */
const PARTNER_REACH = 5;
/** Nouns of acting together before "of" and the terms ("the combination of IFN-γ and LPS"). */
const COMBINATION_HEADS: ReadonlySet<string> = new Set(['combination', 'co-treatment', 'cotreatment', 'co-stimulation', 'costimulation', 'mixture']);

/** Does a partner phrase ("together with", "in combination with", "plus") end at `k`? */
function partnerPhraseEndsAt(v: SentenceView, k: number): boolean {
  return word(v, k) === 'plus' || (word(v, k) === 'with' && PARTNER_OPENERS.has(word(v, k - 1)));
}

/** Words that compare one arm with another ("compared with", "than", "versus"). */
const COMPARISON_WORDS: ReadonlySet<string> = new Set(['compared', 'comparison', 'than', 'versus', 'vs', 'relative']);

/**
 * "IL-3 in combination with RANKL enhanced osteoclast formation compared with RANKL alone": set against the
 * partner on its own, the difference is the term's own effect. A comparison word after k, then "alone".
 */
function comparedWithPartnerAlone(v: SentenceView, k: number): boolean {
  let compared = false;
  for (let j = k + 1; j < v.n; j++) {
    if (COMPARISON_WORDS.has(word(v, j))) compared = true;
    else if (compared && word(v, j) === 'alone') return true;
  }
  return false;
}

/** Nouns of a procedure that makes a model ("together with LPS injection": the model, in which the term acts alone). */
const MODEL_PROCEDURES: ReadonlySet<string> = new Set(['injection', 'injections', 'challenge', 'infection', 'model', 'administration']);

/** A term within PARTNER_REACH plain words after k (no comma, no verb), not one named as a model's procedure? */
function partnerAfter(v: SentenceView, k: number): boolean {
  const partner = termWithin(v, k + 1, PARTNER_REACH);
  return partner >= 0 && !MODEL_PROCEDURES.has(word(v, groupRight(v, partner).last + 1));
}

/**
 * "IFN-γ together with LPS accelerated osteoclast formation", "the combination of IFN-γ and LPS …": what a
 * term does with a partner is the pair's effect, not the term's own (nor the partner's); it can agree with
 * the review, never contradict it.
 */
export function actsWithPartner(v: SentenceView, c: ExtractedClaim): boolean {
  if (!c.subjectSpan) return false;
  const first = tokenAtOffset(v, c.subjectSpan.start);
  if (first < 0 || v.toks[first]?.ent === undefined) return false;
  const g = groupRight(v, first);
  // The term before its partner, or the partner after the phrase.
  // ("IL-3 in combination with RANKL …", "IL-23 acted synergistically with IL-18 to …", "IL-23 acts in synergy
  // with IL-18 …": the phrase may take three or four words.)
  const opensLong = word(v, g.last + 1) === 'in' || ACTING_WORDS.has(word(v, g.last + 1));
  const phraseEnd = [g.last + 1, g.last + 2, g.last + 3, g.last + 4].find((k) => partnerPhraseEndsAt(v, k) && (k < g.last + 3 || opensLong) && (k < g.last + 4 || word(v, g.last + 2) === 'in'));
  if (phraseEnd !== undefined) return partnerAfter(v, phraseEnd) && !comparedWithPartnerAlone(v, phraseEnd);
  for (let k = g.first - 1; k >= Math.max(0, g.first - 1 - PARTNER_REACH); k--) {
    if (partnerPhraseEndsAt(v, k)) return k >= 1 && v.toks.slice(Math.max(0, k - 4), k).some((t) => t.ent !== undefined);
    if (v.toks[k].ent !== undefined || hasComma(v.toks[k]) || isVerbAt(v, k)) break;
  }
  const whole = groupLeft(v, g.first);
  const listed = whole.ents.length > 1 || (/^(and|with)$/.test(word(v, g.last + 1)) && isEnt(v, g.last + 2));
  return listed && word(v, whole.first - 1) === 'of' && COMBINATION_HEADS.has(word(v, whole.first - 2));
}
