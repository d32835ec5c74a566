/**
 * A title or heading that opens with a gerund and names its agent with "by": "Controlling mesenchymal stem
 * cell differentiation by TGF-β family members", "Enhancing bone regeneration by IL-4". The agent does to
 * the object what the gerund says. Only at the start of a sentence or after a colon, where the gerund has
 * no subject of its own; not "by" with a gerund ("… by inhibiting NFATc1"), which names a means.
 */
import { DETERMINERS, VERB_CUES } from '../grammar';
import { emitPairs, type ClaimSink } from '../sink';
import { groupRight } from '../sentence/groups';
import { sentenceFrame } from '../sentence/polarity';
import { contextFor } from '../sentence/qualifiers';
import type { SentenceView } from '../sentence/view';
import { entityPastScaffold, isEnt, word } from '../sentence/words';
import type { Rule } from './rule';

/** Is token i where a title or heading starts (the sentence's start, or right after a colon)? */
function opensHeading(v: SentenceView, i: number): boolean {
  return i === 0 || v.toks[i - 1].post.includes(':');
}

function readGerundAgents(v: SentenceView, sink: ClaimSink): void {
  for (let i = 0; i < v.n; i++) {
    if (!opensHeading(v, i) || !/ing$/.test(word(v, i)) || v.toks[i].ent !== undefined) continue;
    const lemma = v.nlp.cueLemma(word(v, i));
    const cue = lemma === undefined ? undefined : VERB_CUES[lemma];
    if (!cue) continue;
    const frame = sentenceFrame(v, i);
    if (frame.skip) continue;
    const k = entityPastScaffold(v, i + 1);
    if (k < 0) continue;
    const object = groupRight(v, k);
    let a = object.last + 1;
    if (word(v, a) !== 'by') continue;
    a++;
    while (a < v.n && DETERMINERS.has(word(v, a))) a++;
    if (!isEnt(v, a)) continue;
    const agent = groupRight(v, a);
    emitPairs(v, sink, { at: i, lastAt: i, relation: cue.relation, sign: cue.sign, lineage: undefined }, agent, object, cue.sign, {
      negated: false, hedged: frame.hedged, passive: true, ctx: contextFor(v, i, agent.last, agent),
    });
  }
}

export const gerundAgent: Rule = {
  id: 'gerund-agent',
  phenomenon: 'A title opening with a gerund whose agent follows "by" ("Controlling Y by X", "Enhancing Y by X"): X does to Y what the gerund says.',
  confidence: 0.8,
  read: readGerundAgents,
  examples: [
    { text: 'Controlling mesenchymal stem cell differentiation by TGF-β family members', reads: ['tgf-beta regulates msc-differentiation'] },
    { text: 'Enhancing osteoclast formation by IL-4', reads: ['il-4 enhances osteoclastogenesis'] },
    { text: 'Suppressing osteoclast formation by inhibiting NFATc1', not: ['nfatc1 suppresses osteoclastogenesis'] },
    { text: 'IL-4 was given before inhibiting osteoclast formation by RANKL.', not: ['rankl inhibits osteoclastogenesis'] },
  ],
};
