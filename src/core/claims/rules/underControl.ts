/**
 * A subject placed under a regulator's control: "Osteoclast differentiation is under the control of
 * RANKL", "MSC migration remains under the tight control of SDF-1". The term after "of" regulates the
 * subject, a sign-neutral link like "is controlled by".
 */
import { BE_FORMS, CONTROL_NOUNS, DETERMINERS, DRIVING_PARTICIPLES, NEGATORS, STAYING_VERBS } from '../grammar';
import { emitPairs, type ClaimSink } from '../sink';
import { entityAhead, subjectBefore } from '../sentence/args';
import { clauseStart } from '../sentence/clauses';
import { polarity, sentenceFrame } from '../sentence/polarity';
import { contextFor } from '../sentence/qualifiers';
import type { SentenceView } from '../sentence/view';
import { single, type Group } from '../sentence/groups';
import { isAdverbish, word } from '../sentence/words';
import type { Rule } from './rule';

/** Most adjectives between the article and the noun ("the tight and timely control of"). */
const ADJECTIVE_REACH = 3;

/** The index of "of" after "under (the) (adjectives) control" at u, or -1. */
function controlOfAt(v: SentenceView, u: number): number {
  let k = u + 1;
  if (DETERMINERS.has(word(v, k))) k++;
  for (let a = 0; a < ADJECTIVE_REACH && !CONTROL_NOUNS.has(word(v, k)) && (v.toks[k]?.tags.has('Adjective') || word(v, k) === 'and'); a++) k++;
  return CONTROL_NOUNS.has(word(v, k)) && word(v, k + 1) === 'of' ? k + 1 : -1;
}

/**
 * "under the control of RANKL-dependent pathways": a term glued to a participle of driving before the noun
 * it qualifies (past determiners), which stands for the term's own signalling; undefined otherwise.
 */
function gluedRegulatorAt(v: SentenceView, k: number): Group | undefined {
  let j = k;
  while (j < v.n && DETERMINERS.has(word(v, j))) j++;
  if (v.toks[j]?.ent === undefined || v.toks[j].post !== '-' || !DRIVING_PARTICIPLES.has(word(v, j + 1))) return undefined;
  return single(j);
}

function readUnderControl(v: SentenceView, sink: ClaimSink): void {
  for (let u = 1; u < v.n; u++) {
    if (word(v, u) !== 'under') continue;
    const of = controlOfAt(v, u);
    if (of < 0) continue;
    const regulator = entityAhead(v, of + 1, 3) ?? gluedRegulatorAt(v, of + 1);
    // (Only a clause's predicate: "is / remains under …", not "cultured under the control of a promoter".)
    let verb = u - 1;
    while (verb > 0 && (NEGATORS.has(word(v, verb)) || isAdverbish(v, verb))) verb--;
    if (!regulator || !(BE_FORMS.has(word(v, verb)) || STAYING_VERBS.has(word(v, verb)))) continue;
    const frame = sentenceFrame(v, u);
    if (frame.skip) continue;
    const cs = clauseStart(v, verb);
    const subject = subjectBefore(v, verb, cs);
    if (!subject || subject.reverse) continue;
    const pol = polarity(v, cs, u);
    emitPairs(v, sink, { at: u, lastAt: of, relation: 'regulates', sign: 0, lineage: undefined }, regulator, subject.group, 0, {
      negated: pol.negated, hedged: pol.hedged || frame.hedged, passive: true, ctx: contextFor(v, cs, regulator.last, subject.group),
    });
  }
}

export const underControl: Rule = {
  id: 'under-control',
  phenomenon: 'A subject under a regulator\'s control ("osteoclast differentiation is under the control of RANKL"): the regulator regulates the subject.',
  confidence: 0.8,
  read: readUnderControl,
  examples: [
    { text: 'Osteoclast differentiation is under the control of RANKL.', reads: ['rankl regulates osteoclastogenesis'] },
    { text: 'MSC migration remains under the tight control of SDF-1.', reads: ['cxcl12 regulates msc-migration'] },
    { text: 'Osteoclast formation is under the control of RANKL and OPG.', reads: ['rankl regulates osteoclastogenesis', 'opg regulates osteoclastogenesis'] },
    { text: 'Osteoclast formation is under the control of RANKL-dependent pathways.', reads: ['rankl regulates osteoclastogenesis'] },
    { text: 'Osteoclast differentiation is not under the control of IL-6.', reads: ['il-6 regulates! osteoclastogenesis'] },
    { text: 'MSCs were cultured under the control of a technician with RANKL.', not: ['rankl regulates msc'] },
  ],
};
