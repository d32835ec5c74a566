/** Adjectives of effect: "an inhibitory effect of IL-4 on NFATc1", "IL-4 has a suppressive role in osteoclast formation". */
import { DETERMINERS, EFFECT_ADJECTIVES, EFFECT_NOUNS, SCAFFOLD_NOUNS } from '../grammar';
import { emitPairs, type ClaimSink } from '../sink';
import { subjectBefore } from '../sentence/args';
import { clauseStart } from '../sentence/clauses';
import { groupRight, type Group } from '../sentence/groups';
import { polarity, sentenceFrame } from '../sentence/polarity';
import { contextFor } from '../sentence/qualifiers';
import type { SentenceView } from '../sentence/view';
import { isEnt, word } from '../sentence/words';
import type { Rule } from './rule';

function readEffectAdjectives(v: SentenceView, sink: ClaimSink): void {
  const { n } = v;
  for (let i = 0; i < n; i++) {
    const adj = EFFECT_ADJECTIVES[word(v, i)];
    if (adj === undefined || !EFFECT_NOUNS.has(word(v, i + 1))) continue;
    const frame = sentenceFrame(v, i);
    if (frame.skip) continue;
    let k = i + 2;
    let subj: Group | undefined;
    if (word(v, k) === 'of') {
      k++;
      while (k < n && DETERMINERS.has(word(v, k))) k++;
      if (isEnt(v, k)) { subj = groupRight(v, k); k = subj.last + 1; }
    }
    subj ??= subjectBefore(v, i, clauseStart(v, i))?.group;
    if (!subj || !(word(v, k) === 'on' || word(v, k) === 'in' || word(v, k) === 'toward' || word(v, k) === 'towards')) continue;
    k++;
    while (k < n && (DETERMINERS.has(word(v, k)) || SCAFFOLD_NOUNS.has(word(v, k)) || word(v, k) === 'of') && !isEnt(v, k)) k++;
    if (!isEnt(v, k)) continue;
    const pol = polarity(v, subj.last + 1, i);
    emitPairs(v, sink, { at: i, lastAt: i + 1, relation: adj === 1 ? 'promotes' : 'inhibits', sign: adj, lineage: undefined }, subj, groupRight(v, k), adj, {
      negated: pol.negated, hedged: pol.hedged || frame.hedged, passive: false, ctx: contextFor(v, clauseStart(v, i), k, subj),
    });
  }
}

export const effectAdjective: Rule = {
  id: 'effect-adjective',
  phenomenon: 'An adjective of effect before "effect/role/influence" with its object after "on/in".',
  confidence: 0.85,
  read: readEffectAdjectives,
  examples: [
    { text: 'IL-4 has an inhibitory effect on NFATc1.', reads: ['il-4 inhibits nfatc1'] },
    { text: 'We saw a stimulatory effect of TNF-α on LRG1.', reads: ['tnf-alpha promotes lrg1'] },
  ],
};
