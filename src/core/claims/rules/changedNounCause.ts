/**
 * A change written as a noun phrase with its cause after it, in a title or a fragment with no verb:
 * "Increased osteoclast formation after IL-6 treatment", "Reduced MSC proliferation in response to IL-1β".
 * The cause changes the named thing in the stated direction (a sentence with a verb of its own is read by
 * the verb rules).
 */
import { AGENT_INTRODUCERS } from '../grammar';
import { emitPairs, type ClaimSink } from '../sink';
import { clauseEnd, clauseStart } from '../sentence/clauses';
import { groupRight } from '../sentence/groups';
import { sentenceFrame } from '../sentence/polarity';
import { contextFor } from '../sentence/qualifiers';
import type { SentenceView } from '../sentence/view';
import { changeWordBefore, entityPastScaffold, IN_RESPONSE_TO, isEnt, isParticipleAdjective, isVerbAt, phraseAt, word } from '../sentence/words';
import type { Rule } from './rule';

/** Does [from, to] hold a verb other than the tokens `skip` names (the change word itself)? */
function hasVerb(v: SentenceView, from: number, to: number, skip: number): boolean {
  for (let j = from; j <= to; j++) if (j !== skip && isVerbAt(v, j) && !/ing$/.test(word(v, j)) && !isParticipleAdjective(v, j)) return true;
  return false;
}

function readChangedNouns(v: SentenceView, sink: ClaimSink): void {
  for (let i = 0; i < v.n; i++) {
    if (!isEnt(v, i) || (i > 0 && isEnt(v, i - 1))) continue;
    const change = changeWordBefore(v, i);
    if (change.sign === 0 || change.at < 0) continue;
    const changed = groupRight(v, i);
    let k = changed.last + 1;
    if (phraseAt(v, k, IN_RESPONSE_TO)) k += IN_RESPONSE_TO.length;
    else if (AGENT_INTRODUCERS.has(word(v, k))) k += 1;
    else continue;
    const cause = entityPastScaffold(v, k);
    if (cause < 0) continue;
    const cs = clauseStart(v, change.at);
    const ce = clauseEnd(v, cause);
    if (hasVerb(v, cs, ce, change.at)) continue;
    const frame = sentenceFrame(v, change.at);
    if (frame.skip) continue;
    const agents = groupRight(v, cause);
    emitPairs(v, sink, { at: change.at, lastAt: change.at, relation: change.sign === 1 ? 'increases' : 'reduces', sign: change.sign, lineage: undefined }, agents, changed, change.sign, {
      negated: false, hedged: frame.hedged, passive: true, ctx: contextFor(v, cs, ce, agents),
    });
    i = changed.last;
  }
}

export const changedNounCause: Rule = {
  id: 'changed-noun-cause',
  phenomenon: 'A change named as a noun phrase ("Increased Y", "Reduced Y") with its cause after "after / following / upon / in response to", in a fragment with no verb.',
  confidence: 0.75,
  read: readChangedNouns,
  examples: [
    { text: 'Increased osteoclast formation after IL-6 treatment.', reads: ['il-6 increases osteoclastogenesis'] },
    { text: 'Reduced MSC proliferation in response to IL-1β.', reads: ['il-1beta reduces msc-proliferation'] },
    { text: 'IL-4 caused increased osteoclast formation after RANKL priming.', not: ['rankl increases osteoclastogenesis'] },
  ],
};
