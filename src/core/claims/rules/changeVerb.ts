/** Intransitive change verbs with a cause: "OPG output rises in response to TNF-α", "MSC numbers fall after IL-1β", "ALP did not change with IL-6". */
import type { Sign } from '../../lexicon/relations';
import { CHANGE_VERBS, CLAUSE_JOINERS, CONTACT_WORDS, DETERMINERS } from '../grammar';
import { hasComma } from '../tokens';
import { emitPairs, type ClaimSink } from '../sink';
import { subjectBefore } from '../sentence/args';
import { conditionAt } from '../sentence/cause';
import { clauseStart } from '../sentence/clauses';
import { joinedSubjectStart } from '../sentence/subjectRegion';
import { groupRight } from '../sentence/groups';
import { polarity, sentenceFrame } from '../sentence/polarity';
import { contextFor } from '../sentence/qualifiers';
import { removedInOwnClause, removesActor } from '../sentence/scope';
import type { SentenceView } from '../sentence/view';
import { frontedAgent } from '../sentence/treatedGroups';
import { entityPastQualifiers, entityPastScaffold, IN_RESPONSE_TO, IN_THE_PRESENCE_OF, pastAdverbs, pastDose, phraseAt, word } from '../sentence/words';
import type { Rule } from './rule';

/** Is the change word at i a noun: before "of" ("decrease of osteogenic markers"), or after an article, past one adjective ("a (significant) decrease")? */
function changeNoun(v: SentenceView, i: number): boolean {
  const t = v.toks[i];
  if (word(v, i + 1) === 'of') return true;
  if (!t.tags.has('Noun') || t.tags.has('Verb')) return false;
  const before = v.toks[i - 1]?.tags.has('Adjective') === true ? i - 2 : i - 1;
  return DETERMINERS.has(word(v, before));
}

function readChanges(v: SentenceView, sink: ClaimSink): void {
  const { n } = v;
  for (let i = 1; i < n; i++) {
    const sign = CHANGE_VERBS[word(v, i)];
    if (sign === undefined) continue;
    // ("… and a decrease of IL-6", "a significant increase of IL-10": after an article, a change word the tagger
    // reads as a noun names a change; it is no verb. "IL-10 rose", which the tagger may take for the flower, is one.)
    if (changeNoun(v, i)) continue;
    const cs = clauseStart(v, i);
    const cause = causeAfter(v, i) ?? frontedAgent(v, cs, i) ?? frontedBeforeJoinedClause(v, cs, i) ?? -1;
    if (cause < 0) continue;
    const frame = sentenceFrame(v, i);
    if (frame.skip) continue;
    // ("TNF-α was reduced, and the marker Arg1 was increased by IL-4": not past a clause with a subject of its own.)
    const patient = subjectBefore(v, i, Math.max(cs, joinedSubjectStart(v, cs, i - 1)));
    if (!patient) continue;
    const pol = polarity(v, patient.group.last + 1, i);
    const agents = groupRight(v, cause);
    // ("Osteoclast formation decreased after RANKL blockade": the factor taken away acts the other way.)
    // ("… decreased after STAT3 signalling was inhibited": so does one a clause of its own takes away.)
    const read = (removesActor(v, agents) || removedInOwnClause(v, agents) ? -sign : sign) as Sign;
    emitPairs(v, sink, { at: i, lastAt: i, relation: read === 1 ? 'increases' : read === -1 ? 'reduces' : 'regulates', sign: read, lineage: undefined }, agents, patient.group, read, {
      negated: pol.negated, hedged: pol.hedged || frame.hedged, passive: true, ctx: contextFor(v, cs, agents.last, agents),
    });
  }
}

/**
 * "After MSC treatment, TNF-α decreased whereas IL-10 increased": a clause joined to the one before, with no
 * comma between, shares the agent fronted before that clause.
 */
function frontedBeforeJoinedClause(v: SentenceView, cs: number, i: number): number | undefined {
  if (cs < 2 || !CLAUSE_JOINERS.has(word(v, cs - 1)) || hasComma(v.toks[cs - 2])) return undefined;
  return frontedAgent(v, clauseStart(v, cs - 2), i);
}

/** Words that name a change's cause after its verb ("… fell after MSC injection"). */
const CAUSE_OPENERS: ReadonlySet<string> = new Set(['upon', 'after', 'following', 'post', 'with', 'by']);
/** Most words of the amount a change went from, to or by ("from 10% to 40%", "to baseline levels"). */
const CHANGE_RANGE_REACH = 8;

/**
 * "rose from 10% to 40% after …", "fell by 45% with …", "declined to baseline after …": past the amount a
 * change verb's range names, to the word that opens its cause; k itself when no such range stands there.
 */
function pastChangeRange(v: SentenceView, k: number): number {
  const w = word(v, k);
  if (w !== 'from' && w !== 'to' && !(w === 'by' && (v.toks[k + 1]?.tags.has('Value') || v.toks[k + 1]?.tags.has('Percent')))) return k;
  for (let j = k + 1; j < v.n && j <= k + CHANGE_RANGE_REACH; j++) {
    if (v.toks[j].ent !== undefined || hasComma(v.toks[j - 1])) return k;
    if (CAUSE_OPENERS.has(word(v, j)) && !(word(v, j) === 'by' && v.toks[j + 1]?.tags.has('Value'))) return j;
    if (v.toks[j].tags.has('Verb')) return k;
  }
  return k;
}

/** "… rises in response to TNF-α", "… did not change significantly by IL-6 treatment": the cause named after the verb at i. */
function causeAfter(v: SentenceView, i: number): number | undefined {
  let k = pastChangeRange(v, pastAdverbs(v, i + 1));
  // ("MSC migration increased under hypoxia": a condition the lexicon names acts.)
  const condition = conditionAt(v, k);
  if (condition >= 0) return condition;
  if (phraseAt(v, k, IN_RESPONSE_TO)) k += IN_RESPONSE_TO.length;
  // ("… decreased in the presence of 10 ng/ml IL-4": past the dose.)
  else if (phraseAt(v, k, IN_THE_PRESENCE_OF)) k = pastDose(v, k + IN_THE_PRESENCE_OF.length);
  else if (CAUSE_OPENERS.has(word(v, k))) k += 1;
  else return undefined;
  // ("… increased after treatment with MSCs", "… fell upon exposure to TNF-α": the partner of the contact.)
  // ("… with allogeneic MSCs": past the words that qualify the partner.)
  const contact = CONTACT_WORDS.has(word(v, k)) && /^(with|to)$/.test(word(v, k + 1));
  const cause = contact ? entityPastQualifiers(v, k + 2) : entityPastScaffold(v, k);
  return cause < 0 ? undefined : cause;
}

export const changeVerb: Rule = {
  id: 'change-verb',
  phenomenon: 'An intransitive change verb whose cause follows "in response to / upon / after / with", or opens the sentence ("After IL-4 treatment, NFATc1 fell").',
  confidence: 0.8,
  read: readChanges,
  examples: [
    { text: 'The number of M2 macrophages doubled after MSC infusion.', reads: ['msc-therapy increases m2-macrophage'] },
    // (Past the range of the change, to its cause.)
    { text: 'The proportion of M2 macrophages rose from 12% to 35% after MSC infusion.', reads: ['msc-therapy increases m2-macrophage'] },
    { text: 'Serum IL-10 rose by 60% following MSC infusion.', reads: ['msc-therapy increases il-10'] },
    { text: 'OPG secretion rises in response to TNF-α.', reads: ['tnf-alpha increases opg'] },
    { text: 'Bone healing improved after MSC transplantation.', reads: ['msc-therapy increases bone-repair'] },
    { text: 'ALP expression did not change significantly by IL-6 treatment.', reads: ['il-6 regulates! alp'] },
    { text: 'Osteoclast formation decreased after RANKL blockade.', reads: ['rankl increases osteoclastogenesis'], not: ['rankl reduces osteoclastogenesis'] },
    { text: 'Osteoclastogenesis decreased after STAT3 signalling was inhibited.', reads: ['stat3 increases osteoclastogenesis'], not: ['stat3 reduces osteoclastogenesis'] },
    { text: 'After IL-4 treatment, NFATc1 expression decreased.', reads: ['il-4 reduces nfatc1'] },
    { text: 'TNF-α levels decreased after treatment with MSCs.', reads: ['msc reduces tnf-alpha'] },
    { text: 'In the MSC group, TNF-α expression decreased significantly.', reads: ['msc reduces tnf-alpha'] },
    { text: 'In IL-4-treated mice, NFATc1 levels fell.', reads: ['il-4 reduces nfatc1'] },
    { text: 'After MSC infusion, TNF-α declined whereas IL-10 rose.', reads: ['msc-therapy reduces tnf-alpha', 'msc-therapy increases il-10'] },
    { text: 'We saw more methylation in TNF-α-treated MSCs, as well as increased binding at the RUNX2 promoter.', not: ['tnf-alpha increases msc'] },
    { text: 'The number of TRAP-positive osteoclasts decreased in the presence of IL-4.', reads: ['il-4 reduces osteoclastogenesis'] },
    { text: 'NFATc1 expression increased in the presence of RANKL.', reads: ['rankl increases nfatc1'], not: ['nfatc1 increases rankl'] },
    { text: 'Following stimulation with TNF-α for 24 h, RANKL levels rose.', reads: ['tnf-alpha increases rankl'] },
    // (A condition the lexicon names as one acts on what changes under it, fronted or after the verb.)
    { text: 'Under hypoxic conditions, MSC survival decreased.', reads: ['hypoxia reduces msc-survival'] },
    { text: 'MSC homing increased in an inflammatory microenvironment.', reads: ['inflammatory-microenvironment increases msc-homing'] },
    { text: 'RANKL expression increased in osteoblasts.', not: ['osteoblast increases rankl'] },
    // (A change word read as a noun is no verb: IL-10 rose, the decrease is another list's.)
    { text: 'After MSC infusion, the mice showed an increase of IL-10 and TGF-β in blood and a decrease of IL-1Ra, IL-1b, and IL-6.', not: ['msc-therapy reduces il-10'] },
    { text: 'Upon co-culture, MSC-derived osteoblasts showed appearance of adipogenic and decrease of osteogenic markers.', not: ['co-culture reduces osteoblast'] },
  ],
};
