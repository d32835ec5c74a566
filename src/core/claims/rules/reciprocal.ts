/**
 * Reciprocal objects: "MSCs and macrophages regulate each other", "IL-6 and RANKL induce one another",
 * "MSCs and immune cells interact with each other", and with no object at all: "MSCs and macrophages interact
 * during repair". Each member of the subject acts on every other, in the
 * verb's direction; the verb has no object term of its own, so no other rule reads the pair.
 */
import { INTERACTING_VERBS, RECIPROCAL_PHRASES } from '../grammar';
import { emitPairs, type ClaimSink } from '../sink';
import { subjectBefore } from '../sentence/args';
import { clauseStart } from '../sentence/clauses';
import { single } from '../sentence/groups';
import { polarity, sentenceFrame } from '../sentence/polarity';
import { contextFor } from '../sentence/qualifiers';
import { verbCueAt, type Cue } from '../sentence/verbCue';
import type { SentenceView } from '../sentence/view';
import { isEnt, pastAdverbs, phraseAt, word } from '../sentence/words';
import type { Rule } from './rule';

/** The verb cue whose object is the reciprocal phrase at i: "regulate | each other", "interact with | each other". */
function cueBefore(v: SentenceView, i: number): Cue | undefined {
  const direct = verbCueAt(v, i - 1);
  if (direct && direct.lastAt === i - 1) return direct;
  const withCue = word(v, i - 1) === 'with' ? verbCueAt(v, i - 2) : undefined;
  return withCue && withCue.lastAt === i - 1 ? withCue : undefined;
}

/**
 * "MSCs and macrophages interact (closely) during bone repair": a verb of mutual action at i with no object
 * term after it (nor "with" one) is reciprocal on its own; the cue, or undefined.
 */
function mutualCueAt(v: SentenceView, i: number): Cue | undefined {
  if (!INTERACTING_VERBS.has(word(v, i)) || v.toks[i].ent !== undefined) return undefined;
  const next = pastAdverbs(v, i + 1);
  return word(v, next) === 'with' || isEnt(v, next) ? undefined : { at: i, lastAt: i, relation: 'regulates', sign: 0, lineage: undefined };
}

function readReciprocal(v: SentenceView, sink: ClaimSink): void {
  for (let i = 2; i + 1 < v.n; i++) {
    const cue = RECIPROCAL_PHRASES.some((p) => phraseAt(v, i, p)) ? cueBefore(v, i) : mutualCueAt(v, i);
    if (!cue || cue.lineage !== undefined || cue.swap === true) continue;
    const frame = sentenceFrame(v, cue.at);
    if (frame.skip) continue;
    const subj = subjectBefore(v, cue.at, clauseStart(v, cue.at));
    if (!subj || subj.reverse || subj.group.ents.length < 2) continue;
    const pol = polarity(v, subj.group.last + 1, cue.at);
    const extras = { negated: pol.negated, hedged: pol.hedged || frame.hedged, passive: false, ctx: contextFor(v, clauseStart(v, cue.at), i + 1, subj.group) };
    for (const a of subj.group.ents) {
      for (const b of subj.group.ents) if (a !== b) emitPairs(v, sink, cue, single(a), single(b), cue.sign, extras);
    }
  }
}

export const reciprocal: Rule = {
  id: 'reciprocal',
  phenomenon: 'A reciprocal object ("A and B regulate each other / one another"): each member acts on the other.',
  confidence: 0.8,
  read: readReciprocal,
  examples: [
    { text: 'MSCs and macrophages regulate each other.', reads: ['msc regulates macrophage', 'macrophage regulates msc'] },
    { text: 'In the fracture callus, MSCs and macrophages interact with one another.', reads: ['msc regulates macrophage', 'macrophage regulates msc'] },
    { text: 'MSCs and macrophages may regulate each other.', reads: ['msc regulates? macrophage', 'macrophage regulates? msc'] },
    { text: 'MSCs regulate each other.', not: ['msc regulates msc'] },
    { text: 'Macrophages and MSCs interact closely during bone repair.', reads: ['msc regulates macrophage', 'macrophage regulates msc'] },
    { text: 'MSCs and macrophages interact with osteoclasts.', not: ['msc regulates macrophage'] },
  ],
};
