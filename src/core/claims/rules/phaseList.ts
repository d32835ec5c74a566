/**
 * A process told as its phases: "Bone healing can be characterized by three overlapping phases: the
 * inflammatory phase, the repair phase and the remodeling phase", "Fracture healing progresses through four
 * phases: …, and finally remodeling of the callus", "There are three stages in bone repair: inflammation,
 * callus formation and remodeling". Each process named as a phase takes part in the whole, in no stated
 * direction (the review supports the link when it relates the pair).
 */
import { DETERMINERS, PHASE_NOUNS, PHASE_TELLING_VERBS } from '../grammar';
import { emitPairs, type ClaimSink } from '../sink';
import { entityAhead, subjectBefore } from '../sentence/args';
import { clauseStart } from '../sentence/clauses';
import { groupRight, type Group } from '../sentence/groups';
import { polarity, sentenceFrame } from '../sentence/polarity';
import { contextFor } from '../sentence/qualifiers';
import type { SentenceView } from '../sentence/view';
import { isAdverbish, isEnt, mentionOf, word } from '../sentence/words';
import { hasComma } from '../tokens';
import type { Rule } from './rule';

/** Words that may stand between the telling verb and the phase noun: particles, numbers, adjectives. */
const SPAN_REACH = 6;
/** Most tokens the list of phases may run over. */
const LIST_REACH = 40;

/** Where the phase noun at k is told of a process: the telling verb before it, or -1. */
function tellingVerbBefore(v: SentenceView, k: number): number {
  for (let j = k - 1, a = 0; j >= 0 && a < SPAN_REACH; j--, a++) {
    const w = word(v, j);
    if (PHASE_TELLING_VERBS.has(w)) return j;
    const t = v.toks[j];
    if (t.ent !== undefined || hasComma(t)) return -1;
    // ("distinct yet overlapping phases": a participle describes them too.)
    if (!(DETERMINERS.has(w) || /^(of|by|through|into|yet|and)$/.test(w) || /(?:ing|ed)$/.test(w) || isAdverbish(v, j) || t.tags.has('Adjective') || t.tags.has('Value'))) return -1;
  }
  return -1;
}

/** "There are three stages in bone repair:": the process after "in", when the clause opens with "there". */
function processAfterIn(v: SentenceView, k: number): Group | undefined {
  if (word(v, k + 1) !== 'in' || word(v, clauseStart(v, k)) !== 'there') return undefined;
  const g = entityAhead(v, k + 2, 3);
  return g && mentionOf(v, g.first).type === 'process' ? g : undefined;
}

/** The processes named in the list that opens right after the phase noun at k (after a colon, a comma or "namely"). */
function phasesListed(v: SentenceView, k: number, whole: Group): Group[] {
  const opens = v.toks[k].post.includes(':') || hasComma(v.toks[k]) || word(v, k + 1) === 'namely';
  if (!opens) return [];
  const out: Group[] = [];
  for (let j = k + 1; j < v.n && j <= k + LIST_REACH; j++) {
    if (v.toks[j - 1].post.includes(';')) break;
    if (!isEnt(v, j)) continue;
    const g = groupRight(v, j);
    if (mentionOf(v, j).type === 'process' && !whole.ents.some((e) => mentionOf(v, e).id === mentionOf(v, j).id)) out.push(g);
    j = g.last;
  }
  return out;
}

function readPhaseLists(v: SentenceView, sink: ClaimSink): void {
  for (let k = 1; k < v.n; k++) {
    if (!PHASE_NOUNS.has(word(v, k)) || !/s$/.test(word(v, k)) || v.toks[k].ent !== undefined) continue;
    const verb = tellingVerbBefore(v, k);
    // (From the verb: "distinct yet overlapping phases" would open a clause at "yet".)
    const cs = clauseStart(v, verb >= 0 ? verb : k);
    const subject = verb >= 0 ? subjectBefore(v, verb, cs) : undefined;
    const whole = subject && !subject.reverse ? subject.group : processAfterIn(v, k);
    const phaseAt = whole && word(v, k + 1) === 'in' ? whole.last : k;
    if (!whole || !whole.ents.every((e) => mentionOf(v, e).type === 'process')) continue;
    const frame = sentenceFrame(v, k);
    if (frame.skip) continue;
    const pol = polarity(v, verb >= 0 ? whole.last + 1 : cs, k);
    if (pol.negated) continue;
    for (const phase of phasesListed(v, phaseAt, whole)) {
      emitPairs(v, sink, { at: k, lastAt: k, relation: 'regulates', sign: 0, lineage: undefined }, phase, whole, 0, {
        negated: false, hedged: pol.hedged || frame.hedged, passive: false, ctx: contextFor(v, cs, phase.last, whole),
      });
    }
  }
}

export const phaseList: Rule = {
  id: 'phase-list',
  phenomenon: 'A process told as its phases ("bone healing comprises three phases: the inflammatory phase, …"): each process named as a phase takes part in the whole, in no stated direction.',
  confidence: 0.6,
  read: readPhaseLists,
  examples: [
    { text: 'Bone healing can be characterized by three partly overlapping phases: the inflammatory phase, the repair phase and the remodeling phase.', reads: ['inflammation regulates bone-repair'] },
    { text: 'Fracture healing progresses through four phases: hematoma formation, callus formation and finally bone remodeling.', reads: ['bone-remodeling regulates bone-repair'] },
    { text: 'There are three stages in bone repair: inflammation, callus formation and remodeling.', reads: ['inflammation regulates bone-repair'] },
    // (Phases of something else: the list does not belong to the process named first.)
    { text: 'Bone healing is studied in many models, and the phases of an experiment are: inflammation, then analysis.', not: ['inflammation regulates bone-repair'] },
  ],
};
