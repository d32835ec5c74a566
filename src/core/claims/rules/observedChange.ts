/**
 * A change observed in treated cells: "Inhibition of NFATc1 mRNA was also noted in cultures treated with
 * IL-4", "A reduction of RANK was observed in precursors exposed to IL-4", "An increase in OPG was seen
 * after TNF-α stimulation". The treatment's agent brought the change about.
 */
import { relationOfSign, type Sign } from '../../lexicon/relations';
import { BE_FORMS, DETERMINERS, MEASURE_NOUNS, MODEL_PART_NOUNS, NEGATORS, NOMINAL_CUES, OBSERVATION_WORDS, SCAFFOLD_NOUNS } from '../grammar';
import { emitPairs, type ClaimSink } from '../sink';
import { clauseStart, phraseEnd } from '../sentence/clauses';
import { groupRight } from '../sentence/groups';
import { sentenceFrame } from '../sentence/polarity';
import { contextFor } from '../sentence/qualifiers';
import type { SentenceView } from '../sentence/view';
import { treatmentAgent } from '../sentence/treatedGroups';
import { isAdverbish, isEnt, word } from '../sentence/words';
import { hasComma } from '../tokens';
import type { Rule } from './rule';

/** The term from k past what is measured of it: "of the mRNA for RANK", "in the levels of OPG"; or -1. */
function measuredTermAt(v: SentenceView, k: number): number {
  let j = k;
  // ("in serum levels of IL-1β": where it was measured, too.)
  while (j < v.n && !isEnt(v, j) && (DETERMINERS.has(word(v, j)) || MEASURE_NOUNS.has(word(v, j)) || SCAFFOLD_NOUNS.has(word(v, j)) || MODEL_PART_NOUNS.has(word(v, j)) || word(v, j) === 'of' || (word(v, j) === 'for' && MEASURE_NOUNS.has(word(v, j - 1))))) j++;
  return isEnt(v, j) ? j : -1;
}

/** "was (also / not) observed": the observation word after a form of "be" at k, with its denial; or undefined. */
function observationAt(v: SentenceView, k: number): { at: number; negated: boolean } | undefined {
  if (!BE_FORMS.has(word(v, k))) return undefined;
  let j = k + 1;
  let negated = false;
  while (j < v.n && (isAdverbish(v, j) || NEGATORS.has(word(v, j)))) {
    if (NEGATORS.has(word(v, j))) negated = !negated;
    j++;
  }
  return OBSERVATION_WORDS.has(word(v, j)) ? { at: j, negated } : undefined;
}

/** Most words between an observing verb and the nominal it reports ("observed a marked and sustained increase"). */
const OBSERVED_NOMINAL_REACH = 4;

/**
 * "We observed (a marked) increase in …", "There was a decrease in …": the change reported by an observing
 * verb or an existential before the nominal at i, with its denial; undefined when none stands there.
 */
function observedBefore(v: SentenceView, i: number): { at: number; negated: boolean } | undefined {
  for (let j = i - 1; j >= 0 && j >= i - OBSERVED_NOMINAL_REACH; j--) {
    const w = word(v, j);
    if (OBSERVATION_WORDS.has(w)) return { at: j, negated: NEGATORS.has(word(v, j - 1)) || (j > 1 && NEGATORS.has(word(v, j - 2))) };
    if (BE_FORMS.has(w) && word(v, j - 1) === 'there') return { at: j, negated: false };
    if (w === 'no' && BE_FORMS.has(word(v, j - 1)) && word(v, j - 2) === 'there') return { at: j - 1, negated: true };
    if (!(DETERMINERS.has(w) || isAdverbish(v, j) || v.toks[j].tags.has('Adjective') || w === 'and') || hasComma(v.toks[j]) || v.toks[j].ent !== undefined) return undefined;
  }
  return undefined;
}

function readObservedChanges(v: SentenceView, sink: ClaimSink): void {
  for (let i = 0; i + 3 < v.n; i++) {
    const sign = NOMINAL_CUES[word(v, i)];
    if (sign === undefined || sign === 0 || v.toks[i].ent !== undefined || !/^(of|in)$/.test(word(v, i + 1))) continue;
    const k = measuredTermAt(v, i + 2);
    if (k < 0) continue;
    const objects = groupRight(v, k);
    let after = objects.last + 1;
    while (after < v.n && SCAFFOLD_NOUNS.has(word(v, after)) && !hasComma(v.toks[after - 1])) after++;
    if (hasComma(v.toks[after - 1])) continue;
    // ("An increase in IL-10 was observed after …", "We observed an increase in IL-10 after …")
    const seenAfter = observationAt(v, after);
    const seen = seenAfter ?? observedBefore(v, i);
    if (!seen) continue;
    const frame = sentenceFrame(v, i);
    if (frame.skip) continue;
    const from = seenAfter ? seen.at + 1 : after;
    const agents = treatmentAgent(v, from, phraseEnd(v, from));
    if (!agents) continue;
    emitPairs(v, sink, { at: i, lastAt: seen.at, relation: relationOfSign(sign as Sign), sign: sign as Sign, lineage: undefined }, agents, objects, sign as Sign, {
      negated: seen.negated, hedged: frame.hedged, passive: true, ctx: contextFor(v, clauseStart(v, i), agents.last, agents),
    });
  }
}

export const observedChange: Rule = {
  id: 'observed-change',
  phenomenon: 'A change observed in treated cells or after a treatment: "inhibition of X was noted in cultures treated with Y", "we observed an increase in X after Y infusion" (Y acts on X that way).',
  confidence: 0.75,
  read: readObservedChanges,
  examples: [
    { text: 'Suppression of NFATc1 mRNA was also noted in macrophage cultures treated with IL-10.', reads: ['il-10 inhibits nfatc1'] },
    { text: 'A reduction of RANK expression was observed in osteoclast precursors exposed to IL-4.', reads: ['il-4 inhibits rank'] },
    { text: 'An increase in OPG levels was seen after TNF-α stimulation.', reads: ['tnf-alpha promotes opg'] },
    { text: 'A rise in IL-10 was seen after MSC treatment.', reads: ['msc promotes il-10'] },
    { text: 'A decrease in TNF-α was observed after treatment with MSCs.', reads: ['msc inhibits tnf-alpha'] },
    { text: 'A decrease in serum levels of TNF-α was observed 20 days post treatment with allogeneic MSCs.', reads: ['msc inhibits tnf-alpha'] },
    { text: 'A reduction of NFATc1 was not observed in osteoclast precursors treated with IL-10.', reads: ['il-10 inhibits! nfatc1'] },
    { text: 'An increase in ALP was observed in MSCs co-cultured with macrophages.', reads: [], not: ['macrophage promotes alp'] },
    // (The observing verb may come first, or an existential; the lexicon may name the treatment itself.)
    { text: 'We observed a marked increase in IL-10 after MSC infusion.', reads: ['msc-therapy promotes il-10'] },
    { text: 'There was a decrease in TNF-α levels following treatment with MSCs.', reads: ['msc inhibits tnf-alpha'] },
    { text: 'We did not observe a decrease in TNF-α after MSC infusion.', reads: ['msc-therapy inhibits! tnf-alpha'] },
  ],
};
