/**
 * Arguments of a cue: the subject before it (skipping prepositional phrases and asides), the object
 * after it (through scaffolds such as "the expression of"), the cell processes a phrase names ("the
 * apoptosis of engrafted MSCs"), and the phenotype a steering verb aims at ("toward the M2 phenotype").
 */
import { namesMolecule } from '../../network/families';
import type { Sign } from '../../lexicon/relations';
import {
  AMOUNT_NOUNS, MODEL_NOUNS, BALANCE_NOUNS, INTERFERING_WORDS, PLACE_PREPOSITIONS, SHOWN_CHANGE_NOUNS, MODEL_PART_NOUNS, CARGO_PARTICIPLES, APPOSITION_OPENERS, AUXILIARIES, OUTCOME_ADJECTIVES, BE_FORMS, CHANGED_PARTICIPLES, COLLECTED_PARTICIPLES, CULTURE_NOUNS, MEDIUM_NOUNS, SHOWN_AMOUNTS, COMBINATION_NOUNS, FROM_PARTICLES, COMPOUND_CUES, CONTACT_WORDS, DETERMINERS, POSSESSIVE_WORDS, DURATION_NOUNS, EXAMPLE_OPENERS, EFFECT_ADJECTIVES, EFFECT_NOUNS, NOUN_MODIFIERS, FROM_VERBS, NOMINAL_CUES, OBJECT_PASS_WORDS, OBJECT_STOPPERS, PHENOTYPE_SHIFT_NOUNS, SOURCE_NOMINALS, MARKER_NOUNS, MARKER_MODIFIERS, CELL_PROPERTY_NOUNS,
  ADOPTING_VERBS, ASSOCIATION_WORDS, EXPOSURE_NOUNS, CELL_WHOLE_NOUNS, QUANTITY_NOUNS, HARM_ACTIONS, INVOLVEMENT_WORDS, CAUSING_PARTICIPLES, CLAUSE_JOINERS, DEPENDENCE_ADJECTIVES, SPAN_OF_TIME_NOUNS, TREATING_GERUNDS, NEGATORS, COLLECTION_WORDS, SUBORDINATORS, MEASURE_NOUNS, RAISING_COORDINATORS, TIME_UNITS, COUNT_COMPARATIVES, DIMINISHING_ADJECTIVES, PRODUCT_NOUNS, SOURCE_PARTICIPLES, GAIN_OF_FUNCTION_NOUNS, LOSS_OF_FUNCTION_NOUNS, NEUTRAL_NOMINALS, PREPOSITIONS, IMPROVING_VERBS, RECOVERY_VERBS, RESCUING_VERBS, RECRUITING_LEMMAS, WORSENING_VERBS, REMOVAL_GERUNDS, TURNING_VERBS, REVERSING_PREFIXES, REVERSING_SUBJECT_NOUNS, SCAFFOLD_NOUNS, SIGNAL_NOUNS, STEERING_VERBS, TREATED_NOUNS, VERB_CUES, VERB_PARTICLES,
  NOUN_PHRASE_OPENERS, CHANGE_VERBS,
} from '../grammar';
import { endsClause, hasComma } from '../tokens';
import { clauseStart, phraseEnd } from './clauses';
import { coordinatorAt, groupLeft, groupRight, joinGroups, pastFigures, single, type Group } from './groups';
import { antiGluedBefore, isLossModifier, modelFollows, removedInRelative, removesActor } from './scope';
import { cellsPutSomewhere } from './treatment';
import { actionNounOfVerb, CAPACITY_NOUNS } from '../../entities/capacityFrames';
import { makesProduct, verbCueAt, type Cue } from './verbCue';
import type { SentenceView } from './view';
import { adverbsBefore, changeSignOf, comparisonAt, pastConditionModifier, examplesStartAt, IN_THE_PRESENCE_OF, phraseAt, someWordIn, entityPastScaffold, inducerPhraseStart, equatesLikeCopula, firstMainVerb, isAdverbish, isEnt, isHyphenPart, isModifier, isParticipleAdjective, isPlainNoun, isVerbAt, participleJoinedToAdjective, pastAdverbs, risesInNumberAt, measuredChangeStart, mentionOf, qualifiesNoun, textOf, tokenAtOffset, verbAfter, word } from './words';
import type { ExtractedClaim } from '../types';

/** Relations of verbs that intensify what is already there ("augment", "enhance", "increase"). */
const INTENSIFYING_RELATIONS: ReadonlySet<string> = new Set(['enhances', 'increases', 'upregulates']);

/** A subject with what its phrase does to it: reversed by "the absence of", or standing for cell processes. */
export interface Subject {
  group: Group;
  reverse: boolean;
  composites?: string[];
  /** Members whose own "anti-" removes them alone ("OPG and anti-TNF antibodies"): their effect reads reversed. */
  flipped?: ReadonlySet<number>;
}

export interface ObjectFound {
  group: Group;
  sign: Sign;
  negated: boolean;
  /** Process ids that replace the object (a cell's recruitment, "protects MSCs from apoptosis"). */
  replace?: string[];
  /** The relation the verb takes on the replacing process ("recruits MSCs": promotes their recruitment). */
  relation?: string;
  /** The object is the phenotype the subject steers toward: an undirected verb takes its direction ("educate macrophages toward M2"). */
  steered?: boolean;
  /** The object is shared with a later verb ("X binds to and activates Y", "X suppresses and Y blocks Z"). */
  shared?: boolean;
}

/** Words that open an aside between commas, after a subject: "X, not Y, …", "X, like Y, …", "X, such as Y, …". */
const ASIDE_OPENERS = new Set(['not', 'but', 'unlike', 'like', 'such', 'including', 'especially', 'particularly', 'namely', 'e.g', 'i.e', 'together', 'along', 'as']);

/**
 * "Reduced macrophage numbers delay healing", "In contrast, impaired MSC migration slows repair": a
 * diminishing adjective opening the phrase of the term at `first` (so the term is diminished, and its
 * effect reads reversed), or the phrase of its amount ("the reduced expression of RANKL"). Not "IL-4 reduced
 * MSC migration": there the word is a verb after its subject.
 */
export function diminishedPhrase(v: SentenceView, first: number): boolean {
  return diminishingWordAt(v, first) >= 0;
}

/** Where diminishedPhrase's adjective stands (-1 when the phrase has none). */
export function diminishingWordAt(v: SentenceView, first: number): number {
  // ("The reduced expression of RANKL was associated with …": past a scaffold noun and its "of".)
  const a = word(v, first - 1) === 'of' && SCAFFOLD_NOUNS.has(word(v, first - 2)) ? first - 3 : first - 1;
  if (a < 0 || !DIMINISHING_ADJECTIVES.has(word(v, a)) || hasComma(v.toks[a])) return -1;
  const before = a - 1;
  return before < 0 || hasComma(v.toks[before]) || DETERMINERS.has(word(v, before)) || PREPOSITIONS.has(word(v, before)) || word(v, before) === 'that' ? a : -1;
}

/**
 * "pre-treatment of MSCs prior to transplantation with TNF-α": a plain noun at k that only says when the
 * treatment was given ("before / prior to transplantation"); returns the token before that phrase (k
 * itself when there is none).
 */
function pastTimingPhrase(v: SentenceView, k: number): number {
  if (k < 1 || v.toks[k].ent !== undefined || !v.toks[k].tags.has('Noun')) return k;
  if (word(v, k - 1) === 'before') return prevContent(v, k - 2);
  if (word(v, k - 1) === 'to' && word(v, k - 2) === 'prior') return prevContent(v, k - 3);
  return k;
}

/** Does the term group ending at `last` name cells after "treatment of" ("treatment of bone marrow cells")? */
function treatedCellsBefore(v: SentenceView, last: number, nouns: ReadonlySet<string> = TREATED_NOUNS): boolean {
  // (j: the first of the terms that end at `last`.)
  let j = last;
  while (j > 0 && v.toks[j - 1].ent !== undefined && !hasComma(v.toks[j - 1])) j--;
  // ("Priming MSCs with IFN-γ enhanced …", "Coating the scaffold with IL-4 promoted …": a gerund of treating
  // opening the sentence or a clause; what it treats may be cells or a material.)
  const gerund = DETERMINERS.has(word(v, j - 1)) ? j - 2 : j - 1;
  if (gerund >= 0 && TREATING_GERUNDS.has(word(v, gerund)) && v.toks[gerund].ent === undefined && (gerund === 0 || hasComma(v.toks[gerund - 1]))) return true;
  if (mentionOf(v, last).type !== 'cell') return false;
  // ("culture of rat calvarial osteoblasts": the species and the site only qualify the cells.)
  while (j > 0 && NOUN_MODIFIERS.has(word(v, j - 1)) && word(v, j - 1) !== 'in' && !hasComma(v.toks[j - 1])) j--;
  const of = prevContent(v, j - 1);
  // ("preconditioning of MSCs with TNF-α": the treatment noun may be a term of its own.)
  const noun = prevContent(v, of - 1);
  return word(v, of) === 'of' && noun >= 0 && nouns.has(leadWord(v, noun));
}

/**
 * Is the token at `k` a word of contact or treatment ("contact", "exposure", "priming"), or a term that
 * is one ("pretreatment", "co-culture", "preconditioning of MSCs")? What follows its "with" / "to" acts.
 */
function contactNounAt(v: SentenceView, k: number): boolean {
  return CONTACT_WORDS.has(leadWord(v, k));
}

/**
 * "adding inhibitors to osteocytes cultured with TNF-α decreased …": the participle of treatment at `k`
 * follows cells something was put to, so what they were treated with stays inside that phrase.
 */
function cellsPlacedBefore(v: SentenceView, k: number): boolean {
  return /ed$/.test(word(v, k)) && isEnt(v, k - 1) && mentionOf(v, k - 1).type === 'cell' && cellsPutSomewhere(v, k - 1);
}

/** The word at k, lower case; for a term, its first word ("pretreatment of MSCs" → "pretreatment"). */
function leadWord(v: SentenceView, k: number): string {
  if (v.toks[k].ent === undefined) return word(v, k);
  const m = mentionOf(v, k);
  const first = /^[\p{L}-]+/u.exec(v.text.slice(m.start, m.end));
  return first === null ? '' : first[0].toLowerCase();
}

/** Skips determiners, adjectives, numbers and adverbs leftwards from i; returns the first other token. */
export function prevContent(v: SentenceView, i: number): number {
  let j = i;
  // A comma closes the phrase before it: "In vitro, IL-4 …" — IL-4 is not inside "in vitro".
  if (j >= 0 && hasComma(v.toks[j])) return -1;
  while (j >= 0 && v.toks[j].ent === undefined && (DETERMINERS.has(word(v, j)) || v.toks[j].tags.has('Adjective') || v.toks[j].tags.has('Value') || isAdverbish(v, j) || isParticipleAdjective(v, j)) && !PREPOSITIONS.has(word(v, j))) {
    // ("In vitro, exogenous IL-10 …": the tagger may take "vitro" for an adjective; its comma still closes it.)
    if (j < i && hasComma(v.toks[j])) return -1;
    j--;
  }
  return j;
}

/**
 * The entity group a phrase leads to from token k: past determiners, adjectives ("murine", "primary"),
 * participles used as adjectives, numbers, scaffold nouns ("the expression of") and "of".
 */
/**
 * A part of a hyphenated cause that is no term ("DSS-induced", "LPS-driven" before "colitis"): the cause
 * glued to a participle of causing, or that participle. It only qualifies the noun after it.
 */
function causeCompoundPart(v: SentenceView, j: number): boolean {
  const t = v.toks[j];
  if (t.ent !== undefined) return false;
  if (t.post === '-' && CAUSING_PARTICIPLES.has(word(v, j + 1))) return true;
  // ("titanium particle-induced", "wear-particle-induced": a noun before the glued cause belongs to it.)
  if (nounBeforeGluedCause(v, j)) return true;
  return j > 0 && v.toks[j - 1].post === '-' && v.toks[j - 1].ent === undefined && CAUSING_PARTICIPLES.has(t.lower);
}

function nounBeforeGluedCause(v: SentenceView, j: number): boolean {
  const t = v.toks[j];
  const next = v.toks[j + 1];
  if (next === undefined || next.ent !== undefined || next.post !== '-' || !CAUSING_PARTICIPLES.has(word(v, j + 2))) return false;
  return (t.post === ' ' || t.post === '-') && t.tags.has('Noun') && !t.tags.has('Verb') && !t.tags.has('Pronoun');
}

export function entityAhead(v: SentenceView, k: number, limit = 10): Group | undefined {
  let j = k;
  const stop = Math.min(v.n, k + limit);
  while (j < stop && !isEnt(v, j)) {
    const w = word(v, j);
    const t = v.toks[j];
    // ("various forms of bone loss": a quantifier the tagger calls a determiner; not "no", which denies.)
    // ("with LPS-induced bone loss": a term glued to a participle of causing only qualifies the term after it.)
    // ("in animal models of colitis": the model stands for the disease it models.)
    const skippable = (/^models?$/.test(w) && word(v, j + 1) === 'of') || DETERMINERS.has(w) || SCAFFOLD_NOUNS.has(w) || NOUN_MODIFIERS.has(w) || w === 'of' || (t.ent !== undefined && isModifier(v, j) && /ed$/.test(word(v, j + 1))) || (t.ent === undefined && (t.tags.has('Adjective') || t.tags.has('Value') || (t.tags.has('Determiner') && w !== 'no') || isParticipleAdjective(v, j) || isGluedModifier(v, j) || (j > k && isGluedModifier(v, j - 1)) || causeCompoundPart(v, j) || namedInParentheses(v, j) || nounBeforeScaffold(v, j)));
    if (!skippable || hasComma(t)) return undefined;
    j++;
  }
  if (!(j < stop && isEnt(v, j))) return undefined;
  // ("implant osseointegration": a material right before a process only says where the process happens.)
  if (mentionOf(v, j).type === 'biomaterial' && v.toks[j].post === ' ' && isEnt(v, j + 1) && mentionOf(v, j + 1).type === 'process') j++;
  return namedMember(v, groupRight(v, j));
}

/** "the complex process of", a word the tagger calls a noun right before a scaffold noun, which it only qualifies. */
function nounBeforeScaffold(v: SentenceView, j: number): boolean {
  const t = v.toks[j];
  const next = v.toks[j + 1];
  return t.tags.has('Noun') && !t.tags.has('Plural') && !t.tags.has('Pronoun') && !hasComma(t) && next !== undefined && next.ent === undefined && SCAFFOLD_NOUNS.has(next.lower);
}

/** "a pro-resolving phenotype (M2)": a plain noun whose term follows it in parentheses, naming it. */
function namedInParentheses(v: SentenceView, j: number): boolean {
  return v.toks[j].tags.has('Noun') && isEnt(v, j + 1) && v.toks[j + 1].pre.includes('(');
}

/**
 * "the immune-|inflammatory response": a word glued by a hyphen to the term after it, one that does not
 * turn the term around ("anti-"); or to a participle glued to nothing else before the term ("obesity-|
 * associated inflammation", "age-|related bone loss"), which only qualifies it.
 */
function isGluedModifier(v: SentenceView, j: number): boolean {
  if (v.toks[j].post !== '-' || REVERSING_PREFIXES.has(word(v, j))) return false;
  if (isEnt(v, j + 1)) return true;
  return COMPOUND_CUES[word(v, j + 1)] !== undefined && v.toks[j + 1].post === ' ' && isEnt(v, j + 2);
}

/**
 * "the proinflammatory cytokine, TNF-α", "the chemokine SDF-1": a class term followed by the member it
 * introduces stands for that member.
 */
function namedMember(v: SentenceView, g: Group): Group {
  // "the chemokine SDF-1": a class term right before its member, no comma.
  if (g.ents.length === 2 && g.ents[1] === g.ents[0] + 1 && v.lexicon.isMemberOf(mentionOf(v, g.ents[1]).id, mentionOf(v, g.ents[0]).id)) return groupRight(v, g.ents[1]);
  // "macrophage M2 polarization": a cell right before a process of its own names whose process it is.
  if (g.ents[0] === g.first && isEnt(v, g.first + 1) && !hasComma(v.toks[g.first]) && mentionOf(v, g.first).type === 'cell' && v.lexicon.cellOf(mentionOf(v, g.first + 1).id) === mentionOf(v, g.first).id) return groupRight(v, g.first + 1);
  const next = g.last + 1;
  if (g.ents.length !== 1 || !hasComma(v.toks[g.last]) || !isEnt(v, next)) return g;
  const member = groupRight(v, next);
  const classId = mentionOf(v, g.first).id;
  return member.ents.every((e) => v.lexicon.isMemberOf(mentionOf(v, e).id, classId)) ? member : g;
}

/** Types of terms that are never examples of a class of molecules ("markers such as osteoblasts" names no marker). */
const NOT_EXAMPLE_TYPES: ReadonlySet<string> = new Set(['cell', 'process', 'disease']);

/**
 * "increased the osteogenic markers ALP and osteocalcin", "osteogenic markers such as ALP and OCN": a class
 * term followed by the examples it introduces (right after it, or after "such as", "including") — the verb
 * acts on the class and on each example. The group itself when no examples follow.
 */
function withExamples(v: SentenceView, g: Group): Group {
  if (g.ents.length !== 1 || !v.lexicon.isClass(mentionOf(v, g.first).id)) return g;
  let k = g.last + 1;
  const start = examplesStartAt(v, k);
  if (start >= 0) k = start;
  else {
    // Named right after the class, with no punctuation, and not for a class of cells ("stem cells: HMGB1 …",
    // "macrophages M1 …" are no lists of examples); one plain noun may stand between ("gene products BMP4").
    if (v.toks[g.last].post.trim() !== '' || mentionOf(v, g.first).type === 'cell') return g;
    if (isPlainNoun(v, k) && v.toks[k].post.trim() === '') k++;
  }
  if (!isEnt(v, k)) return g;
  const examples = groupRight(v, k);
  const fits = examples.ents.every((e) => !NOT_EXAMPLE_TYPES.has(mentionOf(v, e).type) || v.lexicon.isMemberOf(mentionOf(v, e).id, mentionOf(v, g.first).id));
  return fits ? joinGroups(g, examples) : g;
}

/** Words of a short description before a term ("the soluble factors OSM …", "the cytokine RANKL"). */
const DESCRIPTION_REACH = 4;

/** The first term at or after k past determiners and a short descriptive noun phrase ("the soluble factors"), or -1. */
export function entityPastDescription(v: SentenceView, k: number): number {
  let i = k;
  while (i < v.n && i < k + DESCRIPTION_REACH && !isEnt(v, i) && !hasComma(v.toks[i]) && (DETERMINERS.has(word(v, i)) || v.toks[i].tags.has('Adjective') || v.toks[i].tags.has('Noun') || v.toks[i].tags.has('Value'))) i++;
  return isEnt(v, i) ? i : entityPastScaffold(v, k);
}

/** Plain nouns a list may name before its first term ("for development, homeostasis and bone repair"). */
const LIST_REACH = 8;

/**
 * The terms of a coordinated list that opens with plain nouns: "critical for development, homeostasis,
 * and regeneration", "a role in inflammation and bone repair" — the first term group after the plain items.
 */
export function entityInList(v: SentenceView, k: number): Group | undefined {
  const direct = entityAhead(v, k);
  if (direct) return direct;
  for (let j = k; j < Math.min(v.n, k + LIST_REACH); j++) {
    const t = v.toks[j];
    // ("on the proliferation, ALP activity …": the list's article.)
    if (j === k && DETERMINERS.has(word(v, j))) continue;
    if (t.ent !== undefined || !(t.tags.has('Noun') || t.tags.has('Adjective')) || t.tags.has('Pronoun') || isVerbAt(v, j)) return undefined;
    // ("for the treatment of diseases such as colitis", "in several diseases, including colitis": a plain class
    // noun stands for the examples it introduces.)
    const examples = t.tags.has('Noun') ? examplesStartAt(v, j + 1) : -1;
    if (examples >= 0) return entityAhead(v, examples, 4);
    const coord = coordinatorAt(v, j + 1);
    if (coord > 0) {
      const group = entityAhead(v, j + 1 + coord, 4);
      // ("in perinatal and postnatal survival, bone metabolism …": a pair of plain words may open the list.)
      if (group || hasComma(t)) return group;
      j += coord;
      continue;
    }
    // ("homeostasis, and regeneration": the coordinator after a serial comma is found above.)
    if (hasComma(t)) {
      const group = entityAhead(v, j + 1, 4);
      if (group) return group;
    }
  }
  return undefined;
}

function spanHas(v: SentenceView, from: number, to: number, w: string): boolean {
  for (let k = from; k < to; k++) if (word(v, k) === w) return true;
  return false;
}

/**
 * A marker-like symbol before a term that only names a kind of it ("Foxp3(+) regulatory T cells",
 * "CD14+ monocytes", "Th17 cells"): letters with digits, a plus, or capitals inside the word.
 */
function isPlainModifierNoun(v: SentenceView, i: number): boolean {
  const t = v.toks[i];
  if (t.ent !== undefined || hasComma(t) || /[,;:]/.test(t.text) || t.tags.has('Verb')) return false;
  return /^[A-Za-z]+\d|\+|^[a-z]*[A-Z][a-z]*[A-Z0-9]/.test(t.text);
}

/** A noun before "of" that takes its factor away ("the absence of", "inhibition of", "an inhibitor of"). */
export function takesAway(noun: string): boolean {
  return REVERSING_SUBJECT_NOUNS.has(noun) || NOMINAL_CUES[noun] === -1 || LOSS_OF_FUNCTION_NOUNS.has(noun);
}

/** Does the "such" at k follow a noun phrase (up to four words) that opens with a preposition of place? */
function examplesOfPlace(v: SentenceView, k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 5; j--) {
    if (hasComma(v.toks[j]) && j < k - 1) return false;
    if (PLACE_PREPOSITIONS.has(word(v, j))) return j < k - 1;
    if (isVerbAt(v, j) && v.toks[j].ent === undefined) return false;
  }
  return false;
}

/**
 * The direction a noun at j in a verb's object phrase gives what follows it: a nominal cue's ("caused a reduction
 * in Y"); none for a nominal without one before "of" ("leads to the regulation of Y"); a change noun's that is no
 * verb, before "in" or "of" ("induced a defect in osteoclast differentiation").
 */
function objectNominalSign(v: SentenceView, j: number): Sign | undefined {
  const w = word(v, j);
  const next = word(v, j + 1);
  const noun = !v.toks[j].tags.has('Verb');
  if (NEUTRAL_NOMINALS.has(w) && next === 'of' && noun) return 0;
  return NOMINAL_CUES[w] ?? ((next === 'in' || next === 'of') && noun ? SHOWN_CHANGE_NOUNS[w] : undefined);
}

/**
 * A plain noun (no term, no comma) at k that a place preposition right before it opens ("in serum"), inside a
 * subject: no verb before it in its clause ("… is a major cause of tooth loss in adults and PDLSCs are …" joins
 * a clause of its own).
 */
function plainNounAfterPlace(v: SentenceView, k: number): boolean {
  const t = v.toks[k];
  return t !== undefined && t.ent === undefined && !hasComma(t) && t.tags.has('Noun') && PLACE_PREPOSITIONS.has(word(v, k - 1)) && !verbIn(v, clauseStart(v, k), k - 1);
}

/** Is the group starting at token `first` inside a prepositional phrase (not a subject)? And is its effect reversed? */
export function headInfo(v: SentenceView, first: number): { prepositional: boolean; reverse: boolean } {
  // "MSCs lacking TSG-6 failed to reduce …": cells without the term stand for it, reversed.
  // ("MSCs without exosomes led to fewer M2 macrophages": "without" right after a term says the same.)
  if (word(v, first - 1) === 'lacking' || (word(v, first - 1) === 'without' && isEnt(v, first - 2) && !hasComma(v.toks[first - 2]))) return { prepositional: false, reverse: !diminishedPhrase(v, first) };
  // ("… a coculture system was used; TSG-6 released by MSCs induced …": a semicolon or colon before the
  // term opens a clause of its own, whose head nothing before governs.)
  if (first > 0 && endsClause(v.toks[first - 1])) return { prepositional: false, reverse: diminishedPhrase(v, first) };
  let p = prevContent(v, first - 1);
  // "infusion of Foxp3+ regulatory T cells": a marker-like symbol modifying the term belongs to its phrase.
  if (p >= 0 && isPlainModifierNoun(v, p)) p = prevContent(v, p - 1);
  // ("in bone marrow adipocytes": words that only say which cells stand between the preposition and the term.)
  for (let k = 0; k < 3 && p >= 0 && NOUN_MODIFIERS.has(word(v, p)) && word(v, p) !== 'in' && v.toks[p].ent === undefined && !hasComma(v.toks[p]); k++) p = prevContent(v, p - 1);
  // ("isolation of highly purified mammalian osteoclasts": adjectives, participles and adverbs describing the
  // term stand between it and the preposition too.)
  p = pastDescriptionToPreposition(v, pastPlainInducers(v, p, first));
  // ("into a mouse ear skin inflammation model": plain nouns naming a model or a tissue may stand there too,
  // when the term only qualifies the noun after it.)
  if (isPlainNoun(v, first + 1)) p = pastPlainNounsToPreposition(v, p);
  let reverse = diminishedPhrase(v, first);
  for (let hops = 0; hops < 3; hops++) {
    if (p < 0) return { prepositional: false, reverse };
    const w = word(v, p);
    // "Blocking CXCR4 reduced MSC homing" = CXCR4 promotes MSC homing: a gerund that removes the
    // actor reverses its effect ("knocking down", "depleting", "neutralizing" …).
    // ("Blocking the RANKL pathway reduced osteoclastogenesis": an article may stand between the gerund and the
    // term it removes.)
    const nextToTerm = p === first - 1 || (p === first - 2 && NOUN_PHRASE_OPENERS.has(word(v, first - 1)));
    // ("knocking down / knocking out CXCR4": the gerund's particle stands between.)
    if ((w === 'down' || w === 'out') && nextToTerm && REMOVAL_GERUNDS.has(word(v, p - 1))) return { prepositional: false, reverse: !reverse };
    if (/ing$/.test(w) && v.toks[p].ent === undefined && nextToTerm) {
      const lemma = v.nlp.cueLemma(w);
      const removing = (lemma !== undefined && VERB_CUES[lemma]?.sign === -1) || REMOVAL_GERUNDS.has(w);
      // ("A neutralizing IL-6 antibody reduced …": before a term whose loss noun follows, the form describes
      // that noun, which takes the factor away once; read as a gerund too, it gave the factor back.)
      if (removing && removesActor(v, groupRight(v, first))) {
        p = prevContent(v, p - 1);
        continue;
      }
      if (removing) return { prepositional: false, reverse: !reverse };
    }
    // ("Systemic versus local delivery of MSCs to improve …": "versus" between two adjectives compares them;
    // the phrase goes on before it.)
    if ((w === 'versus' || w === 'vs') && v.toks[p - 1]?.tags.has('Adjective') && v.toks[p + 1]?.tags.has('Adjective') && v.toks[p - 1].ent === undefined) {
      p = pastDescriptionToPreposition(v, p - 1);
      continue;
    }
    // "by M1 exosomes": a term modifying the next one belongs to the same phrase; look past it.
    // ("educated by IL-4-activated MSCs": so does a term glued to a participle before the head of an agent
    // phrase. Elsewhere the glued term may stand for the treated cells: "transplantation of
    // hypoxia-preconditioned MSCs".)
    // ("the inhibition of RANKL-mediated osteoclastogenesis": a cause glued to its participle after "of" too.)
    // ("in serum and BMP-2/ACS implants": a term joined by a slash to the words of the next is part of its name.)
    if (v.toks[p].ent !== undefined && !hasComma(v.toks[p]) && (p === first - 1 || v.toks[p].post === '/' || (v.toks[p].post === '-' && (word(v, prevContent(v, p - 1)) === 'by'
      || (word(v, prevContent(v, p - 1)) === 'of' && typeof COMPOUND_CUES[word(v, p + 1)] === 'number'))))) {
      p = prevContent(v, p - 1);
      continue;
    }
    // ("markers in serum and scaffolds revealed …": a term joined to a plain noun after a place preposition is
    // where too.)
    if ((w === 'and' || w === 'or') && plainNounAfterPlace(v, p - 1)) return { prepositional: true, reverse };
    // ("osteoclasts in inflammatory diseases such as RA cause bone erosion": examples of a noun that only says
    // where are where too.)
    if (w === 'as' && word(v, p - 1) === 'such' && examplesOfPlace(v, p - 1)) return { prepositional: true, reverse };
    // ("Interfering with CXCR4 inhibited MSC homing": so does interfering with it.)
    if (w === 'with' && INTERFERING_WORDS.has(word(v, prevContent(v, p - 1)))) {
      reverse = !reverse;
      p = prevContent(v, prevContent(v, p - 1) - 1);
      continue;
    }
    // "a neutralizing antibody against / to IL-6 inhibited …": the factor it removes acts the other way.
    if ((w === 'against' || w === 'to') && LOSS_OF_FUNCTION_NOUNS.has(word(v, prevContent(v, p - 1)))) {
      reverse = !reverse;
      p = prevContent(v, prevContent(v, p - 1) - 1);
      continue;
    }
    // "Conditioned medium from M1 macrophages suppressed …", "supernatants of MSCs": the cells act.
    // ("supernatant collected from MSCs", "medium harvested from M2 macrophages": the participle of collecting.)
    // ("EVs harvested from conditioned media of MSCs suppress …": a medium that is where a term was taken from
    // is that term's source, and the term acts.)
    if ((w === 'from' || w === 'of') && MEDIUM_NOUNS.has(word(v, p - 1)) && mediumIsTermSource(v, p - 1)) return { prepositional: true, reverse };
    if ((w === 'from' || w === 'of') && (MEDIUM_NOUNS.has(word(v, p - 1)) || (COLLECTED_PARTICIPLES.has(word(v, p - 1)) && MEDIUM_NOUNS.has(word(v, p - 2))))) return { prepositional: false, reverse };
    // "macrophages deficient in IL-10 …": cells without the term stand for it, reversed.
    if (w === 'in' && word(v, p - 1) === 'deficient') return { prepositional: false, reverse: !reverse };
    // ("Paracrine factors from MSCs recruit …", "soluble factors of MSCs": cells named right after their
    // products; plural, for "nuclear factor of activated T cells" is a name.)
    if ((w === 'from' || w === 'of') && PRODUCT_NOUNS.has(word(v, p - 1)) && v.toks[p - 1].tags.has('Plural') && v.toks[p - 1].ent === undefined && v.toks[first].ent !== undefined && mentionOf(v, first).type === 'cell') return { prepositional: false, reverse };
    if (w === 'of' || w === 'in') {
      const noun = prevContent(v, p - 1);
      const nw = word(v, noun);
      // "expression of X" is X; "expression in X" is about where, and X is not the actor.
      // ("high doses of X", "a single dose of X", "the combination of X and Y" act as X does.)
      // ("Overexpression of CXCR4 enhanced homing": an added factor acts as itself.)
      const head = w === 'of' ? SCAFFOLD_NOUNS.has(nw) || AMOUNT_NOUNS.has(nw) || COMBINATION_NOUNS.has(nw) || COLLECTION_WORDS.has(nw) || REVERSING_SUBJECT_NOUNS.has(nw) || LOSS_OF_FUNCTION_NOUNS.has(nw) || GAIN_OF_FUNCTION_NOUNS.has(nw) || NOMINAL_CUES[nw] !== undefined : NOMINAL_CUES[nw] !== undefined;
      // "cytochalasin D treatment of hMSCs enhanced …": the cells are what is treated, not the actor.
      if (w === 'of' && noun >= 0 && TREATED_NOUNS.has(nw) && v.toks[first].ent !== undefined && mentionOf(v, first).type === 'cell') return { prepositional: true, reverse };
      // "pretreatment of IL-1β increased …": a treatment "of" a factor is one with it, and the factor acts.
      if (w === 'of' && noun >= 0 && noun === p - 1 && TREATED_NOUNS.has(leadWord(v, noun)) && v.toks[first].ent !== undefined && mentionOf(v, first).type !== 'cell') return { prepositional: false, reverse };
      // ("24 h of TNF-α treatment inhibited …": a treatment's length; the factor acts.)
      const lasting = w === 'of' && TIME_UNITS.has(nw) && TREATED_NOUNS.has(word(v, first + 1));
      if (noun >= 0 && (head || lasting)) {
        // "the absence of TNF-α delays …", "repression of NFATc1 attenuates …": the actor's effect is reversed.
        // ("an inhibitor of CXCR4 impaired homing": so does a loss-of-function noun.)
        if (takesAway(nw)) reverse = !reverse;
        p = prevContent(v, noun - 1);
        continue;
      }
      // ("the callus of IL-6-/- mice had …": a part of a model stands for the model, whose term acts.)
      if (w === 'of' && noun >= 0 && MODEL_PART_NOUNS.has(nw) && modelFollows(v, first) && opensSubject(v, noun)) return { prepositional: false, reverse };
      return { prepositional: true, reverse };
    }
    if (w === 'as' && word(v, p - 1) === 'such') return { prepositional: false, reverse };
    // "Scaffolds containing BMP-4 promote …": what a named carrier holds is in the carrier's phrase.
    if (CARGO_PARTICIPLES.has(w) && p > 0 && v.toks[p - 1].ent !== undefined && !hasComma(v.toks[p - 1])) return { prepositional: true, reverse };
    // "The autophagy induced by IFN-γ inhibited …": an event X brought about acts for X.
    if (w === 'by' && eventCausedBy(v, p)) return { prepositional: false, reverse };
    // "Factors derived from macrophages stimulated …": the cells act through what they release.
    if (w === 'from' && SOURCE_PARTICIPLES.has(word(v, p - 1)) && PRODUCT_NOUNS.has(word(v, p - 2)) && v.toks[p - 2].ent === undefined) return { prepositional: false, reverse };
    // "Signalling by IL-6 promotes …", "Activation through CXCR4 drives …": the signal's sender acts.
    if ((w === 'by' || w === 'through' || w === 'via') && SIGNAL_NOUNS.has(word(v, p - 1)) && opensSubject(v, p - 1)) return { prepositional: false, reverse };
    // "Several factors including TNF-α inhibit …": the examples of a plain noun stand for it.
    if (EXAMPLE_OPENERS.has(w) && p > 0 && v.toks[p - 1].ent === undefined && v.toks[p - 1].tags.has('Noun') && !hasComma(v.toks[p - 1])) return { prepositional: false, reverse };
    // "X is a chemokine …": a term right after a copula (and its article or adjectives) is a predicate,
    // not a subject — unlike "It is likely that X …".
    if (BE_FORMS.has(w) && !spanHas(v, p + 1, first, 'that')) return { prepositional: true, reverse };
    if (w === 'with' || w === 'to') {
      const before = pastTimingPhrase(v, prevContent(v, p - 1));
      const t = v.toks[before];
      // "contact with MSCs", "Pretreatment with IL-1β enhanced …", "Co-culture with M2 macrophages
      // promoted …" (the noun a term of its own): what the cells met acts.
      if (t && contactNounAt(v, before)) return { prepositional: cellsPlacedBefore(v, before), reverse };
      // "Treatment of MSCs with TNF-α increased …": what the cells were treated with acts.
      if (w === 'with' && t?.ent !== undefined && treatedCellsBefore(v, before)) return { prepositional: false, reverse };
      // ("Exposure of macrophages to IL-4 reduced …": what the cells were exposed to acts.)
      if (w === 'to' && t?.ent !== undefined && treatedCellsBefore(v, before, EXPOSURE_NOUNS)) return { prepositional: false, reverse };
      // ("Treatment of cultures with IFN-γ inhibited …": cultures stand for the cells in them; so do cells the
      // lexicon has no term for, "treatment of bone marrow cells with sRANKL", and a model, "Treatment of ALI mice
      // with MSCs reduced …", "Treating arthritic mice with MSCs …".)
      if (w === 'with' && t !== undefined && t.ent === undefined && (CULTURE_NOUNS.has(word(v, before)) || MODEL_NOUNS.has(word(v, before))) && treatedPlainModel(v, before)) return { prepositional: false, reverse };
    }
    // ("IL-3 in combination with MIP-1α or RANKL enhanced …": the second of two nouns joined after "with" is
    // inside the phrase the first one is, here one the lexicon has no term for.)
    if ((w === 'or' || w === 'and') && p === first - 1 && conjunctAfterWith(v, p)) return { prepositional: true, reverse };
    return { prepositional: PREPOSITIONS.has(w), reverse };
  }
  return { prepositional: true, reverse };
}

/** Most words describing a treated model ("ALI", "arthritic", "bone marrow") between it and the treatment before it. */
const MODEL_DESCRIPTION_REACH = 4;

/**
 * Is the culture, cell or model noun at k (no term) the one a treatment opening the phrase treats: "treatment of
 * (bone marrow) cells", "treatment of (ALI) mice", "treating (arthritic) mice"? Past a few words describing it.
 */
function treatedPlainModel(v: SentenceView, k: number): boolean {
  let j = k - 1;
  // (A term may be among them: "treating ALI mice", the disease the mice model.)
  // ("treatment of PLB-985 cells", "of THP-1 cells": a cell line's number glued to its letters by a hyphen.)
  const lineNumber = (x: number): boolean => v.toks[x].tags.has('Value') && x > 0 && v.toks[x - 1].post === '-';
  for (let n = 0; n < MODEL_DESCRIPTION_REACH && j >= 0 && !hasComma(v.toks[j]) && word(v, j) !== 'of' && !TREATING_GERUNDS.has(word(v, j)) && (NOUN_MODIFIERS.has(word(v, j)) || isEnt(v, j) || v.toks[j].tags.has('Adjective') || v.toks[j].tags.has('Noun') || lineNumber(j)); n++) j--;
  if (j < 0 || hasComma(v.toks[j])) return false;
  return TREATING_GERUNDS.has(word(v, j)) || (word(v, j) === 'of' && TREATED_NOUNS.has(leadWord(v, prevContent(v, j - 1))));
}

/** Most words of the first conjunct (no term) between "with" and "and" / "or". */
const FIRST_CONJUNCT_REACH = 4;

/**
 * Does the conjunction at k follow "with" and a short first conjunct with no term, verb or comma? (Only
 * "with", the companion of a treatment: after "released from MSNs and BMP-2 secreted by …" the second noun
 * heads a phrase of its own.)
 */
function conjunctAfterWith(v: SentenceView, k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - FIRST_CONJUNCT_REACH; j--) {
    if (isEnt(v, j) || hasComma(v.toks[j]) || isVerbAt(v, j)) return false;
    if (PREPOSITIONS.has(word(v, j))) return word(v, j) === 'with' && j < k - 1;
  }
  return false;
}

/** Most describing words looked past between a term and the preposition before it. */
const DESCRIBING_WORDS_REACH = 4;

/**
 * From p back over adjectives, participles and adverbs (no term, no comma), to a preposition: its index when
 * one is found, else p unchanged.
 */
/** Most plain nouns looked past between a preposition and the term ("into a mouse ear skin | inflammation model"). */
const PLAIN_NOUNS_REACH = 4;

/**
 * Past plain nouns from p back to a preposition and its determiner ("into a | mouse ear skin"): the preposition,
 * or p when the nouns do not end at one.
 */
/** Does the verb of this lemma, on a loss or an impairment, counter it ("rescued", "improved")? */
function countersLoss(lemma: string | undefined): boolean {
  return lemma !== undefined && (RESCUING_VERBS.has(lemma) || IMPROVING_VERBS.has(lemma));
}

/** Is the medium noun at m where a term before it was taken from ("EVs harvested from (conditioned) media")? */
function mediumIsTermSource(v: SentenceView, m: number): boolean {
  let q = m - 1;
  if (word(v, q) === 'conditioned') q--;
  return word(v, q) === 'from' && (COLLECTED_PARTICIPLES.has(word(v, q - 1)) || SOURCE_PARTICIPLES.has(word(v, q - 1))) && isEnt(v, q - 2);
}

function pastPlainNounsToPreposition(v: SentenceView, p: number): number {
  let q = p;
  let earliest = -1;
  for (let k = 0; k < PLAIN_NOUNS_REACH && q >= 0; k++) {
    if (hasComma(v.toks[q]) || !isPlainNoun(v, q)) break;
    earliest = q;
    q = prevContent(v, q - 1);
  }
  return earliest > 0 && q >= 0 && DETERMINERS.has(word(v, earliest - 1)) && PREPOSITIONS.has(word(v, q)) ? q : p;
}

function pastDescriptionToPreposition(v: SentenceView, p: number): number {
  let q = p;
  for (let k = 0; k < DESCRIBING_WORDS_REACH && q >= 0; k++) {
    const t = v.toks[q];
    if (t.ent !== undefined || hasComma(t) || !(t.tags.has('Adjective') || isAdverbish(v, q) || /ed$/.test(t.lower))) break;
    q = prevContent(v, q - 1);
  }
  return q !== p && q >= 0 && PREPOSITIONS.has(word(v, q)) ? q : p;
}

/**
 * "of hormone and cytokine-stimulated osteoclastogenesis": plain nouns glued by a hyphen to a participle
 * before the term at `first` name what induced it and describe it; the token before them, or `p` (the
 * token reached so far) when there are none. (A term glued so is looked past by headInfo's own hops.)
 */
function pastPlainInducers(v: SentenceView, p: number, first: number): number {
  const start = inducerPhraseStart(v, first);
  return start >= 0 && v.toks[first - 2].ent === undefined && p >= start && p < first ? prevContent(v, start - 1) : p;
}

/** Is the noun at i the head of a clause's subject: first in the sentence or after a linking word and its comma, or a determiner? */
function opensSubject(v: SentenceView, i: number): boolean {
  let j = i - 1;
  if (j >= 0 && DETERMINERS.has(word(v, j))) j--;
  return j < 0 || hasComma(v.toks[j]);
}

/**
 * "the autophagy induced by" (`by` at p): a subject phrase naming an event that is no term, brought
 * about (not prevented) by what follows "by".
 */
function eventCausedBy(v: SentenceView, p: number): boolean {
  const participle = p - 1;
  const lemma = v.nlp.cueLemma(word(v, participle));
  if (lemma === undefined || !/ed$/.test(word(v, participle)) || (VERB_CUES[lemma]?.sign ?? -1) < 0) return false;
  const noun = participle - 1;
  // (The tagger may take a rare noun such as "autophagy" for an adjective.)
  if (noun < 0) return false;
  const t = v.toks[noun];
  if (t.ent !== undefined || t.tags.has('Verb') || !(t.tags.has('Noun') || t.tags.has('Adjective')) || hasComma(t)) return false;
  // ("Soluble factors secreted by MSCs": past the noun's adjectives.)
  let before = noun - 1;
  while (before >= 0 && v.toks[before].tags.has('Adjective') && v.toks[before].ent === undefined && !hasComma(v.toks[before])) before--;
  return before < 0 || DETERMINERS.has(word(v, before)) || hasComma(v.toks[before]);
}

/** Words between "of" and a cell that still describe the cell: at most this many. */
const MAX_CELL_MODIFIERS = 6;

/**
 * "the apoptosis of engrafted MSCs", "the viability and the migration of co-cultured MSCs": a cell
 * after "of" with modifiers in between still names the cell's process. Returns the process ids.
 */
export function compositesBefore(v: SentenceView, k: number): string[] | undefined {
  const cell = mentionOf(v, k);
  if (cell.type !== 'cell') return undefined;
  let j = k - 1;
  while (j >= 0 && k - j <= MAX_CELL_MODIFIERS && !hasComma(v.toks[j]) && qualifiesNoun(v, j)) j--;
  if (word(v, j) !== 'of') return undefined;
  const ids: string[] = [];
  j--;
  for (let guard = 0; guard < 4 && j >= 0; guard++) {
    const one = v.lexicon.compositeOf(cell.id, word(v, j));
    const two = j > 0 ? v.lexicon.compositeOf(cell.id, `${word(v, j - 1)} ${word(v, j)}`) : undefined;
    const id = two ?? one;
    if (id === undefined) break;
    ids.push(id);
    j -= two !== undefined ? 2 : 1;
    while (j >= 0 && DETERMINERS.has(word(v, j))) j--;
    if (!(word(v, j) === 'and' || word(v, j) === 'or' || hasComma(v.toks[j] ?? v.toks[0]))) break;
    j--;
    while (j >= 0 && DETERMINERS.has(word(v, j))) j--;
  }
  return ids.length > 0 ? ids : undefined;
}

/** "MSCs in their undifferentiated state": a term right after "in" that is a process of the cell at k, or undefined. */
function ownStateAfter(v: SentenceView, k: number): number | undefined {
  const cell = mentionOf(v, k);
  if (cell.type !== 'cell' || word(v, k + 1) !== 'in' || !isEnt(v, k + 2) || hasComma(v.toks[k])) return undefined;
  return v.lexicon.cellOf(mentionOf(v, k + 2).id) === cell.id ? k + 2 : undefined;
}

/** The process the cell at k performs when the word after it names one of its actions ("Mφ migration"). */
function ownActionAfter(v: SentenceView, k: number): string | undefined {
  const cell = mentionOf(v, k);
  if (cell.type !== 'cell' || isEnt(v, k + 1)) return undefined;
  return v.lexicon.compositeOf(cell.id, word(v, k + 1));
}

/** "Macrophage-derived factors": a term glued to a source participle before a plain noun of products. */
function releasesProducts(v: SentenceView, j: number): boolean {
  return v.toks[j].ent !== undefined && v.toks[j].post === '-' && SOURCE_PARTICIPLES.has(word(v, j + 1)) && PRODUCT_NOUNS.has(word(v, j + 2)) && v.toks[j + 2].ent === undefined;
}

/**
 * The target of "the (stimulatory) effect of X on Y" after a verb (X at j): Y, in the direction read so far
 * (the walk to X has already turned it at the effect's adjective); undefined when the effect has no direction
 * or names no target (the term itself is then the object, as before).
 */
function effectTargetAfter(v: SentenceView, j: number, stop: number, sign: Sign, negated: boolean): ObjectFound | undefined {
  // ("IL-4 enhanced the effect of MSCs on macrophage polarization": an effect with no direction is
  // acted on without one.)
  const effect = effectTarget(v, j, stop);
  return effect && { group: effect.target, sign: effect.sign === 0 ? 0 : sign, negated };
}

/**
 * "the stimulatory effect of X on Y" with X's group starting at j: Y and the effect's direction; undefined
 * when the phrase is not a directed effect with a target before `stop`.
 */
export function directedEffectTarget(v: SentenceView, j: number, stop: number): { target: Group; sign: Sign } | undefined {
  const effect = effectTarget(v, j, stop);
  return effect && effect.sign !== 0 ? effect : undefined;
}

/**
 * "the (stimulatory) effect of X on Y" with X's group starting at j: Y and the effect's direction, 0 when the
 * phrase names none ("the effect of MSCs on macrophage polarization"); undefined when it is no such phrase.
 */
export function effectTarget(v: SentenceView, j: number, stop: number): { target: Group; sign: Sign } | undefined {
  if (word(v, j - 1) !== 'of' || !EFFECT_NOUNS.has(word(v, j - 2))) return undefined;
  const effectSign = EFFECT_ADJECTIVES[word(v, j - 3)] ?? 0;
  const actor = groupRight(v, j);
  if (word(v, actor.last + 1) !== 'on') return undefined;
  const target = entityAhead(v, actor.last + 2, 4);
  if (!target || target.first > stop) return undefined;
  return { target, sign: effectSign as Sign };
}

/** Most words between a joiner and the verb of the clause it opens ("and their depletion delays"). */
const JOINED_SUBJECT_REACH = 4;

/** Does the joiner at j open a clause of its own: a finite verb follows within a short subject, before any comma? */
function conjoinedClause(v: SentenceView, j: number): boolean {
  if (!CLAUSE_JOINERS.has(word(v, j))) return false;
  for (let k = j + 2; k < v.n && k <= j + 1 + JOINED_SUBJECT_REACH; k++) {
    if (hasComma(v.toks[k - 1])) return false;
    // (Not "… and bone volume compared to wild type": a participle before "to" / "with" / "by" heads a phrase.)
    if (isVerbAt(v, k) && !isParticipleAdjective(v, k) && !/ing$/.test(word(v, k)) && !/^(to|with|by)$/.test(word(v, k + 1))) return true;
  }
  return false;
}

/** Does a clause start at token j: a term group followed by a verb ("…, IFN-γ curbs …")? */
function opensClause(v: SentenceView, j: number): boolean {
  if (!isEnt(v, j)) return false;
  return verbAfter(v, groupRight(v, j).last);
}

/**
 * The term a relative clause whose verb group starts at `b` is said of: the phrase right before its "which" /
 * "that", reversed when that phrase is a loss of the term ("… a decrease in osterix, which was prevented by
 * IL-10": IL-10 keeps osterix up; "… greater than IL-4, which plays a protective role": IL-4 does).
 */
export function relativeAntecedent(v: SentenceView, b: number): Subject | undefined {
  let p = b;
  while (p >= 0 && (AUXILIARIES.has(word(v, p)) || NEGATORS.has(word(v, p)) || isAdverbish(v, p))) p--;
  const w = word(v, p);
  if ((w !== 'which' && w !== 'that') || !isEnt(v, p - 1)) return undefined;
  const group = groupLeft(v, p - 1);
  return { group, reverse: headInfo(v, group.first).reverse };
}

/** Subject (or passive patient) of a cue at index `at`: the last non-prepositional group in its clause region. */
export function subjectBefore(v: SentenceView, at: number, regionStart: number): Subject | undefined {
  const found = subjectIn(v, at, regionStart);
  // ("M2 but not M1 macrophages enhanced …": a term after "but not" or "rather than" is the contrast; the
  // actor is the term before it, and the companion rule reads the denial.)
  const contrasted = found.best ? contrastedFrom(v, found.best.group.first, regionStart) : undefined;
  if (contrasted) return contrasted;
  if (found.best || found.end === at) return found.best;
  // "Several cytokines, such as IL-1β and TNF-α, inhibit …": when no term names the actor before the
  // aside, the examples of an aside that gives them stand for it.
  if (EXAMPLE_OPENERS.has(word(v, found.end)) && !(word(v, found.end) === 'such' && word(v, found.end + 1) !== 'as')) {
    const inAside = subjectIn(v, at, found.end, at).best;
    if (inAside) return inAside;
    // ("Bone cells, including osteoclasts and osteoblasts, control …": the opener is no preposition here;
    // the examples right after it are the subject.)
    const first = found.end + (word(v, found.end) === 'such' ? 2 : 1);
    const examples = isEnt(v, first) ? groupRight(v, first) : undefined;
    if (examples && examples.last < at && hasComma(v.toks[examples.last])) return { group: examples, reverse: false };
  }
  return undefined;
}

/** "X but not Y", "X and not Y", "X rather than Y" with no comma: the subject X when the group at `first` is Y. */
function contrastedFrom(v: SentenceView, first: number, regionStart: number): Subject | undefined {
  const joined = (word(v, first - 1) === 'not' && /^(but|and)$/.test(word(v, first - 2))) || (word(v, first - 1) === 'than' && word(v, first - 2) === 'rather');
  const before = first - 3;
  if (!joined || before < regionStart || !isEnt(v, before) || hasComma(v.toks[before]) || hasComma(v.toks[first - 2])) return undefined;
  return { group: groupLeft(v, before), reverse: false };
}

/**
 * "OPG and anti-TNF antibodies": is the last member of a list the only one with its own "anti-", so that the
 * loss noun after the list takes away that member alone?
 */
function antiOnLastMemberOnly(v: SentenceView, g: Group): boolean {
  if (g.ents.length < 2) return false;
  const last = g.ents[g.ents.length - 1];
  // ("liposomal clodronate or a CCR2 antagonist": a removal noun after a last member with its own article
  // takes away that member only.)
  if (DETERMINERS.has(word(v, last - 1)) && LOSS_OF_FUNCTION_NOUNS.has(word(v, g.last + 1))) return true;
  return antiGluedBefore(v, last) && !g.ents.slice(0, -1).some((e) => antiGluedBefore(v, e));
}

/** The members of `g` from `start` on (the whole group when it starts there or later). */
function groupWithin(g: Group, start: number): Group {
  if (g.first >= start) return g;
  const ents = g.ents.filter((e) => e >= start);
  return ents.length === 0 ? g : { first: ents[0], last: g.last, ents };
}

/** The subject among the terms of [regionStart, end) — `end` short of an aside right before the verb unless given. */
function subjectIn(v: SentenceView, at: number, regionStart: number, fixedEnd?: number): { best: Subject | undefined; end: number } {
  let best: Subject | undefined;
  // "TNF-α, a cytokine secreted by M1 cells, promotes …": what sits between the last two commas is an
  // aside; an aside that opens with "not", "like", "such as" … may hold commas of its own ("TNF-α, not
  // IL-1β, IL-6 or IL-17, induced …").
  let end = fixedEnd ?? at;
  if (fixedEnd === undefined && at - 1 >= regionStart && hasComma(v.toks[at - 1])) {
    let c = at - 2;
    while (c >= regionStart && !hasComma(v.toks[c])) c--;
    // ("In bone, TGF-β1 plays a role in growth, affecting bone metabolism": a clause of its own, a term and
    // its verb, before a trailing participle is no aside; its term is the participle's subject.)
    if (c >= regionStart && opensClauseBeforeParticiple(v, c + 1, at)) return subjectIn(v, at, c + 1, at);
    if (c >= regionStart) end = c + 1;
    for (let d = c - 1; d >= regionStart; d--) {
      if (hasComma(v.toks[d]) && ASIDE_OPENERS.has(word(v, d + 1))) { end = d + 1; break; }
    }
    // ("MSCs, as well as their exosomes, promote …": an aside of "as well as" adds a member; both act.)
    if (end < at && word(v, end) === 'as' && word(v, end + 1) === 'well' && word(v, end + 2) === 'as') end = at;
    // "A member of the TNF family, RANKL (also known as ODF), plays …": after an opening description, the
    // term between the commas is the subject it describes.
    if (end < at && isEnt(v, end) && DETERMINERS.has(word(v, regionStart)) && !verbIn(v, regionStart, end)) return subjectIn(v, at, end, at);
    // "AMD3100, a CXCR4 antagonist, blocked …": a name the lexicon does not know, described between the
    // commas by a phrase that holds a term: the description is the subject.
    if (end < at && DETERMINERS.has(word(v, end)) && !entityIn(v, regionStart, end) && !verbIn(v, end, at)) return subjectIn(v, at, end, at);
  }
  const trailing = fixedEnd === undefined && trailingParticiple(v, at);
  for (let j = regionStart; j < end; j++) {
    if (!isEnt(v, j)) {
      // "IL-4-deficient mice have more osteoclasts": the mice stand for the factor they lack, reversed.
      // "Macrophage-derived factors stimulated …": the cells act through what they release.
      if (releasesProducts(v, j) && !headInfo(v, j).prepositional) best = { group: single(j), reverse: false };
      // ("MSCs from IL-6-deficient mice showed …": cells taken from the model stand for the factor as well.)
      if (isLossModifier(v, j) && (!headInfo(v, j).prepositional || cellsFromModel(v, j))) {
        best = { group: single(j), reverse: true };
        // ("TSG-6-silenced MSCs failed to …": cells named as the model stand for the factor too.)
        if (isEnt(v, j + 2) && mentionOf(v, j + 2).type === 'cell' && groupRight(v, j + 2).last < end) j = groupRight(v, j + 2).last;
      }
      continue;
    }
    const g = groupRight(v, j);
    if (g.last >= end) continue;
    // ("Neutralizing IL-12, but not IL-10, secreted by M1 cells abrogated …": a term set apart in a contrast
    // aside is not the subject, wherever the aside ends.)
    if (contrastAsideBefore(v, j) >= 0) {
      j = g.last;
      continue;
    }
    // "MSCs in which TSG-6 was silenced failed to …": the cells stand for the factor taken from them, reversed.
    const removed = removedInRelative(v, j);
    if (removed && removed.end < end) {
      best = { group: removed.factor, reverse: true };
      j = removed.end;
      continue;
    }
    // ("IL-4 is produced by M2 macrophages and IL-6 promotes …": a list that a preposition before the region
    // opened does not reach past where the clause's subject may start.)
    const whole = groupLeft(v, g.last);
    const gl = whole.first < regionStart && headInfo(v, whole.first).prepositional ? groupWithin(whole, regionStart) : whole;
    // ("Excess signalling as it occurs during stress inhibits Y": the subject of a subordinate clause with a
    // verb of its own before this one is not this verb's.)
    if (SUBORDINATORS.has(word(v, gl.first - 1)) && verbIn(v, g.last + 1, end)) {
      j = g.last;
      continue;
    }
    // ("Disuse will bias MSCs towards adipogenesis, compromising bone repair": cells or a factor right after a
    // verb of the clause are its object; the participle set off by the comma is the clause subject's doing.
    // A process there may be what led on: "… modulate M2 polarization, resulting in bone formation".)
    if (trailing && directObjectThing(v, regionStart, gl.first)) {
      j = g.last;
      continue;
    }
    const info = headInfo(v, gl.first);
    const composites = gl.first === g.last ? compositesBefore(v, gl.first) : undefined;
    const group = joinGroups(gl, g);
    // ("interventions that block the effects of IL-1 may …": the object of a relative clause on a plain noun is
    // no subject of the clause after it; the noun is, and it is no term.)
    // ("MSCs that express IL-10 suppressed …": on a term, the term the relative clause describes is.)
    const relativeOn = objectOfRelative(v, gl.first);
    if (relativeOn !== false) {
      best = relativeOn === 'noun' ? undefined : { group: groupLeft(v, relativeOn), reverse: false };
      j = g.last;
      continue;
    }
    // ("In addition to affecting osteoblasts, oestrogen reduces …": the object of a gerund a preposition opens,
    // the phrase set off by its comma, acts on nothing here; the subject is found after it, or not at all.)
    if (hasComma(v.toks[g.last]) && objectOfPrepositionalGerund(v, gl.first)) {
      j = g.last;
      continue;
    }
    // ("Implant function period and smoking history did not affect …", "MSC culture time …": a term that only
    // qualifies a noun of a span of time is not what acts.)
    if (qualifiesSpanOfTime(v, g.last)) {
      best = undefined;
      j = g.last;
      continue;
    }
    // "A CXCR4 antagonist impaired homing" = CXCR4 promotes homing.
    // ("OPG and anti-TNF antibodies inhibited …": only the member with its own "anti-" is taken away.)
    const taken = removesActor(v, group);
    const onlyLast = taken && antiOnLastMemberOnly(v, group);
    if (!info.prepositional || composites) best = { group, reverse: info.reverse !== (taken && !onlyLast), composites, ...(onlyLast ? { flipped: new Set([group.ents[group.ents.length - 1]]) } : {}) };
    j = g.last;
    // ("IL-6 knockout MSCs showed …": cells named as the model after the loss noun stand for the factor.)
    if (best?.group === group && best.reverse && LOSS_OF_FUNCTION_NOUNS.has(word(v, j + 1)) && isEnt(v, j + 2) && mentionOf(v, j + 2).type === 'cell' && groupRight(v, j + 2).last < end) j = groupRight(v, j + 2).last;
  }
  return { best, end };
}

/**
 * Is the term at `first` the object of a gerund right after a preposition ("to affecting", "by secreting")?
 * (Any word in "-ing" there: authors' slips such as "effecting" are tagged as nouns.)
 */
function objectOfPrepositionalGerund(v: SentenceView, first: number): boolean {
  let k = first - 1;
  while (k >= 0 && DETERMINERS.has(word(v, k))) k--;
  return k > 0 && /^[a-z]{2,}ing$/.test(word(v, k)) && v.toks[k].post === ' ' && (PREPOSITIONS.has(word(v, k - 1)) || word(v, k - 1) === 'to');
}

/** Most plain nouns between a term and the noun of time it qualifies ("implant function period"). */
const SPAN_REACH = 3;

/** Does the term group ending at `last` only qualify a noun of a span of time right after it? */
function qualifiesSpanOfTime(v: SentenceView, last: number): boolean {
  for (let k = last + 1; k < v.n && k <= last + SPAN_REACH; k++) {
    if (hasComma(v.toks[k - 1]) || isEnt(v, k) || isVerbAt(v, k)) return false;
    if (SPAN_OF_TIME_NOUNS.has(word(v, k))) return true;
    if (!v.toks[k].tags.has('Noun')) return false;
  }
  return false;
}

/**
 * Is the term at `first` the object of a relative clause ("interventions that block (the effects of) IL-1",
 * "drugs which inhibit TNF-α", "MSCs that express IL-10")? The verb right before it (past determiners and
 * "the effects of"), a finite one, after "that" or "which": 'noun' when that follows a noun with no term, the
 * index of the term it follows otherwise; false when the term is no such object.
 */
function objectOfRelative(v: SentenceView, first: number): 'noun' | number | false {
  let k = first - 1;
  while (k >= 0 && DETERMINERS.has(word(v, k))) k--;
  if (word(v, k) === 'of' && EFFECT_NOUNS.has(word(v, k - 1))) {
    k -= 2;
    while (k >= 0 && DETERMINERS.has(word(v, k))) k--;
  }
  const w = word(v, k);
  if (k < 1 || v.nlp.cueLemma(w) === undefined || /(?:ed|ing)$/.test(w) || !/^(that|which)$/.test(word(v, k - 1))) return false;
  const noun = v.toks[k - 2];
  if (noun === undefined || hasComma(noun)) return false;
  if (noun.ent !== undefined) return k - 2;
  return noun.tags.has('Noun') ? 'noun' : false;
}

/**
 * The term group at j opening a contrast aside (", but not IL-10,"): the token before the aside, which
 * ends with its comma ("IL-12," in "IL-12, but not IL-10, …"); -1 when the group opens none.
 */
export function contrastAsideBefore(v: SentenceView, j: number): number {
  let k = j - 1;
  if (word(v, k) !== 'not') return -1;
  k--;
  if (word(v, k) === 'but') k--;
  return k >= 0 && hasComma(v.toks[k]) ? k : -1;
}

/** Is there a term in [from, to)? */
function entityIn(v: SentenceView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isEnt(v, k)) return true;
  return false;
}

/** Is there a finite verb in [from, to)? (An opening description has none.) */
/** Does [from, at) hold a term and then its verb, with a trailing participle at `at` ("…, affecting Y")? */
function opensClauseBeforeParticiple(v: SentenceView, from: number, at: number): boolean {
  return word(v, at).endsWith('ing') && isEnt(v, from) && verbIn(v, groupRight(v, from).last + 1, at - 1);
}

/** Is the term at `first` the direct object of a verb after `from` (a thing, not a process)? */
function directObjectThing(v: SentenceView, from: number, first: number): boolean {
  if (mentionOf(v, first).type === 'process') return false;
  let k = first - 1;
  while (k > from && (DETERMINERS.has(word(v, k)) || (v.toks[k].ent === undefined && v.toks[k].tags.has('Adjective')))) k--;
  return k >= from && isVerbAt(v, k);
}

/** Is the cue at `at` a participle set off by a comma (past an adverb: ", ultimately compromising")? */
function trailingParticiple(v: SentenceView, at: number): boolean {
  // (The cue's group may open with its adverb.)
  const p = isAdverbish(v, at) && GERUND.test(word(v, at + 1)) ? at + 1 : at;
  if (!GERUND.test(word(v, p))) return false;
  const before = p - 1 >= 0 && isAdverbish(v, p - 1) && !hasComma(v.toks[p - 1]) ? p - 2 : p - 1;
  return before >= 0 && hasComma(v.toks[before]);
}

// linear: one anchored character class and a fixed suffix.
const GERUND = /^[a-z]{3,}ing$/;

function verbIn(v: SentenceView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isVerbAt(v, k)) return true;
  return false;
}

function isShiftNoun(w: string): boolean {
  return PHENOTYPE_SHIFT_NOUNS.has(w);
}

/** A noun of a change between phenotypes, not of the phenotype reached ("shift", "transition"; not "polarization"). */
function namesChange(w: string): boolean {
  return isShiftNoun(w) && !/^polari[sz]ation$/.test(w);
}

/**
 * "… macrophages toward the M2 phenotype", "… from the M1 to the M2 state", "… away from the M2-like
 * phenotype": the phenotype a steering verb names, with −1 for "away from"; `fromTo` when both the
 * phenotype left and the one reached are named.
 */
export function phenotypeTarget(v: SentenceView, from: number, stop: number): { group: Group; sign: Sign; fromTo: boolean } | undefined {
  let k = from;
  let sign: Sign = 1;
  let fromTo = false;
  if (word(v, k) === 'away' && word(v, k + 1) === 'from') { sign = -1; k += 2; }
  else if (word(v, k) === 'from') {
    // ("from M1 as induced by the scaffold to M2": a short participle phrase may qualify the first state.)
    let t = k + 1;
    while (t <= stop && t < k + 9 && !['to', 'toward', 'towards', 'into'].includes(word(v, t)) && !hasComma(v.toks[t])) t++;
    if (t > stop || t >= k + 9 || !['to', 'toward', 'towards', 'into'].includes(word(v, t))) return undefined;
    k = t + 1;
    fromTo = true;
  } else if (['toward', 'towards', 'to', 'into'].includes(word(v, k))) k++;
  else return undefined;
  for (let steps = 0; k <= stop && steps < 5; k++, steps++) {
    // ("… the ability of adipocytes to promote osteoclast differentiation": an infinitive, not a phenotype.)
    if (isVerbAt(v, k) && !isEnt(v, k)) return undefined;
    // ("toward an anti-inflammatory phenotype": a phenotype the lexicon names as a process.)
    if (isEnt(v, k)) return mentionOf(v, k).type === 'cell' || mentionOf(v, k).type === 'process' ? { group: groupRight(v, k), sign, fromTo } : undefined;
    if (hasComma(v.toks[k]) || endsClause(v.toks[k])) return undefined;
  }
  return undefined;
}

/** Does "into" / "toward(s)" follow the cells of `g` (past a few words of a list, within the clause), naming where they are steered? */
function steeredAhead(v: SentenceView, g: Group, stop: number): boolean {
  for (let k = g.last + 1; k <= stop && k < v.n && k <= g.last + 7; k++) {
    if (/^(?:into|towards?)$/.test(word(v, k))) return true;
    if (hasComma(v.toks[k - 1]) || (isVerbAt(v, k) && !isEnt(v, k))) return false;
  }
  return false;
}

/**
 * Where the phenotype after a polarization begins: past the cells polarized when they follow it as terms
 * of their own ("the polarization of RAW 264.7 macrophages from M1 to M2", "the polarization of
 * murine-derived macrophage RAW 264.7 cells from M1 to M2").
 */
function afterPolarizedCells(v: SentenceView, g: Group): number {
  const next = g.last + 1;
  let cells = false;
  for (let k = next; k < next + 8 && k < v.n && !hasComma(v.toks[k - 1]); k++) {
    const w = word(v, k);
    if (w === 'from') return cells ? k : next;
    if (isEnt(v, k)) {
      if (mentionOf(v, k).type !== 'cell') return next;
      cells = true;
      k = groupRight(v, k).last;
    } else if (w !== 'of' && (PREPOSITIONS.has(w) || CLAUSE_JOINERS.has(w) || w === 'and' || w === 'or' || (isVerbAt(v, k) && v.toks[k - 1].post !== '-'))) return next;
  }
  return next;
}

/**
 * "MSC markers", "MSC surface markers" after group g: markers that identify a cell, unless the cell is a
 * phenotype of another ("M2 markers" stand for the polarization).
 */
function identityMarkersAfter(v: SentenceView, g: Group): boolean {
  if (g.ents.length !== 1 || hasComma(v.toks[g.last])) return false;
  const cell = mentionOf(v, g.first);
  if (cell.type !== 'cell' || v.lexicon.isSubtype(cell.id)) return false;
  const k = MARKER_MODIFIERS.has(word(v, g.last + 1)) ? g.last + 2 : g.last + 1;
  return MARKER_NOUNS.has(word(v, k));
}

/** "the viability of MSCs": a cell after "of" and a property noun the lexicon has no process of that cell for. */
function cellPropertyBefore(v: SentenceView, g: Group): boolean {
  if (g.ents.length !== 1 || word(v, g.first - 1) !== 'of') return false;
  const cell = mentionOf(v, g.first);
  const noun = word(v, g.first - 2);
  return cell.type === 'cell' && CELL_PROPERTY_NOUNS.has(noun) && v.lexicon.compositeOf(cell.id, noun) === undefined;
}

/** The recruitment of the one cell a group names ("attract macrophages", "a chemoattractant for MSCs"), if the lexicon has it. */
export function recruitmentOf(v: SentenceView, g: Group): string | undefined {
  return g.ents.length === 1 ? v.lexicon.compositeOf(mentionOf(v, g.first).id, 'recruitment') : undefined;
}

/**
 * "MSCs to migrate", "MSCs from migrating" at cell token k: the composite process of the cell's action
 * that a verb brings about ("induces MSCs to migrate") or keeps away ("prevents MSCs from migrating").
 */
/** Most tokens from an adopting infinitive to the phenotype ("to adopt an alternative activation phenotype"). */
const ADOPTED_REACH = 4;

/**
 * "… macrophages to adopt / acquire an M2 phenotype": after cells at k, an infinitive of taking on and the
 * phenotype (a cell or a process) taken on; undefined otherwise.
 */
function adoptedPhenotype(v: SentenceView, k: number, stop: number): Group | undefined {
  if (word(v, k + 1) !== 'to' || !ADOPTING_VERBS.has(word(v, k + 2)) || hasComma(v.toks[k]) || mentionOf(v, k).type !== 'cell') return undefined;
  const from = /^(to|into|toward|towards)$/.test(word(v, k + 3)) ? k + 4 : k + 3;
  const found = entityAhead(v, from, ADOPTED_REACH);
  if (!found || found.first > stop) return undefined;
  const type = mentionOf(v, found.first).type;
  return type === 'cell' || type === 'process' ? groupRight(v, found.first) : undefined;
}

/** Do "to", a verb of taking on and a "phenotype" follow the cells at k ("… T cells to adopt a … phenotype")? */
function takesOnPhenotype(v: SentenceView, k: number): boolean {
  if (word(v, k + 1) !== 'to' || !ADOPTING_VERBS.has(word(v, k + 2)) || hasComma(v.toks[k]) || mentionOf(v, k).type !== 'cell') return false;
  // ("to become unresponsive" names a state the verb reads itself; only a phenotype named as such is taken on.)
  for (let j = k + 3; j < Math.min(v.n, k + 3 + ADOPTED_REACH); j++) {
    if (/^phenotypes?$/.test(word(v, j))) return true;
    if (hasComma(v.toks[j])) return false;
  }
  return false;
}

function causedAction(v: SentenceView, k: number): string | undefined {
  const infinitive = word(v, k + 1) === 'to';
  const kept = word(v, k + 1) === 'from' && /ing$/.test(word(v, k + 2));
  if (!(infinitive || kept) || hasComma(v.toks[k]) || mentionOf(v, k).type !== 'cell') return undefined;
  // ("stimulated osteoclasts to increase in number": more of the cells is their formation.)
  if (risesInNumberAt(v, k + 1)) return v.lexicon.activityOf(mentionOf(v, k).id);
  const action = actionNounOfVerb(word(v, k + 2));
  return action !== undefined ? v.lexicon.compositeOf(mentionOf(v, k).id, action) : undefined;
}

/**
 * "the ability of BMP-2 to induce Y" at `j` (the ability noun): the term whose ability it is, and the
 * infinitive's cue. Both the infinitive's actor and a verb acting on the ability are read from it.
 */
export function abilityAt(v: SentenceView, j: number): { actor?: Group; cue: Cue } | undefined {
  if (!CAPACITY_NOUNS.has(word(v, j)) || word(v, j + 1) !== 'of') return undefined;
  // ("abrogated the capacity of ovalbumin-pulsed DC to support T-cell proliferation": owners the lexicon does
  // not name; the infinitive has no actor to read, and a verb acting on the ability still acts on its object.)
  if (!isEnt(v, j + 2)) {
    const to = unnamedOwnerEnd(v, j + 2);
    const cue = to > 0 ? verbCueAt(v, to + 1) : undefined;
    return cue && cue.lineage === undefined && !cue.swap ? { cue } : undefined;
  }
  const actor = groupRight(v, j + 2);
  if (word(v, actor.last + 1) !== 'to' || hasComma(v.toks[actor.last])) return undefined;
  const cue = verbCueAt(v, actor.last + 2);
  return cue && cue.lineage === undefined && !cue.swap ? { actor, cue } : undefined;
}

/** Most words of an ability's owner the lexicon does not name ("of | IL-12/IL-18-stimulated NK cells | to"). */
const UNNAMED_OWNER_REACH = 8;

/** The "to" after an owner of plain words starting at k (no term, comma or finite verb among them), or -1. */
function unnamedOwnerEnd(v: SentenceView, k: number): number {
  for (let m = k; m < v.n && m < k + UNNAMED_OWNER_REACH; m++) {
    if (word(v, m) === 'to') return m > k ? m : -1;
    if (hasComma(v.toks[m]) || endsClause(v.toks[m]) || (isVerbAt(v, m) && !/(?:ed|ing)$/.test(word(v, m)))) return -1;
    if (v.toks[m].ent !== undefined && !isModifier(v, m)) return -1;
  }
  return -1;
}

/** Does the infinitive at `at` follow "the ability of <owner the lexicon does not name> to"? */
export function unnamedAbilityOwner(v: SentenceView, at: number): boolean {
  if (word(v, at - 1) !== 'to') return false;
  for (let j = at - 3; j >= 0 && j >= at - 2 - UNNAMED_OWNER_REACH; j--) {
    if (word(v, j) !== 'of') continue;
    const found = abilityAt(v, j - 1);
    return found !== undefined && found.actor === undefined && found.cue.at === at;
  }
  return false;
}

/** What an ability's infinitive acts on, with the direction of the verb acting on the ability folded in. */
function abilityObject(v: SentenceView, cue: Cue, stop: number, sign: Sign, negated: boolean): ObjectFound | undefined {
  const inner = objectAfter(v, cue.lastAt, stop, v.nlp.cueLemma(word(v, cue.at)));
  // ("inhibited the ability of macrophages to produce TNF-α": curbing the making of a product lowers the product.)
  const cueSign: Sign = cue.sign === 0 && makesProduct(cue.relation) ? 1 : cue.sign;
  return inner ? { ...inner, sign: (sign * cueSign * inner.sign) as Sign, negated: negated !== inner.negated } : undefined;
}

/** "their / its ability to produce Y" at j: the ability's object, through abilityObject; else undefined. */
function possessedAbilityObject(v: SentenceView, j: number, stop: number, sign: Sign, negated: boolean): ObjectFound | undefined {
  if (!/^(their|its)$/.test(word(v, j)) || !CAPACITY_NOUNS.has(word(v, j + 1)) || word(v, j + 2) !== 'to') return undefined;
  const cue = verbCueAt(v, j + 3);
  return cue && cue.lineage === undefined && !cue.swap ? abilityObject(v, cue, stop, sign, negated) : undefined;
}

/** The infinitive's actor when the verb at `at` follows "the ability of X to" (see abilityAt) or "X's ability to". */
export function abilityActorBefore(v: SentenceView, at: number): Group | undefined {
  // "RANKL's ability to induce Y", "RANKL action to induce Y": the term just before the noun.
  const noun = at - 2;
  if (word(v, at - 1) === 'to' && (CAPACITY_NOUNS.has(word(v, noun)) || word(v, noun) === 'action') && isEnt(v, noun - 1) && !hasComma(v.toks[noun - 1])) return groupLeft(v, noun - 1);
  if (word(v, at - 1) !== 'to' || !isEnt(v, at - 2)) return undefined;
  const group = groupLeft(v, at - 2);
  const found = word(v, group.first - 1) === 'of' ? abilityAt(v, group.first - 2) : undefined;
  return found && found.cue.at === at ? found.actor : undefined;
}

/** The cells "the differentiation / maturation of A into B" forms: B, when both are cells. */
function formedCells(v: SentenceView, g: Group, stop: number): Group | undefined {
  if (word(v, g.first - 1) !== 'of' || !/^(differentiation|maturation|development)$/.test(word(v, g.first - 2))) return undefined;
  const into = g.last + 1;
  if (!/^(into|to)$/.test(word(v, into)) || into + 1 > stop || !isEnt(v, into + 1)) return undefined;
  if (mentionOf(v, g.first).type !== 'cell' || mentionOf(v, into + 1).type !== 'cell') return undefined;
  return groupRight(v, into + 1);
}

/**
 * The sign of a nominal cue right after a term, past one adjective: "NFATc1 activation", "Runx2
 * proteasomal degradation" (what happens to the term is the verb's real object).
 */
/**
 * A bare term after "via" / "through" at k and how the phrase moves it: "through NF-κB activation" (+1),
 * "via STAT3 inhibition" (−1); 0 when no nominal of change follows the term.
 */
export function bareTermMoved(v: SentenceView, k: number): { group: Group; sign: Sign } {
  const group = groupRight(v, k);
  return { group, sign: hasComma(v.toks[group.last]) ? 0 : compoundCueAfter(v, group.last) ?? 0 };
}

function compoundCueAfter(v: SentenceView, last: number): Sign | undefined {
  const direct = NOMINAL_CUES[word(v, last + 1)];
  if (direct !== undefined) return direct;
  const t = v.toks[last + 1];
  if (!t || t.ent !== undefined || !t.tags.has('Adjective') || hasComma(t)) return undefined;
  return NOMINAL_CUES[word(v, last + 2)];
}

/**
 * Does the participle of change at `j` qualify a term: right before it ("impaired bone formation") or
 * before what is measured of it ("downregulated secretion of OSM", "reduced NFATc1 expression")?
 */
/**
 * Is the amount compared at `j` ("less …") compared with a term's, "than (by / in) (the) <term>", within the
 * clause (a few words on, no comma between)? A comparison with a control ("than untreated mice") is not.
 */
function comparedWithTerm(v: SentenceView, j: number): boolean {
  for (let k = j + 1; k < Math.min(v.n, j + 12); k++) {
    if (word(v, k) === 'than') {
      for (let t = k + 1; t < Math.min(v.n, k + 5); t++) {
        if (isEnt(v, t)) return true;
        if (hasComma(v.toks[t])) return false;
      }
      return false;
    }
    if (hasComma(v.toks[k])) return false;
  }
  return false;
}

/**
 * Where the term a change word at j changes starts ("impaired | osteogenesis", "reduced | levels of RANKL",
 * "less | joint inflammation"), or -1 when it changes none.
 */
function changesTermAhead(v: SentenceView, j: number): number {
  if (isEnt(v, j + 1)) return j + 1;
  if (SCAFFOLD_NOUNS.has(word(v, j + 1)) && !hasComma(v.toks[j + 1])) {
    const k = word(v, j + 2) === 'of' ? (DETERMINERS.has(word(v, j + 3)) ? j + 4 : j + 3) : -1;
    return k > 0 && isEnt(v, k) ? k : -1;
  }
  return termInNominalListAhead(v, j);
}

/** Most words a change word may reach across plain nouns and a list to its term. */
const CHANGED_LIST_REACH = 10;

/**
 * "resulted in less joint inflammation", "led to less pain behaviour, osteophytosis and joint inflammation": a
 * change word before plain nouns and adjectives, and the list they open, changes the term the list names. The
 * list holds no verb, no preposition and no other change word (that one would govern what follows it).
 */
function termInNominalListAhead(v: SentenceView, j: number): number {
  for (let k = j + 1; k < v.n && k <= j + CHANGED_LIST_REACH; k++) {
    if (isEnt(v, k)) return k;
    const w = word(v, k);
    if (w === 'and' || w === 'or') continue;
    const t = v.toks[k];
    if (t.ent !== undefined || isVerbAt(v, k) || PREPOSITIONS.has(w) || DETERMINERS.has(w) || changeSignOf(w) !== 0 || SHOWN_AMOUNTS[w] !== undefined || endsClause(t)) return -1;
    if (!t.tags.has('Noun') && !t.tags.has('Adjective')) return -1;
    // ("resulted in low morbidity and appropriate healing": an item with an adjective of its own is outside
    // the change; only the first item's words may describe it.)
    if (k > j + 1 && t.tags.has('Adjective') && !t.tags.has('Noun') && (hasComma(v.toks[k - 1]) || /^(and|or)$/.test(word(v, k - 1)))) return -1;
  }
  return -1;
}

/**
 * What a means phrase whose head is at `k` ("through inducing Y", "via the suppression of Y") acts on, and
 * in which direction: a gerund's object, or the term after a nominal's "of". `gerund` is the gerund's cue.
 */
export function meansObjectAt(v: SentenceView, k: number, end: number): { group: Group; sign: Sign; gerund?: Cue; relation?: string } | undefined {
  const w = word(v, k);
  const gerund = /ing$/.test(w) ? verbCueAt(v, k) : undefined;
  if (gerund) {
    if (gerund.lineage !== undefined || gerund.swap) return undefined;
    const found = objectAfter(v, gerund.lastAt, end, v.nlp.cueLemma(w));
    // ("by preventing osteoclast mitophagy impairment": cells that only qualify an action the lexicon does not
    // name carry nothing; the means acts on that action.)
    if (found && cellsQualifyUnnamedAction(v, found.group)) return undefined;
    return found && !found.negated && found.replace === undefined ? { group: found.group, sign: (gerund.sign * found.sign) as Sign, gerund } : undefined;
  }
  // "through the secretion of PGE2": the actor releases (or expresses) the term.
  const source = SOURCE_NOMINALS[w];
  if (source !== undefined && word(v, k + 1) === 'of') {
    const released = entityAhead(v, k + 2, 6);
    return released ? { group: released, sign: 0, relation: source } : undefined;
  }
  // ("through overexpression of CXCR4": a factor added is a factor raised.)
  const nominal = NEUTRAL_NOMINALS.has(w) ? 0 : GAIN_OF_FUNCTION_NOUNS.has(w) ? 1 : NOMINAL_CUES[w];
  const group = nominal !== undefined && word(v, k + 1) === 'of' ? entityAhead(v, k + 2, 6) ?? termAfterUnnamedMembers(v, k + 2) : undefined;
  return group ? { group, sign: nominal as Sign } : undefined;
}

/**
 * "via modulation of survival and inflammation": past plain nouns the lexicon does not name, each closed by
 * "and", "or" or a comma, the term the list ends with (the nominal acts on every member).
 */
function termAfterUnnamedMembers(v: SentenceView, k: number): Group | undefined {
  let j = k;
  for (let members = 0; members < 3; members++) {
    const t = v.toks[j];
    if (t === undefined || t.ent !== undefined || !t.tags.has('Noun') || t.tags.has('Pronoun') || isVerbAt(v, j)) return undefined;
    const join = word(v, j + 1);
    if (join === 'and' || join === 'or') return isEnt(v, j + 2) ? groupRight(v, j + 2) : undefined;
    if (!hasComma(t)) return undefined;
    j++;
  }
  return undefined;
}

/** Are the group's cells followed by a plain noun that names no amount, measure or change of theirs ("osteoclast mitophagy")? */
function cellsQualifyUnnamedAction(v: SentenceView, g: Group): boolean {
  const next = g.last + 1;
  const w = word(v, next);
  const t = v.toks[next];
  // (The tagger may take a noun it does not know, "mitophagy", for an adjective.)
  const plainWord = t !== undefined && t.ent === undefined && !t.tags.has('Verb') && !t.tags.has('Pronoun') && (t.tags.has('Noun') || t.tags.has('Adjective')) && /^\p{Ll}+$/u.test(w);
  return g.ents.length === 1 && mentionOf(v, g.last).type === 'cell' && !hasComma(v.toks[g.last]) && plainWord
    && NOMINAL_CUES[w] === undefined && !MEASURE_NOUNS.has(w) && !QUANTITY_NOUNS.has(w) && !LOSS_OF_FUNCTION_NOUNS.has(w) && !CELL_WHOLE_NOUNS.has(w);
}

/** "the weakening of", "a functional reprogramming of": a gerund after an article or an adjective, before "of", is a noun. */
function gerundAsNoun(v: SentenceView, j: number): boolean {
  return /ing$/.test(word(v, j)) && word(v, j + 1) === 'of' && j > 0 && (v.toks[j - 1].tags.has('Adjective') || DETERMINERS.has(word(v, j - 1))) && v.toks[j - 1].ent === undefined;
}

/** Is the word before the measure noun at j a name the lexicon has no term for ("HO-1 expression", not "its expression")? */
function unnamedProductBefore(v: SentenceView, j: number): boolean {
  const t = v.toks[j - 1];
  return t !== undefined && t.ent === undefined && !hasComma(t) && !DETERMINERS.has(word(v, j - 1)) && !t.tags.has('Adjective') && !t.tags.has('Pronoun') && !isParticipleAdjective(v, j - 1)
    && (t.tags.has('Noun') || t.tags.has('Acronym') || /\d/.test(t.text));
}

/** Object of an active cue at `at`: the first entity group to the right within the clause, and the direction it carries. */
/** "MSCs from IL-6-deficient mice": the loss modifier at j follows "from" right after a cell term. */
function cellsFromModel(v: SentenceView, j: number): boolean {
  const from = j - 1;
  return word(v, from) === 'from' && isEnt(v, from - 1) && mentionOf(v, from - 1).type === 'cell';
}

/**
 * The object a verb with none of its own shares with the next verb: a coordinator right after it, then
 * either that verb ("binds to and activates") or another subject and its verb ("suppresses and IL-10
 * blocks", "inhibits, whereas IL-4 promotes,").
 */
function raisedObject(v: SentenceView, at: number, start: number, stop: number): ObjectFound | undefined {
  // ("binds to and activates": past the verb's own preposition.)
  const from = PREPOSITIONS.has(word(v, start)) && RAISING_COORDINATORS.has(word(v, start + 1)) ? start + 1 : start;
  if (!RAISING_COORDINATORS.has(word(v, from)) || (from > 0 && hasComma(v.toks[from - 1]) && word(v, from) === 'and')) return undefined;
  let k = from + 1;
  if (isEnt(v, k)) {
    // Another subject: only after a verb whose own subject is an agent right before it ("TNF-α stimulates
    // and IL-4 inhibits NFATc1"), not after a change of a measure or a process ("IL-4 expression increased
    // and IL-6 reduced NFATc1", "osteoclastogenesis fell, whereas IL-6 raised RANKL": nothing is shared).
    if (!agentRightBefore(v, at)) return undefined;
    const g = groupRight(v, k);
    k = g.last + 1;
  }
  while (k <= stop && isAdverbish(v, k)) k++;
  const next = verbCueAt(v, k);
  if (!next || next.lineage !== undefined || next.swap) return undefined;
  // (After a comma the raised object stands past the next verb's own comma: "inhibits, whereas IL-4 promotes, Y".)
  if (hasComma(v.toks[at]) && !hasComma(v.toks[next.lastAt])) return undefined;
  const shared = objectAfter(v, next.lastAt, Math.max(stop, phraseEnd(v, next.lastAt + 1)), v.nlp.cueLemma(word(v, k)));
  return shared ? { ...shared, shared: true } : undefined;
}

/** Is a term that may act (not a process) the word right before the verb at `at`, past adverbs? */
function agentRightBefore(v: SentenceView, at: number): boolean {
  const b = adverbsBefore(v, at - 1);
  return isEnt(v, b) && mentionOf(v, b).type !== 'process';
}

/** "…, whereas IL-4 promotes, osteogenesis": the verb at `at` closes a contrast clause; its object follows the comma. */
function closesContrast(v: SentenceView, at: number): boolean {
  const subject = adverbsBefore(v, at - 1);
  if (!isEnt(v, subject)) return false;
  const j = groupLeft(v, subject).first - 1;
  return j > 0 && RAISING_COORDINATORS.has(word(v, j)) && word(v, j) !== 'and' && hasComma(v.toks[j - 1]);
}

/** "OCP expression of TRAF3", "macrophage production of IL-10": a cell term naming where a product is measured. */
function measuredInCells(v: SentenceView, g: Group): boolean {
  return g.ents.length === 1 && mentionOf(v, g.first).type === 'cell' && !hasComma(v.toks[g.last])
    && MEASURE_NOUNS.has(word(v, g.last + 1)) && word(v, g.last + 2) === 'of';
}

/** A process term ahead of k, past a glued modifier ("in TNF-α-mediated osteoclastogenesis"). */
function inProcessAhead(v: SentenceView, k: number): boolean {
  const found = entityAhead(v, k, 4);
  return found !== undefined && mentionOf(v, found.first).type === 'process';
}

/**
 * "suppressed macrophage TNF-α production", "reduced MSC IL-6 secretion": a cell named right before a
 * molecule it makes only says whose the molecule is; the molecule is what the verb acts on.
 */
function cellBeforeMolecule(v: SentenceView, g: Group): boolean {
  if (g.ents.length !== 1 || mentionOf(v, g.first).type !== 'cell' || v.toks[g.last].post !== ' ') return false;
  // ("T cell cytokines including RANKL": a plain noun of products, whose examples follow.)
  if (v.toks[g.last + 1]?.ent === undefined) return PRODUCT_NOUNS.has(word(v, g.last + 1)) && v.toks[g.last + 1].tags.has('Plural');
  return isEnt(v, g.last + 1) && namesMolecule(mentionOf(v, g.last + 1).type);
}

/** Is token j part of a hyphenated modifier that ends in a participle of causing or dependence ("estrogen-loss dependent")? */
function inCompoundModifier(v: SentenceView, j: number): boolean {
  const glued = v.toks[j].post === '-' || (j > 0 && v.toks[j - 1].post === '-');
  const next = word(v, j + 1);
  return glued && (COMPOUND_CUES[next] !== undefined || DEPENDENCE_ADJECTIVES.has(next));
}

/** Most words between a verb of keeping off and its "from" ("protects the engrafted MSCs from …"). */
const FROM_REACH = 8;

/** Is there a "from" (or "against") within reach after the verb at `at`? */
function fromWithin(v: SentenceView, at: number, stop: number): boolean {
  for (let k = at + 1; k <= stop && k < at + FROM_REACH; k++) if (FROM_PARTICLES.has(word(v, k))) return true;
  return false;
}

export function objectAfter(v: SentenceView, at: number, stop: number, lemma?: string): ObjectFound | undefined {
  const { toks, text } = v;
  let sign: Sign = 1;
  let negated = false;
  let from = at + 1;
  // "Thanks to CCL2 release, MSCs …": a cue word closed by a comma has no object after it (unless a
  // contrast shares the next verb's: "IL-1β inhibits, whereas IL-4 promotes, …").
  if (hasComma(toks[at]) && !closesContrast(v, at)) return raisedObject(v, at, at + 1, v.n - 1);
  if (endsClause(toks[at])) return undefined;
  if (lemma !== undefined && FROM_VERBS.has(lemma)) {
    // ("IL-10 rescued MSCs from apoptosis": a verb that otherwise raises its object keeps off what follows "from".)
    if (VERB_CUES[lemma]?.sign === 1 && fromWithin(v, at, stop)) sign = -1;
    // "protects MSCs from apoptosis": the thing prevented follows "from", and may be the cell's own process.
    // ("protects MSCs against apoptosis" alike.)
    if (isEnt(v, at + 1) && FROM_PARTICLES.has(word(v, at + 2))) {
      const cell = mentionOf(v, at + 1);
      // ("prevents MSCs from migrating": the gerund names the cell's action.)
      const gerundAction = /ing$/.test(word(v, at + 3)) ? actionNounOfVerb(word(v, at + 3)) : undefined;
      const id = v.lexicon.compositeOf(cell.id, word(v, at + 3)) ?? v.lexicon.compositeOf(cell.id, `${word(v, at + 3)} ${word(v, at + 4)}`) ?? (gerundAction !== undefined ? v.lexicon.compositeOf(cell.id, gerundAction) : undefined);
      if (id !== undefined) return { group: single(at + 1), sign, negated, replace: [id] };
    }
    let k = at + 1;
    while (k <= stop && k < at + FROM_REACH && !FROM_PARTICLES.has(word(v, k))) k++;
    // ("IL-4 rescued osteogenesis": a rescuing verb may take its object directly.)
    if (FROM_PARTICLES.has(word(v, k))) from = k + 1;
    else if (!RESCUING_VERBS.has(lemma)) return undefined;
  }
  // "interferes with Y": the particle opens the object.
  if (lemma !== undefined && VERB_PARTICLES[lemma] !== undefined && word(v, at + 1) === VERB_PARTICLES[lemma]) from = at + 2;
  // Right-node raising: "binds to and activates RANK", "suppresses and IL-10 blocks osteoclastogenesis",
  // "inhibits, whereas IL-4 promotes, …": the verb's object is the one the next verb takes.
  const raised = raisedObject(v, at, from, stop);
  if (raised) return raised;
  // ("IL-4 expression increased and IL-6 reduced NFATc1": a coordinator right after the verb opens a new
  // clause with its own subject; the verb has no object.)
  if (RAISING_COORDINATORS.has(word(v, from)) && isEnt(v, from + 1) && verbAfter(v, groupRight(v, from + 1).last)) return undefined;
  // Where the list a change word opened ends (its term): an "and" before it does not reset the direction.
  let listChangedUntil = -1;
  // (`stop` may be the sentence's length: a skipped preposition can carry j past the last token.)
  for (let j = from, steps = 0; j <= stop && j < v.n && steps < 12; j++, steps++) {
    // ("suppressed MMP-2 (2.6 vs 3.9, P < .05), MMP-9 (…) and TNF-α": a parenthesis of figures after a listed
    // word the lexicon does not name is one step of the list, when the list goes on after it; "the CCL20
    // transcript (p < 0.01) in MSCs" ends with it.)
    if (toks[j].ent === undefined) {
      const past = pastFigures(v, j);
      if (past > j && past + 1 <= stop && (hasComma(toks[past]) || /^(and|or)$/.test(word(v, past + 1)))) { j = past; continue; }
    }
    const w = word(v, j);
    // ("NFATc1 expression increased in the presence of RANKL": what is present is a condition, not the object.)
    if (phraseAt(v, j, IN_THE_PRESENCE_OF)) return undefined;
    // ("TNF-α expression decreased in macrophages", "IL-10 production fell over time in M2 macrophages": a
    // preposition right after an intransitive change verb says where or when the subject changed; the verb
    // has no object. Past adverbs after the verb: "increased significantly in …". "over" too, which the tagger
    // may take for an adjective ("over time"); not "by", which may name a passive's agent.)
    // (A past form only: "and increase in IL-10" after a noun is the noun "increase".)
    if ((PREPOSITIONS.has(w) || w === 'over' || toks[j].tags.has('Preposition')) && w !== 'by' && CHANGE_VERBS[word(v, at)] !== undefined && v.toks[at].tags.has('PastTense') && !v.toks[at].tags.has('Noun') && pastAdverbs(v, at + 1) === j) return undefined;
    // "inhibit the maturation of dendritic cells and their ability to produce Y": acting on someone's
    // ability acts on what the ability makes or does.
    const possessedAbility = possessedAbilityObject(v, j, stop, sign, negated);
    if (possessedAbility) return possessedAbility;
    // A comma after a plain word closes the verb's phrase when a new clause follows ("Far from promoting
    // it, IFN-γ curbs …"), not in a list ("increased BMP4, BMP7, RUNX2 and osteocalcin").
    // ("Macrophages regulate repair, and their depletion delays healing": a conjunction after the comma may open it.)
    // ("inhibit vascular calcification, similar to the process of bone resorption": a comparison after the
    // comma names something else the verb's object is likened to.)
    if (j > at + 1 && toks[j - 1].ent === undefined && (endsClause(toks[j - 1]) || (hasComma(toks[j - 1]) && (toks[j - 1].tags.has('Pronoun') || opensClause(v, j) || conjoinedClause(v, j) || comparisonAt(v, j))))) return undefined;
    // ("inhibited macrophage-osteoclast differentiation": a cell glued to a process of cells is where that
    // process starts; the process is the object.)
    if (isEnt(v, j) && toks[j].post === '-' && isEnt(v, j + 1) && mentionOf(v, j).type === 'cell' && mentionOf(v, j + 1).type === 'process') continue;
    // ("impaired alveolar bone defect healing": a disease right before a process names where the process
    // happens; the process, the compound's head, is the object.)
    if (isEnt(v, j) && toks[j].post === ' ' && isEnt(v, j + 1) && mentionOf(v, j).type === 'disease' && mentionOf(v, j + 1).type === 'process') continue;
    if (isEnt(v, j)) {
      // ("IL-1β enhances the therapeutic effects of endometrial cells on colitis": the target of an effect
      // whose actor the lexicon does not name is no object of the verb; what it acts on is that effect.)
      if (/^(on|upon)$/.test(word(v, j - 1)) && unnamedActorsEffectBefore(v, at, j - 1)) return undefined;
      // "IL-4 reversed the stimulatory effect of TNF-α on osteoclast formation": what the verb acts on is a
      // directed effect, so the effect's target is the object, in the effect's direction.
      const ofEffect = word(v, j - 1) === 'of' && j - 2 > at && EFFECT_NOUNS.has(word(v, j - 2));
      const effectObject = ofEffect ? effectTargetAfter(v, j, stop, sign, negated) : undefined;
      if (effectObject) return effectObject;
      // ("an antibody to IL-6 inhibits the stimulatory effects of IL-1 in these cultures": acting on an
      // effect whose target is not named says nothing of the agent itself.)
      // (Only a verb with a direction on a plain "effect": "mediates the effects of IL-1" and "regulates the
      // activity of osteoclasts" still link the terms.)
      if (ofEffect && /^effects?$/.test(word(v, j - 2)) && lemma !== undefined && VERB_CUES[lemma] !== undefined && VERB_CUES[lemma].sign !== 0) return undefined;
      // ("IL-17 induces direct and indirect effects on osteoclasts": effects brought about on a term say the
      // subject acts on it, in no stated direction.)
      // (Only a verb of bringing about, and the subject's own effects: "failed to abrogate its effects on Y"
      // is about another's effect.)
      if (/^(on|upon)$/.test(word(v, j - 1)) && j - 2 > at && EFFECT_NOUNS.has(word(v, j - 2)) && sign > 0 && lemma !== undefined && (VERB_CUES[lemma]?.sign ?? 0) > 0
        && !someWordIn(v, at + 1, j - 2, (x) => POSSESSIVE_WORDS.has(x))) return { group: groupRight(v, j), sign: 0, negated };
      const g = withExamples(v, namedMember(v, groupRight(v, pastConditionModifier(v, j))));
      // "increased OCP expression of TRAF3": the cells are where the product is measured; the product
      // after "of" is the object (none when the lexicon does not name it).
      if (measuredInCells(v, g)) { j = g.last + 2; steps++; continue; }
      if (cellBeforeMolecule(v, g)) { j = g.last; continue; }
      // "did not change the expression of MSC markers": what identifies the cells is not the cells.
      if (identityMarkersAfter(v, g)) return undefined;
      // "did not affect the viability of osteoclast precursors": a property of the cells is not the cells.
      if (cellPropertyBefore(v, g)) return undefined;
      // "decreased RANKL's ability to induce osteoclast formation": what the ability acts on is the object.
      const possessed = CAPACITY_NOUNS.has(word(v, g.last + 1)) && word(v, g.last + 2) === 'to' ? verbCueAt(v, g.last + 3) : undefined;
      const throughPossessed = possessed && possessed.lineage === undefined && !possessed.swap ? abilityObject(v, possessed, stop, sign, negated) : undefined;
      if (throughPossessed) return throughPossessed;
      // "inhibited the differentiation of macrophages into osteoclasts": the cells formed are the object.
      const formed = formedCells(v, g, stop);
      if (formed) return { group: formed, sign, negated };
      const after = word(v, g.last + 1);
      const compoundSign = compoundCueAfter(v, g.last);
      // ("improved the bone formation impairment": bettering a loss counters it.)
      if (compoundSign !== undefined && !toks[g.last].post.includes(',')) sign = (sign * (compoundSign === -1 && countersLoss(lemma) ? 1 : compoundSign)) as Sign; // "NFATc1 activation"
      if (DURATION_NOUNS.has(after) && !toks[g.last].post.includes(',')) sign = (-sign) as Sign; // "extends the tissue healing time"
      // ("induce inflammatory cytokines modulation": bringing about a regulation of the term moves it no one way.)
      if (NEUTRAL_NOMINALS.has(after) && !toks[g.last].post.includes(',')) sign = 0;
      // "skews macrophages toward M2", "conversion of macrophages into M2 macrophages": the phenotype is the object.
      const objectText = text.slice(toks[g.first].ostart, toks[g.first].oend).toLowerCase();
      const steering = lemma === undefined || STEERING_VERBS.has(lemma) || /polari[sz]ation|transition|conversion|switch|shift/.test(objectText)
        || [j - 1, j - 2, j - 3].some((x) => x > at && isShiftNoun(word(v, x)));
      const target = steering ? phenotypeTarget(v, afterPolarizedCells(v, g), stop) : undefined;
      // "reversed the polarization of macrophages from M1 to M2": turning a phenotype around brings about the one reached.
      // ("reversed the shift from M1 to M2" undoes the change instead.)
      const turned = target !== undefined && target.fromTo && lemma !== undefined && TURNING_VERBS.has(lemma)
        && !objectText.split(/[\s-]+/).some(namesChange) && ![j - 1, j - 2, j - 3].some((x) => x > at && namesChange(word(v, x)));
      if (target) return { group: target.group, sign: ((turned ? -sign : sign) * target.sign) as Sign, negated, steered: true };
      // ("induce nonactivated macrophages and M1 cells into M2b/c cells": a phenotype steered into one the
      // lexicon does not name is turned, not brought about; cells at large steered "into an active phenotype"
      // are still what the verb acts on.)
      if (steering && v.lexicon.isSubtype(mentionOf(v, g.first).id) && steeredAhead(v, g, stop)) return undefined;
      // ("disrupts the M1/M2 balance": what acts on a balance moves neither side one way.)
      // ("disturbed the M1/M2 balance", a term the lexicon spells with the balance noun itself.)
      const lastWord = /([a-z]+)$/.exec(textOf(v, g.last, g.last).toLowerCase())?.[1] ?? '';
      if ((BALANCE_NOUNS.has(after) || BALANCE_NOUNS.has(lastWord)) && !hasComma(toks[g.last]) && !steeredWithin(v, g.last + 2, stop)) return { group: g, sign: 0, negated };
      const recruitment = lemma !== undefined && RECRUITING_LEMMAS.has(lemma) ? recruitmentOf(v, g) : undefined;
      if (recruitment !== undefined) return { group: g, sign, negated, replace: [recruitment], relation: 'promotes' };
      // "induces MSCs to migrate", "prevents MSCs from migrating": the cells' action is the object.
      // ("induces M1 macrophages to adopt an M2 phenotype": the phenotype the cells take on is the object.)
      const adopted = g.ents.length === 1 ? adoptedPhenotype(v, g.last, stop) : undefined;
      if (adopted) return { group: adopted, sign, negated, steered: true };
      // ("induced T cells to adopt a regulatory phenotype": a phenotype the lexicon does not name is what the verb
      // brings about; the cells themselves are not its object.)
      if (g.ents.length === 1 && takesOnPhenotype(v, g.last)) return undefined;
      const caused = g.ents.length === 1 ? causedAction(v, g.first) : undefined;
      if (caused !== undefined) return { group: g, sign, negated, replace: [caused] };
      const composites = g.ents.length === 1 ? compositesBefore(v, g.first) : undefined;
      // "maintains MSCs in their undifferentiated state": the state the cells are kept in is the object.
      const state = g.ents.length === 1 && !composites ? ownStateAfter(v, g.first) : undefined;
      if (state !== undefined) return { group: single(state), sign, negated };
      // "enhanced Mφ migration": a cell's action noun right after it, when the lexicon has no term for the pair.
      const action = g.ents.length === 1 && !composites && !hasComma(toks[g.last]) ? ownActionAfter(v, g.last) : undefined;
      if (action !== undefined) return { group: g, sign, negated, replace: [action] };
      // "led to fewer osteoclasts", "more TRAP+ cells": a count of cells is how many formed.
      const counted = g.ents.length === 1 && !composites && COUNT_COMPARATIVES.has(word(v, g.first - 1)) ? v.lexicon.activityOf(mentionOf(v, g.first).id) : undefined;
      if (counted !== undefined) return { group: g, sign, negated, replace: [counted] };
      return { group: g, sign, negated, replace: composites };
    }
    if (w === 'no' || w === 'without') { negated = !negated; continue; }
    // "maintains the balance between osteogenesis and adipogenesis": both sides, in no one direction.
    // ("shifted the balance of macrophages toward M2": the phenotype reached gives the direction.)
    if (BALANCE_NOUNS.has(w) && /^(between|of)$/.test(word(v, j + 1)) && !steeredWithin(v, j + 2, stop)) { sign = 0; j++; steps++; continue; }
    // "inhibited the ability of BMP-2 to induce mineralization": what the ability acts on is the object.
    const ability = abilityAt(v, j);
    if (ability) return abilityObject(v, ability.cue, stop, sign, negated);
    // "… the disruption of A and the extension of B": each coordinated phrase has its own direction.
    // "decreased proliferation and enhanced RUNX2": the second verb takes what follows it.
    // (Not a participle describing the noun with an adjective: "inhibits spontaneous and stimulated bone resorption".)
    if ((w === 'and' || w === 'or') && j > at + 1 && verbCueAt(v, j + 1) !== undefined && !participleJoinedToAdjective(v, j + 1)) return undefined;
    // ("TNF-α levels decreased and IL-10 levels increased": right after the verb, a joiner before no verb
    // closes an intransitive clause; what follows is the next clause's subject, not this verb's object.)
    if ((w === 'and' || w === 'or') && j === at + 1 && !isVerbAt(v, j + 1)) return undefined;
    if ((w === 'and' || w === 'or') && !isVerbAt(v, j + 1)) {
      if (j > listChangedUntil) sign = 1;
      continue;
    }
    // ("controlling tissue reaction as well as bone remodeling": a longer coordinator.)
    if (w === 'as' && word(v, j + 1) === 'well' && word(v, j + 2) === 'as' && j > at + 1 && !isVerbAt(v, j + 3)) { sign = 1; j += 2; steps += 2; continue; }
    // "shortens the time (needed) for healing": lengthening a process's time slows it.
    // (Not a modifier's first word: "a time-dependent decrease".)
    if (DURATION_NOUNS.has(w) && toks[j].post !== '-') {
      sign = (-sign) as Sign;
      if (/^(needed|required|taken|necessary)$/.test(word(v, j + 1))) { j++; steps++; }
      continue;
    }
    // "hinders their transition from the M1 to the M2 phenotype"
    if (['from', 'toward', 'towards', 'to', 'into'].includes(w) && isShiftNoun(word(v, j - 1))) {
      const target = phenotypeTarget(v, j, stop);
      if (target) return { group: target.group, sign: (sign * target.sign) as Sign, negated };
    }
    // "leads to impaired bone formation", "results in delayed healing": a participle of change right
    // before the object turns the verb's direction ("reverses impaired bone formation" promotes it).
    // ("resulted in fewer osteoclasts", "led to lower RANKL": an amount compared does the same.)
    // (Not after a verb of making: "produced less NFATc1" is read with the verb, verbClauses' productAmount.)
    const making = lemma !== undefined && makesProduct(VERB_CUES[lemma]?.relation);
    // ("leads to low / poor survival"; not a compound's first word: "low-grade inflammation".)
    const changed = CHANGED_PARTICIPLES[w] ?? (making ? undefined : (toks[j].post !== '-' ? OUTCOME_ADJECTIVES[w] : undefined) ?? SHOWN_AMOUNTS[w]);
    // (Only as a modifier: after the verb's particle, a determiner or a preposition, not as the next verb.)
    // ("39% greater bone loss", "a 2-fold higher osteoclast number": an amount may measure the change.)
    const start = measuredChangeStart(v, j);
    // ("resulted in lower cartilage damage, less pain and less joint inflammation": or opening an item of a list
    // of outcomes, after its comma or "and".)
    const modifies = start <= from || DETERMINERS.has(word(v, start - 1)) || PREPOSITIONS.has(word(v, start - 1))
      || (start - 1 > from && toks[start - 1].ent === undefined && (hasComma(toks[start - 1]) || /^(and|or)$/.test(word(v, start - 1))) && !isVerbAt(v, start));
    // ("restored the impaired osteogenesis": a verb of recovery undoes the change, raising it.)
    // ("upregulated the impaired osteogenic ability": so does any raising verb acting on a loss the article
    // presents as already there, unless it deepens it, "aggravated the impaired healing".)
    // ("augmented a weak inflammatory response": a verb that intensifies what is there raises it whatever the
    // article; "induced a weak response" makes it weak.)
    const intensifies = lemma !== undefined && INTENSIFYING_RELATIONS.has(VERB_CUES[lemma]?.relation ?? '');
    const raisedBack = changed === -1 && lemma !== undefined && VERB_CUES[lemma]?.sign === 1 && !making && !WORSENING_VERBS.has(lemma) && (DETERMINERS.has(word(v, start - 1)) || intensifies);
    const undone = lemma !== undefined && (RECOVERY_VERBS.has(lemma) || raisedBack);
    const changedTerm = changed !== undefined && modifies && toks[j].ent === undefined && !hasComma(toks[j]) ? changesTermAhead(v, j) : -1;
    if (changedTerm >= 0 && changed !== undefined) {
      // ("allogeneic MSCs resulted in less bone formation than autologous MSCs": less than another term's
      // is no claim that the subject lowers it; "more … than" still says it raises it.)
      if (changed === -1 && SHOWN_AMOUNTS[w] !== undefined && comparedWithTerm(v, j)) return undefined;
      // ("human TNF-α induces lower levels of NO", "BMP-2 induced a low level of ALP activity": what a verb of
      // inducing brings about, even a little or less than elsewhere, is no lowering; the amount leaves the
      // direction unsaid.)
      // ("induced impaired healing" still lowers it: a participle of change says which way it went; and
      // "caused lower TNF-α" names the outcome, as "resulted in" does.)
      if (changed === -1 && CHANGED_PARTICIPLES[w] === undefined && !undone && lemma !== undefined && lemma !== 'cause' && VERB_CUES[lemma]?.relation === 'induces') return undefined;
      sign = (sign * (undone ? -changed : changed)) as Sign;
      // (The change governs the list it opens, up to its term: "less pain, osteophytosis and joint inflammation".)
      listChangedUntil = changedTerm;
      continue;
    }
    if (toks[j].ent !== undefined) continue; // a modifier entity ("RANKL-induced"): the head follows
    // "MSCs secrete factors such as IL-6", "several cytokines, including IL-6 and PGE2": the examples of a
    // plain noun are what the verb acts on.
    if (EXAMPLE_OPENERS.has(w) && j > from && toks[j - 1].ent === undefined && toks[j - 1].tags.has('Noun')) {
      if (w === 'such' && word(v, j + 1) === 'as') { j++; steps++; }
      else if (w === 'such') return undefined;
      continue;
    }
    if (OBJECT_STOPPERS.has(w)) return undefined;
    const nominal = objectNominalSign(v, j);
    // ("causes estrogen-loss dependent osteoporosis", "bone loss-induced …": a nominal inside a hyphenated
    // modifier only qualifies the term; it changes nothing the verb does.)
    if (nominal !== undefined && inCompoundModifier(v, j)) continue;
    // ("caused the weakening of Y": a gerund after an article and before "of" is a noun, whatever its tag.)
    // ("improved the impairment of bone formation", "rescued the loss of Y": bettering a loss counters it.)
    if (nominal !== undefined && (!toks[j].tags.has('Verb') || gerundAsNoun(v, j))) { sign = (sign * (nominal === -1 && countersLoss(lemma) ? 1 : nominal)) as Sign; continue; }
    // "enhancing the inhibitory effect on inflammation" inhibits it.
    const effect = EFFECT_ADJECTIVES[w];
    // ("rescued the inhibitory effect of TNF-α on Y": recovering from an inhibition raises Y.)
    if (effect !== undefined && effect !== 0 && EFFECT_NOUNS.has(word(v, j + 1))) { sign = (sign * (effect === -1 && lemma !== undefined && RESCUING_VERBS.has(lemma) ? 1 : effect)) as Sign; continue; }
    // ("increased heme oxygenase-1 expression in macrophages": the product named before a measure noun is what
    // changed, a name the lexicon does not know; the cells after "in" are where.)
    // ("… and protein expression (p < 0.001) in MSCs": past a parenthesis of figures too.)
    const measuredAt = pastFigures(v, j) + 1;
    if (MEASURE_NOUNS.has(w) && j > from && unnamedProductBefore(v, j) && /^(in|within)$/.test(word(v, measuredAt)) && locatedOnCells(v, measuredAt)) return undefined;
    // ("upregulated its target gene SOCS3 in M1 macrophages": a name the lexicon does not know, the first
    // thing the verb takes, changed in cells; the cells after "in" are where, not the object.)
    // (Not a measure noun: "heightens its expression in osteoclast precursors" measures a term named before.)
    // ("increased Arg-1 in macrophages": a name written with a hyphen and a number ends at the number.)
    const nameEnd = numberedNameEnd(v, j);
    // ("increased the CCL20 transcript (p < 0.01) in MSCs": past a parenthesis of figures after the name.)
    const whereAt = pastFigures(v, nameEnd) + 1;
    if ((toks[j].tags.has('Noun') || SCAFFOLD_NOUNS.has(w) || GENE_SYMBOL.test(w)) && !MEASURE_NOUNS.has(w) && /^(in|within)$/.test(word(v, whereAt)) && plainObjectHead(v, at, j) && locatedOnCells(v, whereAt)) return undefined;
    if (SCAFFOLD_NOUNS.has(w) || DETERMINERS.has(w) || COMPOUND_CUES[w] !== undefined) continue;
    if (OBJECT_PASS_WORDS.has(w)) continue;
    if (toks[j].tags.has('Adjective') || toks[j].tags.has('Adverb') || toks[j].tags.has('Value') || toks[j].tags.has('Determiner') || isParticipleAdjective(v, j)) continue;
    // ("a time-dependent decrease": the first part of a hyphenated modifier is no verb.)
    if (toks[j].post === '-' && isHyphenPart(v, j) && nameEnd === j) continue;
    // ("the fate and functional reprogramming of MSCs": a gerund after an adjective, before "of", is a noun.)
    if (gerundAsNoun(v, j)) continue;
    if (isVerbAt(v, j)) return undefined;
    // "inhibiting sclerostin, an inhibitor of bone formation": the verb acts on the plain noun the
    // apposition describes, not on a term inside the description.
    if (toks[j].tags.has('Noun') && hasComma(toks[j]) && APPOSITION_OPENERS.has(word(v, j + 1))) return undefined;
    // "increased the phosphorylation of IRAK1 in hBMSCs": a plain noun after "of" is what changed; the
    // cells after "in" are where, not the object.
    // ("the expression of Wnt16 in primary mouse calvarial osteoblasts": past the cells' modifiers too.)
    if (toks[j].tags.has('Noun') && word(v, j - 1) === 'of' && /^(in|within)$/.test(word(v, whereAt)) && locatedOnCells(v, whereAt)) return undefined;
    // ("reduced CD80 expression on the surface of M1 macrophages": a marker the lexicon does not know,
    // measured on cells.)
    if (isPlainModifierNoun(v, j) && locatedOnCells(v, SCAFFOLD_NOUNS.has(word(v, j + 1)) ? j + 2 : j + 1)) return undefined;
    // ("IL-12 induced apoptosis in TNF-α-mediated osteoclastogenesis": a harm to cells the lexicon has no term
    // for here, then the process it happens in; the verb acts on the harm, not on the process. Only a harm:
    // "efficacy in regenerative medicine" still furthers the process.)
    if (toks[j].tags.has('Noun') && HARM_ACTIONS.has(w) && word(v, j + 1) === 'in' && inProcessAhead(v, j + 2)) return undefined;
    // ("regulates the expression of various genes involved in inflammation": genes a process involves stand
    // for it; the verb acts on the process.)
    if (toks[j].tags.has('Noun') && (INVOLVEMENT_WORDS.has(word(v, j + 1)) || ASSOCIATION_WORDS.has(word(v, j + 1))) && /^(in|to|with)$/.test(word(v, j + 2)) && isEnt(v, j + 3) && !hasComma(toks[j])) { j += 2; steps += 2; continue; }
    if (toks[j].tags.has('Noun')) continue; // "promotes the osteogenic potential of MSCs"
    return undefined;
  }
  return undefined;
}

/**
 * "socs3", "hif1a", "mir-155": a gene or product symbol of letters then digits, which the tagger may not take
 * for a noun. (linear: anchored, character classes in sequence, no nested quantifiers.)
 */
const GENE_SYMBOL = /^[a-z][a-z-]*\d[a-z\d]*$/;

/**
 * "upregulated (its predicted target gene) SOCS3 in …": is the plain noun at j the head of the verb's object,
 * with only articles, possessives, modifiers and plain nouns between the verb at `at` and it?
 */
/** The last token of a name at j written with a hyphen and a number the lexicon does not know ("Arg-1", "MMP-3"): j + 1, or j. */
function numberedNameEnd(v: SentenceView, j: number): number {
  const next = v.toks[j + 1];
  return v.toks[j].ent === undefined && v.toks[j].post === '-' && next !== undefined && next.ent === undefined && next.tags.has('Value') ? j + 1 : j;
}

function plainObjectHead(v: SentenceView, at: number, j: number): boolean {
  if (v.toks[j].ent !== undefined || hasComma(v.toks[j]) || v.toks[j].tags.has('Pronoun')) return false;
  for (let k = at + 1; k < j; k++) {
    const t = v.toks[k];
    if (t.ent !== undefined || hasComma(t) || PREPOSITIONS.has(t.lower) || /^(and|or)$/.test(t.lower)) return false;
  }
  return true;
}

/**
 * "on the surface of M1 macrophages", "in MSCs", "in primary mouse calvarial osteoblasts" from k: a place on
 * or in cells (past a few words that only say which cells).
 */
function locatedOnCells(v: SentenceView, k: number): boolean {
  if (!/^(in|on|within)$/.test(word(v, k))) return false;
  let j = k + 1;
  if (DETERMINERS.has(word(v, j)) && word(v, j + 1) === 'surface' && word(v, j + 2) === 'of') j += 3;
  for (let steps = 0; steps < 4 && j < v.n && !isEnt(v, j) && namesWhichCells(v, j); steps++) j++;
  return isEnt(v, j) && mentionOf(v, j).type === 'cell';
}

/** A word before a cell term that only says which cells: a determiner, an adjective or a plain noun ("mouse"). */
function namesWhichCells(v: SentenceView, j: number): boolean {
  const t = v.toks[j];
  if (t.ent !== undefined || hasComma(t)) return false;
  // ("in activated M1 macrophages": a participle right before the cells describes them.)
  if (t.tags.has('Verb')) return /ed$/.test(t.lower) && isEnt(v, j + 1) && mentionOf(v, j + 1).type === 'cell';
  return DETERMINERS.has(t.lower) || t.tags.has('Adjective') || t.tags.has('Noun');
}

/**
 * "IL-4 inhibits osteoclasts and is a regulator of bone repair": a copula coordinated with an earlier verb
 * shares that verb's subject, not the object just before "and". Undefined when `c` follows no coordinator
 * or the clause before it has no verb with a subject.
 */
function subjectOfCoordinatedCopula(v: SentenceView, c: number): Subject | undefined {
  // ("…, and have been suggested as a promising alternative for Y": past the verb group before "as".)
  let coord = c - 1;
  for (let k = 0; k < 4 && coord > 1 && v.toks[coord].ent === undefined && !hasComma(v.toks[coord]) && (AUXILIARIES.has(word(v, coord)) || BE_FORMS.has(word(v, coord)) || isAdverbish(v, coord) || v.toks[coord].tags.has('PastTense') || v.toks[coord].tags.has('Participle')); k++) coord--;
  if (coord < 1 || !/^(and|but|or)$/.test(word(v, coord))) return undefined;
  const start = clauseStart(v, coord - 1);
  const verb = firstMainVerb(v, start, coord);
  return verb >= 0 ? subjectBefore(v, verb, start) : undefined;
}

/**
 * Who a predicate noun phrase ending its left edge at `c` is said of: the subject of a copula or "as"
 * ("X is a regulator of Y", "X acts as …"), or a term it stands in apposition to ("LRG1, a new regulator
 * of angiogenesis, …"; not "In osteoclasts, a regulator of …", where the term sits in a phrase). With
 * `bareApposition`, the caller has found a plural description closed by a comma, which needs no article.
 */
export function holderOfPredicate(v: SentenceView, c: number, bareApposition = false): Subject | undefined {
  const w = word(v, c);
  // ("The feedback loops allow MSCs to serve as regulators of Y": the infinitive's own subject is the term before "to".)
  if (w === 'as' && word(v, c - 2) === 'to' && isEnt(v, c - 3) && !hasComma(v.toks[c - 3]) && v.toks[c - 1]?.ent === undefined && v.toks[c - 1].tags.has('Verb')) return { group: groupLeft(v, c - 3), reverse: false };
  // ("X represents / constitutes / has become / has been considered a promising approach for Y": verbs that equate like a copula.)
  if (BE_FORMS.has(w) || w === 'as' || w === 'remains' || w === 'remain' || equatesLikeCopula(w)) return subjectOfCoordinatedCopula(v, c) ?? subjectBefore(v, c, clauseStart(v, c));
  // ("Macrophage polarization: a key regulator of bone healing": a title's colon sets off the description too.)
  // ("M2 macrophages: key players in bone regeneration": after a title's colon no article is needed.)
  const colon = isEnt(v, c) && v.toks[c].post.trim() === ':';
  // ("IL-17 and PGE2, well-known inducers of RANKL, …": a closed apposition in the plural needs no article.)
  if (!isEnt(v, c) || !(hasComma(v.toks[c]) || colon) || !(DETERMINERS.has(word(v, c + 1)) || colon || bareApposition)) return undefined;
  const group = groupLeft(v, c);
  // ("the role of LRG1, a new regulator of angiogenesis, in …": after "of" the term is still the one described.)
  return headInfo(v, group.first).prepositional && word(v, prevContent(v, group.first - 1)) !== 'of' ? undefined : { group, reverse: false };
}

/** "… the effects of endometrial cells on": between the verb at `at` and "on" at `on`, an effect noun with "of" and no term after it. */
function unnamedActorsEffectBefore(v: SentenceView, at: number, on: number): boolean {
  for (let k = on - 1; k > at + 1; k--) {
    if (isEnt(v, k)) return false;
    if (word(v, k) === 'of' && EFFECT_NOUNS.has(word(v, k - 1))) return k + 1 < on;
  }
  return false;
}

/**
 * Is the claim's object the target of another term's effect ("… abolished the inhibitory effect of IL-10 on
 * osteoclast formation", the claim's subject not being IL-10)?
 */
export function targetOfAnothersEffect(v: SentenceView, c: ExtractedClaim): boolean {
  if (!c.objectSpan || !c.subjectSpan) return false;
  let on = tokenAtOffset(v, c.objectSpan.start) - 1;
  while (on >= 0 && DETERMINERS.has(word(v, on))) on--;
  if (word(v, on) !== 'on' || !isEnt(v, on - 1)) return false;
  const actor = groupLeft(v, on - 1);
  if (word(v, actor.first - 1) !== 'of' || !EFFECT_NOUNS.has(word(v, actor.first - 2))) return false;
  const subject = tokenAtOffset(v, c.subjectSpan.start);
  return subject < actor.first || subject > actor.last;
}

/**
 * Is the claim's subject a factor the sentence removes ("a neutralizing antibody against IL-6", "CXCR4
 * knockdown", "blocking CXCR4")? Its reading is already reversed; a denial read that way ("… did not
 * inhibit Y") says only that the factor was not needed, which no review statement contradicts.
 */
export function subjectRemoved(v: SentenceView, c: ExtractedClaim): boolean {
  if (!c.subjectSpan) return false;
  const at = tokenAtOffset(v, c.subjectSpan.start);
  if (!isEnt(v, at)) return false;
  return removesActor(v, groupRight(v, at)) || headInfo(v, at).reverse;
}

/** Most tokens after a balance noun in which a phenotype it is steered toward may be named. */
const STEERED_REACH = 10;

/** Does "toward(s)" or "in favo(u)r of" follow within reach of k, before stop ("the balance … toward M2")? */
function steeredWithin(v: SentenceView, k: number, stop: number): boolean {
  for (let j = k; j < Math.min(stop, k + STEERED_REACH); j++) if (/^towards?$/.test(word(v, j)) || (word(v, j) === 'in' && /^favou?r$/.test(word(v, j + 1)))) return true;
  return false;
}
