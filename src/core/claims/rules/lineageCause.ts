/**
 * What makes cells differentiate: "precursors differentiated into osteoclasts in response to RANKL",
 * "Upon M-CSF and RANKL, the cells differentiated into osteoclasts", "osteoclasts, which differentiate
 * from myeloid precursors in response to RANKL". The cause promotes the process that stands for the
 * new cell's formation (osteoclast → osteoclastogenesis, lexicon `activityProcess`).
 */
import { AGENT_INTRODUCERS, BE_FORMS, DERIVING_VERBS, DETERMINERS, LINEAGE_INTO, REVERSING_SUBJECT_NOUNS } from '../grammar';
import { hasComma } from '../tokens';
import { emitPairs, type ClaimSink } from '../sink';
import { entityAhead, holderOfPredicate } from '../sentence/args';
import { causeAfter } from '../sentence/cause';
import { clauseEnd, clauseStart } from '../sentence/clauses';
import { groupLeft, groupRight, type Group } from '../sentence/groups';
import { polarity, sentenceFrame } from '../sentence/polarity';
import { contextFor } from '../sentence/qualifiers';
import type { SentenceView } from '../sentence/view';
import { isEnt, mentionOf, qualifiesNoun, word } from '../sentence/words';
import type { Rule } from './rule';

const DIFFERENTIATE = /^(differentiate|differentiates|differentiated|differentiating)$/;
/**
 * A fronted cause: "Upon (supplementation with) M-CSF/RANKL, the cells differentiated …" — not a term
 * that was taken away ("Upon removal of GM-CSF and addition of RANKL": RANKL).
 */
function causeBefore(v: SentenceView, start: number, at: number): Group | undefined {
  if (!AGENT_INTRODUCERS.has(word(v, start))) return undefined;
  for (let k = start + 1; k < at; k++) {
    if (hasComma(v.toks[k - 1]) && k - 1 > start) return undefined;
    if (!isEnt(v, k)) continue;
    const g = groupRight(v, k);
    if (![k - 1, k - 2, k - 3].some((j) => j > start && REVERSING_SUBJECT_NOUNS.has(word(v, j)))) return g;
    k = g.last;
  }
  return undefined;
}

/** The cell a "differentiate from" clause is about: its subject, or the term before "which". */
function differentiatingCell(v: SentenceView, at: number, cs: number): Group | undefined {
  let b = at - 1;
  if (/^(which|that)$/.test(word(v, b))) {
    b--;
    // ("Osteoclasts are cells that differentiate from …": the relative's noun is the copula's predicate.)
    // ("… are bone-resorptive cells that …": past the predicate's adjectives.)
    let copula = b - 1;
    while (copula > b - 4 && copula > cs && qualifiesNoun(v, copula)) copula--;
    if (!isEnt(v, b) && BE_FORMS.has(word(v, copula))) return holderOfPredicate(v, copula)?.group;
  }
  while (b >= cs && DETERMINERS.has(word(v, b))) b--;
  return b >= 0 && isEnt(v, b) ? groupLeft(v, b) : undefined;
}

function readLineageCauses(v: SentenceView, sink: ClaimSink): void {
  for (let at = 0; at < v.n; at++) {
    // (Verbs of origin, read only with "from": "osteoclasts derive from myeloid precursors in the presence of RANKL".)
    const origin = DERIVING_VERBS.has(word(v, at));
    if (!DIFFERENTIATE.test(word(v, at)) && !origin) continue;
    const next = word(v, at + 1);
    const forward = !origin && LINEAGE_INTO.has(next);
    if (!forward && next !== 'from') continue;
    const frame = sentenceFrame(v, at);
    if (frame.skip) continue;
    const cs = clauseStart(v, at);
    const ce = clauseEnd(v, at);
    const cell = forward ? entityAhead(v, at + 2, 5) : differentiatingCell(v, at, Math.max(0, cs - 2));
    if (!cell || cell.ents.length !== 1) continue;
    const process = v.lexicon.activityOf(mentionOf(v, cell.first).id);
    if (process === undefined) continue;
    // ("differentiate from myeloid precursors in response to RANKL": past the precursors.)
    const after = forward ? cell.last + 1 : (entityAhead(v, at + 2, 5)?.last ?? at + 1) + 1;
    const cause = causeAfter(v, after, Math.max(ce, after), undefined, true) ?? causeBefore(v, 0, at);
    if (!cause) continue;
    const pol = polarity(v, cs, at);
    emitPairs(v, sink, { at, lastAt: at + 1, relation: 'promotes', sign: 1, lineage: undefined }, cause, cell, 1, {
      negated: pol.negated, hedged: pol.hedged || frame.hedged, passive: false, ctx: contextFor(v, cs, ce, cause), objectIds: [process],
    });
  }
}

export const lineageCause: Rule = {
  id: 'lineage-cause',
  phenomenon: 'A cause of differentiation ("differentiated into osteoclasts in response to RANKL", "Upon RANKL, the cells differentiated into osteoclasts"): the cause promotes the new cell\'s formation.',
  confidence: 0.8,
  read: readLineageCauses,
  examples: [
    { text: 'Marrow precursors differentiated into osteoclasts in response to RANKL.', reads: ['rankl promotes osteoclastogenesis'] },
    { text: 'Upon addition of M-CSF and RANKL, the cells differentiated into osteoclasts.', reads: ['m-csf promotes osteoclastogenesis', 'rankl promotes osteoclastogenesis'] },
    { text: 'Upon withdrawal of IL-4 and addition of RANKL, the cells differentiated into osteoclasts.', reads: ['rankl promotes osteoclastogenesis'], not: ['il-4 promotes osteoclastogenesis'] },
    { text: 'Osteoclasts, which differentiate from myeloid precursors in response to the cytokine RANKL, resorb bone.', reads: ['rankl promotes osteoclastogenesis'] },
    { text: 'Osteoclasts derive from myeloid precursors in the presence of RANKL.', reads: ['rankl promotes osteoclastogenesis'] },
    { text: 'Osteoclasts are large resorbing cells that differentiate from myeloid precursors upon RANKL stimulation.', reads: ['rankl promotes osteoclastogenesis'] },
    { text: 'Osteoclasts derive from myeloid precursors that were cultured for a week.', not: ['pre-osteoclast promotes osteoclastogenesis'] },
    { text: 'Marrow precursors differentiated into osteoclasts within a week.', not: ['pre-osteoclast promotes osteoclastogenesis'] },
  ],
};
