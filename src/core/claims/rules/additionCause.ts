/**
 * A change reported under a factor's addition: "Bone regeneration improved when stem cells were used",
 * "When IL-4 was added, osteoclast formation decreased", "Bone volume was increased when BMSCs were
 * injected". The factor brought in works the way the change goes. The mirror of absence-cause (a factor
 * taken away works the other way round), and like it an inference over two clauses, read below the
 * warning line; only a change with no agent of its own ("improved", "was increased") is read.
 */
import { relationOfSign } from '../../lexicon/relations';
import { ADDITION_PARTICIPLES, BE_FORMS, CONDITION_OPENERS, DELIVERED_PARTICIPLES } from '../grammar';
import { emitPairs, type ClaimSink } from '../sink';
import { changeBesideCondition } from '../sentence/agentlessChange';
import { groupRight, type Group } from '../sentence/groups';
import { sentenceFrame } from '../sentence/polarity';
import type { SentenceView } from '../sentence/view';
import { isEnt, pastAdverbs, word } from '../sentence/words';
import { hasComma } from '../tokens';
import type { Rule } from './rule';

/** "when X was / were added (used, injected …)" at i: the factor and the participle's position. */
function addedAt(v: SentenceView, i: number): { factor: Group; end: number } | undefined {
  if (!CONDITION_OPENERS.has(word(v, i)) || !isEnt(v, i + 1)) return undefined;
  const factor = groupRight(v, i + 1);
  const be = factor.last + 1;
  if (!BE_FORMS.has(word(v, be))) return undefined;
  const j = pastAdverbs(v, be + 1);
  const w = word(v, j);
  return ADDITION_PARTICIPLES.has(w) || DELIVERED_PARTICIPLES.has(w) ? { factor, end: j } : undefined;
}

/** The end of the condition clause from the participle: its comma, if one closes it before the next term. */
function clauseCommaAfter(v: SentenceView, from: number): number | undefined {
  for (let k = from; k < v.n; k++) {
    if (hasComma(v.toks[k])) return k;
    if (isEnt(v, k)) return undefined;
  }
  return undefined;
}

function readAdditions(v: SentenceView, sink: ClaimSink): void {
  for (let i = 0; i < v.n; i++) {
    const added = addedAt(v, i);
    if (!added) continue;
    const frame = sentenceFrame(v, i);
    if (frame.skip) continue;
    // The change after the condition ("When …, Y decreased") or before it ("Y improved when …").
    const comma = clauseCommaAfter(v, added.end);
    const change = changeBesideCondition(v, added.factor, i, comma !== undefined ? comma + 1 : undefined, true);
    if (!change) continue;
    emitPairs(v, sink, { at: change.at, lastAt: change.at, relation: relationOfSign(change.sign), sign: change.sign, lineage: undefined }, added.factor, change.changed, change.sign, {
      negated: false, hedged: change.hedged || frame.hedged, passive: false, ctx: {}, reach: 'across-clauses',
    });
  }
}

export const additionCause: Rule = {
  id: 'addition-cause',
  phenomenon: 'A change reported under a factor\'s addition ("Y improved when X was used", "when X was added, Y decreased"): X works the way Y changed.',
  confidence: 0.75,
  read: readAdditions,
  examples: [
    { text: 'Bone regeneration may improve when stem cells are used.', reads: ['msc promotes? bone-repair'], not: ['bone-repair promotes msc', 'bone-repair enhances msc'] },
    { text: 'When IL-4 was added, osteoclast formation decreased.', reads: ['il-4 inhibits osteoclastogenesis'] },
    { text: 'Bone formation was increased when BMSCs were injected on day 7.', reads: ['msc promotes bone-formation'] },
    { text: 'Osteoclast formation did not decrease when IL-4 was added.', not: ['il-4 inhibits osteoclastogenesis', 'il-4 promotes osteoclastogenesis'] },
    { text: 'When IL-4 was added, TNF-α reduced osteoclast formation.', not: ['il-4 inhibits osteoclastogenesis'] },
  ],
};
