/**
 * Resistance and proneness of a model that lacks a term: "TNF-α-deficient mice are resistant to bone
 * loss" (less TNF-α, less bone loss: TNF-α promotes it), "IL-10-deficient mice are prone to bone loss"
 * (IL-10 holds it back), "mice lacking RANK were protected from osteolysis". Only a subject that names a
 * loss of the term is read: "MSCs are resistant to apoptosis" states an attribute of the cells, and
 * "macrophages are susceptible to IL-4" a response (read by the verb-clause rule).
 */
import { relationOfSign, type Sign } from '../../lexicon/relations';
import { BE_FORMS, DEGREE_WORDS, NEGATORS, RESISTANCE_ADJECTIVES } from '../grammar';
import { emitPairs, type ClaimSink } from '../sink';
import { objectAfter, subjectBefore } from '../sentence/args';
import { clauseEnd, clauseStart } from '../sentence/clauses';
import { polarity, sentenceFrame } from '../sentence/polarity';
import { contextFor } from '../sentence/qualifiers';
import type { SentenceView } from '../sentence/view';
import { adverbsBefore, mentionOf, word } from '../sentence/words';
import type { Rule } from './rule';

/** What one resists or is prone to: a process or a disease, not an agent ("resistant to TNF-α"). */
const RESISTED_TYPES: ReadonlySet<string> = new Set(['process', 'disease']);

/** The preposition each adjective takes: "resistant to", "protected from / against". */
function takesPreposition(adjective: string, preposition: string): boolean {
  return adjective === 'protected' ? preposition === 'from' || preposition === 'against' : preposition === 'to';
}

function readResistance(v: SentenceView, sink: ClaimSink): void {
  for (let i = 2; i + 2 < v.n; i++) {
    const adjective = word(v, i);
    const sign = RESISTANCE_ADJECTIVES[adjective];
    if (sign === undefined || !takesPreposition(adjective, word(v, i + 1))) continue;
    // ("are (more) resistant", "were not largely protected": the copula before the adjective, its adverbs and negation.)
    let be = adverbsBefore(v, i - 1);
    while (be > 0 && (DEGREE_WORDS.has(word(v, be)) || NEGATORS.has(word(v, be)))) be = adverbsBefore(v, be - 1);
    if (!BE_FORMS.has(word(v, be))) continue;
    const frame = sentenceFrame(v, i);
    if (frame.skip) continue;
    const cs = clauseStart(v, be);
    const subject = subjectBefore(v, be, cs);
    if (!subject || !subject.reverse) continue;
    const found = objectAfter(v, i + 1, clauseEnd(v, i + 2));
    if (!found || found.replace !== undefined || found.negated) continue;
    if (!found.group.ents.every((e) => RESISTED_TYPES.has(mentionOf(v, e).type))) continue;
    // "less resistant" turns the adjective round.
    const degree = word(v, adverbsBefore(v, i - 1)) === 'less' ? -1 : 1;
    const signed = (-sign * degree * found.sign) as Sign;
    const pol = polarity(v, cs, i);
    emitPairs(v, sink, { at: i, lastAt: i + 1, relation: relationOfSign(signed), sign: signed, lineage: undefined }, subject.group, found.group, signed, {
      negated: pol.negated, hedged: pol.hedged || frame.hedged, passive: false, ctx: contextFor(v, cs, found.group.last, subject.group),
    });
  }
}

export const resistance: Rule = {
  id: 'resistance',
  phenomenon: 'A model lacking a term is resistant (or prone) to a process or disease: "TNF-α-deficient mice are resistant to bone loss" (TNF-α promotes it).',
  confidence: 0.8,
  read: readResistance,
  examples: [
    { text: 'TNF-α-deficient mice are resistant to bone loss.', reads: ['tnf-alpha promotes bone-resorption'] },
    { text: 'Mice lacking RANKL were protected from bone loss.', reads: ['rankl promotes bone-resorption'] },
    { text: 'IL-10-deficient mice are prone to bone loss.', reads: ['il-10 inhibits bone-resorption'] },
    { text: 'IL-10-deficient mice were not more susceptible to bone loss.', reads: ['il-10 inhibits! bone-resorption'] },
    { text: 'TNF-α-deficient mice were less resistant to bone loss.', reads: ['tnf-alpha inhibits bone-resorption'] },
    { text: 'MSCs are resistant to apoptosis.', not: ['msc inhibits msc-apoptosis', 'msc inhibits apoptosis'] },
    { text: 'TNF-α-deficient mice are resistant to IL-1β.', not: ['tnf-alpha promotes il-1beta'] },
  ],
};
