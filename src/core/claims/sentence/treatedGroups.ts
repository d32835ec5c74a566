/**
 * Where a result names the group or cells a term was given to: "in the MSC group", "in the IL-4-treated
 * group", "in the cells treated with IFN-γ". The term is then the actor of the change reported.
 */
import { AGENT_INTRODUCERS, CONTACT_WORDS, DETERMINERS, GIVING_NOUNS, MODEL_NOUNS, MODEL_PART_NOUNS, RECEIVING_WORDS, TREATMENT_PARTICIPLES } from '../grammar';
import { hasComma } from '../tokens';
import { entityAhead } from './args';
import { conditionAt } from './cause';
import { groupRight, type Group } from './groups';
import { treatmentGluedBefore } from './treatment';
import type { SentenceView } from './view';
import { entityPastQualifiers, isEnt, mentionOf, pastDoses, word } from './words';

/** Most plain words before the part of an animal ("the inflamed colons of", "the serum of"). */
const PART_REACH = 2;

/**
 * "in the (inflamed) colons of IL-4-treated mice", "in the serum of the MSC group": past the part of the
 * animals or cells at k that a result was measured in, to the group itself; k when there is none.
 */
function pastModelPart(v: SentenceView, k: number): number {
  let j = DETERMINERS.has(word(v, k)) ? k + 1 : k;
  for (let r = 0; r < PART_REACH && !MODEL_PART_NOUNS.has(word(v, j)) && v.toks[j]?.ent === undefined && (v.toks[j]?.tags.has('Adjective') || /ed$/.test(word(v, j))) && !hasComma(v.toks[j]); r++) j++;
  return MODEL_PART_NOUNS.has(word(v, j)) && word(v, j + 1) === 'of' && !hasComma(v.toks[j]) ? j + 2 : k;
}

/** "the MSC group", "the IL-4-treated group": the term a treatment group at k (past "the") is named by; -1 when none. */
export function treatedGroupAt(v: SentenceView, k: number): number {
  let j = pastModelPart(v, k);
  if (DETERMINERS.has(word(v, j))) j++;
  if (v.toks[j]?.ent === undefined) return -1;
  // ("the MSC-treated group": the term glued to its participle is no group of its own.)
  // ("the RANKL (100 ng/ml) group": past the dose each group was given.)
  let g = pastDoses(v, isEnt(v, j) ? groupRight(v, j).last + 1 : j + 1);
  // ("the hUC-MSC therapy group", "the BMSC transplantation group": the way the term was given may stand between.)
  if (/^(treated|therapy|intervention)$/.test(word(v, g)) || GIVING_NOUNS.has(word(v, g))) g++;
  return /^groups?$/.test(word(v, g)) ? j : -1;
}

/**
 * "(a decrease) in the MSC group", "in MSC-treated mice": does the term at `first` name, after an "in" right
 * before it (and an article), the group it was given to? Such a group is where a change was seen, not what changed.
 */
export function namesTreatedGroupAt(v: SentenceView, first: number): boolean {
  const inAt = DETERMINERS.has(word(v, first - 1)) ? first - 2 : first - 1;
  if (word(v, inAt) !== 'in') return false;
  return treatedGroupAt(v, inAt + 1) === first || gluedTreatmentAt(v, inAt + 1)?.first === first;
}

/**
 * "from MSC-treated mice", "from mice treated with MSCs", "from rats given IL-4": animals at k (past an
 * article) named by what they were given; not cells the lexicon names ("from IL-4-treated monocytes").
 */
export function animalsTreatedAfter(v: SentenceView, k: number): boolean {
  const j = DETERMINERS.has(word(v, k)) ? k + 1 : k;
  const glued = gluedTreatmentAt(v, j);
  // (Past the term and its participle: "MSC" "-treated", to the animals.)
  if (glued) return v.toks[glued.last + 2]?.ent === undefined && MODEL_NOUNS.has(word(v, glued.last + 2));
  return v.toks[j]?.ent === undefined && MODEL_NOUNS.has(word(v, j)) && contactAgent(v, j + 1, Math.min(v.n, j + 6)) !== undefined;
}

/** "X was enhanced in the cells treated with (low concentrations of) IFN-γ": the agent the cells were treated with. */
export function contactAgent(v: SentenceView, k: number, ce: number): number | undefined {
  let found: number | undefined;
  for (let t = k; t < ce && t < k + 8 && found === undefined; t++) {
    // ("… was lower in mice administered / given IL-4": animals given a term with no "with".)
    if (RECEIVING_WORDS.has(word(v, t)) && MODEL_NOUNS.has(word(v, t - 1)) && v.toks[t - 1].ent === undefined) {
      const given = entityAhead(v, t + 1, 3);
      if (given && given.first <= ce) found = given.first;
      continue;
    }
    if (!CONTACT_WORDS.has(word(v, t)) || !(word(v, t + 1) === 'with' || word(v, t + 1) === 'to')) continue;
    const agentGroup = entityAhead(v, t + 2, 5);
    if (agentGroup && agentGroup.first <= ce) found = agentGroup.first;
  }
  return found;
}

/**
 * "in IL-4-treated mice", "in the RANKL-treated cells": the term glued to the treatment participle of the
 * animals or cells named at k (past "the"), or undefined.
 */
export function gluedTreatmentAt(v: SentenceView, k: number): Group | undefined {
  const m = pastModelPart(v, k);
  const j = DETERMINERS.has(word(v, m)) ? m + 1 : m;
  const glued = j + 2 < v.n ? treatmentGluedBefore(v, j + 2) : undefined;
  return glued && glued.first === j ? glued : undefined;
}

/** Does the "group" word after the term at `named` end a fronted phrase with a comma before `at`? */
function groupWordClosedAt(v: SentenceView, named: number, at: number): boolean {
  for (let g = named + 1; g < at && g <= named + 4; g++) if (/^groups?$/.test(word(v, g))) return hasComma(v.toks[g]);
  return false;
}

/** "After (24 h of) TNF-α treatment, RANK expression was increased": the agent a fronted "after / following / upon" names. */
export function frontedAgent(v: SentenceView, cs: number, at: number): number | undefined {
  let found: number | undefined;
  for (let t = Math.max(0, cs - 1); t + 2 < at && found === undefined; t++) {
    // ("When co-cultured with MSCs, macrophages produced less TNF-α": the partner of a contact after "when".)
    if (word(v, t) === 'when' && CONTACT_WORDS.has(word(v, t + 1)) && /^(with|to)$/.test(word(v, t + 2)) && isEnt(v, t + 3) && t + 3 < at) found = t + 3;
    // ("In the MSC group, TNF-α decreased": a treatment group set off before the clause.)
    if (word(v, t) === 'in' && found === undefined) {
      const named = treatedGroupAt(v, t + 1);
      if (named >= 0 && named < at && groupWordClosedAt(v, named, at)) found = named;
      // ("In MSC-treated mice, TNF-α decreased": animals or cells given a term, set off the same way at the
      // clause's start; "… occupancy in TNF-α-treated MSCs, as well as …" ends a clause instead.)
      const glued = found === undefined && t <= cs ? gluedTreatmentAt(v, t + 1) : undefined;
      if (glued && glued.last + 2 < at && hasComma(v.toks[glued.last + 2])) found = glued.first;
    }
    // ("Under hypoxia, MSC migration increased": a condition set off before the clause.)
    const condition = found === undefined ? conditionAt(v, t) : -1;
    if (condition >= 0 && condition < at && hasComma(v.toks[groupRight(v, condition).last])) found = condition;
    if (!AGENT_INTRODUCERS.has(word(v, t))) continue;
    let e = t + 1;
    // ("after 24 h of TNF-α treatment": a duration may come first.)
    while (e < at && (DETERMINERS.has(word(v, e)) || v.toks[e].tags.has('Value') || /^(h|hr|hrs|hours?|days?|min|minutes?|weeks?|of)$/.test(word(v, e)))) e++;
    if (isEnt(v, e) && (hasComma(v.toks[groupRight(v, e).last]) || CONTACT_WORDS.has(word(v, groupRight(v, e).last + 1)))) found = e;
    // ("After co-culture with MSCs, …": the partner of a contact.)
    // (The lexicon may name the contact itself: "co-culture" is a term.)
    const contact = CONTACT_WORDS.has(word(v, e)) || (e < at && CONTACT_WORDS.has(v.text.slice(v.toks[e].ostart, v.toks[e].oend).toLowerCase()));
    if (contact && word(v, e + 1) === 'with' && isEnt(v, e + 2) && e + 2 < at) found = e + 2;
  }
  // ("… upregulated IDO upon stimulation with IFN-γ, and IDO activity was not affected under hypoxia": a
  // phrase that ends the clause before ", and" is that clause's, not fronted before this one.)
  if (found !== undefined) for (let j = found; j + 1 < at; j++) if (hasComma(v.toks[j]) && /^(and|but|whereas|while)$/.test(word(v, j + 1))) return undefined;
  return found;
}

/** Most words between the observation and the treatment that names the agent ("in spleen cell and BMM cultures"). */
const TREATMENT_REACH = 10;

/**
 * The agent of a treatment named from k to the clause's end: "(cells) treated with / exposed to X",
 * "after / following / upon X treatment", "in the presence of X". Not cells: "co-cultured with MSCs" is
 * a setting the change is measured in, read by other rules. Looked for within `reach` words of `from`.
 */
export function treatmentAgent(v: SentenceView, from: number, end: number, reach = TREATMENT_REACH): Group | undefined {
  for (let k = from; k <= end && k < from + reach; k++) {
    const w = word(v, k);
    let at = -1;
    // ("after treatment with MSCs": cells given as a treatment act, unlike cells a culture is shared with.)
    let given = false;
    if (AGENT_INTRODUCERS.has(w) && GIVING_NOUNS.has(word(v, k + 1)) && /^(with|of)$/.test(word(v, k + 2))) {
      at = k + 3;
      given = true;
    } else if (TREATMENT_PARTICIPLES.has(w) && /^(with|to|by)$/.test(word(v, k + 1))) at = k + 2;
    else if (AGENT_INTRODUCERS.has(w) && isEnt(v, k + 1) && (CONTACT_WORDS.has(nounAfterGroup(v, k + 1)) || GIVING_NOUNS.has(nounAfterGroup(v, k + 1)))) {
      at = k + 1;
      // ("after MSC treatment", "following IL-4 administration": what is given acts, cells too, as after
      // "treatment with MSCs".)
      given = GIVING_NOUNS.has(nounAfterGroup(v, k + 1));
    } else if (w === 'presence' && word(v, k + 1) === 'of') at = k + 2;
    // ("after MSC infusion": the lexicon may name the treatment itself.)
    else if (AGENT_INTRODUCERS.has(w) && isEnt(v, k + 1) && mentionOf(v, k + 1).type === 'treatment') {
      at = k + 1;
      given = true;
    }
    if (at < 0) continue;
    // ("after treatment with allogeneic MSCs": past what qualifies the agent.)
    at = entityPastQualifiers(v, at);
    if (at < 0 || at > end) return undefined;
    const agents = groupRight(v, at);
    return given || agents.ents.every((e) => mentionOf(v, e).type !== 'cell') ? agents : undefined;
  }
  return undefined;
}

/** The word right after the term group starting at k ("MSC |treatment"). */
function nounAfterGroup(v: SentenceView, k: number): string {
  return word(v, groupRight(v, k).last + 1);
}
