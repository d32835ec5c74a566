/**
 * An amount compared in the group a term was given to: "Bone formation was significantly lower in the
 * TNF-treated group", "Osteoclast numbers were higher in IL-4-treated mice", "Fewer osteoclasts were
 * observed in the IL-4 group". The term lowered or raised what was measured.
 */
import type { Sign } from '../../lexicon/relations';
import { AGENT_INTRODUCERS, BE_FORMS, CHANGE_VERBS, CHANGED_PARTICIPLES, DETERMINERS, NEGATORS, OBSERVATION_WORDS, POPULATION_NOUNS, SHOWING_VERBS, SHOWN_AMOUNTS, SHOWN_CHANGE_NOUNS } from '../grammar';
import { emitPairs, type ClaimSink } from '../sink';
import { diminishedPhrase, subjectBefore } from '../sentence/args';
import { clauseEnd, clauseStart } from '../sentence/clauses';
import { groupRight, single, type Group } from '../sentence/groups';
import { polarity, sentenceFrame } from '../sentence/polarity';
import { contextFor } from '../sentence/qualifiers';
import { removesActor } from '../sentence/scope';
import { contactAgent, frontedAgent, gluedTreatmentAt, treatedGroupAt, treatmentAgent } from '../sentence/treatedGroups';
import type { Cue } from '../sentence/verbCue';
import type { SentenceView } from '../sentence/view';
import { isAdverbish, isEnt, mentionOf, pastAdverbs, pastChangeMeasure, someTokenIn, termWithin, word } from '../sentence/words';
import { hasComma } from '../tokens';
import type { Rule } from './rule';

/**
 * The term named as what a group or its cells were given, after "in" at k: "the MSC group", "the
 * IL-4-treated group", "IL-4-treated mice", "cells treated with IFN-γ".
 */
function groupAgentAt(v: SentenceView, k: number, ce: number): Group | undefined {
  const named = treatedGroupAt(v, k);
  if (named >= 0) return isEnt(v, named) ? groupRight(v, named) : single(named);
  // ("IL-4-treated mice": the term glued to its participle, before animals or cells the lexicon does not name.)
  const glued = gluedTreatmentAt(v, k);
  if (glued) return glued;
  const contact = contactAgent(v, k, ce);
  return contact === undefined ? undefined : groupRight(v, contact);
}

/**
 * "… in mice given TNF-α and IL-4 were lower than those in mice given TNF-α alone": the group's terms that
 * the arm it is compared with ("than …") also names were given to both, so only the others act. The group
 * without them, or undefined when none is left.
 */
function pastComparedArm(v: SentenceView, agent: Group, k: number, ce: number): Group | undefined {
  let than = k + 1;
  while (than <= ce && than < v.n && word(v, than) !== 'than') than++;
  if (than > ce || than >= v.n) return agent;
  const shared = new Set<string>();
  for (let j = than + 1; j <= ce && j < v.n; j++) if (isEnt(v, j)) shared.add(mentionOf(v, j).id);
  const kept = agent.ents.filter((e) => !shared.has(mentionOf(v, e).id));
  if (kept.length === agent.ents.length) return agent;
  return kept.length === 0 ? undefined : { first: kept[0], last: kept[kept.length - 1], ents: kept };
}

/** Most words from "with" to the term people have ("with high/detectable values of IL-1β"). */
const CARRIED_REACH = 6;

/** "women with high IL-1β", "patients with elevated serum IL-6": after "in" at k, the term a population has. */
function carriedByPopulationAt(v: SentenceView, k: number): Group | undefined {
  const noun = DETERMINERS.has(word(v, k)) ? k + 1 : k;
  if (!POPULATION_NOUNS.has(word(v, noun)) || word(v, noun + 1) !== 'with') return undefined;
  // (Past words of amount that the lexicon has no term for: "high/detectable values of".)
  const term = termWithin(v, noun + 2, CARRIED_REACH);
  return term < 0 ? undefined : groupRight(v, term);
}

/**
 * The comparative or participle of change before the measured term ("Fewer osteoclasts", "significantly
 * more TRAP+ cells", "Enhanced bone formation was observed in …"), or 0.
 */
function amountBefore(v: SentenceView, first: number): { sign: Sign; at: number } {
  const amount = (w: string): number | undefined => SHOWN_AMOUNTS[w] ?? CHANGED_PARTICIPLES[w];
  // (The tagger may take "More" for an adverb: stop at the comparative, past any other adverb, and past an
  // adjective that says which kind is measured: "enhanced periodontal regeneration".)
  let a = first - 1;
  while (a >= 0 && amount(word(v, a)) === undefined && (isAdverbish(v, a) || (v.toks[a].ent === undefined && v.toks[a].tags.has('Adjective')))) a--;
  return { sign: (amount(word(v, a)) ?? 0) as Sign, at: a };
}

/** The cue of an amount compared at k: the group's term raised or lowered what was measured. */
function amountCue(k: number, sign: Sign): Cue {
  return { at: k, lastAt: k, relation: sign === 1 ? 'increases' : 'reduces', sign, lineage: undefined };
}

/** After the copula at b, past adverbs and negators ("was not significantly lower"): the word that may compare. */
function pastCopulaWords(v: SentenceView, b: number): number {
  let k = b + 1;
  while (k < v.n && (isAdverbish(v, k) || NEGATORS.has(word(v, k)))) k++;
  // ("were 40% lower in …")
  return pastChangeMeasure(v, k);
}

/**
 * "rose in", "decreased significantly in": an intransitive change verb at b before "in" (not a passive's
 * participle), its sign and the last word before the "in"; or undefined.
 */
function changedInAt(v: SentenceView, b: number): { sign: Sign; last: number } | undefined {
  const sign = CHANGE_VERBS[word(v, b)];
  if (sign === undefined || sign === 0 || v.toks[b].ent !== undefined || !v.toks[b].tags.has('Verb')) return undefined;
  const k = pastAdverbs(v, b + 1);
  if (word(v, k) !== 'in') return undefined;
  let a = b - 1;
  while (a > 0 && (isAdverbish(v, a) || NEGATORS.has(word(v, a)))) a--;
  return BE_FORMS.has(word(v, a)) ? undefined : { sign, last: k - 1 };
}

/** Most words between a verb of showing and its change noun ("showed a significant and sustained decrease"). */
const SHOWN_CHANGE_REACH = 4;

/**
 * "showed a (significant) decrease in": a verb of showing at b and the change noun it reports, right before
 * "in"; its sign and the noun's index; or undefined.
 */
function shownChangeInAt(v: SentenceView, b: number): { sign: Sign; last: number } | undefined {
  if (!SHOWING_VERBS.has(word(v, b)) || v.toks[b].ent !== undefined) return undefined;
  let k = b + 1;
  while (k < v.n && k <= b + SHOWN_CHANGE_REACH && v.toks[k].ent === undefined && SHOWN_CHANGE_NOUNS[word(v, k)] === undefined && (DETERMINERS.has(word(v, k)) || isAdverbish(v, k) || v.toks[k].tags.has('Adjective'))) k++;
  const sign = SHOWN_CHANGE_NOUNS[word(v, k)];
  return sign !== undefined && sign !== 0 && word(v, k + 1) === 'in' && v.toks[k].ent === undefined ? { sign, last: k } : undefined;
}

function readGroupAmounts(v: SentenceView, sink: ClaimSink): void {
  for (let b = 1; b < v.n - 2; b++) {
    // ("IL-10 levels rose in the MSC group": an intransitive change verb compares as "were higher" does.)
    const changed = changedInAt(v, b) ?? shownChangeInAt(v, b);
    if (!BE_FORMS.has(word(v, b)) && changed === undefined) continue;
    const k = changed === undefined ? pastCopulaWords(v, b) : changed.last;
    const compared = changed?.sign ?? SHOWN_AMOUNTS[word(v, k)];
    const observed = compared === undefined && OBSERVATION_WORDS.has(word(v, k));
    // ("IL-10 levels were higher after MSC treatment": the treatment the amount is compared after.)
    const givenAfter = AGENT_INTRODUCERS.has(word(v, k + 1));
    if ((compared === undefined && !observed) || (word(v, k + 1) !== 'in' && !givenAfter)) continue;
    const frame = sentenceFrame(v, b);
    if (frame.skip) continue;
    const cs = clauseStart(v, b);
    const ce = clauseEnd(v, k);
    const given = givenAfter ? treatmentAgent(v, k + 1, ce, 1) : groupAgentAt(v, k + 2, ce);
    const treated = given && pastComparedArm(v, given, k, ce);
    if (given && !treated) continue;
    const carried = treated ? undefined : carriedByPopulationAt(v, k + 2);
    const agent = treated ?? carried;
    const patient = subjectBefore(v, b, cs);
    if (!agent || !patient || patient.group.last >= agent.first) continue;
    // ("Hip BMD was lower in women with high IL-1β": what people have goes with the amount; an association,
    // with no direction, and its absence denies nothing.)
    if (carried) {
      const pol = polarity(v, patient.group.last + 1, k);
      if (!pol.negated && compared !== undefined) {
        emitPairs(v, sink, { at: k, lastAt: k, relation: 'regulates', sign: 0, lineage: undefined }, agent, patient.group, 0, {
          negated: false, hedged: pol.hedged || frame.hedged, passive: true, ctx: contextFor(v, cs, ce, agent),
        });
      }
      continue;
    }
    const before = compared === undefined ? amountBefore(v, patient.group.first) : undefined;
    const amount = (compared ?? before?.sign ?? 0) as Sign;
    if (amount === 0) continue;
    // ("Impaired osteoclast formation was seen in …": the participle that gives the amount is the one the
    // subject's reading already turned round; it counts once.)
    const reverse = before !== undefined && before.at === patient.group.first - 1 && diminishedPhrase(v, patient.group.first) ? !patient.reverse : patient.reverse;
    // ("… higher in mice treated with a TNF-α neutralizing antibody": the factor taken away acts the other way.)
    const sign = ((reverse !== removesActor(v, agent)) ? -amount : amount) as Sign;
    const pol = polarity(v, patient.group.last + 1, k);
    emitPairs(v, sink, amountCue(k, sign), agent, patient.group, sign, {
      negated: pol.negated, hedged: pol.hedged || frame.hedged, passive: true, ctx: contextFor(v, cs, ce, agent),
    });
  }
}

/** Most words between the subject's term and the copula ("NFATc1 mRNA in the IL-4 group was …"). */
const SUBJECT_GROUP_REACH = 8;

/**
 * "The expression of NFATc1 in the IL-4 group was significantly lower than that in the control group": the
 * group named inside the subject, before the copula and a compared amount. The group's term changed the
 * subject's term the way the amount goes.
 */
function readSubjectGroupAmounts(v: SentenceView, sink: ClaimSink): void {
  for (let b = 2; b < v.n - 1; b++) {
    if (!BE_FORMS.has(word(v, b))) continue;
    const k = pastCopulaWords(v, b);
    const compared = SHOWN_AMOUNTS[word(v, k)];
    if (compared === undefined || word(v, k + 1) === 'in') continue;
    const frame = sentenceFrame(v, b);
    if (frame.skip) continue;
    const cs = clauseStart(v, b);
    let inAt = -1;
    for (let j = b - 1; j > cs && j >= b - SUBJECT_GROUP_REACH && inAt < 0; j--) {
      if (hasComma(v.toks[j])) break;
      if (word(v, j) === 'in') inAt = j;
    }
    // ("In the MSC group, TNF-α was lower", "After IL-4 treatment, NFATc1 was lower": or set off before the clause.)
    const fronted = inAt < 0 ? frontedAgent(v, cs, b) : undefined;
    const named = inAt >= 0 ? groupAgentAt(v, inAt + 1, b) : fronted !== undefined ? groupRight(v, fronted) : undefined;
    const agent = named && pastComparedArm(v, named, k, clauseEnd(v, k));
    const patient = agent ? subjectBefore(v, inAt >= 0 ? inAt : b, inAt >= 0 ? cs : Math.max(cs, agent.last + 1)) : undefined;
    if (!agent || !patient || agent.last >= b) continue;
    const sign = ((patient.reverse !== removesActor(v, agent)) ? -compared : compared) as Sign;
    const pol = polarity(v, agent.last + 1, k);
    emitPairs(v, sink, amountCue(k, sign), agent, patient.group, sign, {
      negated: pol.negated, hedged: pol.hedged || frame.hedged, passive: true, ctx: contextFor(v, cs, clauseEnd(v, k), agent),
    });
  }
}

/** Most words from an amount to the term it counts ("more newly formed bone"). */
const AMOUNT_REACH = 3;

/**
 * "Histological analysis revealed more new bone in the MSC group", "There were fewer osteoclasts in the IL-4
 * group": an amount of a term, then the group it was found in. The group's term changed it that way.
 */
function readAmountsInGroups(v: SentenceView, sink: ClaimSink): void {
  for (let k = 1; k < v.n - 3; k++) {
    const amount = SHOWN_AMOUNTS[word(v, k)];
    if (amount === undefined || v.toks[k].ent !== undefined) continue;
    const term = termWithin(v, k + 1, AMOUNT_REACH);
    if (term < 0) continue;
    const measured = groupRight(v, term);
    const ce = clauseEnd(v, k);
    const cs = clauseStart(v, k);
    const inGroup = word(v, measured.last + 1) === 'in' && !hasComma(v.toks[measured.last]) ? groupAgentAt(v, measured.last + 2, ce) : undefined;
    // ("In the MSC group, fewer osteoclasts were found": or the group set off before the clause.)
    const fronted = inGroup ? undefined : frontedAgent(v, cs, term);
    const agent = inGroup ?? (fronted !== undefined ? groupRight(v, fronted) : undefined);
    if (!agent) continue;
    const frame = sentenceFrame(v, k);
    if (frame.skip) continue;
    // ("IL-4 induced fewer osteoclasts in the MSC group": with a term acting before it, the amount is that
    // term's doing, and the group only where it happened.)
    if (someTokenIn(v, inGroup ? cs : Math.max(cs, agent.last + 1), k, (j) => v.toks[j].ent !== undefined)) continue;
    const pol = polarity(v, cs, k);
    const sign = (removesActor(v, agent) ? -amount : amount) as Sign;
    // ("fewer osteoclasts": an amount of cells is their formation.)
    const activities = measured.ents.map((e) => v.lexicon.activityOf(mentionOf(v, e).id));
    const counted = activities.every((a) => a !== undefined) ? activities as string[] : undefined;
    emitPairs(v, sink, amountCue(k, sign), agent, measured, sign, {
      negated: pol.negated, hedged: pol.hedged || frame.hedged, passive: true, ctx: contextFor(v, cs, ce, agent), objectIds: counted,
    });
  }
}

/** Verbs of having an amount ("women with high IL-1β had lower BMD"). */
const HAVING_VERBS: ReadonlySet<string> = new Set(['had', 'have', 'has']);

/**
 * "Women with high IL-1β had (significantly) lower spine BMD": a population named by what it has, then a
 * verb of having or showing and a compared amount; the same observed association as "BMD was lower in women
 * with high IL-1β".
 */
function readPopulationAmounts(v: SentenceView, sink: ClaimSink): void {
  for (let p = 0; p < v.n - 3; p++) {
    if (!POPULATION_NOUNS.has(word(v, p)) || word(v, p + 1) !== 'with') continue;
    const carried = carriedByPopulationAt(v, p);
    if (!carried) continue;
    const having = (j: number): boolean => HAVING_VERBS.has(word(v, j)) || SHOWING_VERBS.has(word(v, j));
    let verb = carried.last + 1;
    while (verb < v.n && !having(verb) && !hasComma(v.toks[verb - 1]) && verb < carried.last + CARRIED_REACH) verb++;
    if (!having(verb)) continue;
    // (The tagger may take "more" for an adverb: stop at the comparative.)
    let k = verb + 1;
    while (k < v.n && SHOWN_AMOUNTS[word(v, k)] === undefined && isAdverbish(v, k)) k++;
    if (SHOWN_AMOUNTS[word(v, k)] === undefined) continue;
    const term = termWithin(v, k + 1, CARRIED_REACH);
    if (term < 0) continue;
    const measured = groupRight(v, term);
    const frame = sentenceFrame(v, verb);
    const pol = polarity(v, carried.last + 1, verb);
    if (frame.skip || pol.negated) continue;
    const cs = clauseStart(v, verb);
    emitPairs(v, sink, { at: k, lastAt: k, relation: 'regulates', sign: 0, lineage: undefined }, carried, measured, 0, {
      negated: false, hedged: pol.hedged || frame.hedged, passive: false, ctx: contextFor(v, cs, clauseEnd(v, verb), carried),
    });
  }
}

function readAmounts(v: SentenceView, sink: ClaimSink): void {
  readGroupAmounts(v, sink);
  readSubjectGroupAmounts(v, sink);
  readPopulationAmounts(v, sink);
  readAmountsInGroups(v, sink);
}

export const groupAmount: Rule = {
  id: 'group-amount',
  phenomenon: 'An amount compared in the group or cells a term was given to ("was lower in the TNF-treated group"); in people or animals named by what they have ("BMD was lower in women with high IL-6"), an association without direction.',
  confidence: 0.8,
  read: readAmounts,
  examples: [
    { text: 'TNF-α levels were 40 % lower in MSC-treated mice.', reads: ['msc reduces tnf-alpha'], not: ['tnf-alpha reduces msc'] },
    // (An intransitive change verb before the group compares as the copula's comparative does.)
    { text: 'Serum TNF-α fell sharply in the MSC-treated rats.', reads: ['msc reduces tnf-alpha'], not: ['tnf-alpha reduces msc'] },
    { text: 'IL-10 levels did not rise in the MSC group.', reads: ['msc increases! il-10'] },
    // (So does a verb of showing with a change noun: the group is where the change was seen.)
    { text: 'IL-6 showed a marked decrease in the MSC group.', reads: ['msc reduces il-6'], not: ['il-6 reduces msc'] },
    { text: 'Osteoclast numbers in rats given RANKL and OPG were lower than in rats given RANKL alone.', reads: ['opg reduces osteoclastogenesis'], not: ['rankl reduces osteoclastogenesis'] },
    { text: 'The number of osteoclasts in mice administered IL-4 was lower than in control mice.', reads: ['il-4 reduces osteoclastogenesis'] },
    { text: 'Bone formation was significantly lower in the TNF-treated group.', reads: ['tnf-alpha reduces bone-formation'] },
    { text: 'The number of osteoclasts was lower in IL-4-treated mice.', reads: ['il-4 reduces osteoclastogenesis'] },
    { text: 'TNF-α was lower in the serum of the IL-4 group.', reads: ['il-4 reduces tnf-alpha'] },
    { text: 'The expression of NFATc1 in the IL-4 group was significantly lower than that in the control group.', reads: ['il-4 reduces nfatc1'] },
    { text: 'NFATc1 levels in IL-4-treated mice were higher than in control mice.', reads: ['il-4 increases nfatc1'] },
    { text: 'In the MSC group, TNF-α levels were lower.', reads: ['msc reduces tnf-alpha'] },
    { text: 'Histology revealed more new bone in the MSC group.', reads: ['msc increases bone-formation'] },
    // (Or the group, or the treatment, set off before the clause.)
    { text: 'In the MSC group, fewer TRAP-positive osteoclasts were counted.', reads: ['msc reduces osteoclastogenesis'] },
    { text: 'After MSC infusion, more M2 macrophages were seen.', reads: ['msc-therapy increases m2-polarization'] },
    { text: 'In the MSC group, IL-4 induced fewer osteoclasts.', not: ['msc reduces osteoclastogenesis'] },
    { text: 'There were fewer osteoclasts in the IL-4-treated mice than in controls.', reads: ['il-4 reduces osteoclastogenesis'] },
    { text: 'There were more osteoclasts in controls than in the IL-4 group.', not: ['il-4 increases osteoclastogenesis'] },
    { text: 'IL-4 induced fewer osteoclasts in the MSC group.', not: ['msc reduces osteoclastogenesis', 'msc reduces osteoclast'] },
    { text: 'Fewer osteoclasts were observed in the IL-4 group.', reads: ['il-4 reduces osteoclast'] },
    { text: 'More M2 macrophages were found in the MSC group than in the control group.', reads: ['msc increases m2-macrophage'] },
    // (Or the treatment it is compared after: cells given count.)
    { text: 'Serum IL-10 was markedly higher after MSC treatment.', reads: ['msc increases il-10'] },
    { text: 'TRAP-positive cells were fewer following IL-4 administration.', reads: ['il-4 reduces osteoclast'] },
    { text: 'Osteoclast formation was higher in cells treated with RANKL.', reads: ['rankl increases osteoclastogenesis'] },
    { text: 'Bone formation was higher in mice treated with a TNF-α neutralizing antibody.', reads: ['tnf-alpha reduces bone-formation'], not: ['tnf-alpha increases bone-formation'] },
    { text: 'Osteoclasts were not fewer in the IL-4 group.', reads: ['il-4 reduces! osteoclast'] },
    { text: 'NFATc1 was higher in the RANKL (100 ng/ml) group.', reads: ['rankl increases nfatc1'] },
    { text: 'Enhanced bone formation was observed in the MSC-treated group.', reads: ['msc increases bone-formation'] },
    { text: 'Impaired osteoclast formation was seen in IL-4-treated mice.', reads: ['il-4 reduces osteoclastogenesis'] },
    { text: 'Osteoclast numbers were found in the IL-4 group.', not: ['il-4 reduces osteoclastogenesis', 'il-4 increases osteoclastogenesis'] },
    // (People or animals named by what they have: an observed association, with no direction; its absence denies nothing.)
    { text: 'Hip BMD was lower in women with high serum levels of IL-6.', reads: ['il-6 regulates bone-homeostasis'], not: ['il-6 reduces bone-homeostasis'] },
    { text: 'Women with detectable IL-6 had significantly lower spine BMD.', reads: ['il-6 regulates bone-homeostasis'] },
    { text: 'BMD was not lower in women with high IL-6.', not: ['il-6 regulates! bone-homeostasis'] },
  ],
};
