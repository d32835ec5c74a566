/**
 * A term glued to a present participle of acting names what the noun after it does: "macrophage
 * polarization-regulating hydrogels" (the hydrogels regulate polarization), "osteoclastogenesis-inhibiting
 * scaffolds" (the scaffolds inhibit it). The noun is the actor, the glued term the object — the other way
 * round from "X-induced Y", where the glued term acts.
 */
import { relationOfSign } from '../../lexicon/relations';
import { ACTOR_COMPOUND_CUES } from '../grammar';
import { emit, type ClaimSink } from '../sink';
import { groupRight } from '../sentence/groups';
import { sentenceFrame } from '../sentence/polarity';
import type { SentenceView } from '../sentence/view';
import { actorOfCompoundAt, mentionOf, spanOfToks, word } from '../sentence/words';
import type { Rule } from './rule';

function readActorCompounds(v: SentenceView, sink: ClaimSink): void {
  for (let i = 0; i + 2 < v.n; i++) {
    const j = v.toks[i].ent === undefined ? undefined : actorOfCompoundAt(v, i);
    if (j === undefined) continue;
    const sign = ACTOR_COMPOUND_CUES[word(v, i + 1)];
    const frame = sentenceFrame(v, i);
    if (frame.skip) continue;
    const object = mentionOf(v, i);
    // ("IL-4-inducing and IL-10-inducing MSCs": every term of the head group acts.)
    for (const k of groupRight(v, j).ents) {
      const actor = mentionOf(v, k);
      if (actor.ambiguous || object.ambiguous || actor.id === object.id) continue;
      emit(sink, {
        kind: 'interaction', subject: actor.id, object: object.id, relation: relationOfSign(sign), sign,
        negated: false, hedged: frame.hedged, passive: false, context: {},
        subjectSpan: { start: actor.start, end: actor.end }, objectSpan: { start: object.start, end: object.end },
        cueSpan: spanOfToks(v, i + 1, i + 1), cueText: v.toks[i + 1].text,
      });
    }
  }
}

export const actorCompound: Rule = {
  id: 'actor-compound',
  phenomenon: 'A term glued to a participle of acting before a noun: the noun acts on the term ("osteoclastogenesis-inhibiting scaffolds").',
  confidence: 0.8,
  read: readActorCompounds,
  examples: [
    { text: 'We designed macrophage polarization-regulating hydrogels.', reads: ['hydrogel regulates macrophage-polarization'] },
    { text: 'Osteoclastogenesis-inhibiting scaffolds were implanted into the defects.', reads: ['biomaterial-scaffold inhibits osteoclastogenesis'] },
    { text: 'Inflammation-suppressing MSCs were given to the mice.', reads: ['msc inhibits inflammation'] },
  ],
};
