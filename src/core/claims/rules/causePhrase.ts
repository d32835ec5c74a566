/**
 * A cause named after its effect by a phrase: "increased bone destruction due to enhanced
 * osteoclastogenesis", "osteoblast differentiation is increased secondary to stimulated osteoclast
 * formation", "bone loss owing to reduced IL-10". The cause acts on the effect; the changes written with
 * each give the direction (both up or both down: it promotes it; one up, one down: it inhibits it; none:
 * it brings it about). A denied cause ("… was not due to X") says nothing of what X does, and is not read.
 */
import { relationOfSign, type Sign } from '../../lexicon/relations';
import { BE_FORMS, CAUSE_PHRASES, CHANGED_PARTICIPLES, CHANGE_VERBS, DETERMINERS, EFFECT_NOUNS, HEDGE_WORDS, MODAL_HEDGES, NEGATORS, OCCURRENCE_VERBS, TREATMENT_NOUNS, VERB_CUES } from '../grammar';
import { emitPairs, type ClaimSink } from '../sink';
import { clauseStart } from '../sentence/clauses';
import { groupLeft, groupRight, type Group } from '../sentence/groups';
import { polarity, sentenceFrame } from '../sentence/polarity';
import { contextFor } from '../sentence/qualifiers';
import type { SentenceView } from '../sentence/view';
import { changeSignOf, changeWordBefore, isAdverbish, isEnt, isVerbAt, mentionOf, phraseAt, word } from '../sentence/words';
import { hasComma } from '../tokens';
import type { Rule } from './rule';

/** Most words between the effect and the cause phrase ("Y was markedly increased mainly due to"). */
const EFFECT_REACH = 5;

/** The effect before the phrase at `at`: its term group and the direction a change word gives it. */
function effectBefore(v: SentenceView, at: number): { group: Group; sign: Sign; actsThrough?: boolean } | undefined {
  const start = clauseStart(v, at);
  let sign: Sign = 0;
  for (let k = at - 1; k >= start && k >= at - 1 - EFFECT_REACH; k--) {
    const w = word(v, k);
    if (isEnt(v, k)) {
      // ("Periarticular osteolysis, a crippling complication of rheumatoid arthritis, is the product of …": a
      // term closing an apposition is not the effect; the term the apposition describes is.)
      // (Not the antecedent of "which occurs due to": that term is the effect.)
      const group = hasComma(v.toks[k]) && word(v, k + 1) !== 'which' ? describedByApposition(v, start, k) : groupLeft(v, k);
      if (!group) return undefined;
      // ("of interest for the treatment of immune diseases owing to …": what is treated is no effect.)
      if (word(v, group.first - 1) === 'of' && TREATMENT_NOUNS.has(word(v, group.first - 2))) return undefined;
      // ("The effects of MSCs are due to their paracrine activity": the term's own effect, owed to a means.)
      if (word(v, group.first - 1) === 'of' && EFFECT_NOUNS.has(word(v, group.first - 2))) return { group, sign: 0, actsThrough: true };
      // ("reduced osteoblast matrix mineralization due to …": a cell term before the effect names whose it is.)
      const owner = isEnt(v, group.first - 1) && !hasComma(v.toks[group.first - 1]) && mentionOf(v, group.first - 1).type === 'cell' ? group.first - 1 : group.first;
      return { group, sign: sign !== 0 ? sign : changeWordBefore(v, owner).sign || verbSignBefore(v, owner) };
    }
    // "Y was increased due to", "Y increased due to" (a negator between is read by the verb group's polarity)
    const change = (CHANGED_PARTICIPLES[w] ?? CHANGE_VERBS[w]) as Sign | undefined;
    if (change !== undefined && change !== 0) sign = change;
    // ("bone destruction, which occurs due to …": a relative pronoun stands for the effect before it.)
    else if (!(BE_FORMS.has(w) || OCCURRENCE_VERBS.has(w) || (w === 'which' && OCCURRENCE_VERBS.has(word(v, k + 1))) || NEGATORS.has(w) || isAdverbish(v, k) || HEDGE_WORDS.has(w) || MODAL_HEDGES.has(w))) return undefined;
  }
  return undefined;
}

/**
 * "X reduces postnatal bone formation due to …": the direction of the verb whose object the effect is, past
 * its determiners and adjectives; 0 when there is none.
 */
function verbSignBefore(v: SentenceView, first: number): Sign {
  let b = first - 1;
  while (b >= 0 && v.toks[b].ent === undefined && (DETERMINERS.has(word(v, b)) || v.toks[b].tags.has('Adjective'))) b--;
  if (b < 0 || !isVerbAt(v, b)) return 0;
  return (VERB_CUES[v.nlp.cueLemma(word(v, b)) ?? '']?.sign ?? 0) as Sign;
}

/**
 * The term an apposition ending with a comma at `end` describes: "X, a complication of Y," → X; undefined
 * when no such apposition opens between `start` and `end`.
 */
function describedByApposition(v: SentenceView, start: number, end: number): Group | undefined {
  for (let j = end - 1; j >= start; j--) {
    if (!hasComma(v.toks[j])) continue;
    return isEnt(v, j) && DETERMINERS.has(word(v, j + 1)) ? groupLeft(v, j) : undefined;
  }
  return undefined;
}

/** The cause after the phrase ending before `k`: its term group and the direction a change word gives it. */
function causeAfter(v: SentenceView, k: number): { group: Group; sign: Sign } | undefined {
  let j = k;
  while (j < v.n && (DETERMINERS.has(word(v, j)) || isAdverbish(v, j))) j++;
  const sign = changeSignOf(word(v, j));
  if (sign !== 0) j++;
  return isEnt(v, j) ? { group: groupRight(v, j), sign } : undefined;
}

function readCausePhrases(v: SentenceView, sink: ClaimSink): void {
  for (let i = 1; i < v.n; i++) {
    const phrase = CAUSE_PHRASES.find((p) => phraseAt(v, i, p));
    if (!phrase) continue;
    const frame = sentenceFrame(v, i);
    if (frame.skip) continue;
    const effect = effectBefore(v, i);
    const cause = effect && causeAfter(v, i + phrase.length);
    if (!effect || !cause) continue;
    if (cause.group.ents.some((e) => effect.group.ents.includes(e))) continue;
    if (effect.actsThrough) {
      // The term acts through the cause, in no stated direction.
      const pol = polarity(v, effect.group.last + 1, i);
      if (pol.negated) continue;
      emitPairs(v, sink, { at: i, lastAt: i + phrase.length - 1, relation: 'regulates', sign: 0, lineage: undefined }, effect.group, cause.group, 0, {
        negated: false, hedged: pol.hedged || frame.hedged, passive: false, ctx: contextFor(v, clauseStart(v, i), cause.group.last, effect.group),
      });
      continue;
    }
    const sign = ((effect.sign === 0 ? 1 : effect.sign) * (cause.sign === 0 ? 1 : cause.sign)) as Sign;
    const pol = polarity(v, effect.group.last + 1, i);
    if (pol.negated) continue;
    emitPairs(v, sink, { at: i, lastAt: i + phrase.length - 1, relation: relationOfSign(sign), sign, lineage: undefined }, cause.group, effect.group, sign, {
      negated: false, hedged: pol.hedged || frame.hedged, passive: false, ctx: contextFor(v, clauseStart(v, i), cause.group.last, cause.group),
    });
  }
}

export const causePhrase: Rule = {
  id: 'cause-phrase',
  phenomenon: 'A cause named after its effect ("increased Y due to enhanced X", "Y is increased secondary to stimulated X"): X acts on Y, in the direction the two changes give.',
  confidence: 0.75,
  read: readCausePhrases,
  examples: [
    { text: 'Bone loss, a complication of arthritis, is the product of enhanced osteoclast formation.', reads: ['osteoclastogenesis promotes bone-resorption'], not: ['osteoclastogenesis promotes immune-disease'] },
    { text: 'Bone loss is a consequence of reduced IL-10.', reads: ['il-10 inhibits bone-resorption'] },
    { text: 'The mice showed reduced osteoblast matrix mineralization due to IL-1β.', reads: ['il-1beta inhibits bone-mineralization'], not: ['il-1beta promotes bone-mineralization'] },
    { text: 'MSCs are studied in trials of immune diseases because of their ability to secrete growth factors.', not: ['msc promotes immune-disease'] },
    { text: 'Periodontitis shows increased bone destruction due to enhanced osteoclastogenesis.', reads: ['osteoclastogenesis promotes bone-resorption'] },
    { text: 'Inactivation of CXCR4 reduces bone formation due to impaired osteoblast development.', reads: ['osteoblast promotes bone-formation'], not: ['osteoblast inhibits bone-formation'] },
    { text: 'Bone resorption is increased secondary to stimulated osteoclast formation.', reads: ['osteoclastogenesis promotes bone-resorption'] },
    { text: 'Bone loss was owing to reduced IL-10.', reads: ['il-10 inhibits bone-resorption'] },
    { text: 'Bone destruction occurs due to the differentiation and proliferation of osteoclasts.', reads: ['osteoclastogenesis promotes bone-resorption'] },
    { text: 'The main sign is bone destruction, which occurs due to osteoclast formation.', reads: ['osteoclastogenesis promotes bone-resorption'] },
    { text: 'MSCs, which, because of their osteogenic potential, are used in bone repair.', not: ['msc-osteogenic-differentiation promotes msc'] },
    { text: 'Bone loss results from enhanced osteoclast formation.', reads: ['osteoclastogenesis promotes bone-resorption'] },
    { text: 'MSCs are of interest for the treatment of osteoarthritis owing to their immunosuppressive ability.', not: ['msc-immunomodulation promotes osteoarthritis'] },
    { text: 'Bone loss is attributed to osteoclasts.', reads: ['osteoclast promotes bone-resorption'] },
    { text: 'The effects of MSCs are mainly attributed to their paracrine activity.', reads: ['msc regulates paracrine-signalling'], not: ['paracrine-signalling promotes msc'] },
    { text: 'The reduced bone resorption was not due to IL-4.', not: ['il-4 promotes bone-resorption', 'il-4 inhibits bone-resorption'] },
  ],
};
