/**
 * Nominalisations with their agent: "inhibition of NFATc1 by IL-4", "the recruitment of MSCs by CCL2";
 * of secretion or expression with its source: "the secretion of OSM by macrophages", or with the cells it is
 * found in: "the expression of IDO in MSCs".
 */
import { relationOfSign, type Sign } from '../../lexicon/relations';
import { CHANGED_PARTICIPLES, DETERMINERS, NOMINAL_AGENT_WORDS, PREPOSITIONS } from '../grammar';
import { entityAhead } from '../sentence/args';
import { nominalAgents } from '../sentence/nominalAgents';
import { removesActor } from '../sentence/scope';
import { cellsTreatedAfter } from '../sentence/treatment';
import { hasComma } from '../tokens';
import { emitPairs, type ClaimSink } from '../sink';
import { clauseStart } from '../sentence/clauses';
import { groupRight } from '../sentence/groups';
import { nominalPolarity, sentenceFrame } from '../sentence/polarity';
import { contextFor } from '../sentence/qualifiers';
import type { SentenceView } from '../sentence/view';
import { isEnt, isVerbAt, mentionOf, word } from '../sentence/words';
import type { Rule } from './rule';

function readNominalOfBy(v: SentenceView, sink: ClaimSink): void {
  for (let i = 0; i < v.n; i++) {
    const found = nominalAgents(v, i);
    if (!found) continue;
    const frame = sentenceFrame(v, i);
    if (frame.skip) continue;
    const { objects, agents, source } = found;
    const nominal = found.sign;
    // ("the inhibition of NFATc1 by IL-4 knockdown": a removed agent acts the other way; a source stays one.)
    if (source !== undefined && removesActor(v, agents)) continue;
    const pol = nominalPolarity(v, i, agents.last);
    const sign = (removesActor(v, agents) ? -nominal : nominal) as Sign;
    emitPairs(v, sink, { at: i, lastAt: i, relation: source ?? relationOfSign(sign), sign, lineage: undefined }, agents, objects, sign, {
      negated: pol.negated, hedged: pol.hedged || frame.hedged, passive: true, ctx: contextFor(v, clauseStart(v, i), agents.last, agents),
    });
  }
}

/**
 * "Chloroquine attenuated the enhanced osteoclastogenesis by IL-17A": a participle before a term, with its
 * agent after "by" (past a dose: "by a low level of IL-17A"), says the agent changed the term that way.
 */
function readChangedByAgent(v: SentenceView, sink: ClaimSink): void {
  const { toks, n } = v;
  for (let i = 0; i + 2 < n; i++) {
    const sign = CHANGED_PARTICIPLES[word(v, i)];
    if (sign === undefined || toks[i].ent !== undefined || !isEnt(v, i + 1)) continue;
    // Only as a noun phrase's modifier ("the enhanced …", "with reduced …"), not a verb ("IL-4 reduced NFATc1 by half").
    if (i > 0 && !DETERMINERS.has(word(v, i - 1)) && !PREPOSITIONS.has(word(v, i - 1))) continue;
    const objects = groupRight(v, i + 1);
    if (word(v, objects.last + 1) !== 'by' || hasComma(toks[objects.last])) continue;
    const agents = entityAhead(v, objects.last + 2, 6);
    if (!agents) continue;
    const frame = sentenceFrame(v, i);
    if (frame.skip) continue;
    const pol = nominalPolarity(v, i, agents.last);
    // ("the impaired osteogenesis by IL-4 deficiency": a removed agent acts the other way.)
    const agentSign = (removesActor(v, agents) ? -sign : sign) as Sign;
    emitPairs(v, sink, { at: i, lastAt: i, relation: relationOfSign(agentSign), sign: agentSign, lineage: undefined }, agents, objects, agentSign, {
      negated: pol.negated, hedged: pol.hedged || frame.hedged, passive: true, ctx: contextFor(v, clauseStart(v, i), agents.last, agents),
    });
  }
}

/** Can a noun phrase open right after token k: the start, a colon, or a preposition other than "of"? */
function beforePhrase(v: SentenceView, k: number): boolean {
  return k < 0 || v.toks[k].post.includes(':') || (PREPOSITIONS.has(word(v, k)) && word(v, k) !== 'of');
}

/** Most plain words that may qualify a process opening a phrase ("Effective periodontal regeneration by …"). */
const PROCESS_MODIFIER_REACH = 2;

/**
 * Does a noun phrase open at the process term at i, past an article or a word or two that qualify it
 * ("Periodontal regeneration by …", "Improved bone repair by …"), and with which direction: a changed
 * participle among those words gives its own ("Impaired bone repair by TNF-α"). Undefined when the term
 * is a verb's object or another noun's ("prevented the formation of osteoclasts by BMMs").
 */
function processPhraseOpening(v: SentenceView, i: number): Sign | undefined {
  let k = i - 1;
  let sign: Sign = 0;
  for (let reach = 0; reach <= PROCESS_MODIFIER_REACH; reach++) {
    if (beforePhrase(v, k) || (DETERMINERS.has(word(v, k)) && beforePhrase(v, k - 1))) return sign;
    if (reach === PROCESS_MODIFIER_REACH || isEnt(v, k) || hasComma(v.toks[k]) || DETERMINERS.has(word(v, k))) return undefined;
    const changed = CHANGED_PARTICIPLES[word(v, k)];
    if (changed !== undefined) sign = changed;
    else if (isVerbAt(v, k) || PREPOSITIONS.has(word(v, k))) return undefined;
    k--;
  }
  return undefined;
}

/** Most words of a phrase of place or time between a process and its agent ("in aged rats"). */
const PLACE_REACH = 4;

/** The position of the word naming the process's agent after its group ("by", "using"), past a phrase of place or time; -1 when none. */
function processAgentWordAt(v: SentenceView, after: number): number {
  if (NOMINAL_AGENT_WORDS.has(word(v, after))) return after;
  if (!/^(in|during|at|within)$/.test(word(v, after))) return -1;
  for (let b = after + 1; b < Math.min(v.n, after + 1 + PLACE_REACH); b++) {
    if (isEnt(v, b) || hasComma(v.toks[b - 1]) || isVerbAt(v, b)) return -1;
    if (NOMINAL_AGENT_WORDS.has(word(v, b))) return b;
  }
  return -1;
}

/**
 * "Immune modulation by transplanted MSCs", "Bone regeneration by MSC sheets", "Repair of bone defects in
 * aged rats using MSCs": a process term with its agent after "by" or "using", opening a noun phrase (at
 * the start, after an article, a preposition or a colon, past a word or two that qualify it), says the
 * agent acts on the process, in no stated direction unless a changed participle before it gives one (the
 * head may name no direction: "modulation").
 */
function readProcessByAgent(v: SentenceView, sink: ClaimSink): void {
  const { toks, n } = v;
  for (let i = 0; i + 2 < n; i++) {
    if (!isEnt(v, i) || mentionOf(v, i).type !== 'process') continue;
    // (Not after "of", where the process is what another noun acts on — "inhibition of bone formation by
    // NF-κB" is the nominal's — nor after an article that follows a verb: "prevented the formation of
    // osteoclasts by BMMs" is the verb's.)
    const opening = processPhraseOpening(v, i);
    const objects = groupRight(v, i);
    i = objects.last;
    if (opening === undefined || hasComma(toks[objects.last])) continue;
    const at = processAgentWordAt(v, objects.last + 1);
    if (at < 0) continue;
    const named = entityAhead(v, at + 1, 6);
    if (!named || mentionOf(v, named.first).type === 'process') continue;
    // ("using hypoxia preconditioned BMSCs": the treated cells act.)
    const agents = cellsTreatedAfter(v, named) ?? named;
    const frame = sentenceFrame(v, objects.first);
    if (frame.skip) continue;
    const pol = nominalPolarity(v, objects.first, agents.last);
    const sign = (removesActor(v, agents) ? -opening : opening) as Sign;
    emitPairs(v, sink, { at, lastAt: at, relation: relationOfSign(sign), sign, lineage: undefined }, agents, objects, sign, {
      negated: pol.negated, hedged: pol.hedged || frame.hedged, passive: true, ctx: contextFor(v, clauseStart(v, objects.first), agents.last, agents),
    });
  }
}

function readNominals(v: SentenceView, sink: ClaimSink): void {
  readNominalOfBy(v, sink);
  readChangedByAgent(v, sink);
  readProcessByAgent(v, sink);
}


export const nominalOfBy: Rule = {
  id: 'nominal-of-by',
  phenomenon: 'A nominalised relation with its object after "of" and its agent after "by" (or, for expression and secretion, the cells after "in"); a changed term with its agent after "by"; a process opening a phrase with its agent after "by" ("immune modulation by MSCs": no direction).',
  confidence: 0.9,
  read: readNominals,
  examples: [
    { text: 'The coordination of bone repair by macrophages', reads: ['macrophage regulates bone-repair'] },
    { text: 'Reversal of bone loss by OPG in arthritic rats', reads: ['opg inhibits bone-resorption'] },
    { text: 'The inhibition of NFATc1 by IL-4 was confirmed.', reads: ['il-4 inhibits nfatc1'] },
    { text: 'Glucose lowered the secretion of TGF-β1 and its matrix partners, decorin and biglycan, by stromal subsets and macrophages.', reads: ['macrophage secretes tgf-beta1'] },
    { text: 'IDO expression in the modulation of T-cell proliferation by MSCs was required.', not: ['msc expresses t-cell-proliferation'] },
    { text: 'LPS raised TNF-α production from marrow granulocytes and macrophages.', reads: ['macrophage secretes tnf-alpha'] },
    { text: 'Impaired osteogenesis of MSCs by IL-4 deficiency', reads: ['il-4 promotes msc-osteogenic-differentiation'], not: ['il-4 inhibits msc-osteogenic-differentiation'] },
    { text: 'The enhancement of NFATc1 by IL-4 knockdown was marked.', reads: ['il-4 inhibits nfatc1'], not: ['il-4 promotes nfatc1'] },
    { text: 'Regulation of NFATc1 by IL-4', reads: ['il-4 regulates nfatc1'] },
    { text: 'The alleviation of colitis by marrow MSCs was marked.', reads: ['msc inhibits inflammatory-bowel-disease'] },
    { text: 'The inhibition of NFATc1 by recombinant murine IL-4 was marked.', reads: ['il-4 inhibits nfatc1'] },
    { text: 'Both the up-regulation of RANKL and the down-regulation of OPG by IL-1α were blocked.', reads: ['il-1alpha promotes rankl', 'il-1alpha inhibits opg'] },
    { text: 'The inhibition of MSC proliferation exerted by IFN-γ was alleviated by 3-MA.', reads: ['ifn-gamma inhibits msc-proliferation'] },
    { text: 'IL-10 secretion by M2 macrophages rose.', reads: ['m2-macrophage secretes il-10'] },
    { text: 'Regulation of osteoclastogenesis and RANK expression by TGF-β1', not: ['tgf-beta1 expresses rank'] },
    { text: 'BMP-2 production by osteoblasts and osteogenic differentiation of MSCs fell.', reads: ['osteoblast secretes bmp-2'], not: ['msc-osteogenic-differentiation secretes bmp-2'] },
    { text: 'Suppression of osteoclast formation and NFATc1 expression by IL-4', reads: ['il-4 inhibits nfatc1'] },
    { text: 'IL-6 induction of osteoclast differentiation depends on its receptor.', reads: ['il-6 promotes osteoclastogenesis'] },
    { text: 'Feedback inhibition of osteoclastogenesis during inflammation by IL-10', reads: ['il-10 inhibits osteoclastogenesis'] },
    { text: 'The release of the two cytokines IL-4 and IL-10 by M2 macrophages was measured.', reads: ['m2-macrophage secretes il-4', 'm2-macrophage secretes il-10'] },
    { text: 'Expression of RANKL by osteoblasts rose after injury.', reads: ['osteoblast expresses rankl'] },
    // The cells a product is expressed in make it; a molecule after "by" induces it.
    { text: 'The expression of IDO in marrow MSCs was high.', reads: ['msc expresses ido'] },
    { text: 'CD200 expression on MSCs varied between donors.', reads: ['msc expresses cd200'] },
    { text: 'The expression of RANKL in osteoblasts induced by IL-6 rose.', not: ['il-6 expresses rankl'] },
    { text: 'IFN-γ raised the production by MSCs of IDO.', reads: ['msc secretes ido'] },
    { text: 'PGE2 synthesis by MSCs was blocked.', reads: ['msc secretes pge2'] },
    { text: 'We measured a rise in the secretion of PGE2 from MSCs.', reads: ['msc secretes pge2'] },
    { text: 'Inhibition of RANKL-induced osteoclastogenesis by IL-4 was seen.', reads: ['il-4 inhibits osteoclastogenesis'] },
    { text: 'The suppression of hormone and cytokine-stimulated bone resorption by IL-4', reads: ['il-4 inhibits bone-resorption'] },
    { text: 'Chloroquine blunted the enhanced osteoclastogenesis by low levels of IL-17A.', reads: ['il-17 promotes osteoclastogenesis'] },
    { text: 'Immune modulation by transplanted MSCs in bone regeneration', reads: ['msc regulates immune-response'] },
    { text: 'Bone regeneration by MSC sheets: a review', reads: ['msc regulates bone-repair'] },
    // (Words that only say where or in whom may stand before the object; a medium acts as the cells that conditioned it.)
    { text: 'Promotion of periodontal tissue regeneration by MSCs', reads: ['msc promotes tissue-regeneration'] },
    { text: 'Inhibition of murine bone resorption by IL-4', reads: ['il-4 inhibits bone-resorption'] },
    { text: 'Enhancement of tissue regeneration by conditioned media from gingiva-derived or ligament-derived MSCs', reads: ['msc promotes tissue-regeneration'] },
    // (What is used acts as an agent after "by" does; a word or two may qualify the process, a phrase of place
    // may follow it, and cells named after the participle of their treatment are what acts.)
    { text: 'Induction of osteoclastogenesis using RANKL', reads: ['rankl promotes osteoclastogenesis'] },
    { text: 'Repair of bone defects in aged rats using hypoxia preconditioned BMSCs', reads: ['msc regulates bone-repair'], not: ['hypoxia regulates bone-repair'] },
    { text: 'Periodontal regeneration by transplantation of MSCs', reads: ['msc-therapy regulates tissue-regeneration'] },
    { text: 'Improved bone repair by MSC sheets', reads: ['msc promotes bone-repair'] },
    { text: 'Impaired bone repair by TNF-α deficiency', reads: ['tnf-alpha promotes bone-repair'] },
    // (The object of another noun, or of a verb, is that one's: no second, undirected reading.)
    { text: 'Inhibition of osteoblastic bone formation by NF-κB', not: ['nf-kappab regulates bone-formation'] },
    { text: 'BAY 11-7082 prevented the formation of mature osteoclasts by bone marrow macrophages.', not: ['macrophage regulates osteoclastogenesis'] },
  ],
};
