/**
 * The cue a token starts, if any: a cue verb with its relation and sign, or a multi-word verb (give
 * rise to, derive from, lead to, result in, require, depend on). Noun uses of cue words are no cue.
 */
import type { Sign } from '../../lexicon/relations';
import { ABILITY_DEGREE_ADJECTIVES, ABILITY_HAVING_VERBS, METHOD_MODIFIERS, NOUN_MODIFIERS, CHANGED_PARTICIPLES, COMPOUND_CUES, ASKED_WORDS, EFFECT_VERBS, ASSISTING_VERBS, CAUSING_PARTICIPLES, EXAMPLE_OPENERS, FLOATING_ADJECTIVES, ATTENTION_NOUNS, BECOMING_VERBS, DEPENDING_VERBS, DERIVING_VERBS, FORMED_FROM_PARTICIPLES, FORMING_VERBS, FUSING_VERBS, BEGINNING_VERBS, GIVE_RISE_VERBS, INTERACTING_VERBS, INVOLVING_VERBS, LEADING_VERBS, REQUIRING_VERBS, RESPONDING_ADJECTIVES, RESPONDING_VERBS, RESULTING_VERBS, SIGNALLING_VERBS, ASSOCIATION_ADVERBS, AUXILIARIES, BE_FORMS, DETERMINERS, EFFECT_NOUNS, FLOATING_QUANTIFIERS, INQUIRY_VERB_FORMS, LINEAGE_INTO, LOSS_OF_FUNCTION_COMPOUNDS, LOSS_OF_FUNCTION_NOUNS, MODEL_NOUNS, NEGATORS, NOUN_ONLY_DETERMINERS, NEUTRALIZING_PARTICIPLES, PREPOSITIONS, PROMISE_ADJECTIVES, QUANTITY_NOUNS, SHOWING_VERBS, SINGULAR_DETERMINERS, HOLDING_VERBS, SHOWN_AMOUNTS, SEVERITY_ADJECTIVES, DEVELOPING_VERBS, STUDY_ARM_NOUNS, SHOWN_CHANGE_NOUNS, TREATED_NOUNS, UNCHANGED_PARTICIPLES, VERB_CUES } from '../grammar';
import type { SentenceView } from './view';
import { adverbsBefore, isAdverbish, isEnt, isModifier, isPlainNoun, isVerbAt, mainVerbAfter, measuredChangeStart, mentionOf, pastAdverbs, unknownNameEndsAt, word } from './words';
import { endsClause, hasComma } from '../tokens';
import { describesTreatedCells } from './treatment';
import { groupLeft, groupRight } from './groups';
import { CAPACITY_NOUNS } from '../../entities/capacityFrames';

export interface Cue {
  at: number;
  /** Last token of a multi-word cue (give rise to). */
  lastAt: number;
  relation: string;
  sign: Sign;
  lineage: 'forward' | 'backward' | undefined;
  /** "X requires Y": the grammatical object is the actor. */
  swap?: boolean;
}

/**
 * Is the amount word at i shown ("showed less", "exhibited a 2-fold higher") or held before a term ("had
 * more osteoclasts"; "had higher rates of bone turnover": a noun of quantity may stand before the term)?
 */
function amountShownOrHeld(v: SentenceView, i: number, depth = 0): boolean {
  const before = adverbsBefore(v, measuredChangeStart(v, i) - 1);
  const shower = word(v, before);
  if (SHOWING_VERBS.has(shower)) return true;
  if (HOLDING_VERBS.has(shower)) {
    // ("had lower serum TNF-α", "had higher plasma levels of IL-6": a site or kind of measure may stand between.)
    let k = i + 1;
    while (k <= i + 2 && NOUN_MODIFIERS.has(word(v, k)) && !isEnt(v, k)) k++;
    return isEnt(v, k) || (QUANTITY_NOUNS.has(word(v, k)) && word(v, k + 1) === 'of' && isEnt(v, k + 2));
  }
  // ("showed lower TNF-α and higher IL-10", "had lower bone mass and more osteoclasts": an amount coordinated
  // with an amount shown or held is shown too, with its own direction.)
  const listed = shower === 'and' ? before - 1 : before >= 0 && hasComma(v.toks[before]) ? before : -1;
  if (depth > 3 || listed < 0 || !isEnt(v, listed) || !isEnt(v, i + 1)) return false;
  let first = listed;
  while (first > 0 && isEnt(v, first - 1) && v.toks[first - 1].ent === v.toks[listed].ent) first--;
  while (first > 0 && !isEnt(v, first - 1) && v.toks[first - 1].tags.has('Noun') && SHOWN_AMOUNTS[word(v, first - 1)] === undefined && first > listed - 3) first--;
  // ("showed reduced bone loss and fewer osteoclasts": the first member's change may be a participle.)
  return (SHOWN_AMOUNTS[word(v, first - 1)] !== undefined || CHANGED_PARTICIPLES[word(v, first - 1)] !== undefined) && amountShownOrHeld(v, first - 1, depth + 1);
}

/** Most words qualifying the cells a verb of making makes ("more multinucleated osteoclasts"). */
const MADE_CELLS_REACH = 3;

/**
 * Are cells the object that starts at k ("(more) (multinucleated) osteoclasts"), past a few qualifying words, and
 * its head ("form hematopoietic stem cell niches" makes niches, not cells)?
 */
function cellMadeAfter(v: SentenceView, k: number): boolean {
  let j = k;
  while (j < k + MADE_CELLS_REACH && j < v.n && !isEnt(v, j) && (DETERMINERS.has(word(v, j)) || SHOWN_AMOUNTS[word(v, j)] !== undefined || v.toks[j].tags.has('Adjective'))) j++;
  if (!isEnt(v, j) || mentionOf(v, j).type !== 'cell') return false;
  const last = groupRight(v, j).last;
  const after = v.toks[last + 1];
  return after === undefined || hasComma(v.toks[last]) || after.ent !== undefined || !after.tags.has('Noun');
}

/** Is the severity adjective at i shown, had or developed by a model named right before the verb? */
function severityShown(v: SentenceView, i: number): boolean {
  const verb = adverbsBefore(v, i - 1);
  const w = word(v, verb);
  return (SHOWING_VERBS.has(w) || HOLDING_VERBS.has(w) || DEVELOPING_VERBS.has(w)) && modelBefore(v, verb);
}

/**
 * Does a model animal or cell end right before the verb at i: "IL-10-deficient mice developed …", or one named
 * with what it lacks, "mice lacking IL-10 developed …"?
 */
function modelBefore(v: SentenceView, i: number): boolean {
  let k = adverbsBefore(v, i - 1);
  if (k < 0) return false;
  if (isEnt(v, k)) {
    while (k > 0 && isEnt(v, k - 1)) k--;
    if (!LOSS_OF_FUNCTION_COMPOUNDS.has(word(v, k - 1))) return false;
    k -= 2;
  }
  return k >= 0 && MODEL_NOUNS.has(word(v, k));
}

/** The first token past at most two words naming a site ("severe alveolar bone loss"). */
function pastSiteModifiers(v: SentenceView, k: number): number {
  let j = k;
  while (j < k + 2 && j < v.n && !isEnt(v, j) && NOUN_MODIFIERS.has(word(v, j))) j++;
  return j;
}

/** Is there a receptor term at k, past determiners ("through the OSM receptor")? */
/** "by (the) fusion of" from k: the index of its "of", or -1. */
function fusionOfAt(v: SentenceView, k: number): number {
  if (word(v, k) !== 'by') return -1;
  const noun = word(v, k + 1) === 'the' ? k + 2 : k + 1;
  return word(v, noun) === 'fusion' && word(v, noun + 1) === 'of' ? noun + 1 : -1;
}

/**
 * "acts (mainly) through (a) paracrine signalling": after the verb at i, past adverbs, "through" or "via" and an
 * article, the token of a process or pathway term; -1 when there is none.
 */
function routeAfter(v: SentenceView, i: number): number {
  const k = pastAdverbs(v, i + 1);
  if (word(v, k) !== 'through' && word(v, k) !== 'via') return -1;
  const t = DETERMINERS.has(word(v, k + 1)) ? k + 2 : k + 1;
  if (!isEnt(v, t)) return -1;
  const type = mentionOf(v, t).type;
  return type === 'process' || type === 'pathway' ? t : -1;
}

function receptorAt(v: SentenceView, k: number): boolean {
  let j = k;
  while (j < v.n && DETERMINERS.has(word(v, j)) && v.toks[j].ent === undefined) j++;
  // ("signals via its receptor IL-6R", "via the membrane-bound receptor (mIL-6R)": past the noun "receptor" and a
  // few words describing it.)
  for (let n = 0; n < RECEPTOR_DESCRIPTION_REACH && j < v.n && !isEnt(v, j) && !hasComma(v.toks[j]) && (/^receptors?$/.test(word(v, j)) || v.toks[j].tags.has('Adjective') || v.toks[j].post === '-' || v.toks[j - 1]?.post === '-'); n++) j++;
  return isEnt(v, j) && mentionOf(v, j).type === 'receptor';
}

/** Most words describing a receptor between "via" and its name ("its membrane-bound receptor IL-6R"). */
const RECEPTOR_DESCRIPTION_REACH = 4;

const VERB_CONTEXT_WORDS = new Set(['which', 'that', 'who', 'to', 'also', 'then', 'further', 'thereby']);

const COORDINATORS = new Set(['and', 'or', 'but']);

/**
 * "IL-6 decreased proliferation and enhanced expression of RUNX2": a past form right after "and" whose
 * clause already has a cue verb in the same past form is that verb's coordinate, not a participle
 * describing the noun after it.
 */
function coordinatedWithVerb(v: SentenceView, i: number): boolean {
  if (!COORDINATORS.has(word(v, i - 1))) return false;
  for (let j = i - 2; j >= 0 && j >= i - 10; j--) {
    if (hasComma(v.toks[j]) && j < i - 2) return false;
    if (/ed$/.test(word(v, j)) && v.nlp.cueLemma(word(v, j)) !== undefined && verbCueAt(v, j) !== undefined) return true;
  }
  return false;
}

/** Is the amount word at i right after a form of "be", past adverbs and its measure ("were 40 % lower")? */
function afterCopula(v: SentenceView, i: number): boolean {
  let b = adverbsBefore(v, measuredChangeStart(v, i) - 1);
  // ("40 %": the sign as a token of its own after the number.)
  if (v.toks[b]?.text.trim() === '%' && v.toks[b - 1]?.tags.has('Value') === true) b = adverbsBefore(v, b - 2);
  return BE_FORMS.has(word(v, b));
}

/** "the relapse of orthodontically treated teeth": a preposition or determiner before a participle's adverbs opens a noun phrase. */
function opensNounPhrase(v: SentenceView, k: number): boolean {
  return k >= 0 && (PREPOSITIONS.has(word(v, k)) || DETERMINERS.has(word(v, k))) && !hasComma(v.toks[k]);
}

/** Is w a word after which no finite verb stands: an article, a possessive, a preposition other than "to" and "than"? */
function noVerbAfter(w: string): boolean {
  return NOUN_ONLY_DETERMINERS.has(w) || (PREPOSITIONS.has(w) && w !== 'to' && w !== 'than');
}

/**
 * Does the phrase ending at k go back, with no verb, to a word opening examples ("including", "such as")?
 * Not past "and" / "or": that list has ended ("cytokines, such as IL-10 and TGF-β, enhanced …").
 */
function inExampleList(v: SentenceView, k: number): boolean {
  for (let j = k; j >= 0; j--) {
    if (EXAMPLE_OPENERS.has(word(v, j))) return true;
    if (endsClause(v.toks[j]) || (j < k && isVerbAt(v, j)) || word(v, j) === 'and' || word(v, j) === 'or') return false;
  }
  return false;
}

/** Most words of a noun phrase between a verb and a participle glued to it as a modifier. */
const OBJECT_NOUN_REACH = 3;

/**
 * Is the token before i a plain noun (no term, no comma) that ends the object of a finite verb or of a
 * preposition just before it ("repairs wear particle | induced", "of wear particle | induced")? Then a
 * participle at i modifies the noun after it.
 */
function objectNounBefore(v: SentenceView, i: number): boolean {
  const t = v.toks[i - 1];
  if (t === undefined || t.ent !== undefined || hasComma(t) || !t.tags.has('Noun') || t.tags.has('Pronoun')) return false;
  for (let j = i - 2; j >= 0 && j >= i - 1 - OBJECT_NOUN_REACH; j--) {
    const u = v.toks[j];
    if (u.ent !== undefined || hasComma(u)) return false;
    // ("in a mouse model of wear particle induced osteolysis": or a bare singular noun of a prepositional
    // phrase right before a term; "injection of MSCs into osteoarthritic mice lowered both …" has its verb.)
    // (Only participles of causing, which authors glue to a cause without a hyphen: "treatment by Celecoxib
    // decreased PGE2" keeps its verb.)
    if (PREPOSITIONS.has(u.lower)) return CAUSING_PARTICIPLES.has(word(v, i)) && !t.tags.has('Plural') && v.toks[i + 1]?.ent !== undefined;
    if (isVerbAt(v, j)) return !/(?:ed|ing)$/.test(u.lower) && !BE_FORMS.has(u.lower) && !AUXILIARIES.has(u.lower);
    if (!(u.tags.has('Noun') || u.tags.has('Adjective')) || u.tags.has('Pronoun')) return false;
  }
  return false;
}

/** Most words back from "and" to the first item of a list of noun phrases ("a blunted expression of A, B and C, and …"). */
const PARALLEL_ITEM_REACH = 16;

/**
 * Is the participle at i, right after "and", the next item of a list whose first item is an article, a
 * participle and a noun ("a blunted expression …, and reduced mineral deposition")?
 */
function parallelParticipleItem(v: SentenceView, i: number): boolean {
  if (word(v, i - 1) !== 'and' || (v.toks[i + 1]?.ent === undefined && v.toks[i + 1]?.tags.has('Noun') !== true)) return false;
  for (let j = i - 3; j >= 0 && j >= i - 1 - PARALLEL_ITEM_REACH; j--) {
    if (/[;.:]/.test(v.toks[j].post)) return false;
    if (DETERMINERS.has(word(v, j)) && /ed$/.test(word(v, j + 1)) && v.toks[j + 1].ent === undefined && (v.toks[j + 2]?.tags.has('Noun') || isEnt(v, j + 2))) {
      // (After a verb with a direction of its own, "caused a reduced inflammation and enhanced bone formation",
      // either reading gives the subject the change: the coordinate verb is kept.)
      const verb = isVerbAt(v, j - 1) ? j - 1 : isVerbAt(v, j - 2) ? j - 2 : -1;
      return verb >= 0 && (VERB_CUES[v.nlp.cueLemma(word(v, verb)) ?? '']?.sign ?? 0) === 0;
    }
  }
  return false;
}

/** Is the token before i a plain adjective (no adverb, participle, term or floating word)? */
function adjectiveBefore(v: SentenceView, i: number): boolean {
  const t = v.toks[i - 1];
  return t !== undefined && t.ent === undefined && t.tags.has('Adjective') && !t.tags.has('Adverb') && !t.tags.has('Verb') && !/(?:ed|ing|ly)$/.test(t.lower) && !FLOATING_ADJECTIVES.has(t.lower) && !hasComma(t);
}

/** "force-|induced| osteoblastic differentiation": is the word at k only the first part of a compound glued to a participle of causing? */
function opensGluedCompound(v: SentenceView, k: number): boolean {
  return v.toks[k]?.post === '-' && COMPOUND_CUES[word(v, k + 1)] !== undefined;
}

/** Relations of a verb of making ("secrete", "produce", "express"), after which an amount is compared. */
export function makesProduct(relation: string | undefined): boolean {
  return relation === 'secretes' || relation === 'expresses';
}

/** Is token k a word that may stand inside a noun phrase before its head ("a", "significant", "2-fold")? */
function premodifies(v: SentenceView, k: number): boolean {
  const t = v.toks[k];
  return t.ent === undefined && (DETERMINERS.has(t.lower) || t.lower === 'fold' || t.tags.has('Adjective') || t.tags.has('Value') || isAdverbish(v, k));
}

/** Is token i a change noun that heads its phrase ("a significant decrease in", "increases of")? */
function changeNounAt(v: SentenceView, i: number): Sign | undefined {
  const next = word(v, i + 1);
  return next === 'in' || next === 'of' ? SHOWN_CHANGE_NOUNS[word(v, i)] : undefined;
}

/** Is token j a verb of making ("produce", "secrete")? */
function makingVerbAt(v: SentenceView, j: number): boolean {
  const lemma = v.nlp.cueLemma(word(v, j));
  return lemma !== undefined && makesProduct(VERB_CUES[lemma]?.relation);
}

/**
 * "IL-4-treated cells showed significant decreases in NFATc1", "IL-4 produced a marked reduction of
 * osteoclast formation": a change noun after a verb of showing or making is the change the subject shows
 * or brings about. Its sign, when token i is one.
 */
export function shownChange(v: SentenceView, i: number): Sign | undefined {
  const change = changeNounAt(v, i);
  if (change === undefined) return undefined;
  let k = i - 1;
  while (k >= 0 && premodifies(v, k)) k--;
  // ("IL-6-deficient mice had a marked decrease in …", "TRAF6-deficient mice have defects in …": a verb of
  // having shows what its subject has, as a verb of showing does.)
  return k >= 0 && (SHOWING_VERBS.has(word(v, k)) || HOLDING_VERBS.has(word(v, k)) || makingVerbAt(v, k)) ? change : undefined;
}

/** "produced a marked reduction of …": a verb of making whose object is a change noun makes nothing itself. */
function makesChange(v: SentenceView, i: number): boolean {
  let k = i + 1;
  while (k < v.n && premodifies(v, k)) k++;
  return k > i + 1 && changeNounAt(v, k) !== undefined;
}

/** A noun of notice at j, past up to two adjectives or quantity words ("great", "a lot of", "increasing"). */
function attentionObject(v: SentenceView, j: number): boolean {
  for (let k = j; k < j + 4 && k < v.n; k++) {
    if (ATTENTION_NOUNS.has(word(v, k))) return true;
    const t = v.toks[k];
    if (t.ent !== undefined || hasComma(t) || !(t.tags.has('Adjective') || /^(a|lot|of|much|more|wide|great)$/.test(t.lower))) return false;
  }
  return false;
}

/**
 * "produced by osteoblasts and activated T cells", "from monocytes and stimulated macrophages": a past
 * participle right after "and" or "or", before cells, in a list of cells that a preposition opens, describes
 * the cells after it; it is no verb coordinated with the sentence's own.
 */
function describesListedCells(v: SentenceView, i: number): boolean {
  if (!/ed$/.test(word(v, i)) || !/^(and|or)$/.test(word(v, i - 1)) || !isEnt(v, i + 1) || mentionOf(v, i + 1).type !== 'cell') return false;
  if (!isEnt(v, i - 2) || mentionOf(v, i - 2).type !== 'cell') return false;
  return PREPOSITIONS.has(word(v, groupLeft(v, i - 2).first - 1));
}

export function verbCueAt(v: SentenceView, i: number): Cue | undefined {
  const t = v.toks[i];
  if (t === undefined || t.ent !== undefined) return undefined;
  // "IFN-γ-licensed MSCs": the participle of a compound describes the cells; it is no verb.
  if (i > 0 && isModifier(v, i - 1)) return undefined;
  if (i > 1 && describesListedCells(v, i)) return undefined;
  const w = t.lower;
  // "its cytokine-inducing function", "osteoclast-inhibiting factors": a present participle glued to the
  // word before it is a compound adjective whose object is that word; it is no verb of the sentence.
  if (i > 0 && /ing$/.test(w) && (v.toks[i - 1].post === '-' || t.pre === '-')) return undefined;
  // (Unhyphenated after a term that is no cell, before a plain noun: "NFκB stimulating ligands" are ligands
  // that stimulate NF-κB; "MSCs secreting factors" is still the cells' verb.)
  if (i > 0 && /ing$/.test(w) && v.toks[i - 1].ent !== undefined && v.toks[i - 1].post === ' ' && mentionOf(v, i - 1).type !== 'cell' && isPlainNoun(v, i + 1) && v.toks[i + 1].tags.has('Plural') && !hasComma(t)) return undefined;
  // ("trauma-induced compromised healing", "age-related": a past participle glued to a plain noun before it
  // is a compound adjective as well, not the sentence's verb; "down-regulated" is a verb.)
  if (i > 0 && /ed$/.test(w) && v.toks[i - 1].post === '-' && v.toks[i - 1].ent === undefined && v.toks[i - 1].tags.has('Noun') && !v.toks[i - 1].tags.has('Adverb')) return undefined;
  // "immunomodulatory effects impacting macrophages": the participle leads an effect noun to its target
  // (the effect-noun rule reads it), it is no verb of its own.
  if (i > 0 && /ing$/.test(w) && EFFECT_NOUNS.has(word(v, i - 1)) && !hasComma(v.toks[i - 1])) return undefined;
  // ("attributed to changes in MSCs", "owing to increases in IL-6": after "to", a form in -s is a plural noun;
  // an infinitive is bare. Not "to focus", "to discuss", "to bias".)
  if (i > 0 && word(v, i - 1) === 'to' && /(?:[^aius]s|es)$/.test(w)) return undefined;
  // ("due to a differentiation block in the osteoclast lineage": after "a" and a singular noun, a bare form
  // cannot agree as a verb; it heads the noun phrase.)
  // (The noun may be a process the paragraph's cells make a term: "a [differentiation] block".)
  if (i > 1 && SINGULAR_DETERMINERS.has(word(v, i - 2)) && (isPlainNoun(v, i - 1) || (isEnt(v, i - 1) && mentionOf(v, i - 1).type === 'process')) && !v.toks[i - 1].tags.has('Plural') && !/(?:s|ed|ing)$/.test(w)) return undefined;
  const next = word(v, i + 1);
  // ("reverse transcription PCR": a method's name, no verb.)
  if (METHOD_MODIFIERS[w]?.includes(next)) return undefined;
  // ("IL-10 gene transfer inhibited TNF", "the IL-10 gene transfer group": after "gene", a bare verb form is a noun.)
  if (i > 0 && word(v, i - 1) === 'gene' && !/(?:s|ed|ing)$/.test(w)) return undefined;
  // ("Exosomes have attracted great attention for …": a verb whose object is a noun of notice acts on nothing.)
  if (attentionObject(v, i + 1)) return undefined;
  // "aiming to determine the role of X", "to determine whether …": a verb of inquiry before what is asked
  // is no cue, though "X determines Y" is one.
  if (INQUIRY_VERB_FORMS.has(w) && (ASKED_WORDS.has(next) || (DETERMINERS.has(next) && EFFECT_NOUNS.has(word(v, i + 2))))) return undefined;
  // "TSG-6-silenced MSCs", "IL-6-depleted medium": a participle of removal glued to a term makes a model
  // that lacks it (scope.ts isLossModifier); it is no verb.
  if (i > 0 && v.toks[i - 1].ent !== undefined && v.toks[i - 1].post === '-' && LOSS_OF_FUNCTION_COMPOUNDS.has(w)) return undefined;
  // ("IL-6 silenced MSCs showed reduced migration": written without its hyphen before cells that have a verb
  // of their own after them, it is still the cells' description.)
  if (i > 0 && v.toks[i - 1].ent !== undefined && LOSS_OF_FUNCTION_COMPOUNDS.has(w) && isEnt(v, i + 1) && mentionOf(v, i + 1).type === 'cell' && mainVerbAfter(v, i + 2)) return undefined;
  // "an IL-4 neutralizing antibody": the participle between a term and a loss noun names the antibody's
  // kind (the term is removed, scope.ts removesActor); it is no verb.
  if (i > 0 && v.toks[i - 1].ent !== undefined && NEUTRALIZING_PARTICIPLES.has(w) && LOSS_OF_FUNCTION_NOUNS.has(next)) return undefined;
  // "TNF-α expression was lower in M2 macrophages": after a form of "be", "lower" compares; it is no verb.
  if ((w === 'lower' || w === 'higher') && BE_FORMS.has(word(v, adverbsBefore(v, i - 1)))) return undefined;
  if (GIVE_RISE_VERBS.has(w) && next === 'rise' && word(v, i + 2) === 'to') return { at: i, lastAt: i + 2, relation: 'differentiates-into', sign: 0, lineage: 'forward' };
  if (BECOMING_VERBS.has(w) && (LINEAGE_INTO.has(next) || /^becom|^became/.test(w))) {
    return { at: i, lastAt: /^becom|^became/.test(w) ? i : i + 1, relation: 'differentiates-into', sign: 0, lineage: 'forward' };
  }
  if (DERIVING_VERBS.has(w) && next === 'from') return { at: i, lastAt: i + 1, relation: 'differentiates-into', sign: 0, lineage: 'backward' };
  // ("osteoclasts are formed from monocytes", "formed by the fusion of precursors"; the pair must be cells,
  // which emitPairs checks for every lineage.)
  if (FORMED_FROM_PARTICIPLES.has(w)) {
    const fusionOf = fusionOfAt(v, i + 1);
    if (next === 'from' || fusionOf >= 0) return { at: i, lastAt: next === 'from' ? i + 1 : fusionOf, relation: 'differentiates-into', sign: 0, lineage: 'backward' };
  }
  // ("Marrow macrophages formed multinucleated osteoclasts": an active verb of making with cells as its object.)
  if (FORMING_VERBS.has(w) && !BE_FORMS.has(word(v, adverbsBefore(v, i - 1))) && cellMadeAfter(v, i + 1)) return { at: i, lastAt: i, relation: 'differentiates-into', sign: 0, lineage: 'forward' };
  if (FUSING_VERBS.has(w) && (LINEAGE_INTO.has(next) || (next === 'to' && word(v, i + 2) === 'form'))) {
    return { at: i, lastAt: next === 'to' ? i + 2 : i + 1, relation: 'differentiates-into', sign: 0, lineage: 'forward' };
  }
  if (LEADING_VERBS.has(w) && next === 'to') return { at: i, lastAt: i + 1, relation: 'promotes', sign: 1, lineage: undefined };
  if (RESULTING_VERBS.has(w) && next === 'in' && !resultsAsNoun(v, i)) return { at: i, lastAt: i + 1, relation: 'promotes', sign: 1, lineage: undefined };
  if (ASSISTING_VERBS.has(w) && next === 'in') return { at: i, lastAt: i + 1, relation: 'promotes', sign: 1, lineage: undefined };
  // "is required for" is a requirement adjective (a nominal rule), not the verb "requires".
  // "the factor required for osteoclastogenesis": a reduced relative; what is required acts, no swap.
  if (REQUIRING_VERBS.has(w) && next === 'for' && /ed$/.test(w) && !BE_FORMS.has(word(v, i - 1))) return { at: i, lastAt: i + 1, relation: 'promotes', sign: 1, lineage: undefined };
  if (REQUIRING_VERBS.has(w) && !BE_FORMS.has(word(v, i - 1))) return { at: i, lastAt: i, relation: 'promotes', sign: 1, lineage: undefined, swap: true };
  if (DEPENDING_VERBS.has(w) && next === 'on') return { at: i, lastAt: i + 1, relation: 'promotes', sign: 1, lineage: undefined, swap: true };
  // ("Bone repair involves MSCs and macrophages": the participants act on the process, with no direction.)
  if (INVOLVING_VERBS.has(w)) return { at: i, lastAt: i, relation: 'regulates', sign: 0, lineage: undefined, swap: true };
  // ("Bone repair begins with an inflammatory phase": the first stage takes part in the process.)
  if (BEGINNING_VERBS.has(w) && next === 'with') return { at: i, lastAt: i + 1, relation: 'regulates', sign: 0, lineage: undefined, swap: true };
  if (RESPONDING_VERBS.has(w) && next === 'to') return { at: i, lastAt: i + 1, relation: 'regulates', sign: 0, lineage: undefined, swap: true };
  if (RESPONDING_ADJECTIVES.has(w) && next === 'to' && BE_FORMS.has(word(v, adverbsBefore(v, i - 1)))) return { at: i, lastAt: i + 1, relation: 'regulates', sign: 0, lineage: undefined, swap: true };
  // "MSCs are capable of immunomodulation": what the subject can do, named as a process ("capable of
  // inhibiting …" leaves the gerund to be the verb).
  if (w === 'capable' && next === 'of' && BE_FORMS.has(word(v, adverbsBefore(v, i - 1))) && !/ing$/.test(word(v, i + 2))) return { at: i, lastAt: i + 1, relation: 'promotes', sign: 1, lineage: undefined };
  // ("Grafted MSCs have the capacity for homing", "retain a strong potential for osteogenic differentiation":
  // having the ability to do what a term names is doing it, as being capable of it is.)
  const ability = ABILITY_HAVING_VERBS.has(w) ? abilityPrepositionAfter(v, i) : -1;
  if (ability >= 0) return { at: i, lastAt: ability, relation: 'promotes', sign: 1, lineage: undefined };
  // "OSM acts through OSMR", "IL-6 signals via gp130": a factor acting through a receptor binds it.
  if (SIGNALLING_VERBS.has(w) && (next === 'through' || next === 'via') && receptorAt(v, i + 2)) return { at: i, lastAt: i + 1, relation: 'binds', sign: 0, lineage: undefined };
  // ("MSCs act (mainly) through paracrine signalling", "act via a paracrine mechanism": acting through a process
  // or a pathway the lexicon names is a link with no direction.)
  const route = SIGNALLING_VERBS.has(w) ? routeAfter(v, i) : -1;
  if (route >= 0) return { at: i, lastAt: route - 1, relation: 'regulates', sign: 0, lineage: undefined };
  // ("IL-6 acts on MSCs", "IL-4 signals in macrophages": a factor acting on or signalling in a term is a link
  // with no direction; "acts in synergy with" is the companion rule's.)
  // (A bare "signal" or "act" right after a term or an article is a noun: "transduced the IL-1β signal in MSCs".)
  const nounLike = (w === 'signal' || w === 'act') && i > 0 && (isEnt(v, i - 1) || DETERMINERS.has(word(v, i - 1)));
  if (SIGNALLING_VERBS.has(w) && !nounLike && (next === 'on' || next === 'upon' || (next === 'in' && isEnt(v, i + 2) && mentionOf(v, i + 2).type === 'cell'))) return { at: i, lastAt: i + 1, relation: 'regulates', sign: 0, lineage: undefined };
  // "MSCs interact / communicate with macrophages": a link with no direction.
  if (INTERACTING_VERBS.has(w) && next === 'with') return { at: i, lastAt: i + 1, relation: 'regulates', sign: 0, lineage: undefined };
  // ("RANKL-deficient mice had no osteoclasts / lack osteoclasts": what model animals or cells are without,
  // named as a term right after, is a loss the model shows.)
  if (i > 0 && isEnt(v, i + 1) && (w === 'no' || /^(lack|lacks|lacked)$/.test(w))) {
    const before = adverbsBefore(v, i - 1);
    const model = w === 'no' ? (HOLDING_VERBS.has(word(v, before)) ? adverbsBefore(v, before - 1) : -1) : before;
    if (model >= 0 && MODEL_NOUNS.has(word(v, model))) return { at: i, lastAt: i, relation: 'reduces', sign: -1, lineage: undefined };
  }
  // ("IL-10-deficient mice exhibited severe bone loss", "… developed marked bone erosion": a severity shown is
  // more of the term than the controls show.)
  if (SEVERITY_ADJECTIVES.has(w) && isEnt(v, pastSiteModifiers(v, i + 1)) && severityShown(v, i)) return { at: i, lastAt: i, relation: 'increases', sign: 1, lineage: undefined };
  // ("IL-10-deficient mice developed bone loss": a model animal comes down with the term.)
  if (DEVELOPING_VERBS.has(w) && isEnt(v, pastSiteModifiers(v, i + 1)) && modelBefore(v, i)) return { at: i, lastAt: i, relation: 'increases', sign: 1, lineage: undefined };
  // "IL-4-treated cells showed less NFATc1": an amount compared after a verb of showing is a change.
  const amount = SHOWN_AMOUNTS[w];
  // ("TNF-α levels were 40% lower in …": an amount after a form of "be", past its measure, is what the subject
  // was, not the verb "to lower".)
  if (amount !== undefined && afterCopula(v, i)) return undefined;
  // ("showed 39% greater …", "exhibited a 2-fold higher …": an amount may measure it.)
  // ("showed significantly more …": adverbs may stand between.)
  // ("IL-4-deficient mice had more osteoclasts": a verb of having does the same before the amount of a
  // term; "have more potent effects" compares no amount.)
  if (amount !== undefined && amountShownOrHeld(v, i)) return { at: i, lastAt: i, relation: amount > 0 ? 'increases' : 'reduces', sign: amount, lineage: undefined };
  const shown = shownChange(v, i);
  if (shown !== undefined) return { at: i, lastAt: i, relation: shown > 0 ? 'increases' : 'reduces', sign: shown, lineage: undefined };
  // ("produced lower amounts of TNF-α": the amount after a verb of making is no verb "to lower".)
  if (amount !== undefined && i > 0) {
    const before = v.nlp.cueLemma(word(v, i - 1));
    if (before !== undefined && makesProduct(VERB_CUES[before]?.relation)) return undefined;
  }
  // "MSC migration was unaffected by IL-1β": a participle of no change before its agent is a neutral cue,
  // denied by its own prefix (polarity reads it).
  if (UNCHANGED_PARTICIPLES.has(w) && next === 'by') return { at: i, lastAt: i, relation: 'regulates', sign: 0, lineage: undefined };
  const lemma = v.nlp.cueLemma(w);
  if (lemma === undefined) return undefined;
  // ("CIA control group", "BMSC intervention group": a word right before a study arm's noun names the arm.)
  if (STUDY_ARM_NOUNS.has(next)) return undefined;
  // "a direct inhibitor of …", "its control", "via direct contact", "under control conditions": right after an
  // article, a possessive or a preposition (not "to", nor "than" of "rather than") a plain cue word is a noun
  // or an adjective ("direct" as a verb is a cue). Participles keep their own tests below.
  if (noVerbAfter(word(v, i - 1)) && !/(?:ed|ing)$/.test(w)) return undefined;
  // ("studies of cell lines, with limited use of primary osteoclasts", "mice with reduced bone mass": right
  // after a preposition a past participle describes the noun that follows; a preposition takes no clause.)
  if (/ed$/.test(w) && i > 0 && noVerbAfter(word(v, i - 1)) && !hasComma(v.toks[i - 1])) return undefined;
  // ("IL-4 has direct effects on osteoclasts", "exerts opposing effects": after a verb of having or exerting,
  // a plain cue word, or a present participle before a noun, is an adjective; no verb's base form follows "has".)
  if (EFFECT_VERBS.has(word(v, i - 1)) && (!/(?:ed|en|ing)$/.test(w) || (/ing$/.test(w) && v.toks[i + 1]?.ent === undefined && v.toks[i + 1]?.tags.has('Noun') === true))) return undefined;
  // ("the effect of IL-17 functional block on …": right after a plain adjective, a cue word heads a noun.)
  if (adjectiveBefore(v, i) && !/(?:ed|ing)$/.test(w)) return undefined;
  if (makesProduct(VERB_CUES[lemma]?.relation) && makesChange(v, i)) return undefined;
  // "IL-10 treated macrophages": the participle describes the cells; it is no verb.
  if (describesTreatedCells(v, i)) return undefined;
  // "release of IL-6", "increase of …": a cue word followed by "of" is a noun here, not a verb.
  if (next === 'of' && !isEnt(v, i - 1) && !AUXILIARIES.has(word(v, i - 1))) return undefined;
  // "sustained release of …", "an increased expression of …": a participle describing a noun.
  const after = v.toks[i + 1];
  // (After a comma that closes an aside, "Macrophages, regardless of …, enhanced chemotaxis", it is the verb.)
  // ("IL-1β exposure downregulated collagen …": after a term's treatment noun it is the verb.)
  // ("showed increased cell proliferation": after a verb of showing the participle is what is shown, a cue.)
  if (/ed$/.test(w) && !coordinatedWithVerb(v, i) && !isEnt(v, i - 1) && !SHOWING_VERBS.has(word(v, adverbsBefore(v, i - 1))) && !(TREATED_NOUNS.has(word(v, i - 1)) && isEnt(v, i - 2)) && !AUXILIARIES.has(word(v, i - 1)) && !(i > 0 && isAdverbish(v, i - 1) && !opensNounPhrase(v, adverbsBefore(v, i - 1))) && !(i > 0 && hasComma(v.toks[i - 1]) && word(v, i + 2) !== 'of') && after?.ent === undefined
    && after?.tags.has('Noun') && !after?.tags.has('Pronoun') && next !== 'by' && !opensGluedCompound(v, i + 1)) return undefined;
  // "Prolonged inflammation enhances …", "the activated macrophages": a participle opening a noun phrase.
  // ("a key issue for impaired diabetic wound healing": past one plain adjective too.)
  const termAfter = after?.ent !== undefined || (after !== undefined && after.tags.has('Adjective') && !after.tags.has('Verb') && !after.tags.has('Noun') && v.toks[i + 2]?.ent !== undefined);
  // ("Inflammatory licensed MSCs promote …": past one adjective that opens the sentence, too; not after an
  // article, where the tagger may take a noun for one: "The ceramic induced osteogenesis".)
  const opensPhrase = (k: number): boolean => k < 0 || DETERMINERS.has(word(v, k)) || PREPOSITIONS.has(word(v, k));
  const adjectiveOpening = i === 1 && v.toks[0].ent === undefined && v.toks[0].tags.has('Adjective') && !v.toks[0].tags.has('Verb');
  // ("IL-17 and IL-6 each stimulated osteoclastogenesis": a quantifier floating off a term opens no phrase.)
  if (/ed$/.test(w) && termAfter && ((opensPhrase(i - 1) && !floatsOffTerm(v, i - 1)) || adjectiveOpening)) return undefined;
  // ("Interleukin-4 repairs wear particle induced osteolysis": a participle after a noun that is the object of
  // the verb before it describes what follows; it is no second verb.)
  if (/ed$/.test(w) && objectNounBefore(v, i)) return undefined;
  // ("involved a blunted expression of osterix, and reduced mineral deposition": an item of a list whose first
  // item opens with an article and a participle is that kind of noun phrase too.)
  if (/ed$/.test(w) && parallelParticipleItem(v, i)) return undefined;
  // ("challenges, including poor vascularization, limited osteoinduction …": an item of a list of examples.)
  if (/ed$/.test(w) && after?.ent !== undefined && i > 0 && hasComma(v.toks[i - 1]) && inExampleList(v, i - 1)) return undefined;
  // ("of trauma-induced compromised fracture healing": past a glued compound adjective, still a noun phrase.)
  if (/ed$/.test(w) && after?.ent !== undefined && i > 2 && v.toks[i - 2].post === '-' && v.toks[i - 2].ent === undefined && (DETERMINERS.has(word(v, i - 3)) || PREPOSITIONS.has(word(v, i - 3)))) return undefined;
  // "cartilage damage,", "tissue repair in …": the head of a noun compound, not a verb.
  const before = v.toks[i - 1];
  if (t.tags.has('Noun') && before && before.ent === undefined && before.tags.has('Noun') && !before.tags.has('Pronoun') && !before.tags.has('Plural')
    && (hasComma(t) || PREPOSITIONS.has(next) || next === 'and' || next === '')) return undefined;
  // A noun use ("an increase in", "the release of") is a nominal cue, not a verb.
  if (t.tags.has('Noun') && !t.tags.has('Verb')) {
    const p = word(v, i - 1);
    const verbContext = isEnt(v, i - 1) || AUXILIARIES.has(p) || NEGATORS.has(p) || VERB_CONTEXT_WORDS.has(p) || (i > 0 && isAdverbish(v, i - 1));
    if ((p !== 'that' && DETERMINERS.has(p) && !floatsOffTerm(v, i - 1)) || (t.tags.has('Plural') && !verbContext)) return undefined;
  }
  if (lemma === 'differentiate') {
    if (!LINEAGE_INTO.has(next)) return undefined;
    return { at: i, lastAt: i + 1, relation: 'differentiates-into', sign: 0, lineage: 'forward' };
  }
  const cue = VERB_CUES[lemma];
  // "IFN-γ negatively regulates MSC proliferation": an adverb of direction gives a neutral verb its sign.
  const directed = cue.sign === 0 ? ASSOCIATION_ADVERBS[word(v, i - 1)] : undefined;
  if (directed) return { at: i, lastAt: i, relation: directed > 0 ? 'promotes' : 'inhibits', sign: directed, lineage: undefined };
  return { at: i, lastAt: i, relation: cue.relation, sign: cue.sign, lineage: undefined };
}

/**
 * "have the capacity for homing", "possess a strong potential for differentiation": past an article or a
 * possessive (not "no", a denial left to polarity) and words of degree, a noun of ability and "for" or "of" before a term that is no cell (not
 * "the capacity of MSCs to migrate", a frame of its own): the index of "for" / "of", or -1.
 */
function abilityPrepositionAfter(v: SentenceView, i: number): number {
  let k = i + 1;
  if (NOUN_ONLY_DETERMINERS.has(word(v, k))) k++;
  while (k <= i + 3 && ABILITY_DEGREE_ADJECTIVES.has(word(v, k))) k++;
  if (!CAPACITY_NOUNS.has(word(v, k)) || (word(v, k + 1) !== 'for' && word(v, k + 1) !== 'of')) return -1;
  return isEnt(v, k + 2) && mentionOf(v, k + 2).type !== 'cell' ? k + 1 : -1;
}

/**
 * "IL-1β and TNF-α both increase …": is the word at `k` a quantifier floating off the term (or unknown
 * factor, "IL-17 and IL-32 each") before it?
 */
function floatsOffTerm(v: SentenceView, k: number): boolean {
  return FLOATING_QUANTIFIERS.has(word(v, k)) && (isEnt(v, k - 1) || unknownNameEndsAt(v, k - 1));
}

/**
 * "showed promising results in osteoarthritis", "the results in mice": "results" after an article, a
 * possessive, an adjective (of promise or any other) or a verb of showing is the noun, not the verb of
 * "results in".
 */
function resultsAsNoun(v: SentenceView, i: number): boolean {
  if (word(v, i) !== 'results') return false;
  const p = word(v, i - 1);
  return NOUN_ONLY_DETERMINERS.has(p) || PROMISE_ADJECTIVES.has(p) || SHOWING_VERBS.has(p) || (i > 0 && v.toks[i - 1].ent === undefined && v.toks[i - 1].tags.has('Adjective'));
}
