/**
 * An event named with its cause: "the induction of NFATc1 in response to RANKL", "IL-6 production in
 * response to TNF-α", "increased osteoclastogenesis in response to RANKL". The phrase presupposes that
 * the cause brings the event about, whatever the sentence goes on to say of it ("… was attenuated by Z"
 * reduces the response, it does not deny it). A change verb before the phrase is the change-verb rule's
 * ("OPG secretion falls in response to TNF-α").
 */
import { relationOfSign, type Sign } from '../../lexicon/relations';
import { CHANGED_PARTICIPLES, CHEMOTACTIC_ACTIONS, DETERMINERS, NEGATORS, NEUTRAL_NOMINALS, NOMINAL_CUES, SCAFFOLD_NOUNS } from '../grammar';
import { attractantAfter } from '../sentence/cause';
import { emitPairs, type ClaimSink } from '../sink';
import { clauseStart } from '../sentence/clauses';
import { groupLeft, groupRight, type Group } from '../sentence/groups';
import { inquiredAfter, sentenceFrame } from '../sentence/polarity';
import { contextFor } from '../sentence/qualifiers';
import type { SentenceView } from '../sentence/view';
import { entityPastScaffold, IN_RESPONSE_TO, isEnt, mentionOf, phraseAt, word } from '../sentence/words';
import { hasComma } from '../tokens';
import type { Rule } from './rule';

/**
 * The event right before "in response to" at `i` — a term, with a scaffold noun after it ("IL-6
 * production") or a nominal before it ("the induction of NFATc1") — and the direction the wording gives
 * it: a nominal's own, +1 for a plain or increased event, 0 when a decrease is named ("decreased
 * proliferation in response to X" may be the cause's effect or a model's defect).
 */
function eventBefore(v: SentenceView, i: number): { group: Group; sign: Sign } | undefined {
  let last = i - 1;
  // "IL-6 production", "NF-κB activation": the noun after the term names the event.
  let nominal = isEnt(v, last) ? undefined : nominalSign(word(v, last));
  if (nominal !== undefined) last--;
  if (!isEnt(v, last) || hasComma(v.toks[last])) return undefined;
  const group = groupLeft(v, last);
  let before = group.first - 1;
  if (word(v, before) === 'of' && nominal === undefined) {
    // "the induction of NFATc1", "the expression of IL-6"
    nominal = nominalSign(word(v, before - 1));
    if (nominal === undefined) return undefined;
    before -= 2;
  }
  while (DETERMINERS.has(word(v, before))) before--;
  if (NEGATORS.has(word(v, before))) return undefined;
  // A bare cell is no event ("differentiate into osteoclasts in response to IL-6" is the lineage's).
  if (nominal === undefined && mentionOf(v, last).type === 'cell') return undefined;
  if (nominal !== undefined && nominal !== 1) return { group, sign: nominal };
  const changed = CHANGED_PARTICIPLES[word(v, before)];
  return { group, sign: changed === undefined || changed > 0 ? 1 : 0 };
}

/** The direction a noun of an event gives it: its own ("inhibition"), none ("regulation"), +1 for a plain one ("production"). */
function nominalSign(w: string): Sign | undefined {
  if (NEUTRAL_NOMINALS.has(w)) return 0;
  if (NOMINAL_CUES[w] !== undefined) return NOMINAL_CUES[w] as Sign;
  return SCAFFOLD_NOUNS.has(w) ? 1 : undefined;
}

/** A negation anywhere in the clause before the event ("not only" aside). */
function deniedBefore(v: SentenceView, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (NEGATORS.has(word(v, j)) && word(v, j + 1) !== 'only') return true;
  return false;
}

/** Does the event group name cells moving (its term or the nominal before it: "MSC migration", "the recruitment of macrophages")? */
function namesMovement(v: SentenceView, event: Group): boolean {
  const m = mentionOf(v, event.first);
  const words = v.text.slice(m.start, m.end).toLowerCase().split(/[^\p{L}]+/u);
  return words.some((w) => CHEMOTACTIC_ACTIONS.has(w)) || (word(v, event.first - 1) === 'of' && CHEMOTACTIC_ACTIONS.has(word(v, event.first - 2)));
}

/**
 * The cause after the cue at i, with the cue's last token: after "in response to", or — for cells moving —
 * what they move "toward" ("MSC migration toward SDF-1"). Undefined when there is none.
 */
function causeAt(v: SentenceView, i: number, event: Group): { cause: number; lastAt: number } | undefined {
  if (phraseAt(v, i, IN_RESPONSE_TO)) {
    const cause = entityPastScaffold(v, i + IN_RESPONSE_TO.length);
    return cause < 0 ? undefined : { cause, lastAt: i + IN_RESPONSE_TO.length - 1 };
  }
  const attractant = namesMovement(v, event) ? attractantAfter(v, i) : undefined;
  return attractant && { cause: attractant.first, lastAt: i };
}

function readResponses(v: SentenceView, sink: ClaimSink): void {
  for (let i = 1; i < v.n - 1; i++) {
    if (!phraseAt(v, i, IN_RESPONSE_TO) && !/^towards?$/.test(word(v, i))) continue;
    const event = eventBefore(v, i);
    if (!event) continue;
    const found = causeAt(v, i, event.group);
    if (!found) continue;
    const { cause, lastAt } = found;
    const frame = sentenceFrame(v, i);
    if (frame.skip) continue;
    // "did not show NFATc1 induction in response to RANKL", "could not differentiate …"
    if (deniedBefore(v, clauseStart(v, i), event.group.first)) continue;
    const agents = groupRight(v, cause);
    // ("the behavior of MSCs in response to inflammatory cytokines is discussed": a topic, not a finding.)
    if (inquiredAfter(v, agents.last + 1)) continue;
    emitPairs(v, sink, { at: i, lastAt, relation: relationOfSign(event.sign), sign: event.sign, lineage: undefined }, agents, event.group, event.sign, {
      negated: false, hedged: frame.hedged, passive: true, ctx: contextFor(v, clauseStart(v, i), agents.last, agents),
    });
  }
}

export const responseCause: Rule = {
  id: 'response-cause',
  phenomenon: 'An event named with its cause ("the induction of Y in response to X", "Y production in response to X", cells moving: "MSC migration toward SDF-1"): X brings Y about.',
  confidence: 0.75,
  read: readResponses,
  examples: [
    { text: 'The induction of NFATc1 in response to RANKL was attenuated by the compound.', reads: ['rankl promotes nfatc1'], not: ['rankl inhibits nfatc1'] },
    { text: 'Knockout precursors underwent increased osteoclastogenesis in response to RANKL.', reads: ['rankl promotes osteoclastogenesis'] },
    { text: 'TSG-6 production in response to TNF-α was lower in aged cells.', reads: ['tnf-alpha promotes tsg-6'] },
    { text: 'The inhibition of osteoclastogenesis in response to IL-4 depends on STAT6.', reads: ['il-4 inhibits osteoclastogenesis'] },
    { text: 'MSCs showed decreased proliferation in response to TNF-α.', reads: ['tnf-alpha regulates msc-proliferation'], not: ['tnf-alpha promotes msc-proliferation'] },
    { text: 'OPG secretion falls in response to TNF-α.', not: ['tnf-alpha promotes opg'] },
    { text: 'There was no NFATc1 induction in response to RANKL.', not: ['rankl promotes nfatc1'] },
    { text: 'The behaviour of MSCs in response to TNF-α is discussed.', not: ['tnf-alpha promotes msc'] },
    { text: 'Progenitors could not differentiate into osteoclasts in response to IL-6.', not: ['il-6 promotes osteoclast'] },
    { text: 'Precursors did not show NFATc1 induction in response to RANKL.', not: ['rankl promotes nfatc1'] },
    // (Cells moving toward a signal: the signal draws them.)
    { text: 'AMD3100 blocked MSC migration toward SDF-1.', reads: ['cxcl12 promotes msc-migration'] },
    { text: 'The migration of macrophages towards CCL2 fell.', reads: ['ccl2 promotes macrophage-recruitment'] },
    { text: 'MSC migration toward the injured bone was tracked.', not: ['bone-injury promotes msc-migration'] },
  ],
};
