/**
 * A process of damage named with its cause as an adjective: "inflammatory bone loss", "inflammatory
 * osteolysis" (bone loss that inflammation brings about). The cause furthers the process.
 */
import { CAUSE_ADJECTIVES, DAMAGE_HEADS } from '../grammar';
import { emit, type ClaimSink } from '../sink';
import { clauseStart } from '../sentence/clauses';
import { single } from '../sentence/groups';
import { nominalPolarity, sentenceFrame } from '../sentence/polarity';
import { contextFor } from '../sentence/qualifiers';
import type { SentenceView } from '../sentence/view';
import { isEnt, mentionOf, word } from '../sentence/words';
import { hasComma } from '../tokens';
import type { Rule } from './rule';

/** Does the process term at k end in a word of damage ("bone loss", "osteolysis")? */
function namesDamage(v: SentenceView, k: number): boolean {
  const m = mentionOf(v, k);
  const last = v.text.slice(m.start, m.end).toLowerCase().split(/[\s-]+/).pop() ?? '';
  return m.type === 'process' && DAMAGE_HEADS.has(last);
}

/**
 * The cause adjective of the damage term at k: its own first word ("inflammatory bone loss" may be one term)
 * or the word before it; with the cause's spelling and the adjective's span. Undefined when there is none.
 */
function causeOf(v: SentenceView, k: number): { spelling: string; span: { start: number; end: number } } | undefined {
  const m = mentionOf(v, k);
  const first = v.text.slice(m.start, m.end).split(/\s+/)[0];
  const own = CAUSE_ADJECTIVES[first.toLowerCase()];
  if (own !== undefined) return { spelling: own, span: { start: m.start, end: m.start + first.length } };
  const before = CAUSE_ADJECTIVES[word(v, k - 1)];
  if (before === undefined || k === 0 || v.toks[k - 1].ent !== undefined || hasComma(v.toks[k - 1])) return undefined;
  return { spelling: before, span: { start: v.toks[k - 1].ostart, end: v.toks[k - 1].oend } };
}

function readCauseAdjectives(v: SentenceView, sink: ClaimSink): void {
  for (let k = 0; k < v.n; k++) {
    if (!isEnt(v, k) || !namesDamage(v, k)) continue;
    const found = causeOf(v, k);
    const cause = found ? v.lexicon.termNamed(found.spelling) : undefined;
    const m = mentionOf(v, k);
    if (!found || cause === undefined || cause === m.id) continue;
    const frame = sentenceFrame(v, k);
    if (frame.skip) continue;
    const pol = nominalPolarity(v, k, k);
    const at = found.span;
    emit(sink, {
      kind: 'interaction', subject: cause, object: m.id, relation: 'promotes', sign: 1, negated: pol.negated, hedged: pol.hedged || frame.hedged,
      passive: false, context: contextFor(v, clauseStart(v, k), k, single(k)), subjectSpan: at, objectSpan: { start: m.start, end: m.end },
      cueSpan: at, cueText: v.text.slice(at.start, at.end),
    });
  }
}

export const causeAdjective: Rule = {
  id: 'cause-adjective',
  phenomenon: 'A process of damage named with its cause as an adjective ("inflammatory bone loss", "inflammatory osteolysis"): the cause furthers it.',
  confidence: 0.6,
  background: true,
  read: readCauseAdjectives,
  examples: [
    { text: 'The virus induced inflammatory bone loss in hamsters.', reads: ['inflammation promotes bone-resorption'] },
    { text: 'IL-4 prevented inflammatory osteolysis around the implant.', reads: ['inflammation promotes bone-resorption'] },
    { text: 'MSCs drove inflammatory macrophage polarization.', not: ['inflammation promotes macrophage-polarization'] },
  ],
};
