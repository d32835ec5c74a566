/**
 * What a means phrase says of the term it names: "X suppressed osteoclastogenesis by inhibiting NFATc1"
 * says that NFATc1 drives osteoclastogenesis (lowering it lowered the effect); "X enhanced osteogenesis by
 * suppressing NF-κB" says NF-κB holds osteogenesis back; "X induces osteogenesis through oncostatin M"
 * says oncostatin M takes part in it, with no direction (a bare "through Z" does not say whether X raised
 * or lowered Z). The clause's actor need not be a term the lexicon knows ("The compound suppressed …").
 * An inference two steps from the words: read at across-clause reach with a base below the warning line.
 */
import { relationOfSign, type Sign } from '../../lexicon/relations';
import { AUXILIARIES, BE_FORMS, DETERMINERS, INVOLVEMENT_WORDS, MEANS_PREPOSITIONS, PATHWAY_MODIFIERS, ROLE_NOUNS } from '../grammar';
import { emitPairs, type ClaimSink } from '../sink';
import { bareTermMoved, meansObjectAt, objectAfter, subjectBefore } from '../sentence/args';
import { clauseEnd, clauseStart } from '../sentence/clauses';
import { groupRight, type Group } from '../sentence/groups';
import { polarity, sentenceFrame } from '../sentence/polarity';
import { contextFor } from '../sentence/qualifiers';
import { verbCueAt, type Cue } from '../sentence/verbCue';
import type { SentenceView } from '../sentence/view';
import { hasComma } from '../tokens';
import { firstMainVerb, isEnt, isParticipleAdjective, isVerbAt, word } from '../sentence/words';
import type { Rule } from './rule';

interface Effect {
  cue: Cue;
  /** What the clause's verb acts on, and the direction it acts in. */
  target: Group;
  sign: Sign;
  hedged: boolean;
}

/**
 * The signed effect the clause states before the means phrase at `i`: an active verb and its object
 * ("suppressed osteoclastogenesis"), or a passive one and its subject ("osteoclastogenesis was suppressed").
 */
function effectBefore(v: SentenceView, cs: number, i: number): Effect | undefined {
  const involved = involvementBefore(v, cs, i);
  if (involved) return involved;
  // The verb nearest the phrase: in "IL-17 induced Y, which was attenuated by blocking Z" the means
  // belongs to "attenuated", and "which" is no term.
  for (let j = i - 1; j >= cs; j--) {
    // ("inhibits BMP2/7-induced osteoclastogenesis … via Z": a participle glued by a hyphen is a modifier's, not the clause's verb.)
    if (!isVerbAt(v, j) || AUXILIARIES.has(word(v, j)) || v.toks[j - 1]?.post === '-' || attributiveParticiple(v, j) || postNominalParticiple(v, cs, j) || pluralTakenForVerb(v, j)) continue;
    // ("exert catabolic effects by promoting osteoclast formation and by inhibiting osteoblast activity": the
    // gerund of another means phrase is a means too, not the effect the next one carries.)
    if (/ing$/.test(word(v, j)) && MEANS_PREPOSITIONS.has(word(v, j - 1))) return undefined;
    const cue = verbCueAt(v, j);
    // (An undirected verb of regulation passes its lack of direction on: "X regulates Y through Z" says Z
    // takes part in Y; other verbs without a sign, of making or binding, carry no effect to pass on.)
    if (!cue || (cue.sign === 0 && cue.relation !== 'regulates') || cue.lineage !== undefined || cue.swap) return undefined;
    const pol = polarity(v, cs, j);
    if (pol.negated) return undefined;
    if (BE_FORMS.has(word(v, j - 1))) {
      const subject = subjectBefore(v, j - 1, cs);
      if (!subject || subject.reverse) return undefined;
      return { cue, target: subject.group, sign: cue.sign, hedged: pol.hedged };
    }
    const found = objectAfter(v, cue.lastAt, i - 1, v.nlp.cueLemma(word(v, j)));
    if (!found || found.negated || found.replace !== undefined || found.group.last >= i) return undefined;
    return { cue, target: found.group, sign: (cue.sign * found.sign) as Sign, hedged: pol.hedged };
  }
  return undefined;
}

/**
 * "Substance P is involved in tissue repair by promoting MSC migration": a part taken in Y ("involved /
 * implicated in Y") is an effect on Y with no direction, which the means phrase's term then takes part in.
 */
function involvementBefore(v: SentenceView, cs: number, i: number): Effect | undefined {
  for (let j = cs; j < i - 2; j++) {
    // ("X is involved in Y", "X plays a critical role in Y by regulating Z")
    if (!(INVOLVEMENT_WORDS.has(word(v, j)) || ROLE_NOUNS.has(word(v, j))) || word(v, j + 1) !== 'in' || !isEnt(v, j + 2)) continue;
    const target = groupRight(v, j + 2);
    if (target.last >= i) return undefined;
    const pol = polarity(v, cs, j);
    if (pol.negated) return undefined;
    return { cue: { at: j, lastAt: j + 1, relation: 'regulates', sign: 0, lineage: undefined }, target, sign: 0, hedged: pol.hedged };
  }
  return undefined;
}

/**
 * "induces Y to the infarcted brain area via Z", "to infarcted brain areas via Z": a past participle between
 * an article (or a preposition) and a noun qualifies the noun, and is not the verb the means phrase belongs to.
 */
function attributiveParticiple(v: SentenceView, j: number): boolean {
  return (DETERMINERS.has(word(v, j - 1)) || /^(to|into|in|at|of)$/.test(word(v, j - 1))) && !isEnt(v, j + 1) && isParticipleAdjective(v, j);
}

/**
 * "X favors osteoclastogenesis in ligament cells co-cultured with T cells by upregulating Z": a past
 * participle right after a noun and before its own preposition, with the clause's verb earlier, describes
 * that noun (a reduced relative clause), and is not the verb the means phrase belongs to.
 */
function postNominalParticiple(v: SentenceView, cs: number, j: number): boolean {
  if (!/ed$/.test(word(v, j)) || !v.toks[j + 1]?.tags.has('Preposition')) return false;
  const before = v.toks[j - 1];
  if (!before || hasComma(before) || !before.tags.has('Noun') || BE_FORMS.has(word(v, j - 1))) return false;
  return firstMainVerb(v, cs, j - 1) >= 0;
}

/**
 * "prevent bone loss in murine (periodontitis) models via IL-10": a plural noun the tagger took for a verb
 * ("models"), with no cue of its own, after a preposition and at most three words that qualify it, is no
 * verb the means phrase could belong to.
 */
function pluralTakenForVerb(v: SentenceView, j: number): boolean {
  if (!/s$/.test(word(v, j)) || v.nlp.cueLemma(word(v, j)) !== undefined) return false;
  for (let k = j - 1; k >= Math.max(0, j - 3); k--) {
    const t = v.toks[k];
    if (hasComma(t)) return false;
    if (t.tags.has('Preposition')) return k < j - 1;
    if (!(t.ent !== undefined || t.tags.has('Adjective') || (t.tags.has('Noun') && !t.tags.has('Pronoun')))) return false;
  }
  return false;
}

/**
 * The term the means phrase of the preposition at `i` names (its head at `k`, past determiners), and how
 * the clause's actor moved it (0: not said).
 */
function carrierAt(v: SentenceView, i: number, k: number, end: number): { group: Group; sign: Sign } | undefined {
  const preposition = word(v, i);
  const phrase = meansObjectAt(v, k, end);
  // "accompanied by a reduction of Z": after a participle, "by" names an agent, not a means.
  if (phrase) return phrase.gerund !== undefined || preposition !== 'by' || !isVerbAt(v, i - 1) ? phrase : undefined;
  // "by Z" is a passive's agent, not a means; "through Z" names Z taking part ("through Z activation":
  // moved as the nominal after it says).
  if (preposition === 'by' || !isEnt(v, k) || /ing$/.test(word(v, k))) return undefined;
  return bareTermMoved(v, k);
}

function readCarriers(v: SentenceView, sink: ClaimSink): void {
  for (let i = 1; i < v.n - 1; i++) {
    if (!MEANS_PREPOSITIONS.has(word(v, i)) || v.toks[i].ent !== undefined) continue;
    const frame = sentenceFrame(v, i);
    if (frame.skip) continue;
    const cs = clauseStart(v, i);
    const effect = effectBefore(v, cs, i);
    if (!effect) continue;
    let k = i + 1;
    while (k < v.n && DETERMINERS.has(word(v, k))) k++;
    // ("through the upstream RANKL/RANK signalling pathway": past a word that only qualifies the term.)
    for (let q = 0; q < 2 && k < v.n && !isEnt(v, k) && (PATHWAY_MODIFIERS.has(word(v, k)) || (v.toks[k].tags.has('Adjective') && !/ing$/.test(word(v, k)))) && isEnt(v, k + 1); q++) k++;
    const carrier = carrierAt(v, i, k, clauseEnd(v, k));
    if (!carrier || carrier.group.first <= effect.target.last) continue;
    const sign = (carrier.sign * effect.sign) as Sign;
    emitPairs(v, sink, { ...effect.cue, relation: relationOfSign(sign), sign }, carrier.group, effect.target, sign, {
      negated: false, hedged: effect.hedged || frame.hedged, passive: false, ctx: contextFor(v, cs, carrier.group.last, effect.target),
      reach: 'across-clauses',
    });
  }
}

export const meansCarrier: Rule = {
  id: 'means-carrier',
  phenomenon: 'The term a means phrase names carries the clause\'s effect: "X suppressed Y by inhibiting Z" (Z promotes Y), "X induces Y through Z" (Z takes part in Y).',
  confidence: 0.75,
  read: readCarriers,
  examples: [
    { text: 'These cytokines exert catabolic effects by promoting osteoclast formation and by inhibiting osteoblast activity.', not: ['osteoblast inhibits osteoclastogenesis'] },
    { text: 'The compound suppressed osteoclastogenesis by inhibiting the expression of NFATc1.', reads: ['nfatc1 promotes osteoclastogenesis'] },
    { text: 'IL-4 suppressed osteoclastogenesis by inhibiting NFATc1.', reads: ['nfatc1 promotes osteoclastogenesis'] },
    // ("depress" lowers; the harm of a cell, "osteoblast apoptosis", says nothing of what the cell does.)
    { text: 'Glucocorticoids depress bone formation by inhibiting osteoblastogenesis and increasing osteoblast apoptosis.', reads: ['osteoblast-differentiation promotes bone-formation'], not: ['osteoblast inhibits bone-formation'] },
    { text: 'The neuropeptide is involved in bone repair by promoting the migration of MSCs.', reads: ['msc-migration regulates bone-repair'] },
    { text: 'Store-operated calcium entry plays a key role in osteoclast differentiation by controlling NFATc1 activation.', reads: ['nfatc1 regulates osteoclastogenesis'] },
    { text: 'The peptide raised MSC migration through overexpression of CXCR4.', reads: ['cxcr4 promotes msc-migration'] },
    { text: 'The compound promoted M2 polarization by suppressing NF-κB activation.', reads: ['nf-kappab inhibits m2-polarization'] },
    { text: 'Osteoclastogenesis was attenuated through inhibition of NFATc1.', reads: ['nfatc1 promotes osteoclastogenesis'] },
    { text: 'NFATc1 is activated through the upstream RANKL/RANK signaling pathway.', reads: ['rankl-rank regulates nfatc1'] },
    { text: 'The ceramic induced osteogenesis through oncostatin M.', reads: ['osm regulates bone-formation'], not: ['osm promotes bone-formation', 'osm inhibits bone-formation'] },
    { text: 'The compound did not suppress osteoclastogenesis by inhibiting NFATc1.', not: ['nfatc1 promotes osteoclastogenesis'] },
    { text: 'Osteoclastogenesis was suppressed by IL-4.', not: ['il-4 regulates osteoclastogenesis'] },
    { text: 'IL-17 induced osteogenesis, which was attenuated by blocking IL-6.', reads: ['il-6 promotes bone-formation'], not: ['il-6 inhibits bone-formation'] },
    { text: 'MSCs inhibited T cell proliferation, which was accompanied by a reduction of TNF-α.', not: ['tnf-alpha promotes t-cell-proliferation'] },
    { text: 'Osteocytes regulate bone resorption through the expression of RANKL.', reads: ['rankl regulates bone-resorption'], not: ['rankl promotes bone-resorption'] },
    { text: 'Hypoxia induces MSC migration to the injured tissue via CXCR4.', reads: ['cxcr4 regulates msc-migration'] },
    { text: 'Stroke induces MSC migration to infarcted brain areas via CXCR4 signalling.', reads: ['cxcr4 regulates msc-migration'] },
    { text: 'The compound inhibited osteoclastogenesis via NF-κB inhibition.', reads: ['nf-kappab promotes osteoclastogenesis'], not: ['nf-kappab regulates osteoclastogenesis'] },
    { text: 'Retinoic acid inhibits TNF-α-induced osteoclastogenesis via the RANKL-RANK pathway.', reads: ['rankl-rank regulates osteoclastogenesis'] },
    { text: 'The compound restrains bone loss by preventing osteoclast mitophagy impairment.', not: ['osteoclast inhibits bone-resorption', 'osteoclast promotes bone-resorption'] },
    { text: 'MSCs secrete PGE2 through exosomes.', not: ['exosome regulates pge2'] },
    { text: 'STAT3 is essential for promoting osteogenesis by activating RUNX2.', reads: ['runx2 promotes bone-formation'] },
    { text: 'Exosomes prevent bone loss in murine models via IL-10.', reads: ['il-10 regulates bone-resorption'] },
    { text: 'Smoke favored osteoclastogenesis in fibroblasts co-cultured with T cells by upregulating IL-1β.', reads: ['il-1beta promotes osteoclastogenesis'] },
  ],
};
