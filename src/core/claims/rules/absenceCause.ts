/**
 * A change reported under a factor's removal: "When macrophages were depleted, bone repair was impaired",
 * "In the absence of IL-4, osteoclast formation increased", "Without CXCR4, MSC homing was reduced". The
 * removed factor works the other way round from the change (macrophages promote repair). Only a change
 * with no agent of its own ("was impaired", "increased"), in the clause before or after the removal; an
 * inference over two clauses, read below the warning line.
 */
import { relationOfSign, type Sign } from '../../lexicon/relations';
import { BE_FORMS, CHANGE_VERBS, CHANGED_PARTICIPLES, CONDITION_OPENERS, DETERMINERS, REMOVAL_PARTICIPLES } from '../grammar';
import { emitPairs, type ClaimSink } from '../sink';
import { groupLeft, groupRight, type Group } from '../sentence/groups';
import { polarity, sentenceFrame } from '../sentence/polarity';
import type { SentenceView } from '../sentence/view';
import { isEnt, pastAdverbs, phraseAt, word } from '../sentence/words';
import { hasComma } from '../tokens';
import type { Rule } from './rule';

const IN_THE_ABSENCE_OF: readonly string[] = ['in', 'the', 'absence', 'of'];

/** The removed factor a phrase at `i` names, and the last token of the phrase. */
function removedAt(v: SentenceView, i: number): { factor: Group; end: number } | undefined {
  // "in the absence of X", "without X"
  let k = phraseAt(v, i, IN_THE_ABSENCE_OF) ? i + IN_THE_ABSENCE_OF.length : word(v, i) === 'without' ? i + 1 : -1;
  if (k > 0) {
    while (k < v.n && DETERMINERS.has(word(v, k))) k++;
    return isEnt(v, k) ? { factor: groupRight(v, k), end: groupRight(v, k).last } : undefined;
  }
  // "when X was / were depleted"
  if (!CONDITION_OPENERS.has(word(v, i)) || !isEnt(v, i + 1)) return undefined;
  const factor = groupRight(v, i + 1);
  let j = factor.last + 1;
  if (!BE_FORMS.has(word(v, j))) return undefined;
  j = pastAdverbs(v, j + 1);
  if (!REMOVAL_PARTICIPLES.has(word(v, j))) return undefined;
  if (word(v, j + 1) === 'down' || word(v, j + 1) === 'out') j++;
  return { factor, end: j };
}

/** A change with no agent in [from, to): "Y was impaired", "Y increased"; the changed term and its direction. */
function changeIn(v: SentenceView, from: number, to: number): { changed: Group; sign: Sign; at: number } | undefined {
  for (let k = from; k < to; k++) {
    if (!isEnt(v, k)) continue;
    const g = groupRight(v, k);
    let j = g.last + 1;
    const passive = BE_FORMS.has(word(v, j));
    if (passive) j++;
    j = Math.min(pastAdverbs(v, j), to);
    const sign = passive ? CHANGED_PARTICIPLES[word(v, j)] : CHANGE_VERBS[word(v, j)];
    if (sign === undefined || sign === 0 || word(v, j + 1) === 'by') { k = g.last; continue; }
    return { changed: groupLeft(v, g.last), sign: sign as Sign, at: j };
  }
  return undefined;
}

function readAbsences(v: SentenceView, sink: ClaimSink): void {
  for (let i = 0; i < v.n; i++) {
    const removed = removedAt(v, i);
    if (!removed) continue;
    const frame = sentenceFrame(v, i);
    if (frame.skip) continue;
    // The change after the removal's phrase ("When …, Y was impaired") or before it ("Y was impaired when …").
    const afterComma = hasComma(v.toks[removed.end]);
    const change = afterComma ? changeIn(v, removed.end + 1, v.n) : i > 0 ? changeIn(v, 0, i) : undefined;
    if (!change || change.changed.ents.some((e) => removed.factor.ents.includes(e))) continue;
    const pol = polarity(v, change.changed.last + 1, change.at);
    if (pol.negated) continue;
    const sign = (-change.sign) as Sign;
    emitPairs(v, sink, { at: change.at, lastAt: change.at, relation: relationOfSign(sign), sign, lineage: undefined }, removed.factor, change.changed, sign, {
      negated: false, hedged: pol.hedged || frame.hedged, passive: false, ctx: {}, reach: 'across-clauses',
    });
  }
}

export const absenceCause: Rule = {
  id: 'absence-cause',
  phenomenon: 'A change reported under a factor\'s removal ("when X was depleted, Y was impaired", "in the absence of X, Y increased"): X works the other way round.',
  confidence: 0.75,
  read: readAbsences,
  examples: [
    { text: 'When macrophages were depleted, bone repair was impaired.', reads: ['macrophage promotes bone-repair'] },
    { text: 'Bone repair was delayed when macrophages were depleted.', reads: ['macrophage promotes bone-repair'] },
    { text: 'In the absence of IL-4, osteoclast formation increased.', reads: ['il-4 inhibits osteoclastogenesis'] },
    { text: 'Without CXCR4, MSC homing was markedly reduced.', reads: ['cxcr4 promotes msc-homing'] },
    { text: 'When macrophages were depleted, bone repair was not impaired.', not: ['macrophage promotes bone-repair', 'macrophage inhibits bone-repair'] },
    { text: 'In the absence of RANKL, osteoclast formation induced by IL-6 was reduced by IL-4.', not: ['rankl promotes osteoclastogenesis'] },
  ],
};
