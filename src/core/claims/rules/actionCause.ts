/**
 * What makes cells act: "MSCs migrate to sites of injury in response to SDF-1", "the cells proliferated
 * upon IL-6 stimulation". The cause promotes the cell's action (msc + "migrate" → msc-migration, through
 * the lexicon's composite processes); the cell is the clause's subject, the nearest cell term before the
 * verb with no other term between.
 */
import { actionNounOfVerb } from '../../entities/capacityFrames';
import { CHEMOTACTIC_ACTIONS, MOVING_DESTINATIONS, MOVING_VERB_FORMS } from '../grammar';
import { emitPairs, type ClaimSink } from '../sink';
import { attractantAfter, causeAfter } from '../sentence/cause';
import { clauseEnd, clauseStart } from '../sentence/clauses';
import { groupLeft, type Group } from '../sentence/groups';
import { polarity, sentenceFrame } from '../sentence/polarity';
import { contextFor } from '../sentence/qualifiers';
import type { SentenceView } from '../sentence/view';
import { isAdverbish, isEnt, mentionOf, word } from '../sentence/words';
import { hasComma } from '../tokens';
import type { Rule } from './rule';

// linear: one alternation of fixed words, a run of spaces, one alternation of fixed words.
const MAY_HOLD = new RegExp(`\\b(?:${[...MOVING_VERB_FORMS].join('|')})\\s+(?:${[...MOVING_DESTINATIONS].join('|')})\\b`, 'i');

/** May the sentence report cells moving to a place (so one cell term alone may make a claim)? */
export function mayNameHoming(text: string): boolean {
  return MAY_HOLD.test(text);
}

/** How far after the verb the cause may be ("migrate to sites of injury and inflammation in response to"). */
const ACTION_CAUSE_REACH = 10;

/** The subject cell before the verb at `at`: the nearest term in the clause, if it is a cell with that action. */
function actingCell(v: SentenceView, at: number, cs: number, action: string): { cell: Group; process: string } | undefined {
  for (let k = at - 1; k >= cs; k--) {
    if (!isEnt(v, k)) continue;
    const cell = groupLeft(v, k);
    if (cell.ents.length !== 1) return undefined;
    const process = v.lexicon.compositeOf(mentionOf(v, cell.first).id, action);
    return process === undefined ? undefined : { cell, process };
  }
  return undefined;
}

/**
 * Where a verb the tagger may take for a noun ("home") still is one: right after its cells, or after "to" or an
 * adverb ("MSCs are known to (transiently) home to …", "MSCs transiently home to …").
 */
function verbPlace(v: SentenceView, at: number): boolean {
  const before = isAdverbish(v, at - 1) ? at - 2 : at - 1;
  return before >= 0 && !hasComma(v.toks[before]) && (isEnt(v, before) || word(v, before) === 'to');
}

function readActionCauses(v: SentenceView, sink: ClaimSink): void {
  for (let at = 0; at < v.n; at++) {
    // ("MSCs home to …": the tagger may take a verb right after its cells for a noun.)
    if (isEnt(v, at) || !(v.toks[at].tags.has('Verb') || verbPlace(v, at))) continue;
    const action = actionNounOfVerb(word(v, at));
    if (action === undefined) continue;
    const frame = sentenceFrame(v, at);
    if (frame.skip) continue;
    const cs = clauseStart(v, at);
    const ce = clauseEnd(v, at);
    const acting = actingCell(v, at, cs, action);
    if (!acting) continue;
    const cause = causeAfter(v, at + 1, ce, ACTION_CAUSE_REACH) ?? (CHEMOTACTIC_ACTIONS.has(action) ? attractantAfter(v, at + 1, ce) : undefined);
    const pol = polarity(v, cs, at);
    // ("MSCs homed to the fracture site", "ASCs migrated into the grafts": cells reaching a place with no
    // cause named report their own homing; the cells further it, as the review's cells home to injury.)
    if (!cause && CHEMOTACTIC_ACTIONS.has(action) && MOVING_DESTINATIONS.has(word(v, at + 1)) && !isEnt(v, at + 2)) {
      emitPairs(v, sink, { at, lastAt: at + 1, relation: 'promotes', sign: 1, lineage: undefined }, acting.cell, acting.cell, 1, {
        negated: pol.negated, hedged: pol.hedged || frame.hedged, passive: false, ctx: contextFor(v, cs, ce, acting.cell), objectIds: [acting.process],
      });
      continue;
    }
    if (!cause || cause.ents.some((e) => mentionOf(v, e).id === mentionOf(v, acting.cell.first).id)) continue;
    emitPairs(v, sink, { at, lastAt: at + 1, relation: 'promotes', sign: 1, lineage: undefined }, cause, acting.cell, 1, {
      negated: pol.negated, hedged: pol.hedged || frame.hedged, passive: false, ctx: contextFor(v, cs, ce, cause), objectIds: [acting.process],
    });
  }
}

export const actionCause: Rule = {
  id: 'action-cause',
  phenomenon: 'A cause of what cells do ("MSCs migrate to sites of injury in response to SDF-1", "the cells proliferated upon IL-6 stimulation"): the cause promotes the cell\'s action; cells reaching a place with no cause named ("MSCs homed to the fracture") further their own homing.',
  confidence: 0.8,
  read: readActionCauses,
  examples: [
    { text: 'MSCs have been shown to migrate to sites of injury and inflammation in response to SDF-1.', reads: ['cxcl12 promotes msc-migration'] },
    { text: 'Macrophages proliferated in response to M-CSF.', reads: ['m-csf promotes macrophage-proliferation'] },
    { text: 'MSCs home to injured sites in response to SDF-1.', reads: ['cxcl12 promotes msc-homing'] },
    { text: 'MSCs are thought to transiently home to the injured heart.', reads: ['msc promotes? msc-homing'] },
    { text: 'MSCs migrated toward SDF-1 gradients.', reads: ['cxcl12 promotes msc-migration'] },
    { text: 'Macrophages migrated toward the injured bone.', not: ['bone-injury promotes macrophage-recruitment'] },
    { text: 'MSCs proliferated upon stimulation with IL-6.', reads: ['il-6 promotes msc-proliferation'] },
    { text: 'MSCs did not migrate in response to IL-4.', reads: ['il-4 promotes! msc-migration'] },
    // A term after the verb is no cause unless "in response to", "upon", "after" … introduces it.
    { text: 'MSCs migrated towards macrophages within two days.', not: ['macrophage promotes msc-migration'] },
    // Cells reaching a place with no cause named report their own homing.
    { text: 'MSCs homed to the fracture site after infusion.', reads: ['msc promotes msc-homing'] },
    { text: 'MSCs did not migrate into the grafts.', reads: ['msc promotes! msc-migration'] },
  ],
};
