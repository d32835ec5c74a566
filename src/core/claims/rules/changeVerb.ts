/** Intransitive change verbs with a cause: "OPG output rises in response to TNF-α", "MSC numbers fall after IL-1β", "ALP did not change with IL-6". */
import type { Sign } from '../../lexicon/relations';
import { CHANGE_VERBS } from '../grammar';
import { emitPairs, type ClaimSink } from '../sink';
import { subjectBefore } from '../sentence/args';
import { clauseStart } from '../sentence/clauses';
import { groupRight } from '../sentence/groups';
import { polarity, sentenceFrame } from '../sentence/polarity';
import { contextFor } from '../sentence/qualifiers';
import { removesActor } from '../sentence/scope';
import type { SentenceView } from '../sentence/view';
import { entityPastScaffold, IN_RESPONSE_TO, pastAdverbs, phraseAt, word } from '../sentence/words';
import type { Rule } from './rule';

function readChanges(v: SentenceView, sink: ClaimSink): void {
  const { n } = v;
  for (let i = 1; i < n; i++) {
    const sign = CHANGE_VERBS[word(v, i)];
    if (sign === undefined) continue;
    let k = pastAdverbs(v, i + 1); // "did not change significantly by …"
    if (phraseAt(v, k, IN_RESPONSE_TO)) k += IN_RESPONSE_TO.length;
    // ("did not change by IL-6 treatment": an intransitive change with its cause after "by".)
    else if (['upon', 'after', 'following', 'with', 'by'].includes(word(v, k))) k += 1;
    else continue;
    const cause = entityPastScaffold(v, k);
    if (cause < 0) continue;
    const frame = sentenceFrame(v, i);
    if (frame.skip) continue;
    const patient = subjectBefore(v, i, clauseStart(v, i));
    if (!patient) continue;
    const pol = polarity(v, patient.group.last + 1, i);
    const agents = groupRight(v, cause);
    // ("Osteoclast formation decreased after RANKL blockade": the factor taken away acts the other way.)
    const read = (removesActor(v, agents) ? -sign : sign) as Sign;
    emitPairs(v, sink, { at: i, lastAt: i, relation: read === 1 ? 'increases' : read === -1 ? 'reduces' : 'regulates', sign: read, lineage: undefined }, agents, patient.group, read, {
      negated: pol.negated, hedged: pol.hedged || frame.hedged, passive: true, ctx: contextFor(v, clauseStart(v, i), agents.last, agents),
    });
  }
}

export const changeVerb: Rule = {
  id: 'change-verb',
  phenomenon: 'An intransitive change verb whose cause follows "in response to / upon / after / with".',
  confidence: 0.8,
  read: readChanges,
  examples: [
    { text: 'OPG secretion rises in response to TNF-α.', reads: ['tnf-alpha increases opg'] },
    { text: 'Bone healing improved after MSC transplantation.', reads: ['msc-therapy increases bone-repair'] },
    { text: 'ALP expression did not change significantly by IL-6 treatment.', reads: ['il-6 regulates! alp'] },
    { text: 'Osteoclast formation decreased after RANKL blockade.', reads: ['rankl increases osteoclastogenesis'], not: ['rankl reduces osteoclastogenesis'] },
  ],
};
