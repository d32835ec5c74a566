/**
 * A place in a signalling chain: "TRAF6 and c-Fos act downstream of RANKL" (RANKL acts on them), "STAT3
 * lies upstream of RANKL expression" (it acts on RANKL). The chain says who acts on whom, not which way.
 */
import { PATHWAY_POSITIONS } from '../grammar';
import { emitPairs, type ClaimSink } from '../sink';
import { entityAhead, subjectBefore } from '../sentence/args';
import { clauseEnd, clauseStart } from '../sentence/clauses';
import { polarity, sentenceFrame } from '../sentence/polarity';
import { contextFor } from '../sentence/qualifiers';
import type { SentenceView } from '../sentence/view';
import { word } from '../sentence/words';
import type { Rule } from './rule';

function readPathwayPositions(v: SentenceView, sink: ClaimSink): void {
  for (let i = 1; i < v.n; i++) {
    const position = PATHWAY_POSITIONS[word(v, i)];
    if (position === undefined || word(v, i + 1) !== 'of') continue;
    const other = entityAhead(v, i + 2, 3);
    if (!other) continue;
    const frame = sentenceFrame(v, i);
    if (frame.skip) continue;
    const cs = clauseStart(v, i);
    const here = subjectBefore(v, i, cs);
    if (!here || here.reverse) continue;
    const pol = polarity(v, here.group.last + 1, i);
    const [actor, acted] = position === 'downstream' ? [other, here.group] : [here.group, other];
    emitPairs(v, sink, { at: i, lastAt: i + 1, relation: 'regulates', sign: 0, lineage: undefined }, actor, acted, 0, {
      negated: pol.negated, hedged: pol.hedged || frame.hedged, passive: false, ctx: contextFor(v, cs, clauseEnd(v, other.last), actor),
    });
  }
}

export const pathwayPosition: Rule = {
  id: 'pathway-position',
  phenomenon: 'A place in a signalling chain: "X acts downstream of Y" (Y acts on X), "X lies upstream of Y" (X acts on Y), without a direction.',
  confidence: 0.8,
  read: readPathwayPositions,
  examples: [
    { text: 'NFATc1 and c-Fos act downstream of RANKL.', reads: ['rankl regulates nfatc1'] },
    { text: 'STAT3 lies upstream of RANKL in osteoblasts.', reads: ['stat3 regulates rankl'] },
  ],
};
