/**
 * A response named with what it responds to: "Response of periodontal ligament stem cells to IFN-γ",
 * "the MSC response to TNF-α", "responsiveness of osteoblasts to IL-6". The phrase takes for granted that
 * the factor acts on the cells, with no direction of its own. Not "in response to X", which names the
 * cause of another event (the response-cause rule).
 */
import { DETERMINERS, NOUN_MODIFIERS, RESPONSE_NOUNS } from '../grammar';
import { emitPairs, type ClaimSink } from '../sink';
import { clauseStart } from '../sentence/clauses';
import { groupLeft, groupRight, type Group } from '../sentence/groups';
import { nominalPolarity, sentenceFrame } from '../sentence/polarity';
import { contextFor } from '../sentence/qualifiers';
import type { SentenceView } from '../sentence/view';
import { isEnt, word } from '../sentence/words';
import { hasComma } from '../tokens';
import type { Rule } from './rule';

/** The responding term of the noun at i: "response of X" after it, or "X response" right before it. */
function responder(v: SentenceView, i: number): { group: Group; end: number } | undefined {
  if (word(v, i + 1) === 'of') {
    let k = i + 2;
    while (k < v.n && (DETERMINERS.has(word(v, k)) || NOUN_MODIFIERS.has(word(v, k))) && !isEnt(v, k)) k++;
    if (!isEnt(v, k)) return undefined;
    const group = groupRight(v, k);
    return { group, end: group.last + 1 };
  }
  // ("in response to X" names a cause, not a responder.)
  if (word(v, i - 1) === 'in' || !isEnt(v, i - 1) || hasComma(v.toks[i - 1])) return undefined;
  return { group: groupLeft(v, i - 1), end: i + 1 };
}

function readResponses(v: SentenceView, sink: ClaimSink): void {
  for (let i = 0; i < v.n; i++) {
    if (!RESPONSE_NOUNS.has(word(v, i)) || v.toks[i].ent !== undefined) continue;
    const frame = sentenceFrame(v, i);
    if (frame.skip) continue;
    const found = responder(v, i);
    if (!found || word(v, found.end) !== 'to') continue;
    let k = found.end + 1;
    while (k < v.n && DETERMINERS.has(word(v, k))) k++;
    if (!isEnt(v, k)) continue;
    const factor = groupRight(v, k);
    if (factor.ents.some((e) => found.group.ents.includes(e))) continue;
    const pol = nominalPolarity(v, Math.min(i, found.group.first), factor.last);
    emitPairs(v, sink, { at: i, lastAt: i, relation: 'regulates', sign: 0, lineage: undefined }, factor, found.group, 0, {
      negated: pol.negated, hedged: pol.hedged || frame.hedged, passive: false, ctx: contextFor(v, clauseStart(v, i), factor.last, factor),
    });
  }
}

export const cellResponse: Rule = {
  id: 'cell-response',
  phenomenon: 'A response named with what it responds to ("response of X to Y", "the X response to Y"): Y acts on X, with no direction.',
  confidence: 0.8,
  read: readResponses,
  examples: [
    { text: 'Response of human periodontal ligament stem cells to IFN-γ and TLR-agonists', reads: ['ifn-gamma regulates msc'] },
    { text: 'The MSC response to TNF-α differed between donors.', reads: ['tnf-alpha regulates msc'] },
    { text: 'Osteoclast formation increased in response to RANKL.', not: ['rankl regulates osteoclastogenesis'] },
    { text: 'There was no response of osteoblasts to IL-6.', reads: ['il-6 regulates! osteoblast'] },
  ],
};
