/**
 * The cause a clause names after what happened: "… in response to (the cytokine) RANKL", "… upon RANKL
 * stimulation", "… following IL-6 treatment". Shared by the rules that read what makes cells
 * differentiate (lineage-cause) and what makes them act (action-cause).
 */
import { AGENT_INTRODUCERS, CONDITION_WORDS, CONTACT_WORDS, MODEL_NOUNS } from '../grammar';
import { entityAhead, entityPastDescription } from './args';
import { hasComma } from '../tokens';
import { groupRight, type Group } from './groups';
import type { SentenceView } from './view';
import { IN_RESPONSE_TO, IN_THE_PRESENCE_OF, isEnt, mentionOf, phraseAt, word } from './words';

/** How many words after the event the cause may start: "in response to", "upon", "after", "following". */
export const CAUSE_REACH = 6;

/** The term at or after k, past determiners, adjectives and a short describing noun phrase ("the cytokine"). */
function causeTerm(v: SentenceView, k: number): Group | undefined {
  // "upon stimulation with IL-6", "after exposure to TNF-α": what the cells met is the cause.
  if (CONTACT_WORDS.has(word(v, k)) && /^(with|to|by)$/.test(word(v, k + 1))) return entityAhead(v, k + 2, 5);
  const direct = entityAhead(v, k, 5);
  if (direct) return direct;
  const i = entityPastDescription(v, k);
  if (i >= 0) return groupRight(v, i);
  return examplesAfter(v, k);
}

/** How many words a general description before its examples may have ("soluble mediators including …"). */
const DESCRIPTION_REACH = 4;

/** "in response to soluble mediators including (the chemokine) SDF-1": the examples name the cause. */
function examplesAfter(v: SentenceView, k: number): Group | undefined {
  for (let j = k; j < Math.min(v.n, k + DESCRIPTION_REACH); j++) {
    if (isEnt(v, j) || hasComma(v.toks[j])) return undefined;
    const w = word(v, j + 1);
    if (w === 'including' || w === 'like' || (w === 'such' && word(v, j + 2) === 'as')) {
      const from = j + (w === 'such' ? 3 : 2);
      const direct = entityAhead(v, from, 5);
      if (direct) return direct;
      const e = entityPastDescription(v, from);
      return e >= 0 ? groupRight(v, e) : undefined;
    }
  }
  return undefined;
}

/**
 * The cause starting within `reach` words from `from` (and not past `end`). With `presence`, "in the
 * presence of X" names one too: cells that differentiate in the presence of RANKL do so because of it,
 * while an effect measured in the presence of a factor is only a condition (so other callers leave it).
 */
export function causeAfter(v: SentenceView, from: number, end: number, reach = CAUSE_REACH, presence = false): Group | undefined {
  for (let k = from; k <= end && k < from + reach; k++) {
    if (phraseAt(v, k, IN_RESPONSE_TO)) return causeTerm(v, k + IN_RESPONSE_TO.length);
    if (presence && phraseAt(v, k, IN_THE_PRESENCE_OF)) return causeTerm(v, k + IN_THE_PRESENCE_OF.length);
    if (AGENT_INTRODUCERS.has(word(v, k))) return causeTerm(v, k + 1);
  }
  return undefined;
}

/** Most words between the preposition and the condition ("in an inflammatory microenvironment"). */
const CONDITION_REACH = 3;

/**
 * "… under hypoxia", "… in an inflammatory microenvironment": the condition term a preposition at k puts
 * a change under, when the lexicon names it as a condition (not a place: "in osteoclasts", nor a model:
 * "in immunodeficient mice"); -1 otherwise.
 */
export function conditionAt(v: SentenceView, k: number): number {
  if (!CONDITION_WORDS.has(word(v, k))) return -1;
  const g = entityAhead(v, k + 1, CONDITION_REACH);
  // ("… in immunodeficient mice": a condition that names a model is the model's phenotype, read by absence-cause.)
  return g && mentionOf(v, g.first).type === 'condition' && !MODEL_NOUNS.has(word(v, g.last + 1)) ? g.first : -1;
}

/** Most words between "toward" and what draws the cells ("toward a gradient of SDF-1"). */
const ATTRACTANT_REACH = 4;

/**
 * "migrated toward (a gradient of) SDF-1", "MSC migration toward SDF-1": the signal moving cells go toward
 * when "toward" stands at k, if it is no cell, disease or process and starts by `end`.
 */
export function attractantAfter(v: SentenceView, k: number, end = v.n - 1): Group | undefined {
  if (!/^towards?$/.test(word(v, k))) return undefined;
  const g = entityAhead(v, k + 1, ATTRACTANT_REACH);
  if (!g || g.first > end) return undefined;
  const type = mentionOf(v, g.first).type;
  return type === 'cell' || type === 'disease' || type === 'process' ? undefined : g;
}
