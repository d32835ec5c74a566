/**
 * An effect named again and acted on: "RANKL raised NFATc1, and this effect was inhibited by IL-4" (IL-4
 * lowers NFATc1), "IL-6 induced ALP, an effect abolished by a gp130 antibody" (gp130 carries it), "TNF-α
 * increased migration; IL-10 reversed this effect". The effect is the last claim read before the phrase
 * in the same sentence; what acts on it acts on that claim's object, in the direction of both. Derived
 * from the claims the other rules read; an inference, read across clauses.
 */
import { relationOfSign, type Sign } from '../../lexicon/relations';
import { ANAPHOR_POINTERS, BE_FORMS, DETERMINERS, EFFECT_ANAPHORS } from '../grammar';
import { emit, type ClaimSink } from '../sink';
import { subjectBefore } from '../sentence/args';
import { clauseStart } from '../sentence/clauses';
import { groupRight, type Group } from '../sentence/groups';
import { polarity, sentenceFrame } from '../sentence/polarity';
import { removesActor } from '../sentence/scope';
import { verbCueAt, type Cue } from '../sentence/verbCue';
import type { SentenceView } from '../sentence/view';
import { adverbsBefore, isEnt, mentionOf, pastAdverbs, word } from '../sentence/words';
import type { ExtractedClaim } from '../types';
import type { Rule } from './rule';

/** Who acts on the effect named at `i`, and how: a passive's agent ("this effect was inhibited by X") or an active subject ("X reversed this effect"). */
function actorOnEffect(v: SentenceView, i: number): { actor: Group; cue: Cue; at: number } | undefined {
  // Passive: "this effect was (completely) inhibited by X", ", an effect (that was) abolished by X".
  let k = i + 1;
  if (word(v, k) === 'that' || word(v, k) === 'which') k++;
  if (BE_FORMS.has(word(v, k))) k++;
  k = pastAdverbs(v, k);
  const passive = verbCueAt(v, k);
  let agent = passive ? passive.lastAt + 2 : -1;
  while (agent > 0 && DETERMINERS.has(word(v, agent))) agent++;
  if (passive && passive.sign !== 0 && word(v, passive.lastAt + 1) === 'by' && isEnt(v, agent)) {
    return { actor: groupRight(v, agent), cue: passive, at: k };
  }
  // Active: "X reversed / blocked this effect".
  const j = adverbsBefore(v, i - 2);
  const active = verbCueAt(v, j);
  if (!active || active.sign === 0 || active.lastAt !== i - 2) return undefined;
  const subject = subjectBefore(v, j, clauseStart(v, j));
  return subject && !subject.reverse ? { actor: subject.group, cue: active, at: j } : undefined;
}

function readEffectAnaphors(v: SentenceView, sink: ClaimSink): void {
  for (let i = 1; i < v.n; i++) {
    if (!EFFECT_ANAPHORS.has(word(v, i)) || !ANAPHOR_POINTERS.has(word(v, i - 1)) || DETERMINERS.has(word(v, i + 1))) continue;
    const frame = sentenceFrame(v, i);
    if (frame.skip) continue;
    const start = v.toks[i - 1].ostart;
    const effect = lastSignedClaimBefore(sink.claims, start);
    if (!effect || effect.object === undefined || !effect.objectSpan) continue;
    const found = actorOnEffect(v, i);
    if (!found) continue;
    const pol = polarity(v, clauseStart(v, found.at), found.at);
    if (pol.negated) continue;
    const removed = removesActor(v, found.actor) ? -1 : 1;
    const sign = (found.cue.sign * effect.sign * removed) as Sign;
    for (const k of found.actor.ents) {
      const m = mentionOf(v, k);
      if (m.ambiguous || m.id === effect.object) continue;
      emit(sink, {
        kind: 'interaction', subject: m.id, object: effect.object, relation: relationOfSign(sign), sign, negated: false,
        hedged: pol.hedged || frame.hedged || effect.hedged, passive: false, context: effect.context,
        subjectSpan: { start: m.start, end: m.end }, objectSpan: effect.objectSpan,
        cueSpan: { start: v.toks[found.cue.at].ostart, end: v.toks[found.cue.lastAt].oend },
        cueText: v.text.slice(v.toks[found.cue.at].ostart, v.toks[found.cue.lastAt].oend), reach: 'across-clauses',
      });
    }
  }
}

/** The last claim with a direction, affirmed, whose words all lie before `offset`. */
function lastSignedClaimBefore(claims: readonly ExtractedClaim[], offset: number): ExtractedClaim | undefined {
  let best: ExtractedClaim | undefined;
  for (const c of claims) {
    if (c.kind !== 'interaction' || c.sign === 0 || c.negated || c.span.end > offset) continue;
    if (!best || c.span.end > best.span.end) best = c;
  }
  return best;
}

export const effectAnaphor: Rule = {
  id: 'effect-anaphor',
  phenomenon: 'An effect named again ("this effect", "an effect") and acted on: what acts on it acts on the effect\'s object.',
  confidence: 0.75,
  read: readEffectAnaphors,
  examples: [
    { text: 'RANKL increased NFATc1 expression, and this effect was inhibited by IL-4.', reads: ['il-4 inhibits nfatc1'], not: ['il-4 promotes nfatc1'] },
    { text: 'SDF-1 enhanced MSC migration, an effect abolished by a CXCR4 antagonist.', reads: ['cxcr4 promotes msc-migration'] },
    { text: 'RANKL increased NFATc1 expression, but IL-4 reversed this effect.', reads: ['il-4 inhibits nfatc1'] },
    { text: 'RANKL increased NFATc1 expression, and this effect was not altered by IL-6.', not: ['il-6 inhibits nfatc1', 'il-6 promotes nfatc1'] },
  ],
};
