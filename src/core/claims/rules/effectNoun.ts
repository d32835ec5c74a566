/**
 * Effect nouns: "an inhibitory effect of IL-4 on NFATc1", "the biphasic effects of IFN-γ on
 * osteoclastogenesis", "IL-1 plays a key role in osteolysis", "X had no effect on Y", "X is involved
 * in Y". An adjective of direction gives the claim its sign; without one the claim is a sign-neutral
 * link (regulates), which the review supports when it relates the pair at all.
 */
import { relationOfSign, type Sign } from '../../lexicon/relations';
import {
  ACTION_ADJECTIVES, AUXILIARIES, EFFECT_PHRASE_OPENERS, BE_FORMS, RESULT_NOUNS, SCARCITY_WORDS, REQUIREMENT_ADJECTIVES, BEYOND_WORDS, COMPARISON_ADJECTIVES, COMPOUND_CUES, COOPERATION_VERBS, TAKING_WORDS, DEFINITE_WORDS, DETERMINERS, LOSS_OF_FUNCTION_NOUNS, MEDIUM_NOUNS, MEANS_PREPOSITIONS, NEAR_NONE_WORDS, EFFECT_ADJECTIVES, FURTHER_WORK_WORDS, OPEN_QUESTION_VERBS, EFFECT_PARTICIPLES, EFFECT_TARGETS, EFFECT_NOUNS, EFFECT_VERBS, EXAMPLE_OPENERS, SIGNED_EFFECT_NOUNS, GIVING_NOUNS, TREATED_NOUNS, VALUE_ADJECTIVES, INQUIRY_VERB_FORMS, INVOLVEMENT_WORDS, NEGATORS, NEUTRAL_NOMINALS, NOMINAL_CUES, NOUN_MODIFIERS, OBSERVATION_WORDS, ROLE_NOUNS, SCAFFOLD_NOUNS, SET_OFF_CONNECTIVES, SETTLED_WORDS, SIGNAL_NOUNS, SINGLING_OUT_WORDS, SOURCE_PARTICIPLES, UNSETTLED_WORDS, PURPOSE_INQUIRY_VERBS,
  REVERSING_PREFIXES, VERB_CUES,
} from '../grammar';
import { emitPairs, type ClaimSink } from '../sink';
import { entityAhead, entityInList, headInfo, holderOfPredicate, relativeAntecedent, subjectBefore } from '../sentence/args';
import { clauseStart } from '../sentence/clauses';
import { groupLeft, groupRight, single, type Group } from '../sentence/groups';
import { endsClause, hasComma } from '../tokens';
import { deniedByNeither, failedInquiry, inquiredAfter, nominalPolarity, polarity, sentenceFrame } from '../sentence/polarity';
import { contextFor } from '../sentence/qualifiers';
import type { SentenceView } from '../sentence/view';
import { adverbsBefore, isAdverbish, isEnt, isHyphenPart, isParticipleAdjective, isPlainNoun, isVerbAt, mentionOf, pastParenthesis, phaseOfAt, someTokenIn, someWordIn, word } from '../sentence/words';
import { describesTreatedCells } from '../sentence/treatment';
import { fitsPossessive } from '../coreference';
import type { Rule } from './rule';

/**
 * The object group after a target preposition at k, or undefined. "a role in pulp repair and bone
 * regeneration": a first member the lexicon does not know leaves the coordinated term as the target.
 */
function targetAt(v: SentenceView, k: number): { group: Group; sign?: Sign } | undefined {
  // "a role in regard to Y", "effects with respect to Y": the target follows the phrase's "to".
  if (/^(in|with)$/.test(word(v, k)) && /^(regard|respect|relation)$/.test(word(v, k + 1)) && word(v, k + 2) === 'to') return targetAt(v, k + 2);
  if (!EFFECT_TARGETS.has(word(v, k))) return undefined;
  // "a role in the early stage of fracture repair": a part of the process in time stands for the process.
  const phase = phaseOfAt(v, k + 1);
  return targetAfter(v, phase >= 0 ? phase : k);
}

/** The object group after the preposition at k (a target preposition, or the "of" of a phase noun). */
function targetAfter(v: SentenceView, k: number): { group: Group; sign?: Sign } | undefined {
  // "a role in promoting bone formation": the gerund gives the link its direction.
  const gerund = ingCueSign(v, k + 1);
  if (gerund !== undefined) {
    const group = entityAhead(v, k + 2);
    return group ? { group, sign: gerund } : undefined;
  }
  // "implicated in the promotion of osteoclastogenesis": a nominalised cue gives the link its direction.
  let nominal = DETERMINERS.has(word(v, k + 1)) ? k + 2 : k + 1;
  // ("a role in the fate regulation of MSCs": a plain noun may say what is regulated.)
  const isNominal = (j: number): boolean => NEUTRAL_NOMINALS.has(word(v, j)) || NOMINAL_CUES[word(v, j)] !== undefined;
  if (!isNominal(nominal) && isPlainNoun(v, nominal) && isNominal(nominal + 1)) nominal++;
  // ("involved in the regulation of immune responses": a nominal without a direction.)
  const nominalSign = NEUTRAL_NOMINALS.has(word(v, nominal)) ? 0 : NOMINAL_CUES[word(v, nominal)];
  // ("the fate regulation and functional reprogramming of MSCs": nominals coordinated before one "of".)
  const of = word(v, nominal + 1) === 'of' ? nominal + 1 : coordinatedNominalsOf(v, nominal + 1);
  if (nominalSign !== undefined && of > 0) {
    const group = entityInList(v, of + 1);
    return group ? { group, sign: of === nominal + 1 ? nominalSign : 0 } : undefined;
  }
  // ("a role in MSC-mediated bone repair": past a term glued to its participle, the head is the target.)
  const head = DETERMINERS.has(word(v, k + 1)) ? k + 2 : k + 1;
  if (v.toks[head]?.ent !== undefined && v.toks[head].post === '-' && COMPOUND_CUES[word(v, head + 1)] !== undefined && isEnt(v, head + 2)) return { group: groupRight(v, head + 2) };
  const group = entityInList(v, k + 1);
  // ("a protective role against bone loss": an effect against Y works against it.)
  return group ? { group, ...(word(v, k) === 'against' ? { sign: -1 as Sign } : {}) } : undefined;
}

/** Can the term after token b open an effect phrase ("the IL-6 effect", "restored TNF-α effects")? b is the word before it. */
function opensEffectPhrase(v: SentenceView, b: number): boolean {
  if (b < 0 || DETERMINERS.has(word(v, b))) return true;
  const t = v.toks[b];
  if (t.ent !== undefined || hasComma(t) || t.post === '-') return false;
  return EFFECT_PHRASE_OPENERS.has(word(v, b)) || (isVerbAt(v, b) && !t.tags.has('Noun'));
}

/** Words of a second nominal coordinated before a shared "of" ("and functional reprogramming of"). */
const COORDINATED_NOMINAL_REACH = 3;

/** The "of" after "and / or" and a few plain words starting at j, or -1. */
function coordinatedNominalsOf(v: SentenceView, j: number): number {
  if (!/^(and|or)$/.test(word(v, j)) || hasComma(v.toks[j - 1])) return -1;
  for (let m = j + 1; m < v.n && m <= j + COORDINATED_NOMINAL_REACH + 1; m++) {
    if (word(v, m) === 'of') return m > j + 1 ? m : -1;
    if (isEnt(v, m) || hasComma(v.toks[m]) || (isVerbAt(v, m) && !/ing$/.test(word(v, m)))) return -1;
  }
  return -1;
}

/**
 * "is important in", "appears to be most critical for", "may be essential during": past a copula (or
 * "appears / seems to be"), degree adverbs and a requirement adjective from k, the index of the target
 * preposition; k itself when the words there are not that.
 */
function placedByImportance(v: SentenceView, k: number): number {
  let j = k;
  // ("may be important in": a modal before the copula.)
  if (AUXILIARIES.has(word(v, j)) && word(v, j + 1) === 'be') j++;
  if (/^(appears?|seems?|appeared|seemed)$/.test(word(v, j)) && word(v, j + 1) === 'to' && word(v, j + 2) === 'be') j += 3;
  else if (BE_FORMS.has(word(v, j))) j++;
  else return k;
  while (j < v.n && (isAdverbish(v, j) || /^(most|more|very|particularly|especially)$/.test(word(v, j)))) j++;
  if (!REQUIREMENT_ADJECTIVES.has(word(v, j))) return k;
  return EFFECT_TARGETS.has(word(v, j + 1)) ? j + 1 : k;
}

/** Words after the target that leave it open: "… is unclear", "… have not been reported", "… remain poorly understood". */
const UNSETTLED_REACH = 8;

function unsettledAfter(v: SentenceView, k: number): boolean {
  for (let j = k; j < v.n && j < k + UNSETTLED_REACH; j++) {
    const w = word(v, j);
    if (UNSETTLED_WORDS.has(w) && (w !== 'not' || deniesSettled(v, j + 1))) return true;
    // ("… still needs further study", "… remains to be elucidated": the question is left open.)
    if (OPEN_QUESTION_VERBS.has(w) && FURTHER_WORK_WORDS.has(word(v, j + 1)) && (word(v, j + 1) !== 'to' || word(v, j + 2) === 'be')) return true;
    // ("… osteoclast generation and function, however, is unclear": a connective set off by commas.)
    if (hasComma(v.toks[j]) && SET_OFF_CONNECTIVES.has(word(v, j + 1)) && hasComma(v.toks[j + 1])) { j++; continue; }
    // ("the role of X in Y via regulating apoptosis still needs …": a gerund of the means phrase is no verb of the clause.)
    const meansGerund = /ing$/.test(w) && MEANS_PREPOSITIONS.has(word(v, j - 1));
    if (hasComma(v.toks[j]) || (isVerbAt(v, j) && !meansGerund && !BE_FORMS.has(w) && !/^(has|have|had|remains?|remained|yielded|is|are)$/.test(w))) return false;
  }
  return false;
}

/**
 * "little is known about the role of X in Y", "nothing was yet known regarding the effects of X on Y": ending at
 * k, words that say the effect is not known; nothing is claimed.
 */
function unknownBefore(v: SentenceView, k: number): boolean {
  if (!/^(about|regarding|concerning|on)$/.test(word(v, k)) || word(v, k - 1) !== 'known') return false;
  let j = k - 2;
  while (j >= 0 && isAdverbish(v, j)) j--;
  if (word(v, j) === 'been' && /^(has|have)$/.test(word(v, j - 1))) j -= 2;
  else if (BE_FORMS.has(word(v, j))) j--;
  else return false;
  const w = word(v, j);
  return SCARCITY_WORDS.has(w) || w === 'nothing' || w === 'less' || (w === 'much' && word(v, j - 1) === 'not');
}

/** Leftwards from k over a noun phrase without a term ("phagocytosing and cytokine producing cells", "a cytokine"): the token before it. */
function predicatePhraseStart(v: SentenceView, k: number): number {
  let j = k;
  while (j >= 0 && v.toks[j].ent === undefined && !hasComma(v.toks[j]) && (DETERMINERS.has(word(v, j)) || isAdverbish(v, j) || v.toks[j].tags.has('Adjective') || v.toks[j].tags.has('Noun') || /^(and|or)$|ing$/.test(word(v, j))) && !v.toks[j].tags.has('Pronoun')) j--;
  return j < k ? j : -1;
}

/** An adjective in [from, to) that measures the effect against another ("additional", "further"). */
function beyondAnother(v: SentenceView, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (BEYOND_WORDS.has(word(v, j))) return true;
  return false;
}

/** No adjective before the effect noun: only determiners and adverbs ("Recently, the effects …"). */
function onlyDeterminers(v: SentenceView, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (!DETERMINERS.has(word(v, j)) && !isAdverbish(v, j)) return false;
  return true;
}

/**
 * "The mechanism by which c-Fos exerts its function in Y is not understood": the subject opens a relative
 * clause of a mechanism ("by / through which"), whose effect the sentence takes as known.
 */
function mechanismByWhich(v: SentenceView, subjectFirst: number): boolean {
  return word(v, subjectFirst - 1) === 'which' && /^(by|through|via)$/.test(word(v, subjectFirst - 2)) && /^mechanisms?$/.test(word(v, subjectFirst - 3));
}

/** After "not": "been", "clear", "known" … perhaps after an adverb ("not well known", "not yet fully understood"). */
function deniesSettled(v: SentenceView, k: number): boolean {
  let j = k;
  while (j < k + 2 && isAdverbish(v, j)) j++;
  return SETTLED_WORDS.has(word(v, j));
}

/**
 * Past what may follow the actor of "the effect of X": its form of delivery ("TNF-α delivery"), its
 * removal ("IL-6 ablation": the actor then works the other way), where it comes from ("TGF-β1 expressed
 * in MSCs"), or a second actor the lexicon does not know ("TGF-β1 and TGF-β2"). Returns where the
 * target's preposition should be, and whether the actor is removed.
 */
/** Most plain words joined to an effect's actor before its target ("IL-17 and | Th17 cells | in"). */
const JOINED_NOUNS_REACH = 3;

function pastActorPhrase(v: SentenceView, k: number): { at: number; removed: boolean } {
  let j = pastParenthesis(v, k, ASIDE_REACH);
  let removed = false;
  // ("the effectiveness of MSC-conditioned medium in Y": the cells act through their medium.)
  if (v.toks[j - 1]?.post === '-' && (word(v, j) === 'conditioned' || SOURCE_PARTICIPLES.has(word(v, j))) && MEDIUM_NOUNS.has(word(v, j + 1))) j += 2;
  // ("the involvement of STAT3 signaling pathway in …": the signal's noun before the scaffold noun.)
  if (SIGNAL_NOUNS.has(word(v, j)) && SCAFFOLD_NOUNS.has(word(v, j + 1)) && !hasComma(v.toks[j - 1]) && !hasComma(v.toks[j])) j++;
  if (SCAFFOLD_NOUNS.has(word(v, j)) && !hasComma(v.toks[j - 1])) j++;
  else if (LOSS_OF_FUNCTION_NOUNS.has(word(v, j)) && !hasComma(v.toks[j - 1])) {
    j++;
    removed = true;
    // ("the influence of anti-TNF-α antibody treatment on …": the removal given as a treatment.)
    if (SCAFFOLD_NOUNS.has(word(v, j)) && !hasComma(v.toks[j - 1])) j++;
  }
  if ((SOURCE_PARTICIPLES.has(word(v, j)) || word(v, j) === 'expressed') && /^(in|by|from)$/.test(word(v, j + 1)) && isEnt(v, j + 2)) j = groupRight(v, j + 2).last + 1;
  // ("the effects of MSCs and (their) derivatives on …", "the role of IL-17 and Th17 cells in …": plain nouns
  // joined to the actor.)
  if (word(v, j) === 'and' || word(v, j) === 'or') {
    const own = /^(their|its)$/.test(word(v, j + 1)) ? 1 : 0;
    for (let m = j + 1 + own; m < v.n && m <= j + own + JOINED_NOUNS_REACH; m++) {
      const t = v.toks[m];
      if (t.ent !== undefined || hasComma(t) || isVerbAt(v, m)) break;
      if (EFFECT_TARGETS.has(word(v, m + 1))) return { at: m + 1, removed };
    }
  }
  return { at: j, removed };
}

/** Most tokens between an effect's target and the treatment that names its actor. */
const TREATMENT_REACH = 14;

/**
 * "… was detected after 2 h of incubation with TNF-α", "… was seen upon treatment with IL-4": the term given,
 * later in the clause, after a verb of observation (not "the effect was lost after treatment with X").
 */
function treatmentAgentAfter(v: SentenceView, k: number): Group | undefined {
  let observed = false;
  let verbGroup = false; // (before the clause's "was", a word the tagger calls a verb is still the subject's: "mRNA levels")
  for (let j = k; j < v.n && j < k + TREATMENT_REACH; j++) {
    if (j > k && endsClause(v.toks[j - 1])) return undefined;
    if (BE_FORMS.has(word(v, j))) verbGroup = true;
    else if (OBSERVATION_WORDS.has(word(v, j))) observed = true;
    else if (verbGroup && !observed && isVerbAt(v, j) && !AUXILIARIES.has(word(v, j))) return undefined;
    if (observed && TREATED_NOUNS.has(word(v, j)) && /^(with|to)$/.test(word(v, j + 1))) return entityAhead(v, j + 2, 4);
  }
  return undefined;
}

/**
 * "the role of pro-inflammatory cytokines, particularly TNF-α, in bone regeneration", "the effects of
 * immune cells, in particular macrophages, on MSCs": the members an aside singles out act with the class.
 */
function withSingledOut(v: SentenceView, g: Group): Group {
  if (!hasComma(v.toks[g.last])) return g;
  let k = g.last + 1;
  if (word(v, k) === 'in' && word(v, k + 1) === 'particular') k += 2;
  else if (SINGLING_OUT_WORDS.has(word(v, k))) k++;
  else return g;
  if (!isEnt(v, k)) return g;
  const aside = groupRight(v, k);
  if (!hasComma(v.toks[aside.last])) return g;
  return { first: g.first, last: aside.last, ents: [...g.ents, ...aside.ents] };
}

/** Most tokens a parenthesis after the actor may hold ("rhIL-6 (5–5000 pg/ml)"). */
const ASIDE_REACH = 8;

/** Is the word at j an adjective of the effect noun at i (a present participle only with no article between)? */
function isAdjectiveAt(v: SentenceView, j: number, i: number): boolean {
  return EFFECT_ADJECTIVES[word(v, j)] !== undefined || v.toks[j].tags.has('Adjective') || participleSign(v, j, i) !== undefined;
}

/**
 * "suppressing effects", "promoting actions": a present participle of a cue verb qualifying the noun at i,
 * with the verb's direction ("evidence supporting the contribution of X": a participle before an article
 * takes that phrase as its object).
 */
function participleSign(v: SentenceView, j: number, i: number): Sign | undefined {
  return someWordIn(v, j + 1, i, (x) => DETERMINERS.has(x)) ? undefined : ingCueSign(v, j);
}

/** The direction of a cue verb's -ing form at j ("promoting", "suppressing"); undefined for any other word. */
function ingCueSign(v: SentenceView, j: number): Sign | undefined {
  const w = word(v, j);
  const lemma = /ing$/.test(w) ? v.nlp.cueLemma(w) : undefined;
  return lemma === undefined ? undefined : VERB_CUES[lemma]?.sign;
}

/** Adjectives before the effect noun at i: the direction of the last one that has one (none when they disagree), and where they start. */
function adjectivesBefore(v: SentenceView, i: number): { sign: Sign; value: Sign; first: number; negated: boolean; nearNone: boolean } {
  let sign: Sign = 0;
  let value: Sign = 0;
  let j = i - 1;
  let negated = false;
  let nearNone = false;
  let mixed = false;
  // ("widely recognized roles in Y": a participle describing the noun counts as an adjective.)
  // ("direct and indirect effects": past a coordinator between two adjectives.)
  while (j >= 0 && v.toks[j].ent === undefined && (isAdjectiveAt(v, j, i) || isAdverbish(v, j) || DETERMINERS.has(word(v, j)) || word(v, j) === 'no' || NEAR_NONE_WORDS.has(word(v, j)) || isHyphenPart(v, j) || isParticipleAdjective(v, j) || (/^(and|or)$/.test(word(v, j)) && j > 0 && v.toks[j - 1].ent === undefined && !v.toks[j - 1].tags.has('Noun') && isAdjectiveAt(v, j - 1, i)))) {
    const s = EFFECT_ADJECTIVES[word(v, j)] ?? participleSign(v, j, i);
    // ("both inhibitory and stimulatory effects": adjectives of both directions leave none.)
    if (s !== undefined && s !== 0) {
      if (sign === 0 && !mixed) sign = s;
      else if (s !== sign) { sign = 0; mixed = true; }
    }
    if (value === 0) value = VALUE_ADJECTIVES[word(v, j)] ?? 0;
    if (word(v, j) === 'no') negated = true;
    // ("had little effect on Y": next to none, a hedged denial.)
    if (NEAR_NONE_WORDS.has(word(v, j))) { negated = true; nearNone = true; }
    j--;
  }
  return { sign, value, first: j + 1, negated, nearNone };
}

/**
 * The term a possessive at k stands for when the sentence names it just before: "skeletal macrophages and
 * their crucial role in …", "IL-4 and its effect on …" (a term and the pronoun joined by "and"). Undefined
 * otherwise: a possessive reaching into another sentence or past a verb is left alone.
 */
function possessedBy(v: SentenceView, k: number): Group | undefined {
  const plural = word(v, k) === 'their';
  if (word(v, k - 1) === 'and' && isEnt(v, k - 2)) {
    const group = groupLeft(v, k - 2);
    return fitsGroup(v, group, plural) ? group : undefined;
  }
  // ("IL-8 was validated for its role in osteoclast formation": the one term of the clause before the
  // possessive that it can stand for, when it is the clause's subject; none when two could. Not "X
  // increased osteoblast differentiation, as evidenced by its effects on ALP", where "its" is X's, a
  // name the lexicon does not know; nor a term that itself stands for one named earlier.)
  const cs = clauseStart(v, k);
  let found: Group | undefined;
  for (let j = k - 1; j >= cs; j--) {
    if (!isEnt(v, j)) continue;
    const group = groupLeft(v, j);
    j = group.first;
    if (!fitsGroup(v, group, plural)) continue;
    if (found) return undefined;
    found = group;
  }
  if (!found || namesEarlierTerm(v, found) || someTokenIn(v, cs, found.first, (j) => isVerbAt(v, j) || isPlainNoun(v, j))) return undefined;
  return found;
}

/** Whether the group's first term is a pronoun or description standing for a term named earlier. */
function namesEarlierTerm(v: SentenceView, g: Group): boolean {
  return mentionOf(v, g.first).ref === true;
}

/** Whether a possessive ("its", or "their" when `plural`) may stand for the group. */
function fitsGroup(v: SentenceView, group: Group, plural: boolean): boolean {
  // (The token's text is the term's placeholder: whether the term was written in the plural is read from the sentence.)
  return group.ents.length > 1 ? plural : fitsPossessive(v.text, mentionOf(v, group.first), plural);
}

function readEffectNouns(v: SentenceView, sink: ClaimSink): void {
  for (let i = 0; i < v.n; i++) {
    const w = word(v, i);
    const frame = sentenceFrame(v, i);
    if (frame.skip) continue;
    if (INVOLVEMENT_WORDS.has(w) && word(v, i + 1) === 'in') {
      readInvolvement(v, sink, i, frame.hedged);
      continue;
    }
    // ("Macrophages take part in bone repair": the phrase participates.)
    if (TAKING_WORDS.has(w) && word(v, i + 1) === 'part' && word(v, i + 2) === 'in') {
      readInvolvement(v, sink, i, frame.hedged, i + 2);
      continue;
    }
    if (COOPERATION_VERBS.has(w) && word(v, i + 1) === 'with' && isEnt(v, i + 2)) {
      readCooperation(v, sink, i, frame.hedged);
      continue;
    }
    if (v.toks[i].ent !== undefined) {
      readCellEffect(v, sink, i, frame.hedged);
      continue;
    }
    if (!EFFECT_NOUNS.has(w)) continue;
    const adj = adjectivesBefore(v, i);
    // "IL-6 had no additional effect on Y in the presence of RANKL": no effect beyond another one.
    if (adj.negated && beyondAnother(v, adj.first, i)) continue;
    let subj: Group | undefined;
    let k = i + 1;
    let fromVerb = -1;
    let removed = false;
    // "the effect of X on Y": the actor follows "of" ("a role for X in Y": "for").
    if (word(v, k) === 'of' || (word(v, k) === 'for' && /^roles?$/.test(w))) {
      let j = k + 1;
      // ("the effect of temporally patterned TNF-α delivery on …")
      // ("the effects of living and metabolically inactive MSCs on …": coordinated adjectives too.)
      // ("the role of dendritic cell-derived osteoclasts in …": a hyphenated modifier the lexicon does not
      // name; not a prefix glued to the term, "anti-TNF", which turns it around.)
      while (j < v.n && j < k + 6 && !isEnt(v, j) && (DETERMINERS.has(word(v, j)) || NOUN_MODIFIERS.has(word(v, j)) || isAdverbish(v, j) || isParticipleAdjective(v, j) || v.toks[j].tags.has('Adjective') || ((word(v, j) === 'and' || word(v, j) === 'or') && j > k + 1 && v.toks[j - 1].tags.has('Adjective')) || plainHyphenPart(v, j))) j++;
      // "the effects of IL-10(-)treated macrophages on MSCs": the treated cells act.
      if (v.toks[j]?.ent !== undefined && describesTreatedCells(v, j + 1)) j += 2;
      // ("the role of dendritic cells derived osteoclasts in …": a source written without its hyphen; the
      // term named after the participle is the actor.)
      const source = isEnt(v, j) ? groupRight(v, j).last : v.toks[j]?.tags.has('Noun') && !v.toks[j].tags.has('Pronoun') ? j : -1;
      if (source >= 0 && SOURCE_PARTICIPLES.has(word(v, source + 1)) && !hasComma(v.toks[source]) && isEnt(v, source + 2)) j = source + 2;
      if (isEnt(v, j)) {
        subj = withSingledOut(v, groupRight(v, j));
        const past = pastActorPhrase(v, subj.last + 1);
        k = past.at;
        removed = past.removed;
      }
    }
    // ("Glucose had the opposite effect to that of IL-10 on OPG", "effects similar to those of X on Y": the
    // effect compared with is X's own.)
    if (!subj) {
      const c = COMPARISON_ADJECTIVES.has(word(v, k)) ? k + 1 : k;
      if (/^(to|as|than|with)$/.test(word(v, c)) && /^(that|those)$/.test(word(v, c + 1)) && word(v, c + 2) === 'of' && isEnt(v, c + 3)) {
        subj = groupRight(v, c + 3);
        k = subj.last + 1;
      }
    }
    // "the inhibitory effect exerted by MSCs on T cells": the actor follows a participle and "by".
    if (!subj && EFFECT_PARTICIPLES.has(word(v, k)) && word(v, k + 1) === 'by' && isEnt(v, k + 2)) {
      subj = groupRight(v, k + 2);
      k = subj.last + 1;
    }
    // "X has / exerts / plays an effect on Y": the actor is the verb's subject.
    if (!subj) {
      const verb = adj.first - 1;
      if (verb >= 0 && EFFECT_VERBS.has(word(v, verb))) {
        const first = firstVerbOfCoordination(v, verb);
        subj = (relativeAntecedent(v, first - 1) ?? subjectBefore(v, first, clauseStart(v, verb)))?.group;
        fromVerb = verb;
      }
    }
    // ("The IL-6 effect on bone formation was reduced": a term right before the effect noun names its actor.)
    // (The phrase then opens before the term: "to explore the IL-6 role in Y" is asked, as "the role of IL-6" is.)
    let phraseStart = adj.first;
    // ("Blocking JNK restored TNF-α effects on Y", "IL-6R expression and IL-6 effects change during Y": after a
    // verb, a conjunction or a preposition the term opens the phrase too; not after a noun it would modify.)
    if (!subj && isEnt(v, adj.first - 1) && !hasComma(v.toks[adj.first - 1]) && v.toks[adj.first - 1].post !== '-' && !v.toks[adj.first - 1].post.includes(':') && opensEffectPhrase(v, groupLeft(v, adj.first - 1).first - 1)) {
      subj = groupLeft(v, adj.first - 1);
      phraseStart = subj.first;
      while (phraseStart > 0 && DETERMINERS.has(word(v, phraseStart - 1))) phraseStart--;
    }
    // "Macrophages are phagocytic cells with effects on fracture healing", "IL-1β, a cytokine with
    // strong effects on …": the noun the effect comes with is said of a term.
    if (!subj && word(v, adj.first - 1) === 'with') {
      const holder = holderOfPredicate(v, predicatePhraseStart(v, adj.first - 2));
      if (holder) {
        subj = holder.group;
        fromVerb = adj.first - 1;
      }
    }
    // A title "IL-4 and IL-13: bidirectional effects on osteoclast formation".
    // ("Macrophages in fracture healing: their role in ossification": a term inside the title's phrase
    // is not its head; the head before it is.)
    if (!subj && adj.first > 0 && isEnt(v, adj.first - 1) && v.toks[adj.first - 1].post.includes(':')) {
      const before = groupLeft(v, adj.first - 1);
      subj = headInfo(v, before.first).prepositional ? subjectBefore(v, before.first, 0)?.group : before;
    }
    // "… skeletal macrophages and their crucial role in bone regeneration": the possessive, resolved to the
    // term it stands for, is the actor.
    if (!subj && /^(its|their)$/.test(word(v, adj.first))) subj = possessedBy(v, adj.first);
    // "The stimulatory effect on OPG was detected after incubation with TNF-α": the treatment named later
    // in the clause is the actor.
    if (!subj && adj.sign !== 0) {
      const early = targetAt(v, k);
      if (early) subj = treatmentAgentAfter(v, early.group.last + 1);
    }
    if (!subj) continue;
    // "The role of IL-6 is / appears to be most important in the early stages of Y": the importance said of
    // the role places it.
    if (ROLE_NOUNS.has(w) && !EFFECT_TARGETS.has(word(v, k))) k = placedByImportance(v, k);
    const target = targetAt(v, k);
    if (!target) continue;
    const obj = target.group;
    // "We examined the effect of X on Y", "the role of X in Y remains unclear": asked, not claimed. (Not
    // "the mechanism underlying the effects of X on Y remains elusive": the effect itself is taken as known.)
    const presupposed = (/^(underlying|behind|of)$/.test(word(v, adj.first - 1)) && /^mechanisms?$/.test(word(v, adj.first - 2))) || mechanismByWhich(v, subj.first);
    // ("We analysed the inhibitory effect of X on Y" takes the direction as known.)
    // ("We were unable to identify any effect of X on Y" is no question: a denied finding.)
    // ("These results define a critical role for X in Y": what results do is report.)
    // ("In the present study, the effects of X on Y were shown": the noun "study," set off by its comma is
    // no verb of inquiry.)
    // ("An assay was performed to observe the effect of X on Y": some verbs ask only as an infinitive of purpose.)
    const inquiry = INQUIRY_VERB_FORMS.has(word(v, phraseStart - 1)) || (PURPOSE_INQUIRY_VERBS.has(word(v, phraseStart - 1)) && word(v, phraseStart - 2) === 'to');
    const asked = inquiry && !hasComma(v.toks[phraseStart - 1]) && adj.sign === 0 && !failedInquiry((k) => word(v, k), phraseStart - 1) && !reportedByResults(v, phraseStart - 1);
    if (asked || (!presupposed && (unsettledAfter(v, obj.last + 1) || unknownBefore(v, phraseStart - 1)))) continue;
    // "The effect of X on Y was evaluated by …": the plain effect is the question; "the biphasic effects …
    // were studied", "the role of X in promoting Y was tested" take one as known.
    // ("The functional contribution of X to the inhibition of Y was evaluated": whether X takes part at
    // all is the question, even with the inhibition known; not "the critical contribution of X … is
    // reviewed", which takes the part as known.)
    // (Nor "the role of X in promoting Y was tested": the gerund says what X does.)
    const role = ROLE_NOUNS.has(w) && !someWordIn(v, adj.first, i, (x) => EFFECT_ADJECTIVES[x] !== undefined)
      && !someWordIn(v, i + 1, obj.first, (x) => /ing$/.test(x) && v.nlp.cueLemma(x) !== undefined);
    // ("The effects of X on the regulation of Y were investigated": a neutral nominal states no direction either.)
    if ((role || (onlyDeterminers(v, adj.first, i) && (target.sign === undefined || target.sign === 0))) && fromVerb < 0 && inquiredAfter(v, obj.last + 1)) continue;
    // ("pro-proliferative effects on MSCs": the adjective names the cells' action, which is the target.)
    const action = adj.sign === 0 ? cellActionBefore(v, adj.first, i, obj) : undefined;
    // ("the efficacy of MSCs in osteoarthritis", "benefits of X on colitis": the good an effect noun names
    // works against an ailment.)
    const ailment = obj.ents.every((e) => v.lexicon.isAilment(mentionOf(v, e).id));
    const nounSign = SIGNED_EFFECT_NOUNS[w] === undefined ? 0 : SIGNED_EFFECT_NOUNS[w] * (ailment ? -1 : 1);
    // ("beneficial effects on colitis": what is good for the patient works against the disease.)
    const adjSign = ailment && adj.value !== 0 ? -adj.value : adj.sign;
    const stated = (action !== undefined ? action.sign : target.sign !== undefined && adjSign === 0 ? target.sign : adjSign !== 0 ? adjSign : nounSign) as Sign;
    const sign = (removed ? -stated : stated) as Sign;
    const pol = fromVerb >= 0 ? polarity(v, subj.last + 1, fromVerb) : nominalPolarity(v, adj.first, obj.last);
    // ("Neither X nor Y had any stimulatory effect on Z")
    const negated = pol.negated !== adj.negated !== deniedByNeither(v, subj.first);
    // "Our results suggest that Z mediates the inhibitory effects of X on Y": an effect presented as known
    // is not what the sentence's hedge doubts (its own verb group's hedge still counts).
    const known = someWordIn(v, adj.first, i, (x) => DEFINITE_WORDS.has(x));
    emitPairs(v, sink, { at: i, lastAt: i, relation: relationOfSign(sign), sign, lineage: undefined }, subj, obj, sign, {
      negated, hedged: pol.hedged || (frame.hedged && !known) || adj.nearNone, passive: false, ctx: contextFor(v, clauseStart(v, i), obj.last, subj),
      objectIds: action === undefined ? undefined : [action.process],
    });
  }
}

/**
 * An adjective in [from, to) naming an action of the one cell the target group holds ("anti-proliferative
 * effects on MSCs" → MSC proliferation, −1): the cell's process and the adjective's direction ("anti-"
 * against it, "pro-" or none for it). Undefined when there is none or the cell has no such process.
 */
function cellActionBefore(v: SentenceView, from: number, to: number, obj: Group): { process: string; sign: Sign } | undefined {
  if (obj.ents.length !== 1) return undefined;
  const cell = mentionOf(v, obj.first);
  if (cell.type !== 'cell') return undefined;
  for (let j = from; j < to; j++) {
    const w = word(v, j);
    const prefixed = /^(anti|pro)-?(.+)$/.exec(w);
    const [against, adjective] = ACTION_ADJECTIVES[w] !== undefined || prefixed === null ? [false, w] : [prefixed[1] === 'anti', prefixed[2]];
    const action = ACTION_ADJECTIVES[adjective];
    const process = action === undefined ? undefined : v.lexicon.compositeOf(cell.id, action);
    if (process !== undefined) return { process, sign: against ? -1 : 1 };
  }
  return undefined;
}

/**
 * "The suppressive effect of MSCs on TNF-α": a term the lexicon names as one cell's process ("suppressive
 * effect of MSCs", MSC immunomodulation) followed by its target: the cells' effect on it, in the direction
 * of the effect's adjective.
 */
function readCellEffect(v: SentenceView, sink: ClaimSink, i: number, hedged: boolean): void {
  const m = mentionOf(v, i);
  const cell = v.lexicon.cellOf(m.id);
  // ("the suppressive effects of MSC treatment on …", "the therapeutic effect of MSC transplantation in …": the
  // cells given as a therapy.)
  const p = (TREATED_NOUNS.has(word(v, i + 1)) || GIVING_NOUNS.has(word(v, i + 1))) && !hasComma(v.toks[i]) ? i + 1 : i;
  if (cell === undefined || !/^(on|upon|in)$/.test(word(v, p + 1)) || hasComma(v.toks[p])) return;
  const words = v.text.slice(v.toks[i].ostart, v.toks[i].oend).toLowerCase().split(/[\s-]+/);
  if (!words.some((x) => EFFECT_NOUNS.has(x))) return;
  // ("the suppressive effects of MSCs in (animal models of) airway inflammation": after "in", a disease or
  // process is the target, as after "on"; cells after "in" say where, and are none.)
  const modelOf = word(v, p + 1) === 'in' ? modelOfAt(v, p + 2) : -1;
  const target = modelOf >= 0 ? targetAfter(v, modelOf) : targetAt(v, p + 1);
  if (!target) return;
  if (word(v, p + 1) === 'in' && target.group.ents.some((e) => mentionOf(v, e).type === 'cell')) return;
  const sign = (words.map((x) => EFFECT_ADJECTIVES[x]).find((x) => x !== undefined) ?? 0) as Sign;
  const pol = nominalPolarity(v, i, target.group.last);
  emitPairs(v, sink, { at: i, lastAt: i, relation: relationOfSign(sign), sign, lineage: undefined }, single(i), target.group, sign, {
    negated: pol.negated, hedged: pol.hedged || hedged, passive: false, ctx: contextFor(v, clauseStart(v, i), target.group.last, single(i)),
    subjectIds: [cell],
  });
}

/** Most words naming a model before its "of" ("animal models of", "a murine model of"). */
const MODEL_OF_REACH = 3;

/** The "of" of a model phrase starting at k ("(experimental) (animal) models of"), or -1. */
function modelOfAt(v: SentenceView, k: number): number {
  for (let j = k; j < v.n && j < k + MODEL_OF_REACH; j++) {
    if (isEnt(v, j) || hasComma(v.toks[j])) return -1;
    if (/^models?$/.test(word(v, j))) return word(v, j + 1) === 'of' ? j + 1 : -1;
  }
  return -1;
}

/** "X is involved / implicated in Y", "X participates in Y": a link without a direction. */
/** The verb of involvement at i; its "in" at `inAt` (after "take part"), else right after it. */
function readInvolvement(v: SentenceView, sink: ClaimSink, i: number, hedged: boolean, inAt = i + 1): void {
  let b = i - 1;
  while (b >= 0 && (isAdverbish(v, b) || NEGATORS.has(word(v, b)))) b--;
  // "X is involved in Y", "X involved in Y", "X is a cytokine involved in Y"; a bare participle after any
  // other noun ("the genes involved in Y") has no actor the review could know.
  const participle = /^(involved|implicated|engaged)$/.test(word(v, i));
  const predicative = BE_FORMS.has(word(v, b)) || isEnt(v, b) || (v.toks[b]?.tags.has('Noun') && hasCopulaBefore(v, b));
  if (participle && !predicative) return;
  const subj = subjectBefore(v, BE_FORMS.has(word(v, b)) ? b : i, clauseStart(v, i));
  const target = targetAt(v, inAt);
  if (!target) return;
  const obj = target.group;
  // ("Many factors are involved in Y, including A and B": the examples after the target are the actors.)
  const examples = subj === undefined || (subj.group.ents.length === 1 && v.lexicon.isClass(mentionOf(v, subj.group.first).id)) ? trailingExamples(v, obj.last + 1) : undefined;
  const actors = examples === undefined ? subj?.group : subj === undefined ? examples : { ...subj.group, ents: [...subj.group.ents, ...examples.ents] };
  if (!actors) return;
  // ("X is involved in promoting Y": the gerund's direction; "the inactivation of X is involved in the
  // down-regulation of Y": X's own effect is the reverse of its loss's.)
  const directed = target.sign ?? 0;
  const sign: Sign = directed !== 0 && subj?.reverse === true && examples === undefined ? (-directed as Sign) : directed;
  // (With no subject term, the verb group's own words still deny or hedge: "Many factors have not been involved …".)
  const pol = polarity(v, subj ? subj.group.last + 1 : clauseStart(v, i), i);
  emitPairs(v, sink, { at: i, lastAt: inAt, relation: relationOfSign(sign), sign, lineage: undefined }, actors, obj, sign, {
    negated: pol.negated !== deniedByNeither(v, actors.first), hedged: pol.hedged || hedged, passive: false, ctx: contextFor(v, clauseStart(v, i), obj.last, actors),
  });
}

/** Most plain words between a target and a trailing aside of examples ("… as core genes, including …"). */
const TRAILING_REACH = 4;

/**
 * The terms of an aside of examples that closes the clause after k: "…, including IFN-γ, IL-10 and IDO",
 * "…, such as IL-6". Only plain words may come between (no verb, no term), and the aside must be set off
 * by a comma.
 */
function trailingExamples(v: SentenceView, k: number): Group | undefined {
  // ("involved in the immunosuppressive effects by MSCs such as TGF-β and PGE2": right after a target that
  // has no members, an aside needs no comma; "diseases such as periodontitis" names the class's members.)
  const classBefore = k > 0 && isEnt(v, k - 1) && v.lexicon.isClass(mentionOf(v, k - 1).id);
  for (let j = k; j < v.n && j <= k + TRAILING_REACH; j++) {
    if ((hasComma(v.toks[j - 1]) || (j === k && !classBefore && word(v, j) === 'such')) && EXAMPLE_OPENERS.has(word(v, j))) {
      const first = word(v, j) === 'such' ? (word(v, j + 1) === 'as' ? j + 2 : -1) : j + 1;
      // ("including leukemia inhibitory factor (LIF), IL-6 and …": a first example the lexicon does not know.)
      return first > 0 ? entityInList(v, first) : undefined;
    }
    if (isEnt(v, j) || isVerbAt(v, j) || endsClause(v.toks[j]) || (hasComma(v.toks[j]) && !EXAMPLE_OPENERS.has(word(v, j + 1)))) return undefined;
  }
  return undefined;
}

/**
 * "X cooperates with Y in the generation of osteoclasts": X takes part in the process, in the direction a
 * nominal gives it or else towards it (Y is brought in by the companion rule).
 */
function readCooperation(v: SentenceView, sink: ClaimSink, i: number, hedged: boolean): void {
  const partner = groupRight(v, i + 2);
  if (word(v, partner.last + 1) !== 'in') return;
  const subj = subjectBefore(v, i, clauseStart(v, i));
  const target = targetAt(v, partner.last + 1);
  if (!subj || !target) return;
  const sign = target.sign ?? 1;
  const pol = polarity(v, subj.group.last + 1, i);
  emitPairs(v, sink, { at: i, lastAt: i, relation: relationOfSign(sign), sign, lineage: undefined }, subj.group, target.group, sign, {
    negated: pol.negated !== deniedByNeither(v, subj.group.first), hedged: pol.hedged || hedged, passive: false, ctx: contextFor(v, clauseStart(v, i), target.group.last, subj.group),
  });
}

/**
 * "X increased A, and had no effect on B": a verb coordinated with an earlier one shares its subject,
 * which stands before that first verb.
 */
function firstVerbOfCoordination(v: SentenceView, verb: number): number {
  const k = adverbsBefore(v, verb - 1);
  if (!/^(and|but|or|yet)$/.test(word(v, k))) return verb;
  let start = clauseStart(v, verb);
  // ("Evidence shows that MSCs are a resource and have beneficial effects on Y": the coordination lies
  // inside the that-clause, whose first verb it shares.)
  for (let j = k - 1; j > start; j--) if (word(v, j) === 'that' && !isEnt(v, j)) { start = j + 1; break; }
  for (let j = start; j < k; j++) if (isVerbAt(v, j)) return j;
  return verb;
}

/** "X is a (potent) cytokine involved in …": a copula earlier in the clause, before a noun phrase. */
function hasCopulaBefore(v: SentenceView, b: number): boolean {
  for (let j = b - 1; j >= Math.max(0, b - 5); j--) {
    if (BE_FORMS.has(word(v, j))) return true;
    if (!(DETERMINERS.has(word(v, j)) || v.toks[j].tags.has('Adjective') || isAdverbish(v, j))) return false;
  }
  return false;
}

/**
 * Is the verb at k said by results ("these results / our data define …"), past adverbs? Not by a lack of
 * them ("few data described the effect of X on Y" names a gap).
 */
function reportedByResults(v: SentenceView, k: number): boolean {
  let j = k - 1;
  while (j >= 0 && isAdverbish(v, j)) j--;
  return RESULT_NOUNS.has(word(v, j)) && !SCARCITY_WORDS.has(word(v, j - 1));
}

/** A part of a hyphenated modifier that is no term and no prefix glued to the term after it ("cell-|derived"). */
function plainHyphenPart(v: SentenceView, j: number): boolean {
  return isHyphenPart(v, j) && !REVERSING_PREFIXES.has(word(v, j)) && !(v.toks[j].post === '-' && isEnt(v, j + 1));
}

export const effectNoun: Rule = {
  id: 'effect-noun',
  phenomenon: 'An effect noun ("effect", "role", "influence", "involvement") linking an actor to what it acts on, with or without an adjective of direction.',
  confidence: 0.85,
  read: readEffectNouns,
  examples: [
    { text: 'TSG-6 was not involved in the effect of MSCs on macrophage polarization.', reads: ['msc regulates macrophage-polarization'], not: ['tsg-6 regulates! msc'] },
    // (Words of the organ or site, and the model of a disease, stand before what the effect acts on.)
    { text: 'MSCs exert suppressive effects on airway inflammation.', reads: ['msc inhibits inflammation'] },
    { text: 'MSCs had inhibitory effects in animal models of colitis.', reads: ['msc inhibits inflammatory-bowel-disease'] },
    // (A mechanism "by which" a term acts takes the action as known, however open the mechanism.)
    { text: 'The mechanism through which IL-6 exerts its effects on osteoclast formation remains unclear.', reads: ['il-6 regulates osteoclastogenesis'] },
    { text: 'The role of IL-6 in osteoclast formation remains unclear.', not: ['il-6 regulates osteoclastogenesis'] },
    { text: 'Little is known about the role of IL-6 in osteoclast formation.', not: ['il-6 regulates osteoclastogenesis'] },
    { text: 'Much is known about the role of IL-6 in osteoclast formation.', reads: ['il-6 regulates osteoclastogenesis'] },
    { text: 'A chick embryo assay was performed to observe the effect of TNF-α on angiogenesis.', not: ['tnf-alpha regulates angiogenesis'] },
    { text: 'We observed the effect of TNF-α on angiogenesis.', reads: ['tnf-alpha regulates angiogenesis'] },
    // (The target may open a list of nouns before the verb of inquiry.)
    { text: 'Effects of IL-4 on inflammation, histology, weight gain and macrophage polarization in asthmatic mice were evaluated.', not: ['il-4 regulates inflammation'] },
    { text: 'These data show critical roles for TRAF6 in perinatal and postnatal survival, bone metabolism and cytokine signalling.', reads: ['traf6 regulates bone-remodeling'] },
    { text: 'IL-4 plays important roles in the complex process of bone formation.', reads: ['il-4 regulates bone-formation'] },
    { text: 'The effects of MSCs on innate immunity, represented by macrophages, natural killer cells and dendritic cells, were examined by flow cytometry.', not: ['msc regulates immune-response', 'msc regulates macrophage'] },
    { text: 'The role of dendritic cell-derived osteoclasts in bone destruction', reads: ['osteoclast regulates bone-resorption'] },
    { text: 'IL-8 was validated for its role in osteoclast formation.', reads: ['il-8 regulates osteoclastogenesis'] },
    { text: 'The compound increased osteoblast differentiation, as shown by its effects on ALP.', not: ['osteoblast-differentiation regulates alp'] },
    { text: 'Effects of MSCs in DSS-induced murine chronic colitis', reads: ['msc regulates inflammatory-bowel-disease'] },
    { text: 'MSCs had beneficial effects on osteoarthritis.', reads: ['msc inhibits osteoarthritis'], not: ['msc promotes osteoarthritis'] },
    { text: 'Infused MSCs exert protective effects on colitis.', reads: ['msc inhibits inflammatory-bowel-disease'] },
    { text: 'TGF-β1 has both inhibitory and stimulatory effects on osteoclast differentiation.', reads: ['tgf-beta1 regulates osteoclastogenesis'], not: ['tgf-beta1 promotes osteoclastogenesis'] },
    { text: 'IL-4 has direct and indirect effects on osteoclasts.', reads: ['il-4 regulates osteoclast'] },
    { text: 'MSCs had beneficial effects on bone formation.', reads: ['msc promotes bone-formation'] },
    { text: 'These results define a critical role for M-CSF in the formation of human osteoclasts.', reads: ['m-csf regulates osteoclastogenesis'] },
    { text: 'However, few data described the direct effect of IL-6 on osteoclasts.', not: ['il-6 regulates osteoclast'] },
    { text: 'The suppressive effect of MSCs on TNF-α was partially reversed by indomethacin.', reads: ['msc inhibits tnf-alpha'] },
    { text: 'TNF-α had no effect on MSC migration at low doses but enhanced it at high doses.', not: ['tnf-alpha regulates! msc-migration'] },
    { text: 'Studies showed suppressive effects of MSC treatment in animal models of airway inflammation.', reads: ['msc inhibits inflammation'] },
    { text: 'The therapeutic effect of MSC transplantation in colitis was marked.', reads: ['msc regulates inflammatory-bowel-disease'] },
    { text: 'The suppressive effect of MSCs in macrophages was studied.', not: ['msc inhibits macrophage', 'msc regulates macrophage'] },
    { text: 'Glucose had the opposite effect to that of IL-10 on OPG expression.', reads: ['il-10 regulates opg'] },
    { text: 'Hypoxia had effects similar to those of IL-6 on MSC proliferation.', reads: ['il-6 regulates msc-proliferation'] },
    { text: 'IL-10 plays a protective role against bone loss.', reads: ['il-10 inhibits bone-resorption'] },
    { text: 'IL-17 has a central role in titanium particle-induced osteolysis.', reads: ['il-17 regulates bone-resorption'] },
    { text: 'We did not detect any proliferative effect of TNF-α on MSCs.', reads: ['tnf-alpha promotes! msc-proliferation'] },
    { text: 'In the lesions IL-17 was more abundant than IL-4, which plays a protective role against bone loss.', reads: ['il-4 inhibits bone-resorption'], not: ['il-17 inhibits bone-resorption'] },
    { text: 'The inhibitory effect of TGF-β1 on osteoblast differentiation/maturation was independent of RUNX2.', reads: ['tgf-beta1 inhibits osteoblast-differentiation'] },
    { text: 'The effects of IL-1β on osteogenesis and migration of MSCs were demonstrated.', reads: ['il-1beta regulates bone-formation', 'il-1beta regulates msc-migration'] },
    { text: 'We were unable to identify any effects of rhIL-6 (5–5000 pg/ml) on the proliferation, alkaline phosphatase activity or osteocalcin production.', reads: ['il-6 regulates! alp'] },
    { text: 'We aimed to identify the effects of IL-4 on osteoclast formation.', not: ['il-4 regulates osteoclastogenesis'] },
    { text: 'In this study, the effects of IL-17 on osteoclast formation were shown.', reads: ['il-17 regulates osteoclastogenesis'] },
    { text: 'In this review, the regulatory effects of biomaterials on MSCs are summarized from three angles.', not: ['biomaterial-scaffold regulates msc'] },
    { text: 'Several secreted factors take part in the immunosuppressive effects by MSCs such as IDO and PGE2.', reads: ['ido regulates msc-immunomodulation', 'pge2 regulates msc-immunomodulation'] },
    { text: 'Many factors are involved in inflammatory diseases such as periodontitis.', not: ['periodontitis regulates immune-disease'] },
    { text: 'The role of IL-17 in bone loss remains to be elucidated.', not: ['il-17 regulates bone-resorption'] },
    { text: 'The role of MSCs in fracture healing via regulating apoptosis still needs further study.', not: ['msc regulates bone-repair'] },
    { text: 'The role of IL-17 in bone loss remains important.', reads: ['il-17 regulates bone-resorption'] },
    { text: 'The role of IL-6 in the fate regulation and functional reprogramming of MSCs', reads: ['il-6 regulates msc'] },
    { text: 'IL-17 is implicated in periodontal inflammation, gingival tissue destruction, and alveolar bone loss.', reads: ['il-17 regulates inflammation', 'il-17 regulates bone-resorption'] },
    { text: 'Studies show that MSCs are a convenient cell source and have beneficial effects on bone formation.', reads: ['msc promotes bone-formation'] },
    { text: 'The role of monocyte derived osteoclasts in bone destruction', reads: ['osteoclast regulates bone-resorption'], not: ['monocyte regulates bone-resorption'] },
    { text: 'Effects of interleukin-6 ablation on fracture healing in mice', reads: ['il-6 regulates bone-repair'] },
    { text: 'Influence of anti-IL-6 antibody treatment on fracture healing', reads: ['il-6 regulates bone-repair'] },
    { text: 'The critical role of inflammatory cytokines, particularly IL-6, in fracture healing is known.', reads: ['pro-inflammatory-cytokine regulates bone-repair', 'il-6 regulates bone-repair'] },
    { text: 'The stimulatory effect on OPG mRNA levels was detected after 2 h of incubation with TNF-α.', reads: ['tnf-alpha promotes opg'] },
    { text: 'The inhibitory effect on osteoclast formation was lost after treatment with IL-4.', not: ['il-4 inhibits osteoclastogenesis'] },
    { text: 'The effects of immune cells, in particular macrophages, on the behaviour of MSCs are large.', reads: ['macrophage regulates msc'], not: ['immune-cell regulates macrophage'] },
    { text: 'The beneficial effect of IL-6 antibody treatment on fracture healing was clear.', reads: ['il-6 inhibits bone-repair'], not: ['il-6 promotes bone-repair'] },
    { text: 'Benefits of hypoxic culture on bone marrow MSCs', reads: ['hypoxia promotes msc'] },
    { text: 'The role of IL-4 in the regulation of osteoclast generation and function, however, is unclear.', not: ['il-4 regulates osteoclastogenesis'] },
    { text: 'Bone macrophages and their crucial role in bone regeneration have been studied.', reads: ['bone-macrophage regulates bone-repair'] },
    { text: 'Our data demonstrate a critical role of macrophages in MSC-mediated bone repair.', reads: ['macrophage regulates bone-repair'] },
    { text: 'Macrophages in fracture healing: their essential role in endochondral ossification', reads: ['macrophage regulates bone-formation'], not: ['bone-repair regulates bone-formation'] },
    { text: 'Exosomes and their crucial role in M2 polarization have been studied.', reads: ['exosome regulates m2-polarization'] },
    { text: 'The macrophage and its crucial role in bone repair have been studied.', reads: ['macrophage regulates bone-repair'] },
    { text: 'Blocking JNK restored TNF-α effects on osteoblast differentiation.', reads: ['tnf-alpha regulates osteoblast-differentiation'] },
    { text: 'Animal studies show the role of IL-17 and Th17 cells in gingival inflammation.', reads: ['il-17 regulates inflammation'] },
    { text: 'The stimulatory effect of IL-6 deficiency on bone formation was lost.', reads: ['il-6 inhibits bone-formation'], not: ['il-6 promotes bone-formation'] },
    { text: 'The inhibitory effects of TGF-β1 and TGF-β2 on bone resorption were strong.', reads: ['tgf-beta1 inhibits bone-resorption'] },
    { text: 'IL-6 had no additional effect on osteoclast formation in the presence of RANKL.', not: ['il-6 regulates! osteoclastogenesis'] },
    { text: 'Neither IL-4 nor IL-13 had an effect on osteoblast proliferation.', not: ['il-13 regulates! osteoblast'] },
    { text: 'TNF-α is a cytokine involved in the immune-inflammatory response.', reads: ['tnf-alpha regulates inflammation'] },
    // (A joint before the disease only says where it is: "knee OA".)
    { text: 'Macrophages are involved in the pathogenesis of knee OA.', reads: ['macrophage regulates osteoarthritis'] },
    { text: 'The inactivation of NF-κB is involved in the down-regulation of osteoclastogenesis.', reads: ['nf-kappab promotes osteoclastogenesis'], not: ['nf-kappab inhibits osteoclastogenesis'] },
    { text: 'IL-17 is a cytokine implicated in the promotion of osteoclast formation.', reads: ['il-17 promotes osteoclastogenesis'] },
    { text: 'Several factors are involved in MSC-mediated immunosuppression, including IDO, PGE2 and IL-10.', reads: ['pge2 regulates msc-immunomodulation', 'il-10 regulates msc-immunomodulation'] },
    { text: 'Cytokines are involved in osteoclast formation, such as IL-6 and TNF-α.', reads: ['il-6 regulates osteoclastogenesis', 'tnf-alpha regulates osteoclastogenesis'] },
    { text: 'Other factors have not been involved in MSC-mediated immunosuppression, including IL-10.', reads: ['il-10 regulates! msc-immunomodulation'] },
    { text: 'The genes involved in osteoclast formation, such as NFATc1, were listed.', not: ['nfatc1 regulates osteoclastogenesis'] },
    { text: 'Several studies analysed the inhibitory effect exerted by MSCs on T-cell proliferation.', reads: ['msc inhibits t-cell-proliferation'] },
    { text: 'We examined the effect of IL-4 on NFATc1.', not: ['il-4 regulates nfatc1'] },
    { text: 'The importance of IL-6 in osteoclast formation is well documented.', reads: ['il-6 regulates osteoclastogenesis'] },
    { text: 'IL-4 has an inhibitory effect on NFATc1.', reads: ['il-4 inhibits nfatc1'] },
    { text: 'We saw a stimulatory effect of TNF-α on LRG1.', reads: ['tnf-alpha promotes lrg1'] },
    { text: 'The biphasic effects of IFN-γ on osteoclastogenesis were studied.', reads: ['ifn-gamma regulates osteoclastogenesis'] },
    { text: 'IL-6 plays a key role in osteoclastogenesis.', reads: ['il-6 regulates osteoclastogenesis'] },
    { text: 'Cytokines play a pivotal role in bone homeostasis.', reads: ['cytokine regulates bone-homeostasis'] },
    { text: 'Receptor activator of NF-κB ligand (RANKL; also known as ODF) plays critical roles in osteoclast differentiation.', reads: ['rankl regulates osteoclastogenesis'] },
    { text: 'Macrophages play a role in the early phases of fracture repair.', reads: ['macrophage regulates bone-repair'] },
    { text: 'TGF-β has complex effects on the formation of osteoclasts.', reads: ['tgf-beta regulates osteoclastogenesis'] },
    { text: 'IL-1β has pro-proliferative effects on MSCs.', reads: ['il-1beta promotes msc-proliferation'], not: ['il-1beta regulates msc'] },
    { text: 'TNF-α exerted an antiproliferative effect on MSCs.', reads: ['tnf-alpha inhibits msc-proliferation'] },
    { text: 'The IL-6 effect on bone formation was reduced by mTOR inhibition.', reads: ['il-6 regulates bone-formation'] },
    { text: 'We used a defect model to explore the IL-6 role in bone formation.', not: ['il-6 regulates bone-formation'] },
    { text: 'TGF-β has widely recognized roles in bone formation, and MSC migration occupies an important role in fracture healing.', reads: ['tgf-beta regulates bone-formation', 'msc-migration regulates bone-repair'] },
    { text: 'Macrophages educated by IL-4-activated MSCs showed stronger stimulatory effects on the osteogenic differentiation of MSCs.', reads: ['macrophage promotes msc-osteogenic-differentiation'], not: ['msc promotes msc-osteogenic-differentiation'] },
    { text: 'A central role for IL-6 in osteoclast formation was shown.', reads: ['il-6 regulates osteoclastogenesis'] },
    { text: 'IL-6 has no effect with regard to MSC proliferation.', reads: ['il-6 regulates! msc-proliferation'] },
    { text: 'Macrophages play roles in development, homeostasis and bone repair.', reads: ['macrophage regulates bone-repair'] },
    { text: 'Effects of IL-10 treated macrophages on MSCs', reads: ['macrophage regulates msc'], not: ['il-10 reduces macrophage'] },
    { text: 'IL-4 and IFN-γ: bidirectional effects on osteoclast formation', reads: ['il-4 regulates osteoclastogenesis', 'ifn-gamma regulates osteoclastogenesis'] },
    { text: 'IL-4 had no effect on NFATc1 in these cells.', reads: ['il-4 regulates! nfatc1'] },
    { text: 'MSCs exert an age-related regulatory effect on macrophages.', reads: ['msc regulates macrophage'] },
    { text: 'IL-6 does not have an autocrine role in the proliferation of MSCs.', reads: ['il-6 regulates! msc-proliferation'] },
    { text: 'NF-κB is involved in osteoclastogenesis.', reads: ['nf-kappab regulates osteoclastogenesis'] },
    { text: 'Macrophages take part in bone repair.', reads: ['macrophage regulates bone-repair'] },
    { text: 'CCL2 is a potent chemokine involved in the recruitment of macrophages.', reads: ['ccl2 regulates macrophage-recruitment'] },
    { text: 'IL-6 is a pleiotropic cytokine involved in the regulation of osteoclastogenesis.', reads: ['il-6 regulates osteoclastogenesis'] },
    { text: 'TNF-α cooperates with RANKL in the generation of osteoclasts.', reads: ['tnf-alpha promotes osteoclastogenesis'] },
    { text: 'IL-4 had little effect on NFATc1 expression.', reads: ['il-4 regulates!? nfatc1'], not: ['il-4 regulates nfatc1'] },
    { text: 'Neither IL-4 nor IL-13 had any stimulatory effect on osteoclast formation.', reads: ['il-4 promotes! osteoclastogenesis'], not: ['il-4 promotes osteoclastogenesis'] },
    { text: 'IL-4 cooperates with IL-10 in the inhibition of osteoclastogenesis.', reads: ['il-4 inhibits osteoclastogenesis'] },
    { text: 'MSCs play a central role in cartilage repair and bone regeneration.', reads: ['msc regulates bone-repair'] },
    { text: 'MSCs have immunomodulatory effects impacting macrophages.', reads: ['msc regulates macrophage'] },
    { text: 'The role of TGF-β1 expressed in MSCs in promoting bone formation was tested.', reads: ['tgf-beta1 promotes bone-formation'] },
    { text: 'Effect of locally sustained TNF-α delivery on osteogenic differentiation of MSCs', reads: ['tnf-alpha regulates msc-osteogenic-differentiation'] },
    { text: 'We examined the effect of IL-4 on NFATc1 in these cells.', not: ['il-4 regulates nfatc1'] },
    { text: 'The role of IL-6 appears to be most important in the early stages of fracture healing.', reads: ['il-6 regulates bone-repair'] },
    { text: 'Effectiveness of MSC-conditioned medium in bone regeneration: a systematic review', reads: ['msc promotes bone-repair'] },
    { text: 'The transcriptome highlights the involvement of STAT3 signaling pathway in the osteoinduction of BMSCs.', reads: ['stat3 regulates msc-osteogenic-differentiation'] },
    { text: 'The benefits of MSC-conditioned medium in osteoarthritis were striking.', reads: ['msc inhibits osteoarthritis'] },
    { text: 'Effects of living and metabolically inactive MSCs and their derivatives on monocytes and macrophages', reads: ['msc regulates macrophage'] },
    { text: 'The role of IL-6 is unclear in fracture healing.', not: ['il-6 regulates bone-repair'] },
    { text: 'The function of IL-6 in osteoclast formation is not well known.', not: ['il-6 regulates osteoclastogenesis'] },
    { text: 'The effect of IL-6 on osteoclast formation was evaluated in mice.', not: ['il-6 regulates osteoclastogenesis'] },
    { text: 'Recently, the effects of IL-6 on osteoclast formation have been investigated.', not: ['il-6 regulates osteoclastogenesis'] },
    { text: 'The effects of IL-17 and TNF-α on the regulation of osteoclast development were investigated.', not: ['il-17 regulates osteoclastogenesis', 'tnf-alpha regulates osteoclastogenesis'] },
    { text: 'These findings show the contribution of macrophages to bone repair.', reads: ['macrophage regulates bone-repair'] },
    { text: 'Macrophages are phagocytic cells with effects on fracture healing.', reads: ['macrophage regulates bone-repair'] },
    { text: 'IL-1β, a cytokine with strong effects on MSC proliferation, was added.', reads: ['il-1beta regulates msc-proliferation'] },
    { text: 'The mechanism underlying the effect of IL-4 on NFATc1 remains unclear.', reads: ['il-4 regulates nfatc1'] },
  ],
};
