/**
 * An action shown as a nominal: "hMSCs showed (a greater) inhibition of TNF-α secretion", "IL-4 exhibited
 * a marked suppression of NFATc1". The subject is the actor, in the nominal's direction — unless what
 * the nominal acts on is the subject's own process ("MSCs showed inhibition of proliferation": their
 * proliferation was inhibited, by something else).
 */
import { relationOfSign, type Sign } from '../../lexicon/relations';
import { CHANGED_PARTICIPLES, DETERMINERS, NOMINAL_CUES, SHOWING_VERBS, SHOWN_AMOUNTS } from '../grammar';
import { emitPairs, type ClaimSink } from '../sink';
import { subjectBefore } from '../sentence/args';
import { clauseStart } from '../sentence/clauses';
import { groupRight, type Group } from '../sentence/groups';
import { polarity, sentenceFrame } from '../sentence/polarity';
import { contextFor } from '../sentence/qualifiers';
import type { SentenceView } from '../sentence/view';
import { entityPastScaffold, isAdverbish, mentionOf, word } from '../sentence/words';
import type { Rule } from './rule';

/** Most words between the verb of showing and its nominal ("a significantly greater"). */
const NOMINAL_REACH = 4;

/** The nominal cue shown after the verb at i (past an article, adverbs and words of degree), or -1. */
function shownNominalAt(v: SentenceView, i: number): number {
  for (let j = i + 1; j < v.n && j <= i + NOMINAL_REACH; j++) {
    if (NOMINAL_CUES[word(v, j)] !== undefined && v.toks[j].ent === undefined) return j;
    const t = v.toks[j];
    // ("MSCs showed enhanced inhibition of T-cell proliferation": a raising participle only grades the nominal; a
    // lowering one, "reduced inhibition", is a comparison with the same direction claimed less, left unread.)
    const graded = (t.tags.has('Adjective') || CHANGED_PARTICIPLES[word(v, j)] === 1) && CHANGED_PARTICIPLES[word(v, j)] !== -1;
    if (t.ent !== undefined || !(DETERMINERS.has(word(v, j)) || isAdverbish(v, j) || SHOWN_AMOUNTS[word(v, j)] !== undefined || graded)) return -1;
  }
  return -1;
}

/** Whether every term of `objects` is a process of one of the cells in `subject` (their own action). */
function ownProcess(v: SentenceView, subject: Group, objects: Group): boolean {
  const cells = new Set(subject.ents.map((e) => mentionOf(v, e).id));
  return objects.ents.every((e) => {
    const cell = v.lexicon.cellOf(mentionOf(v, e).id);
    return cell !== undefined && cells.has(cell);
  });
}

function readShownNominals(v: SentenceView, sink: ClaimSink): void {
  for (let i = 1; i < v.n - 2; i++) {
    // (Not "demonstrate", whose subject is mostly a study, nor "undergo", which names what befell the subject.)
    if (!SHOWING_VERBS.has(word(v, i)) || /^(demonstrat|underw|undergo)/.test(word(v, i)) || v.toks[i].ent !== undefined) continue;
    const n = shownNominalAt(v, i);
    if (n < 0 || word(v, n + 1) !== 'of') continue;
    const first = entityPastScaffold(v, n + 2);
    if (first < 0) continue;
    const frame = sentenceFrame(v, i);
    if (frame.skip) continue;
    const cs = clauseStart(v, i);
    const subject = subjectBefore(v, i, cs);
    if (!subject || subject.reverse) continue;
    const objects = groupRight(v, first);
    // ("… showed impairment of osteogenesis by inflamed cells": the nominal names its own agent.)
    if (ownProcess(v, subject.group, objects) || word(v, objects.last + 1) === 'by') continue;
    const sign = NOMINAL_CUES[word(v, n)] as Sign;
    const pol = polarity(v, subject.group.last + 1, i);
    emitPairs(v, sink, { at: i, lastAt: n, relation: relationOfSign(sign), sign, lineage: undefined }, subject.group, objects, sign, {
      negated: pol.negated, hedged: pol.hedged || frame.hedged, passive: false, ctx: contextFor(v, cs, objects.last, subject.group),
    });
  }
}

export const shownNominal: Rule = {
  id: 'shown-nominal',
  phenomenon: 'An action shown as a nominal after a verb of showing ("X showed inhibition of Y"): X acts on Y in the nominal\'s direction, unless Y is X\'s own process.',
  confidence: 0.8,
  read: readShownNominals,
  examples: [
    { text: 'hMSCs showed greater inhibition of TNF-α secretion in co-cultures with macrophages.', reads: ['msc inhibits tnf-alpha'] },
    { text: 'IL-4 exhibited a marked suppression of NFATc1 expression.', reads: ['il-4 inhibits nfatc1'] },
    { text: 'Stromal cells showed enhanced inhibition of TNF-α secretion.', reads: ['msc inhibits tnf-alpha'] },
    { text: 'MSCs showed inhibition of proliferation after IFN-γ treatment.', not: ['msc inhibits msc-proliferation'] },
    { text: 'IL-4 did not show any suppression of NFATc1.', reads: ['il-4 inhibits! nfatc1'] },
    { text: 'Transplantation of MSCs demonstrated severe impairment of osteogenesis by inflamed MSCs.', not: ['msc inhibits bone-formation'] },
  ],
};
