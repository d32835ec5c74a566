/**
 * Means phrases: "MSCs repair bone through (the) induction of M2 polarization", "via suppression of
 * NFATc1", "through promoting M2 polarization". The phrase names how the clause's actor works, so the
 * actor of the nominal or gerund is the clause's subject, not the noun nearest to it ("MSCs rejuvenate
 * muscle through regulating …": MSCs regulate, not muscle).
 */
import { relationOfSign, type Sign } from '../../lexicon/relations';
import { AUXILIARIES, BE_FORMS, DEPENDENCE_ADJECTIVES, DETERMINERS, MANNER_NOUNS, MEANS_PREPOSITIONS } from '../grammar';
import { emitPairs, type ClaimSink } from '../sink';
import { bareTermMoved, meansObjectAt, subjectBefore, type Subject } from '../sentence/args';
import { nominalAgents } from '../sentence/nominalAgents';
import { clauseEnd, clauseStart } from '../sentence/clauses';
import { polarity, sentenceFrame } from '../sentence/polarity';
import { contextFor } from '../sentence/qualifiers';
import type { SentenceView } from '../sentence/view';
import { groupRight } from '../sentence/groups';
import { adverbsBefore, firstMainVerb, isEnt, isVerbAt, mentionOf, word } from '../sentence/words';
import type { Rule } from './rule';

/** The last verb other than an auxiliary in [from, b), or `from` when there is none. */
function verbBefore(v: SentenceView, b: number, from: number): number {
  for (let k = b - 1; k > from; k--) if (isVerbAt(v, k) && !AUXILIARIES.has(word(v, k))) return k;
  return from;
}

/**
 * Who the means phrase belongs to: the subject of the clause's first verb before `end`, or the agent of
 * a passive ("Bone formation is increased by MSCs through …").
 */
function clauseActor(v: SentenceView, cs: number, end: number): { actor: Subject; verb: number } | undefined {
  let start = cs;
  for (let j = cs; j < end; j++) {
    if (!isVerbAt(v, j) || AUXILIARIES.has(word(v, j))) continue;
    // ("Our data suggest that MSCs repair bone through …": the clause the "that" opens is the one with the means.)
    if (word(v, j + 1) === 'that') {
      start = j + 2;
      continue;
    }
    // (The passive's own verb is the one right before its "by", which may come after the clause's first verb:
    // "… provides evidence that IL-34 is induced by TNF-α through …".)
    for (let b = j + 1; b < end - 1; b++) if (word(v, b) === 'by' && isEnt(v, b + 1)) return { actor: { group: groupRight(v, b + 1), reverse: false }, verb: verbBefore(v, b, j) };
    const subject = subjectBefore(v, j, start);
    return subject ? { actor: subject, verb: j } : undefined;
  }
  // A title with no verb: "Inhibition of osteoclastogenesis by IL-10 through suppression of NFATc1" — the
  // nominal's agent.
  for (let k = cs; k < end; k++) {
    const nominal = nominalAgents(v, k);
    if (nominal?.via === 'by' && nominal.agents.last < end) return { actor: { group: nominal.agents, reverse: false }, verb: end };
  }
  return undefined;
}

/** Is the "by" at `by` the first after the passive verb at `verb` ("was suppressed (strongly) by …")? */
function passiveAgentBy(v: SentenceView, verb: number, by: number): boolean {
  const aux = adverbsBefore(v, verb - 1);
  if (!BE_FORMS.has(word(v, aux))) return false;
  for (let t = verb + 1; t < by; t++) if (word(v, t) === 'by') return false;
  return true;
}

/**
 * A bare term after "via" or "through" ("MSCs affect disease outcomes via macrophage polarization", "IL-4
 * inhibits osteoclastogenesis through STAT6"): the actor works through it, with no direction stated — unless
 * a nominal of change follows the term ("through NF-κB activation": the actor activates it). ("by" before a
 * bare term names an agent, never a means.)
 */
function bareMeans(v: SentenceView, i: number, k: number): ReturnType<typeof meansObjectAt> {
  if (word(v, i) === 'by' || !isEnt(v, k)) return undefined;
  return bareTermMoved(v, k);
}

/** The terms "in a … -dependent manner" depends on, from the first at k (each glued to its hyphen). */
function mannerTerms(v: SentenceView, k: number): ReturnType<typeof meansObjectAt> {
  const ents: number[] = [];
  let j = k;
  for (; j < v.n && joinsMannerTerms(v, j); j++) if (v.toks[j].ent !== undefined) ents.push(j);
  return ents.length > 0 ? { group: { first: k, last: j - 1, ents }, sign: 0 } : undefined;
}

/** A term, or a coordinator or slash between the terms of "in a TLR2/TLR4- and NF-κB-dependent manner". */
function joinsMannerTerms(v: SentenceView, j: number): boolean {
  return v.toks[j].ent !== undefined || /^(and|or)$/.test(word(v, j)) || v.toks[j].text.trim() === '/';
}

/**
 * "in a TLR4- and NF-κB-dependent manner" at i: the first term the manner depends on, or -1. The actor
 * works through those terms, as with "via".
 */
function dependentMannerAt(v: SentenceView, i: number): number {
  // (The terms are glued to "dependent" as a modifier is to its participle: their tokens, not isEnt.)
  if (word(v, i) !== 'in' || !/^an?$/.test(word(v, i + 1)) || v.toks[i + 2]?.ent === undefined) return -1;
  let last = i + 2;
  // ("a TLR2/TLR4- and NF-κB-dependent manner": coordinated terms, each glued by its hyphen.)
  while (last + 1 < v.n && joinsMannerTerms(v, last + 1)) last++;
  return DEPENDENCE_ADJECTIVES.has(word(v, last + 1)) && v.toks[last].post === '-' && MANNER_NOUNS.has(word(v, last + 2)) ? i + 2 : -1;
}

/**
 * Is there a verb of another clause between the actor's verb and a bare means at `end`? A gerund after
 * "by" is the actor's own means ("X elicits Y by suppressing Z through W activation": X still acts through W).
 */
function laterVerb(v: SentenceView, from: number, end: number): boolean {
  for (let j = firstMainVerb(v, from, end); j >= 0; j = firstMainVerb(v, j + 1, end)) {
    if (!(word(v, j - 1) === 'by' && /ing$/.test(word(v, j)))) return true;
  }
  return false;
}

function readMeans(v: SentenceView, sink: ClaimSink): void {
  for (let i = 1; i < v.n; i++) {
    const manner = dependentMannerAt(v, i);
    if ((!MEANS_PREPOSITIONS.has(word(v, i)) && manner < 0) || v.toks[i].ent !== undefined) continue;
    let k = manner >= 0 ? manner : i + 1;
    while (k < v.n && DETERMINERS.has(word(v, k))) k++;
    const frame = sentenceFrame(v, i);
    if (frame.skip) continue;
    const named = manner >= 0 ? undefined : meansObjectAt(v, k, clauseEnd(v, k));
    const object = named ?? (manner >= 0 ? mannerTerms(v, k) : bareMeans(v, i, k));
    // "by inducing …" after a verb is read by the verb-clause rule, which carries the actor itself.
    if (!object || (object.gerund && word(v, i) === 'by')) continue;
    const cs = clauseStart(v, i);
    const found = clauseActor(v, cs, i);
    if (!found) continue;
    const { actor } = found;
    // A bare term carries no verb of its own to anchor it: it belongs to the actor only when the actor's
    // verb is the last before it ("…, indicating that M1 macrophages induce apoptosis through exosomes"
    // is not about the first clause's subject).
    if (!named && laterVerb(v, found.verb + 1, i)) continue;
    // "Osteogenesis was suppressed by the inhibition of STAT3": the passive's agent, which the verb-clause rule reads.
    if (word(v, i) === 'by' && passiveAgentBy(v, found.verb, i)) continue;
    // "MSCs did not repair bone through …": what the denial denies (the effect or the means) is unclear.
    const pol = polarity(v, cs, found.verb);
    if (pol.negated) continue;
    if (object.group.first <= actor.group.last) continue;
    // (Only cells release or express: "IL-4 acts through the expression of STAT6" names no product of IL-4.)
    if (object.relation !== undefined && !actor.group.ents.every((e) => mentionOf(v, e).type === 'cell')) continue;
    const sign = (actor.reverse ? -object.sign : object.sign) as Sign;
    const relation = object.relation ?? (object.gerund?.sign === 0 ? object.gerund.relation : relationOfSign(sign));
    emitPairs(v, sink, { at: k, lastAt: k, relation, sign, lineage: undefined }, actor.group, object.group, sign, {
      negated: false, hedged: pol.hedged || frame.hedged, passive: false, ctx: contextFor(v, cs, object.group.last, actor.group),
      reach: 'across-clauses',
    });
  }
}

export const means: Rule = {
  id: 'means',
  phenomenon: 'A means phrase ("through the induction of Y", "via suppressing Y") whose actor is the subject of its clause.',
  confidence: 0.85,
  read: readMeans,
  examples: [
    { text: 'MSCs may repair bone through induction of M2 polarization of macrophages.', reads: ['msc promotes? m2-polarization'] },
    { text: 'Our data suggest that MSCs rejuvenate muscle through induction of M2 polarization.', reads: ['msc promotes? m2-polarization'] },
    { text: 'IL-4 protects bone via the suppression of NFATc1.', reads: ['il-4 inhibits nfatc1'] },
    { text: 'MSCs suppress T cells through the secretion of PGE2.', reads: ['msc secretes pge2'] },
    { text: 'The study gives first evidence that RANKL is raised by TNF-α through NF-κB activation.', reads: ['tnf-alpha promotes nf-kappab'] },
    { text: 'IL-6 promoted osteoclast formation in a STAT3-dependent manner.', reads: ['il-6 regulates stat3'] },
    { text: 'Inhibition of osteoclastogenesis by IL-10 through suppression of NFATc1', reads: ['il-10 inhibits nfatc1'] },
    { text: 'MSCs did not repair bone through suppression of osteoclastogenesis.', not: ['msc inhibits osteoclastogenesis', 'msc inhibits! osteoclastogenesis'] },
    { text: 'MSCs rejuvenate muscle through regulating macrophage polarization.', reads: ['msc regulates macrophage-polarization'], not: ['myocyte regulates macrophage-polarization'] },
    { text: 'MSCs rejuvenate tissue through promoting M2 polarization.', reads: ['msc promotes m2-polarization'] },
    { text: 'Bone loss was prevented by the suppression of osteoclastogenesis.', not: ['bone-loss inhibits osteoclastogenesis'] },
    { text: 'Bone formation is increased by MSCs through suppression of inflammation.', reads: ['msc inhibits inflammation'], not: ['bone-formation inhibits inflammation'] },
    { text: 'MSCs shape the outcome of colitis via macrophage polarization.', reads: ['msc regulates macrophage-polarization'] },
    { text: 'MSC apoptosis rose in the treated group, showing that M1 macrophages induce MSC apoptosis through exosomes.', not: ['msc-apoptosis regulates exosome'] },
    { text: 'MSCs were delivered by IL-10.', not: ['msc regulates il-10'] },
    { text: 'TNF-α induces IL-34 through NF-κB activation.', reads: ['tnf-alpha promotes nf-kappab'], not: ['tnf-alpha regulates nf-kappab'] },
    { text: 'TNF-α impaired osteogenesis by suppressing BMP signaling through JNK activation.', reads: ['tnf-alpha promotes jnk'] },
    // (The nominal acts on every member of its list, past members the lexicon does not name.)
    { text: 'MSCs enhance recovery via modulation of survival and inflammation.', reads: ['msc regulates inflammation'] },
  ],
};
