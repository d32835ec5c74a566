/**
 * Claims carried by verbs, clause after clause: active and passive voice, coordinated verbs, relative
 * clauses and the actor they refer back to, infinitive and participle continuations, lineage verbs,
 * with negation, hedging and context.
 */
import { relationOfSign, type Sign } from '../../lexicon/relations';
import {
  AGENT_NOUNS, BECOMING_VERBS, STATE_ENTRY_VERBS, LINEAGE_INTO, VERB_CUES, BYPRODUCT_NOUNS, CONTRAST_GERUND_OPENERS, DESCRIBING_PARTICIPLES, PREPOSITIONS, SINGULAR_VERB_FORMS, REQUIREMENT_ADJECTIVES, SERIES_NOUNS, SIGNALLING_VERBS, INACTIVE_STATES, AGENT_INTRODUCERS, AMOUNT_NOUNS, COLLECTION_WORDS, EXAMPLE_OPENERS, GAIN_OF_FUNCTION_NOUNS, AUXILIARIES, BE_FORMS, CHANGE_VERBS, CHANGED_PARTICIPLES, CONTACT_WORDS, REMOVAL_PARTICIPLES, CONTINUATION, EFFECT_ANAPHORS, EFFECT_NOUNS, FLOATING_QUANTIFIERS, DETERMINERS, EVENT_CONTINUATIONS, EVENT_RESULT_VERBS, CONSEQUENCE_ADVERBS, OBJECT_CONTROL_VERBS, ROUTE_NOUNS, COMPOUND_CUES, FAILURE_VERBS, HEDGE_VERBS, LOCATIVE_PREPOSITIONS, SOURCE_PARTICIPLES, TEMPORAL_PREPOSITIONS,
  CELL_SUBSET_NOUNS, IMPROVING_VERBS, LEADING_VERBS, RESULTING_VERBS, MEASURE_NOUNS, MOBILIZING_LEMMAS, NAMING_VERBS, NEGATORS, NEUTRAL_NOMINALS, NOMINAL_CUES, PURPOSE_REMOVAL_PARTICIPLES, PRIMING_NOUNS, SERVING_VERBS, NOUN_MODIFIERS, PURPOSE_VERBS, RAISING_WORDS, RECOVERY_VERBS, RESCUING_VERBS, SCAFFOLD_NOUNS, SHOWING_VERBS, SHOWN_AMOUNTS, THERAPY_NOUNS, TREATMENT_CLAUSE_OPENERS, TREATMENT_PARTICIPLES, TUNING_GERUNDS, TARGETED_EFFECT_NOUNS,
  DIMINISHING_ADJECTIVES,
} from '../grammar';
import { emitPairs, type ClaimSink } from '../sink';
import { abilityActorBefore, unnamedAbilityOwner, contrastAsideBefore, diminishingWordAt, effectTarget, takesAway, entityAhead, headInfo, holderOfPredicate, objectAfter, relativeAntecedent, subjectBefore, type ObjectFound, type Subject } from '../sentence/args';
import { conditionAt } from '../sentence/cause';
import { breaksClause, clauseEnd, clauseStart, isSetOffConnective } from '../sentence/clauses';
import { hasOwnSubjectSlot, joinedSubjectStart, reportedClauseStart } from '../sentence/subjectRegion';
import { groupLeft, groupRight, single, type Group } from '../sentence/groups';
import { inApposition, membersListedLater, participlePhraseAfter } from '../sentence/phraseOwners';
import { deniedByNeither, polarity, sentenceFrame } from '../sentence/polarity';
import { contextFor } from '../sentence/qualifiers';
import { namesMolecule } from '../../network/families';
import { isAntiPrefix, membersOutsideRemoval, removedInRelative, removesActor } from '../sentence/scope';
import { onlyStimulates, pastModifiersBack, treatedCellsIn, treatedWith, treatmentGluedBefore } from '../sentence/treatment';
import { animalsTreatedAfter, contactAgent, frontedAgent, gluedTreatmentAt, namesTreatedGroupAt, treatedGroupAt } from '../sentence/treatedGroups';
import { makesProduct, shownChange, verbCueAt, type Cue } from '../sentence/verbCue';
import { CAPACITY_ACTION_HEADS, CAPACITY_NOUNS } from '../../entities/capacityFrames';
import type { SentenceView } from '../sentence/view';
import { adverbsBefore, changeSignOf, pastConditionModifier, entityPastScaffold, treatsModelAt, firstMainVerb, isParticipleAdjective, someTokenIn, IN_RESPONSE_TO, IN_THE_PRESENCE_OF, isAdverbish, isPlainNoun, isEnt, isModifier, isVerbAt, participleJoinedToAdjective, measuredChangeStart, mentionOf, pastAdverbs, pastDose, phraseAt, word } from '../sentence/words';
import { endsClause, hasComma } from '../tokens';
import type { Rule } from './rule';

/** The last verb's claim: its actor, where its object ended, and whether it sat in a relative clause. */
interface Done {
  /** Undefined when the actor is not a term ("U0126 decreased X and blocked Y": Y's actor is U0126 too). */
  subj?: Group;
  /** The actor stands for a term removed ("A CXCR4 antagonist decreased X and blocked Y"): each verb reads it reversed. */
  subjReverse?: boolean;
  /**
   * For a passive, its agent: the actor of the event as a whole, which a relative pronoun or "thereby"
   * continues ("NFATc1 is inhibited by IL-4, which weakens …": IL-4 weakens it).
   */
  event?: Group;
  objEnd: number;
  cueAt: number;
  relative?: boolean;
  /** The direction the claim was read with (left out when it was denied): a lowering (-1) makes ", which …" ambiguous. */
  sign?: Sign;
}

/** Who acts for an active verb, and how surely. */
interface Actor {
  subject?: Subject;
  relative: boolean;
  carried: boolean;
  /** The antecedent may be the whole event before it rather than its object ("A lowers B, which suppresses C"). */
  ambiguous?: boolean;
  /** The event's own actor, which a result verb after it also makes act ("A lowers B, which leads to less C": A lowers C). */
  eventActor?: Subject;
  /** Who made the subject act, and in which direction ("TNF-α stimulates MSCs to secrete TSG-6": TNF-α furthers TSG-6). */
  causer?: { subject: Subject; sign: Sign };
}

/** "… to become / be / remain unresponsive" at k: the object is made to stop acting. */
function becomesInactive(v: SentenceView, k: number): boolean {
  return word(v, k) === 'to' && /^(become|be|remain)$/.test(word(v, k + 1)) && INACTIVE_STATES.has(word(v, k + 2));
}

/**
 * Where the subject of the verb at `v` may start: after the previous claim's object when it is in the same
 * clause — unless that claim was a nominal "X signalling via Y" (with no auxiliary before it), which names
 * the subject of the verb after it: "OSM signalling via OSMR on MSCs appears to inhibit Y".
 */
function regionStart(previous: Done | undefined, cs: number, v: SentenceView): number {
  if (!previous || previous.cueAt < cs) return cs;
  if (previous.subj && nominalSignalling(v, previous.cueAt, previous.subj)) return previous.subj.first;
  return previous.objEnd + 1;
}

/** Is the signalling cue at `at` a noun right after its subject ("OSM signalling via OSMR")? */
function nominalSignalling(v: SentenceView, at: number, subj: Group): boolean {
  return SIGNALLING_VERBS.has(word(v, at)) && /ing$/.test(word(v, at)) && subj.last === at - 1 && !hasComma(v.toks[subj.last]);
}

/** "In the presence of TNF-α, X is suppressed": the agent named at the clause's start (its token), if any. */
function presenceAgent(v: SentenceView, cs: number, at: number): number | undefined {
  // ("in the presence of 10 ng/ml IL-4": past the dose.)
  for (let t = cs; t + 3 < at; t++) if (word(v, t) === 'presence' && word(v, t + 1) === 'of' && isEnt(v, pastDose(v, t + 2))) return pastDose(v, t + 2);
  return undefined;
}

/**
 * An agent after the passive verb: "… was suppressed in the presence of IL-17", "… was suppressed at high
 * concentrations of IL-17" (the amount is the claim's condition, read with its context), "… was enhanced
 * with the addition of IL-4" (`verb` is the passive verb's word: a verb of method takes no agent after "with").
 */
function trailingPresenceAgent(v: SentenceView, k: number, ce: number, verb: string): number | undefined {
  // ("… was impaired in an inflammatory microenvironment": a condition the lexicon names acts.)
  const condition = conditionAt(v, k);
  if (condition >= 0 && condition <= ce) return condition;
  let t = k;
  if (phraseAt(v, t, IN_THE_PRESENCE_OF)) t = pastDose(v, t + IN_THE_PRESENCE_OF.length);
  else if (word(v, t) === 'at' || word(v, t) === 'with') {
    // ("… was enhanced with the addition of IL-4", "… with IL-4": what was given with the change; not
    // what cells were treated, stimulated or cultured with, a method.)
    const given = word(v, t) === 'with' && !CONTACT_WORDS.has(verb) && !TREATMENT_PARTICIPLES.has(verb) ? entityPastScaffold(v, t + 1) : -1;
    if (given >= 0 && given <= ce && given <= t + 4) return given;
    // "… at high concentrations of IL-17", "… with (the increase of) increasing doses of TGF-β1"
    t++;
    while (t < v.n && t < k + 5 && !AMOUNT_NOUNS.has(word(v, t)) && !isEnt(v, t) && !hasComma(v.toks[t])) t++;
    if (!AMOUNT_NOUNS.has(word(v, t)) || word(v, t + 1) !== 'of') return undefined;
    t += 2;
  } else return undefined;
  const agent = entityAhead(v, t, 3);
  return agent && agent.first <= ce ? agent.first : undefined;
}

/**
 * "When mice were treated with the TNF inhibitor, osteoclast numbers were reduced": a fronted clause of
 * treatment (opened by "when", "after", "once" or "if", closed by a comma before the passive) names the
 * agent; the term it was treated with, or -1.
 */
function frontedTreatmentAgent(v: SentenceView, at: number): number | undefined {
  for (let t = 1; t + 2 < at; t++) {
    if (!TREATMENT_PARTICIPLES.has(word(v, t)) || !/^(with|to)$/.test(word(v, t + 1))) continue;
    let opener = t - 1;
    while (opener >= 0 && !TREATMENT_CLAUSE_OPENERS.has(word(v, opener)) && !hasComma(v.toks[opener])) opener--;
    if (opener < 0 || !TREATMENT_CLAUSE_OPENERS.has(word(v, opener)) || (opener > 0 && !hasComma(v.toks[opener - 1]))) continue;
    const e = pastAgentFiller(v, t + 2, at);
    if (e >= at || v.toks[e].ent === undefined || (!isEnt(v, e) && !removesActor(v, single(e)))) continue;
    // (The comma that closes the fronted clause comes before the passive's own subject.)
    for (let c = e; c < at - 1; c++) if (hasComma(v.toks[c])) return e;
  }
  return undefined;
}

/**
 * How much a passive changed, written before its agent: "reduced by 50% by IL-4", "reduced to less than
 * 10% of control values by TGF-β". Returns the token after it (k itself when there is none).
 */
function pastExtent(v: SentenceView, k: number, ce: number): number {
  if (word(v, k) === 'by' && v.toks[k + 1]?.tags.has('Percent') === true && word(v, k + 2) === 'by') return k + 2;
  if (word(v, k) !== 'to') return k;
  let amount = false;
  for (let j = k + 1; j <= Math.min(ce, k + 8); j++) {
    if (v.toks[j].ent !== undefined || hasComma(v.toks[j - 1])) return k;
    if (word(v, j) === 'by') return amount ? j : k;
    if (v.toks[j].tags.has('Value')) amount = true;
  }
  return k;
}

/**
 * The direction a passive gives its agent on the patient. A removed agent ("blocked by IL-1 receptor
 * antagonists") acts the other way, and so does one acting on a patient's loss ("the loss of X was
 * prevented by Y": Y keeps X). A verb of recovery undoes the change written before its patient instead:
 * "the reduced bone formation was restored by IL-6" raises it, "the increased TNF-α was normalized by
 * IL-10" lowers it.
 */
function passiveSign(v: SentenceView, cue: Cue, patient: Subject, removed: boolean): Sign {
  const lemma = v.nlp.cueLemma(word(v, cue.at)) ?? '';
  const change = RECOVERY_VERBS.has(lemma) || IMPROVING_VERBS.has(lemma) ? changedBefore(v, patient.group.first) : 0;
  if (change !== 0) return ((removed ? -1 : 1) * -change * cue.sign) as Sign;
  // ("the loss of bone was rescued by IL-6": a rescuing verb on a loss counters it, as "prevented" does.)
  const sign = RESCUING_VERBS.has(lemma) && patient.reverse ? -cue.sign : cue.sign;
  return ((removed !== patient.reverse) ? -sign : sign) as Sign;
}

/** The change a participle right before a term gives it ("the reduced bone formation"), or 0. */
function changedBefore(v: SentenceView, first: number): Sign {
  const a = first - 1;
  return a < 0 || hasComma(v.toks[a]) ? 0 : (CHANGED_PARTICIPLES[word(v, a)] ?? 0) as Sign;
}

/** Past what may stand between "by" and its agent: determiners, adjectives, "treatment with", "an anti-". */
function pastAgentFiller(v: SentenceView, k: number, ce: number): number {
  // ("by multiple pathways including Wnt and BMP": a scaffold noun that opens a list of examples is their class.)
  while (k <= ce && (DETERMINERS.has(word(v, k)) || (SCAFFOLD_NOUNS.has(word(v, k)) && !EXAMPLE_OPENERS.has(word(v, k + 1))) || COLLECTION_WORDS.has(word(v, k)) || CONTACT_WORDS.has(word(v, k)) || word(v, k) === 'of' || (word(v, k) === 'with' && CONTACT_WORDS.has(word(v, k - 1))) || v.toks[k].tags.has('Adjective') || NOUN_MODIFIERS.has(word(v, k)) || isAntiPrefix(v, k) || describesAgent(v, k)) && !isEnt(v, k)) k++;
  return k;
}

/**
 * "secreted by activated macrophages", "by infiltrating inflammatory cells": a participle right before the agent
 * term describes it (a gerund of means, "by blocking RANKL", is no description).
 */
function describesAgent(v: SentenceView, k: number): boolean {
  const w = word(v, k);
  // (A word of change is no description: "promoted by reduced IL-10" lowers the agent.)
  return isEnt(v, k + 1) && changeSignOf(w) === 0 && (DESCRIBING_PARTICIPLES.has(w) || (/ed$/.test(w) && !v.toks[k].tags.has('Gerund')));
}

/**
 * "by (different) cytokines, particularly by IFN-γ", "by factors such as TNF-α": from the class noun at k,
 * the first example term the aside names; undefined when none.
 */
function examplesOfClassAt(v: SentenceView, k: number, ce: number): number | undefined {
  let j = k;
  while (j <= ce && j < k + 2 && isPlainNoun(v, j) && !hasComma(v.toks[j]) && !EXAMPLE_OPENERS.has(word(v, j + 1))) j++;
  if (j > ce || !isPlainNoun(v, j)) return undefined;
  let e = j + 1;
  if (!EXAMPLE_OPENERS.has(word(v, e))) return undefined;
  e += word(v, e) === 'such' && word(v, e + 1) === 'as' ? 2 : 1;
  if (word(v, e) === 'by') e++;
  // ("by transcription factors, such as runt-related transcription factor 1/2, osterix, …": the first
  // example the lexicon knows, within the list, before any verb of effect.)
  for (let q = e; q <= ce && q < e + EXAMPLE_LIST_REACH; q++) {
    if (isEnt(v, q)) return q;
    if (verbCueAt(v, q) !== undefined || endsClause(v.toks[q])) return undefined;
  }
  return undefined;
}

/** How many tokens into a list of examples its first known term may stand. */
const EXAMPLE_LIST_REACH = 12;

/** Most words of an unknown agent before its comparison ("by the anti-TNF antibody infliximab than by"). */
const COMPARED_AGENT_REACH = 4;

/** "by A than by B" from the agent at k (not a term): the term B, or undefined. */
function comparedAgentAfter(v: SentenceView, k: number, ce: number): number | undefined {
  for (let j = k; j <= ce && j < k + COMPARED_AGENT_REACH; j++) {
    if (hasComma(v.toks[j]) || v.toks[j].ent !== undefined) return undefined;
    if (word(v, j + 1) === 'than' && word(v, j + 2) === 'by' && isEnt(v, j + 3)) return j + 3;
  }
  return undefined;
}

/**
 * A nominal of change before the agent ("by the inhibition of STAT3", "by overexpression of CXCR4"): the
 * token after its "of", and whether it removes the factor.
 */
function agentNominalAt(v: SentenceView, k: number): { next: number; removes: boolean } | undefined {
  const w = word(v, k);
  if (word(v, k + 1) !== 'of' || isEnt(v, k)) return undefined;
  const removes = takesAway(w);
  if (!removes && NOMINAL_CUES[w] === undefined && !GAIN_OF_FUNCTION_NOUNS.has(w)) return undefined;
  return { next: k + 2, removes };
}

/**
 * "RANKL expression induced by …", "OPG mRNA expression induced by …": the term before the one or two nouns
 * of how it is measured that end at `b`, or -1.
 */
function measuredTermBefore(v: SentenceView, b: number): number {
  let h = b;
  while (h >= b - 1 && h > 0 && !isEnt(v, h) && MEASURE_NOUNS.has(word(v, h)) && !hasComma(v.toks[h])) h--;
  return h < b && isEnt(v, h) && !hasComma(v.toks[h]) ? h : -1;
}

/**
 * A passive ("X is inhibited by Y", "X inhibited by Y …", "In the presence of Y, X is suppressed").
 * Returns what the next verb may refer back to, or null when the verb is passive but has no agent.
 */
function readPassive(v: SentenceView, sink: ClaimSink, cue: Cue, b: number, reduced: boolean, cs: number, ce: number, previous: Done | undefined): Done | undefined | null {
  const at = cue.at;
  const frame = sentenceFrame(v, at);
  let k = cue.lastAt + 1;
  while (k <= ce && (isAdverbish(v, k) || word(v, k) === 'not')) k++;
  k = pastExtent(v, k, ce);
  // The agent: "by X", or the lab's "following / after / upon X treatment", "in response to X".
  const treatedGroup = word(v, k) === 'in' ? treatedGroupAt(v, k + 1) : -1;
  if (word(v, k) === 'by') k = pastDose(v, k + 1);
  else if (AGENT_INTRODUCERS.has(word(v, k))) k++;
  else if (phraseAt(v, k, IN_RESPONSE_TO)) k += IN_RESPONSE_TO.length;
  // ("… were decreased in the MSC group": the group treated with a term is that term acting.)
  else if (treatedGroup >= 0) k = treatedGroup;
  else {
    // ("… was increased in RANKL-treated cells": the term glued to the cells' treatment.)
    // ("RANKL was inhibited in TNF-α-activated stromal cells": not by the stimulus the cells were given.)
    const glued = word(v, k) === 'in' ? gluedTreatmentAt(v, k + 1) : undefined;
    const gluedAgent = glued && !(cue.sign < 0 && onlyStimulates(v, glued)) ? glued.first : undefined;
    const found = presenceAgent(v, cs, at) ?? frontedAgent(v, cs, at) ?? contactAgent(v, k, ce) ?? trailingPresenceAgent(v, k, ce, word(v, at)) ?? gluedAgent ?? frontedTreatmentAgent(v, at) ?? -1;
    if (found < 0) {
      readTreatedCellsPassive(v, sink, cue, b, cs, ce);
      return null;
    }
    // ("… reduced in cells treated with an anti-RANKL antibody": a factor taken away acts the other way.)
    const agent = groupRight(v, found);
    const patient = subjectBefore(v, b, found > at ? Math.max(regionStart(previous, cs, v), joinedSubjectStart(v, cs, b - 1)) : agent.last + 1);
    if (patient) {
      const pol = polarity(v, patient.group.last + 1, at);
      emitPairs(v, sink, cue, agent, patient.group, passiveSign(v, cue, patient, removesActor(v, agent)), { negated: pol.negated, hedged: pol.hedged || frame.hedged, passive: true, ctx: contextFor(v, cs, ce, agent), objectIds: patient.composites });
    }
    return previous;
  }
  // (Past "an anti-" too: "suppressed by an anti-RANKL antibody" names RANKL, removed.)
  k = pastAgentFiller(v, k, ce);
  // ("Bone loss is caused by enhanced osteoclast formation", "… by reduced IL-10": a change word before the
  // agent; a lowered agent acts the other way, as a removed one does.)
  const agentChange = isEnt(v, k + 1) && !isEnt(v, k) ? changeSignOf(word(v, k)) : 0;
  if (agentChange !== 0) k++;
  // "… was suppressed by the inhibition of STAT3": the agent is what the nominal acts on, and a nominal of
  // loss removes it (STAT3 furthers the patient).
  const nominal = agentNominalAt(v, k);
  if (nominal) k = pastAgentFiller(v, nominal.next, ce);
  // ("regulated by different cytokines, particularly by IFN-γ": the examples of a class stand for it.)
  if (!isEnt(v, k)) k = examplesOfClassAt(v, k, ce) ?? k;
  // ("the MSC-treated group": a term glued to its participle still names the group's agent.)
  // ("… enhanced by an IL-17-mediated JAK2/STAT3 pathway": a route named by what drives it acts as that term does.)
  const gluedGroup = !isEnt(v, k) && v.toks[k]?.ent !== undefined && (treatedGroupAt(v, k) === k || drivesRouteAt(v, k));
  // ("more potently inhibited by infliximab than by OPG": an agent the lexicon does not know, compared with
  // one it does, which acts the same way.)
  if (!isEnt(v, k) && !gluedGroup) k = comparedAgentAfter(v, k, ce) ?? k;
  if (!isEnt(v, k) && !gluedGroup) return previous;
  const agent = gluedGroup ? single(k) : groupRight(v, pastConditionModifier(v, k));
  const found = reduced ? reducedRelativeHead(v, b) : relativeAntecedent(v, b) ?? subjectBefore(v, b, Math.max(regionStart(previous, cs, v), joinedSubjectStart(v, cs, b - 1)));
  // ("RANKL expression of primary osteoblasts is enhanced by …": the product measured in the cells is what changes.)
  const measured = found ? productMeasuredIn(v, found.group) : undefined;
  const patient: Subject | undefined = measured ? { group: measured, reverse: false } : found;
  if (!patient) return previous;
  const pol = polarity(v, patient.group.last + 1, at);
  // ("Inhibition of Y by X was not affected by Z": see eventWithAgent.)
  if ((cue.sign === 0 || pol.negated) && eventWithAgent(v, patient.group)) return previous;
  // "… was blocked by IL-1 receptor antagonists": the removed factor acts the other way; so does "the loss
  // of X was prevented by Y" (Y keeps X).
  const sign = passiveSign(v, cue, patient, removesActor(v, agent) !== (nominal?.removes ?? false) !== (agentChange === -1));
  // "The stimulatory effect of TNF-α on osteoclast formation was reversed by IL-4": the verb acts on the
  // effect's target, in the effect's direction (IL-4 lowers osteoclast formation), as in the active voice.
  // ("The effect of MSCs on macrophage polarization was abolished by COX-2 inhibition": with no direction
  // named, the agent bears on the effect's target without one.)
  const effect = effectTarget(v, patient.group.first, at);
  if (effect) {
    // ("The inhibitory effect of TNF-α on Y was rescued by IL-4": recovering from an inhibition raises Y.)
    const undone = effect.sign === -1 && RESCUING_VERBS.has(v.nlp.cueLemma(word(v, at)) ?? '');
    emitPairs(v, sink, cue, agent, effect.target, ((undone ? -sign : sign) * effect.sign) as Sign, { negated: pol.negated, hedged: pol.hedged || frame.hedged, passive: true, ctx: contextFor(v, cs, ce, agent) });
    return previous;
  }
  // ("The osteogenic effect of M2 macrophages was abolished by BMP-2 neutralization": a direction given to an
  // effect with no target named is no event of its owner; the agent does not act on M2 macrophages, as in the
  // active voice. What "mediates" the effects, or a participle describing the owner, still bears on it.)
  if (!reduced && cue.sign !== 0 && word(v, patient.group.first - 1) === 'of' && TARGETED_EFFECT_NOUNS.has(word(v, patient.group.first - 2))) return previous;
  emitPairs(v, sink, cue, agent, patient.group, sign, { negated: pol.negated, hedged: pol.hedged || frame.hedged, passive: true, ctx: contextFor(v, cs, ce, agent), objectIds: patient.composites, flippedSubjects: membersOutsideRemoval(v, agent) });
  // A reduced relative ("TGF-β secreted by MSCs impairs …") sits inside the subject: the main verb still needs it.
  // A verb coordinated with the passive shares its grammatical subject: "IL-6 is produced by osteoblasts and
  // induces bone resorption" (IL-6 induces it).
  return reduced ? previous : { subj: patient.group, event: agent, objEnd: agent.last, cueAt: at };
}

/**
 * The word a verb would stand at before an object starting at `object`, past its articles and adjectives
 * ("perpetuates (the chronic) inflammation"): no term and no comma, after `from`; -1 when there is none.
 */
function wordBeforeObject(v: SentenceView, object: number, from: number): number {
  let verb = object - 1;
  while (verb > from && !isEnt(v, verb) && (DETERMINERS.has(word(v, verb)) || v.toks[verb].tags.has('Adjective'))) verb--;
  return verb <= from || isEnt(v, verb) || hasComma(v.toks[verb]) ? -1 : verb;
}

/**
 * "IL-1 perpetuates (chronic) inflammation": the subject term right before the first verb of a clause whose
 * object starts at `object`, or undefined. The tagger may take a verb such as "perpetuates" for a plural noun,
 * so a word ending as a finite verb between two terms counts.
 */
function subjectOfFirstVerb(v: SentenceView, object: number, from: number): Subject | undefined {
  const verb = wordBeforeObject(v, object, from);
  if (verb < 0 || !(isVerbAt(v, verb) || /(?:[^s]s|ed)$/.test(word(v, verb)))) return undefined;
  const subject = subjectBefore(v, verb, from);
  return subject && subject.group.last === verb - 1 ? subject : undefined;
}

/**
 * The verb right after a restrictive relative pronoun whose object starts at `object` ("that perpetuate
 * (chronic) inflammation"), or -1.
 */
function relativeVerbBefore(v: SentenceView, object: number, from: number): number {
  const verb = wordBeforeObject(v, object, from);
  if (verb < 0 || !/^(that|which|who)$/.test(word(v, verb - 1))) return -1;
  // (Not after a comma: "Vesicles from MSCs, which carry miR-223, shifted …" closes the aside; the verb after
  // it is the main clause's.)
  if (verb - 2 >= 0 && hasComma(v.toks[verb - 2])) return -1;
  return verb;
}

/**
 * The cells a lone process term ends on ("the recruitment of macrophages" → macrophage), if any: a relative
 * clause after it may speak of them.
 */
function processCellOf(v: SentenceView, g: Group): string | undefined {
  if (g.ents.length !== 1) return undefined;
  const m = mentionOf(v, g.first);
  if (m.type !== 'process' || !/\sof\s/.test(v.text.slice(m.start, m.end))) return undefined;
  return v.lexicon.cellOf(m.id);
}

/**
 * A passive with no agent about cells treated with a term: "Apoptosis of LPS-treated MSCs was reduced",
 * "the migration of TNF-α-primed MSCs was enhanced", "NFATc1 expression in IL-4-treated macrophages was
 * reduced", "In IL-4-treated macrophages, NFATc1 was reduced": the term acts on what changed.
 */
function readTreatedCellsPassive(v: SentenceView, sink: ClaimSink, cue: Cue, b: number, cs: number, ce: number): void {
  const treated = treatedCellsIn(v, cs, b + 1);
  if (!treated) return;
  const { agent, cells } = treated;
  // ("Expression of RANKL in TNF-α-activated stromal cells was inhibited": a fall in stimulated cells.)
  if (cue.sign < 0 && onlyStimulates(v, agent)) return;
  const before = agent.first - 1;
  let patient: Group | undefined;
  let objectIds: string[] | undefined;
  if (word(v, before) === 'of') {
    // "apoptosis of LPS-treated MSCs": a term before "of", or a plain noun naming the cells' own process.
    if (isEnt(v, before - 1)) patient = groupLeft(v, before - 1);
    else {
      const process = v.lexicon.compositeOf(mentionOf(v, cells).id, word(v, before - 1));
      if (process !== undefined) { patient = single(cells); objectIds = [process]; }
    }
  } else patient = (subjectBefore(v, b, cells + 1) ?? subjectBefore(v, agent.first, cs))?.group;
  // (The cells themselves changing is no claim about what they were treated with.)
  if (!patient || (patient.first === cells && !objectIds)) return;
  const pol = polarity(v, patient.last + 1, cue.at);
  emitPairs(v, sink, cue, agent, patient, cue.sign, {
    negated: pol.negated, hedged: pol.hedged || sentenceFrame(v, cue.at).hedged, passive: true, ctx: contextFor(v, cs, ce, agent), objectIds,
  });
}

/**
 * The phrase a reduced relative ("TGF-β secreted by MSCs") describes; "the impaired osteogenesis induced by
 * IFN-γ" says that IFN-γ impairs it, so a diminishing word before the phrase reverses the reading.
 */
function reducedRelativeHead(v: SentenceView, b: number): Subject {
  const nearest = groupLeft(v, pastContrastAside(v, b));
  const group = processOfCells(v, nearest) ?? nearest;
  // ("the decrease in NFATc1 caused by IL-4", "the reduction of osteoclast formation induced by IL-4": a
  // loss noun heading the phrase reverses it too; not a therapy's purpose, "a candidate for the prevention
  // of bone loss caused by RANKL", where the participle describes the loss.)
  const purpose = word(v, group.first - 1) === 'of' && THERAPY_NOUNS.has(word(v, group.first - 2));
  const diminishing = diminishingWordAt(v, group.first);
  const head = !purpose && headInfo(v, group.first).reverse;
  // ("IL-4 led to reduced osteoclastogenesis induced by RANKL": the change is the outer verb's outcome, and the
  // participle only names what induced the term; the head keeps its other reversals, which headInfo gives
  // on top of the diminishing word's.)
  if (diminishing >= 0 && outerVerbTakesChange(v, diminishing)) return { group, reverse: !purpose && !head };
  return { group, reverse: diminishing >= 0 || head };
}

/**
 * "IL-4 led to reduced osteoclastogenesis induced by RANKL", "MSCs caused reduced inflammation induced by LPS":
 * is the change word at `a` the outcome of a verb right before it (or of its "to", "in" or "with": "was
 * associated with reduced inflammation induced by LPS")?
 */
function outerVerbTakesChange(v: SentenceView, a: number): boolean {
  const before = /^(to|in|with)$/.test(word(v, a - 1)) ? a - 2 : a - 1;
  return before >= 0 && isVerbAt(v, before) && !BE_FORMS.has(word(v, before)) && !AUXILIARIES.has(word(v, before));
}

/**
 * "the osteogenic differentiation of gingival MSCs impaired by TNF-α": a participle after cells that are the "of"
 * object of a process (with words between that kept the two apart) describes the process, the phrase's head.
 */
function processOfCells(v: SentenceView, cells: Group): Group | undefined {
  if (cells.ents.length !== 1 || mentionOf(v, cells.first).type !== 'cell') return undefined;
  let k = cells.first - 1;
  while (k >= 0 && !isEnt(v, k) && !hasComma(v.toks[k]) && (v.toks[k].tags.has('Adjective') || NOUN_MODIFIERS.has(word(v, k)))) k--;
  if (word(v, k) !== 'of' || !isEnt(v, k - 1) || mentionOf(v, k - 1).type !== 'process') return undefined;
  return groupLeft(v, k - 1);
}

/**
 * "IL-12, but not IL-10, produced by M1 cells": a participle after a contrast aside describes the term
 * before the aside (the aside only sets its term apart from what the sentence says of the first). The token
 * the phrase ends at: the first term's, or `b` when there is no such aside.
 */
function pastContrastAside(v: SentenceView, b: number): number {
  if (!hasComma(v.toks[b])) return b;
  const before = contrastAsideBefore(v, groupLeft(v, b).first);
  return before >= 0 && isEnt(v, before) ? before : b;
}

/** "dendritic cells and their": a plain "cells" (no term) right before the possessive at `p`. */
function unnamedCellsBefore(v: SentenceView, p: number): boolean {
  const j = /^(and|or|of|with)$/.test(word(v, p - 1)) ? p - 2 : p - 1;
  return j >= 0 && /^cells?$/.test(word(v, j)) && !isEnt(v, j);
}

/** The first token left of the verb that is not part of its verb group. */
function beforeVerbGroup(v: SentenceView, at: number, cs: number): number {
  let s = at - 1;
  for (;;) {
    while (s >= cs && (isAdverbish(v, s) || AUXILIARIES.has(word(v, s)) || NEGATORS.has(word(v, s)) || CONTINUATION.has(word(v, s)) || HEDGE_VERBS.has(word(v, s)) || FLOATING_QUANTIFIERS.has(word(v, s)) || isSetOffConnective(v, s)
      || (word(v, s) === 'to' && (HEDGE_VERBS.has(word(v, s - 1)) || FAILURE_VERBS.has(word(v, s - 1)) || RAISING_WORDS.has(word(v, s - 1))))
      || (RAISING_WORDS.has(word(v, s)) && word(v, s + 1) === 'to'))) s--;
    const purpose = word(v, s) === 'to' ? purposeVerbBefore(v, s, cs) : -1;
    if (purpose < 0) return s;
    s = purpose - 1;
  }
}

/**
 * "the optimal time for injection of BMSCs to promote fracture healing", "it is essential for IL-4 to bind
 * its receptor": a term right after "for" and right before an infinitive's "to" is that infinitive's
 * subject, not an object of the preposition.
 */
function forToSubject(v: SentenceView, to: number): Subject | undefined {
  if (!isEnt(v, to - 1) || hasComma(v.toks[to - 1])) return undefined;
  const group = groupLeft(v, to - 1);
  let j = group.first - 1;
  if (DETERMINERS.has(word(v, j))) j--;
  // ("MSCs were cultured for osteogenic differentiation to assess …": after a verb, "for" gives the verb's
  // end, and the infinitive is the experimenters' purpose.)
  const before = v.toks[j - 1];
  const afterNounOrAdjective = before !== undefined && !isVerbAt(v, j - 1) && (before.tags.has('Noun') || before.tags.has('Adjective'));
  return word(v, j) === 'for' && afterNounOrAdjective ? { group, reverse: false } : undefined;
}

/** Longest "as" phrase between a purpose verb and its infinitive ("acts as a potent chemotactic cytokine to …"). */
const PURPOSE_PHRASE_REACH = 6;

/**
 * "X serves to inhibit Y", "X acts as a cytokine to regulate Y": the verb whose infinitive of purpose
 * starts at `to` (its subject is the infinitive's actor), or -1.
 */
function purposeVerbBefore(v: SentenceView, to: number, cs: number): number {
  if (PURPOSE_VERBS.has(word(v, to - 1))) return to - 1;
  for (let j = to - 1; j > cs && j >= to - PURPOSE_PHRASE_REACH; j--) {
    if (hasComma(v.toks[j])) return -1;
    if (word(v, j) === 'as') return PURPOSE_VERBS.has(word(v, j - 1)) && j < to - 1 ? j - 1 : -1;
  }
  return -1;
}

/** The copula before a predicate noun phrase ending at `a` ("is an IL-6/LIF family cytokine"), or -1. */

function copulaBeforePredicate(v: SentenceView, a: number, cs: number): number {
  if (!v.toks[a]?.tags.has('Noun')) return -1;
  for (let j = a - 1; j >= cs && j >= a - 8; j--) {
    const w = word(v, j);
    if (BE_FORMS.has(w)) return j;
    // ("IL-6 serves as one of the key cytokines controlling …": a verb of serving as a predicate noun is a copula.)
    if (w === 'as' && SERVING_VERBS.has(word(v, j - 1))) return j - 1;
    // ("IL-11 was identified as a cytokine that regulates …": a verb naming what the subject is, likewise.)
    if (w === 'as' && NAMING_VERBS.has(word(v, j - 1)) && BE_FORMS.has(word(v, adverbsBefore(v, j - 2)))) return j - 1;
    if (w === 'of' && word(v, j - 1) === 'one') { j--; continue; }
    // ("Fracture healing is a complex series of events that requires …": a collective noun before "of".)
    if (w === 'of' && (SERIES_NOUNS.has(word(v, j - 1)) || COLLECTION_WORDS.has(word(v, j - 1)))) continue;
    // ("Osteoclasts are multinucleated cells that …": a participle describing the noun is one of its adjectives.)
    if (hasComma(v.toks[j]) || !(DETERMINERS.has(w) || v.toks[j].tags.has('Adjective') || isParticipleAdjective(v, j) || v.toks[j].tags.has('Noun') || v.toks[j].ent !== undefined || isAdverbish(v, j))) return -1;
  }
  return -1;
}


/**
 * "We identified IL-11 as a (bone-derived) cytokine that …": the term a naming verb's "as" names, when the
 * predicate noun (or class term) starting at `a` follows that "as" (past a few determiners, adjectives and
 * nouns) and the term stands right before it.
 */
function namedAs(v: SentenceView, a: number, cs: number): Group | undefined {
  let j = a - 1;
  while (j > cs && j > a - 6 && !isEnt(v, j) && (DETERMINERS.has(word(v, j)) || v.toks[j].tags.has('Adjective') || v.toks[j].tags.has('Noun') || isAdverbish(v, j) || v.toks[j].post === '-' || v.toks[j - 1]?.post === '-') && !hasComma(v.toks[j])) j--;
  if (word(v, j) !== 'as' || !isEnt(v, j - 1) || j - 1 < cs) return undefined;
  const named = groupLeft(v, j - 1);
  return NAMING_VERBS.has(word(v, named.first - 1)) ? named : undefined;
}

/** The first form of "be" in [from, end), or -1. */
function firstCopulaBefore(v: SentenceView, from: number, end: number): number {
  for (let j = from; j < end; j++) if (BE_FORMS.has(word(v, j))) return j;
  return -1;
}

/** "thereby", "thus", "hence" between a coordinator and its verb: the verb continues the last event. */
function continuesEvent(v: SentenceView, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (EVENT_CONTINUATIONS.has(word(v, j))) return true;
  return false;
}

/** Does the verb at `cue` open a restrictive relative clause ("MSCs that express …"): "that" or "which" right before it, no comma? */
function restrictiveRelativeAt(v: SentenceView, cue: number): boolean {
  return /^(that|which|who)$/.test(word(v, cue - 1)) && cue >= 2 && !hasComma(v.toks[cue - 2]);
}

function carried(previous: Done | undefined, event = false): Subject | undefined {
  const group = event ? previous?.event ?? previous?.subj : previous?.subj;
  const reverse = !event && previous?.subjReverse === true;
  return group ? { group, reverse } : undefined;
}

/**
 * "BMP-2 expression decreased, which …", "NFATc1 expression was suppressed, which …": when the word before
 * ", which" at `a` is an intransitive change verb or a passive participle of change or removal, the term whose change it
 * states (the clause's subject), reversed when it fell; undefined otherwise.
 */
function changeBeforeWhich(v: SentenceView, comma: number): Subject | undefined {
  if (!hasComma(v.toks[comma]) || v.toks[comma].ent !== undefined) return undefined;
  // ("ALP levels were reduced by some 50%, which …": the amount of the change stands between.)
  const a = pastChangeAmount(v, comma);
  const w = word(v, a);
  const passive = BE_FORMS.has(word(v, adverbsBefore(v, a - 1)));
  // ("Macrophages were depleted, which delayed healing": a removal is a fall.)
  const change = passive ? CHANGED_PARTICIPLES[w] ?? (REMOVAL_PARTICIPLES.has(w) ? -1 : undefined) : CHANGE_VERBS[w];
  if (change === undefined || change === 0) return undefined;
  const verb = passive ? adverbsBefore(v, a - 1) : a;
  const subject = subjectBefore(v, verb, clauseStart(v, verb));
  if (!subject || subject.group.last >= verb) return undefined;
  // ("M2 macrophages decrease with age, …": right after its subject, the verb of change may look like a noun of
  // change, "a decrease of M2 macrophages", that turns the subject around; it is the change itself, counted once.)
  const verbReadAsNoun = !passive && subject.group.last + 1 === verb && NOMINAL_CUES[w] !== undefined;
  return { group: subject.group, reverse: (verbReadAsNoun ? false : subject.reverse) !== (change === -1) };
}

/** Most words of a lineage between "into" and the comma ("into mature adipocytes,", "into more adipocytes rather than osteoblasts,"). */
const LINEAGE_TARGET_REACH = 6;

/**
 * "… are increasingly differentiated into adipocytes," (the comma at `comma`): does the clause end with a turn
 * of cells into a lineage?
 */
function turnIntoLineageBefore(v: SentenceView, comma: number): boolean {
  let j = comma;
  while (j > comma - LINEAGE_TARGET_REACH && j > 0 && !LINEAGE_INTO.has(word(v, j))) j--;
  if (j === comma || !LINEAGE_INTO.has(word(v, j))) return false;
  const verb = word(v, adverbsBefore(v, j - 1));
  return VERB_CUES[v.nlp.cueLemma(verb) ?? '']?.relation === 'differentiates-into' || BECOMING_VERBS.has(verb);
}

/**
 * "… undergo senescence," "… entered apoptosis,": a verb of passing into a state, a word or two before the
 * comma at `comma`, whose object is the state the clause's subject passes into.
 */
function intoStateBefore(v: SentenceView, comma: number): boolean {
  return someTokenIn(v, comma - 2, comma, (j) => STATE_ENTRY_VERBS.has(word(v, j)));
}

/** Prepositions that open a short phrase of amount, place or time after a change ("by some 50%", "in aged mice", "with age"). */
const AMOUNT_OR_PLACE_OPENERS: ReadonlySet<string> = new Set(['by', 'in', 'at', 'within', 'after', 'under', 'with']);

/**
 * Before a short phrase of amount or place that ends at k ("by some 50%", "in aged mice"), the change it
 * qualifies; k itself when there is none.
 */
function pastChangeAmount(v: SentenceView, k: number): number {
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
    const opens = AMOUNT_OR_PLACE_OPENERS.has(word(v, j));
    if (isEnt(v, j) || (isVerbAt(v, j) && !opens)) return k;
    if (!opens) continue;
    const w = word(v, j - 1);
    return CHANGED_PARTICIPLES[w] !== undefined || CHANGE_VERBS[w] !== undefined || REMOVAL_PARTICIPLES.has(w) ? j - 1 : k;
  }
  return k;
}

/**
 * ", which" on the object of a verb that lowered it ("IL-4 lowers NFATc1, which …"): the pronoun may stand
 * for the object or for the lowering as a whole. With a verb of bringing about ("which leads to / results in
 * less C") it is the lowering: the object acts by its fall (NFATc1 furthers C) and the event's actor acts as
 * the clause says (IL-4 lowers C). With another verb ("which in turn suppresses C") either may be meant: the
 * object's reading is kept, marked ambiguous. Undefined for any other antecedent.
 */
function afterLowering(v: SentenceView, at: number, s: number, a: number, previous: Done | undefined, subject: Subject): Actor | undefined {
  if (word(v, s) !== 'which' || !hasComma(v.toks[a]) || previous?.sign !== -1 || previous.objEnd !== a || previous.relative) return undefined;
  if (!EVENT_RESULT_VERBS.has(word(v, at))) return { subject, relative: true, carried: false, ambiguous: true };
  const eventActor = previous.subj ? { group: previous.subj, reverse: previous.subjReverse === true } : undefined;
  return { subject: { ...subject, reverse: !subject.reverse }, relative: true, carried: false, eventActor };
}

/**
 * What a verb whose actor is no term leaves for the verbs after it ("rDFSC-CM lowered NF-κB signalling,
 * which …"): where its object ends, and the direction it acted in unless denied.
 */
function unnamedActorDone(v: SentenceView, cue: Cue, at: number, s: number, ce: number, lemma: string | undefined, relative: boolean): Done {
  const found = objectAfter(v, cue.lastAt, ce, lemma);
  const sign = found && !polarity(v, s + 1, at).negated ? (cue.sign * found.sign) as Sign : undefined;
  return { objEnd: found?.group.last ?? cue.lastAt, cueAt: at, relative, ...(sign !== undefined ? { sign } : {}) };
}

/**
 * "RANKL expression of (primary) osteoblasts", "RANKL expression in TNF-α-stimulated stromal cells": for
 * cells named after a product's measure and "of" or "in", the product (the cells are only where it is
 * measured); undefined otherwise.
 */
function productMeasuredIn(v: SentenceView, cells: Group): Group | undefined {
  if (!cells.ents.every((e) => mentionOf(v, e).type === 'cell')) return undefined;
  let j = pastModifiersBack(v, cells.first, -1);
  const treatment = treatmentGluedBefore(v, cells.first);
  if (treatment && treatment.first <= j) j = pastModifiersBack(v, treatment.first, -1);
  if (DETERMINERS.has(word(v, j))) j--;
  if (!/^(of|in)$/.test(word(v, j)) || !MEASURE_NOUNS.has(word(v, j - 1)) || !isEnt(v, j - 2) || hasComma(v.toks[j - 2])) return undefined;
  const product = groupLeft(v, j - 2);
  return product.ents.some((e) => mentionOf(v, e).type === 'cell') ? undefined : product;
}

/** Most tokens between a driving compound and the route noun it names ("IL-17-mediated JAK2/STAT3 pathway"). */
const ROUTE_REACH = 4;

/**
 * "IL-17-|mediated| … pathway", "TNF-α-induced signalling": is the term at k glued to a compound cue of
 * furthering, which names a route (a pathway, signalling, a mechanism) that the term drives?
 */
function drivesRouteAt(v: SentenceView, k: number): boolean {
  if (v.toks[k].post !== '-' || COMPOUND_CUES[word(v, k + 1)] !== 1) return false;
  for (let j = k + 2; j < v.n && j <= k + 1 + ROUTE_REACH; j++) {
    if (ROUTE_NOUNS.has(word(v, j))) return true;
    if (hasComma(v.toks[j - 1]) || isVerbAt(v, j)) return false;
  }
  return false;
}

/** Most tokens between a removed factor and the cells that lack it ("TSG-6-silenced human MSCs"). */
const LACKING_CELLS_REACH = 4;

/** Are cells named right after the removed factor ending at `last`, before the verb at `at` ("CCL2-deficient MSCs failed …")? */
/** Does a lessened ability lead to the verb at `at`: "(showed) a reduced / an impaired capacity to" + verb? */
function lessenedAbilityBefore(v: SentenceView, at: number): boolean {
  if (word(v, at - 1) !== 'to' || !CAPACITY_NOUNS.has(word(v, at - 2))) return false;
  return DIMINISHING_ADJECTIVES.has(word(v, at - 3));
}

function cellsLackingAfter(v: SentenceView, last: number, at: number): boolean {
  return someTokenIn(v, last + 1, Math.min(at, last + 1 + LACKING_CELLS_REACH), (k) => v.toks[k].ent !== undefined && mentionOf(v, k).type === 'cell');
}

/**
 * Who acts behind a verb's subject, read with the verb's own direction `stated`: the actor of an event a
 * result verb continues ("A lowers B, which leads to less C": A lowers C) and who made the subject act
 * ("TNF-α stimulates MSCs to secrete TSG-6": TNF-α furthers TSG-6, a product made counting as furthered).
 */
function emitBehindActors(v: SentenceView, sink: ClaimSink, active: Actor, cue: Cue, object: ObjectFound, stated: Sign, how: { negated: boolean; hedged: boolean; cs: number; ce: number }): void {
  const { eventActor, causer } = active;
  if (eventActor) {
    const sign = (eventActor.reverse ? -stated : stated) as Sign;
    emitPairs(v, sink, cue, eventActor.group, object.group, sign, {
      negated: how.negated, hedged: how.hedged, passive: false, ctx: contextFor(v, how.cs, how.ce, eventActor.group), objectIds: object.replace, reach: 'across-clauses',
    });
  }
  if (!causer || how.negated) return;
  const made = ((makesProduct(cue.relation) ? 1 : stated) * causer.sign * (causer.subject.reverse ? -1 : 1)) as Sign;
  if (made === 0) return;
  emitPairs(v, sink, { ...cue, relation: relationOfSign(made), sign: made }, causer.subject.group, object.group, made, {
    negated: false, hedged: how.hedged, passive: false, ctx: contextFor(v, how.cs, how.ce, causer.subject.group), objectIds: object.replace, reach: 'across-clauses',
  });
}

/** How much less sure a claim is whose relative pronoun may stand for the event before it: below the warning line. */
const AMBIGUOUS_ANTECEDENT_FACTOR = 0.75;

/** Who acts for an active verb: a relative pronoun's antecedent, the previous actor, or the subject before it. */
function activeSubject(v: SentenceView, at: number, s: number, cs: number, previous: Done | undefined): Actor {
  const lw = word(v, s);
  // "… the ability of BMP-2 to induce mineralization": BMP-2 induces it, whoever limits the ability.
  const able = abilityActorBefore(v, at);
  if (able) return { subject: { group: able, reverse: false }, relative: false, carried: false };
  // "… the maturation of dendritic cells and their ability to produce Y": cells the lexicon does not
  // name are the possessors, and no term acts.
  // ("… the capacity of ovalbumin-pulsed DC to support Y": an owner the lexicon does not name; no term acts.)
  if ((word(v, at - 1) === 'to' && CAPACITY_NOUNS.has(word(v, at - 2)) && /^(their|its)$/.test(word(v, at - 3)) && unnamedCellsBefore(v, at - 3)) || unnamedAbilityOwner(v, at)) {
    return { relative: false, carried: false };
  }
  // "IL-6 exerted dual effects on MSCs: enhancing their proliferation …": a gerund clause opening after a
  // colon spells out what the sentence's subject does.
  if (/ing$/.test(word(v, at)) && s >= 0 && s === cs - 1 && v.toks[s].post.includes(':')) {
    const subject = subjectOfClauseBefore(v, s);
    if (subject) return { subject, relative: false, carried: true };
  }
  // "… cells obtained from trabecular bone, which showed increased osteocalcin …": a change shown in a
  // relative clause is shown by the pronoun's antecedent, the nearest term before it.
  // ("ALP was reduced, indicating impaired bone formation", "IL-4 expression was reduced, resulting in more
  // osteoclast formation": a gerund after a change with no object says what the change shows or brings about,
  // as ", which" does; the changed term acts by its change.)
  if (SHOWING_VERBS.has(lw) && /ing$/.test(lw) && s >= 1) {
    const changed = changeBeforeWhich(v, s - 1);
    if (changed) return { subject: changed, relative: true, carried: false };
  }
  if (/ing$/.test(word(v, at)) && s >= 0 && hasComma(v.toks[s])) {
    const changed = changeBeforeWhich(v, s);
    if (changed) return { subject: changed, relative: true, carried: false };
    // ("MSCs are differentiated into adipocytes, reducing the number of osteoblasts": after a turn into a
    // lineage, the gerund says what that turn brings about, which is no term.)
    if (turnIntoLineageBefore(v, s)) return { relative: true, carried: false };
  }
  if (SHOWING_VERBS.has(lw) && /^(which|that|who)$/.test(word(v, s - 1))) {
    // ("ALP was reduced, which reflects impeded bone formation": after a change with no object, "which" is the
    // change, as for a verb of effect.)
    const changed = word(v, s - 1) === 'which' && s >= 2 ? changeBeforeWhich(v, s - 2) : undefined;
    if (changed) return { subject: changed, relative: true, carried: false };
    for (let a = s - 2; a >= Math.max(0, s - 10); a--) if (isEnt(v, a)) return { subject: { group: groupLeft(v, a), reverse: false }, relative: true, carried: false };
    return { relative: true, carried: false };
  }
  if ((lw === 'which' || lw === 'that' || lw === 'who') && s >= 1) {
    // Relative clause: the antecedent is the group just before the pronoun.
    const a = s - 1;
    // ("BMP-2 expression decreased, which impaired bone formation", "NFATc1 was suppressed, which …": after a
    // change with no object, "which" is the change; the changed term acts by it, reversed by a fall.)
    const changed = lw === 'which' ? changeBeforeWhich(v, a) : undefined;
    if (changed) return { subject: changed, relative: true, carried: false };
    // ("BMSCs differentiate into adipocytes rather than osteoblasts, which leads to less bone formation";
    // "… and undergo senescence, which …": after a turn into a lineage or into a state, "which" is that turn,
    // which is no term; neither the cells it names nor the clause's subject act in it.)
    if (lw === 'which' && hasComma(v.toks[a]) && (turnIntoLineageBefore(v, a) || intoStateBefore(v, a))) return { relative: true, carried: false };
    // ("a mechanism of regulation of osteoclastogenesis that limits bone resorption": after a neutral nominal
    // and "of", a relative clause on a process is about the regulation, which is no term; on cells it is
    // about the cells, "the regulation of MSCs that secrete TSG-6".)
    // ("RBP-J as a negative regulator of osteoclastogenesis that restrains bone resorption": so is one after an
    // agent noun, which is about the agent.)
    // ("IL-4 is an inhibitor of osteoclastogenesis that restrains …": the agent the copula names acts.)
    const ofHead = word(v, groupLeft(v, a).first - 2);
    if (isEnt(v, a) && mentionOf(v, a).type !== 'cell' && word(v, groupLeft(v, a).first - 1) === 'of' && (NEUTRAL_NOMINALS.has(ofHead) || AGENT_NOUNS[ofHead] !== undefined)) {
      const copula = AGENT_NOUNS[ofHead] !== undefined ? copulaBeforePredicate(v, groupLeft(v, a).first - 2, cs) : -1;
      const agent = copula >= 0 ? subjectBefore(v, copula, cs) : undefined;
      return agent && !agent.reverse ? { subject: agent, relative: true, carried: false } : { relative: true, carried: false };
    }
    if (isEnt(v, a)) {
      // ("IL-4 and IL-13 are cytokines that inhibit …": a term that is the copula's predicate says what its
      // subject is; the clause is said of that subject.)
      const antecedent = groupLeft(v, a);
      const named = namedAs(v, antecedent.first, cs);
      if (named) return { subject: { group: named, reverse: false }, relative: true, carried: false };
      const copula = copulaBeforePredicate(v, antecedent.first, cs);
      const described = copula >= 0 ? subjectBefore(v, copula, cs) : undefined;
      if (described && !described.reverse) return { subject: described, relative: true, carried: false };
      // ("Cytokines that signal through gp130 include IL-6 and OSM": a class term the sentence goes on to
      // spell out, as a plain noun would be.)
      const listed = antecedent.first === a ? membersListedLater(v, a, at) : undefined;
      if (listed) return { subject: { group: listed, reverse: false }, relative: true, carried: false };
      // ("the cross-talk between RANKL and IFN-γ that suppresses …": a verb in the singular after a list is said
      // of its last member only.)
      const agreeing = antecedent.ents.length > 1 && singularVerbAfter(v, s) ? single(antecedent.ents[antecedent.ents.length - 1]) : antecedent;
      // ("the osteoprotegerin, which leads to uncontrolled osteoclastogenesis when mutated": it acts by its loss.)
      const subject = { group: agreeing, reverse: removesActor(v, agreeing) };
      return afterLowering(v, at, s, a, previous, subject) ?? { subject, relative: true, carried: false };
    }
    // ("a monocyte subset that differentiates into osteoclasts": a share of cells named after them is those cells.)
    if (CELL_SUBSET_NOUNS.has(word(v, a)) && a >= 1 && isEnt(v, a - 1) && !hasComma(v.toks[a - 1]) && mentionOf(v, a - 1).type === 'cell') {
      return { subject: { group: groupLeft(v, a - 1), reverse: false }, relative: true, carried: false };
    }
    // "OSM is an IL-6 family cytokine that influences …": the predicate noun stands for the copula's subject.
    // ("We identified IL-11 as a bone-derived cytokine that regulates …": for the term a naming verb names.)
    const named = isPlainNoun(v, a) ? namedAs(v, a, cs) : undefined;
    if (named) return { subject: { group: named, reverse: false }, relative: true, carried: false };
    const copula = copulaBeforePredicate(v, a, cs);
    if (copula >= 0) {
      const subject = subjectBefore(v, copula, cs);
      if (subject) return { subject, relative: true, carried: false };
    }
    // "Factors that promote osteoclast formation include RANKL and M-CSF": the members the sentence goes
    // on to list act for the class noun.
    const members = isPlainNoun(v, a) ? membersListedLater(v, a, at) : undefined;
    if (members) return { subject: { group: members, reverse: false }, relative: true, carried: false };
    // "… raised TRAF3, an adapter protein that regulates NF-κB": a relative clause on an apposition the
    // lexicon does not name says what that noun does, not what the clause's subject does.
    if (isPlainNoun(v, a) && inApposition(v, a)) return { relative: true, carried: false };
    // ("Titanium implants release particles that provoke inflammation": what a material sheds acts on its own.)
    if (isPlainNoun(v, a) && BYPRODUCT_NOUNS.has(word(v, a))) return { relative: true, carried: false };
    // ("… Ly6C+ monocytes in periphery that differentiate into …": a place named after the term closes the
    // antecedent; the term is it.)
    if (!hasComma(v.toks[a]) && isPlainNoun(v, a) && (word(v, a - 1) === 'in' || word(v, a - 1) === 'at') && isEnt(v, a - 2)) {
      return { subject: { group: groupLeft(v, a - 2), reverse: false }, relative: true, carried: false };
    }
    // ("MSCs are responsive to leptin, which inhibits …": a noun the lexicon does not name, after a preposition,
    // is what the clause is about; the main clause's actor does not act in it.)
    if (isPlainNoun(v, a) && prepositionalObject(v, a)) return { relative: true, carried: false };
    return { subject: carried(previous, true), relative: true, carried: true };
  }
  // ("MSCs that express IL-10 suppressed the inflammation": a finite verb right after a restrictive relative
  // clause's object is the main clause's; its subject is the antecedent. Not a participle with its agent,
  // "… IL-10 induced by TNF-α", which describes the object.)
  if (previous?.relative && s >= 0 && !hasComma(v.toks[s]) && previous.objEnd === s && pastAdverbs(v, s + 1) === at && isEnt(v, s) && restrictiveRelativeAt(v, previous.cueAt) && word(v, at + 1) !== 'by' && !/ing$/.test(word(v, at))) {
    const subject = carried(previous);
    if (subject) return { subject, relative: false, carried: true };
  }
  if (previous?.relative && s >= 0 && hasComma(v.toks[s]) && previous.objEnd === s) {
    // "M2 macrophages, which secrete TGF-β1, support …": after the relative clause the antecedent acts.
    // ("Blocking IL-4, which inhibits osteoclastogenesis, worsened bone loss": as the main verb's subject the
    // antecedent keeps the loss named before it, which the relative clause, said of IL-4 itself, did not.)
    const subject = carried(previous);
    const asSubject = subject ? subjectBefore(v, subject.group.last + 1, cs) : undefined;
    const same = asSubject !== undefined && subject !== undefined && asSubject.group.first === subject.group.first && asSubject.group.last === subject.group.last;
    return { subject: same ? asSubject : subject, relative: false, carried: true };
  }
  // "… through regulating Y" with no actor read before: the means rule gives it the clause's subject.
  if (!previous && (lw === 'through' || lw === 'via') && /ing$/.test(word(v, at))) return { relative: false, carried: true };
  // "… is suppressed by IL-4 and thereby reduces …": the event's actor goes on.
  if (previous?.event && (lw === 'and' || hasComma(v.toks[s])) && continuesEvent(v, s + 1, at)) return { subject: carried(previous, true), relative: false, carried: true };
  // ("… stimulated ALP activity, while inhibiting osteocalcin": a gerund after "while" / "whereas" has no
  // subject of its own either.)
  const gerund = /ing$/.test(word(v, at)) || v.toks[at].tags.has('Gerund');
  // "These findings support the use of MSCs to enhance healing": when the verb before names no actor, the
  // term it acts on, right before "to" with no other verb or comma between, does what the infinitive says.
  // ("Osteoclasts could be targeted to prevent bone erosion", "RANKL can be blocked to prevent bone loss": a
  // purpose served by taking a factor away says the factor furthers what is prevented.)
  if (lw === 'to') {
    const removed = removedForPurpose(v, s, cs);
    if (removed) return { subject: removed, relative: false, carried: false };
    // ("IDO, which depletes tryptophan necessary to support T-cell proliferation": what a noun is needed to do
    // is that noun's, not the clause's subject's; a noun the lexicon does not name leaves no actor.)
    if (REQUIREMENT_ADJECTIVES.has(word(v, s - 1)) && s >= 2 && v.toks[s - 2].tags.has('Noun') && !hasComma(v.toks[s - 2]) && !BE_FORMS.has(word(v, s - 2))) {
      return isEnt(v, s - 2) ? { subject: { group: groupLeft(v, s - 2), reverse: false }, relative: false, carried: false } : { relative: false, carried: false };
    }
    const forSubject = forToSubject(v, s);
    if (forSubject) return { subject: forSubject, relative: false, carried: false };
  }
  // ("MSCs induced macrophages to secrete IL-10": the object of a verb of making someone act does what the
  // infinitive says.)
  // (So for a lineage: in "MSCs induce macrophages to differentiate into M2 cells" the macrophages turn, not MSCs.)
  if (previous?.subj && lw === 'to' && previous.cueAt < s && previous.objEnd === s - 1 && isEnt(v, s - 1) && OBJECT_CONTROL_VERBS.has(v.nlp.cueLemma(word(v, previous.cueAt)) ?? '')) {
    const causer = previous.sign === undefined ? undefined : { subject: { group: previous.subj, reverse: previous.subjReverse === true }, sign: previous.sign };
    return { subject: { group: groupLeft(v, s - 1), reverse: false }, relative: false, carried: false, ...(causer ? { causer } : {}) };
  }
  if (previous && !previous.subj && lw === 'to' && previous.cueAt < s) {
    const object = subjectBefore(v, s + 1, previous.cueAt + 1);
    if (object && object.group.last === s - 1 && !someTokenIn(v, previous.cueAt + 1, s, (k) => (isVerbAt(v, k) && !DETERMINERS.has(word(v, k - 1))) || hasComma(v.toks[k]))) return { subject: object, relative: false, carried: false };
  }
  // ("…, one mechanism by which these cytokines exert their effects and impair bone resorption": a verb
  // coordinated with a later verb that is no cue shares that verb's own subject, not the earlier cue's.)
  if (previous && (lw === 'and' || lw === 'or')) {
    const shared = laterVerbSubject(v, previous, cs, s);
    if (shared) return { subject: shared, relative: false, carried: true };
  }
  // ("Infection induces inflammation, resulting in bone loss": when the first verb's actor is no term, the
  // raised term right before the comma is the event whose rise the participle of result goes on with; not a
  // term only changed, "leads to changes in MSC differentiation, resulting in …", which names no direction.)
  if (previous && !previous.subj && previous.sign === 1 && s === at - 1 && previous.objEnd === s && hasComma(v.toks[s]) && isEnt(v, s) && resultParticiple(word(v, at))
    && !someTokenIn(v, previous.cueAt + 1, groupLeft(v, s).first, (k) => CHANGE_VERBS[word(v, k)] === 0)) {
    return { subject: { group: groupLeft(v, s), reverse: false }, relative: false, carried: true };
  }
  const contrastGerund = gerund && CONTRAST_GERUND_OPENERS.has(lw);
  if (previous && (lw === 'and' || lw === 'or' || lw === 'but' || lw === 'yet' || lw === 'to' || lw === 'by' || lw === 'in' || lw === 'through' || lw === 'via' || contrastGerund || (v.toks[at].tags.has('Gerund') && (s < 0 || hasComma(v.toks[s]) || CONTINUATION.has(word(v, s + 1)))))) {
    // (A verb coordinated with one whose actor the clause names, "IFN-γ inhibited X and stimulated Y, while
    // inhibiting Z", shares that actor within the clause: no reading across clauses.)
    const sameClause = previous.subj !== undefined && !previous.relative && (lw === 'and' || lw === 'but' || contrastGerund);
    return { subject: carried(previous), relative: false, carried: !sameClause }; // coordinated verb, purpose or means: same actor
  }
  // ("We mimicked inflammation by inducing macrophages …": a means gerund after a verb that is no cue acts
  // for that verb's subject, here the authors, not for the verb's object.)
  if (!previous && lw === 'by' && gerund) {
    const verb = verbBefore(v, cs, s);
    // ("The effect of MSCs was explored by depleting M2 macrophages": right after a passive the means belongs
    // to its unnamed agent, the authors, not to the passive's subject.)
    if (verb >= 0 && verb === adverbsBefore(v, s - 1) && passiveAt(v, verb, cs)) return { relative: false, carried: false };
    if (verb >= 0) return { subject: subjectBefore(v, verb, clauseStart(v, verb)), relative: false, carried: false };
  }
  // ("M1 macrophages outnumber M2 macrophages in the callus, leading to a decrease in Y": a participle of result
  // after a clause whose verb is no cue goes on with that clause's subject, whose event leads to Y, not with the
  // term nearest before it.)
  if (!previous && s >= 0 && s === at - 1 && hasComma(v.toks[s]) && resultParticiple(word(v, at))) {
    const before = clauseStart(v, s);
    const first = firstMainVerb(v, before, s);
    const subject = first >= 0 ? subjectBefore(v, first, before) : undefined;
    if (subject && subject.group.last === adverbsBefore(v, first - 1)) return { subject, relative: false, carried: true };
  }
  // ("IL-1 perpetuates inflammation, induces bone resorption and …": a verb right after the comma that closes
  // the object of a first verb that is no cue goes on with that verb's subject, not with its object.)
  if (s >= 0 && s === at - 1 && hasComma(v.toks[s]) && isEnt(v, s)) {
    const shared = !previous && /s$/.test(word(v, at)) ? subjectOfFirstVerb(v, groupLeft(v, s).first, clauseStart(v, s)) : undefined;
    if (shared) return { subject: shared, relative: false, carried: true };
    // ("… cytokines that perpetuate inflammation, induce bone resorption and …": so does a verb after the
    // object of a relative clause's first verb that is no cue; the pronoun's antecedent acts for the list.)
    const relative = relativeVerbBefore(v, groupLeft(v, s).first, clauseStart(v, s));
    if (relative >= 0 && (!previous || previous.cueAt < relative)) {
      const actor = activeSubject(v, relative, relative - 1, clauseStart(v, relative), previous);
      // (An antecedent that names no term leaves the list without an actor: the first verb's object is none.)
      return actor.subject ? { subject: actor.subject, relative: true, carried: true } : { relative: true, carried: false };
    }
  }
  // ("decreased levels of molecules (IL-1β, IL-6) and increased markers (IL-10)": a term closing a parenthesis
  // right before "and" gives examples of a noun; it acts for no verb after the joiner, which goes on with the
  // actor read before, if any.)
  if ((lw === 'and' || lw === 'or') && s === at - 1 && isEnt(v, s - 1) && v.toks[s - 1].post.includes(')')) {
    return previous?.subj ? { subject: carried(previous), relative: false, carried: true } : { relative: false, carried: false };
  }
  // "IL-1β reaches the MSCs and suppresses …": a verb coordinated with a first verb that is no cue shares its subject.
  if (!previous && (lw === 'and' || lw === 'but' || lw === 'or')) {
    const first = firstMainVerb(v, cs, s);
    if (first >= 0) {
      const shared = subjectBefore(v, first, cs);
      if (shared) return { subject: shared, relative: false, carried: true };
    }
    // "IL-17A is a modulator of inflammation, but also affects …": "but" opened this clause; the verb
    // shares the subject of the clause before, a copula's too.
    if (cs > s) {
      const before = clauseStart(v, s);
      const copula = firstCopulaBefore(v, before, s);
      const shared = copula >= 0 ? subjectBefore(v, copula, before) : undefined;
      if (shared) return { subject: shared, relative: false, carried: true };
    }
    // ("Bacteria were shown to invade osteoblasts and inhibit their growth": the first verb's subject, no
    // term here, acts for both verbs; the term after the first verb is its object, no actor.)
    // (The verb nearest before the joiner: "It was shown that delivered MSCs can home to the defect and
    // promote …" coordinates "home" and "promote", whose subject the cells are.)
    const last = verbBefore(v, cs, s);
    const candidate = last >= 0 && hasOwnSubjectSlot(v, last, cs) ? subjectBefore(v, s + 1, regionStart(previous, cs, v)) : undefined;
    if (candidate && candidate.group.first > last) return { relative: false, carried: false };
  }
  // "ADMSCs were transfected with siRNA targeting TSG-6": a present participle right after a plain noun is a
  // reduced relative clause about that noun, and the clause's subject does not act through it.
  // (Not a predicate noun: "TSG-6 is a key factor influencing Y" says it of TSG-6.)
  if (/ing$/.test(word(v, at)) && s >= cs && s === at - 1 && isPlainNoun(v, s) && !hasComma(v.toks[s]) && !DETERMINERS.has(word(v, s)) && copulaBeforePredicate(v, s, cs) < 0) return { relative: false, carried: false };
  // ("a receptor for RANKL, a factor required for osteoclastogenesis": a participle after an apposition's
  // noun is said of the term the apposition describes.)
  const described = /ed$/.test(word(v, at)) && s === at - 1 ? appositionHolder(v, s) : undefined;
  if (described) return { subject: described, relative: false, carried: false };
  // ("P-PRP, which had similar platelet counts but fewer leukocytes and cytokines than L-PRP, promoted …": the
  // comma before the verb closes a relative clause opened after a comma, so the antecedent acts; one the
  // lexicon does not name leaves no actor, and the terms inside the clause are none.)
  if (s >= 0 && s === at - 1 && hasComma(v.toks[s]) && !/ing$/.test(word(v, at)) && unnamedAntecedentOfClosedRelative(v, s)) return { relative: false, carried: false };
  const own = subjectBefore(v, s + 1, Math.max(regionStart(previous, cs, v), joinedSubjectStart(v, cs, s), reportedClauseStart(v, cs, s)));
  // "Inhibiting inflammation, inducing angiogenesis and … result in repair": a gerund after a comma that
  // follows a gerund phrase is the next item of a list of actions, not that phrase's predicate.
  if (own && /ing$/.test(word(v, at)) && s === at - 1 && hasComma(v.toks[s]) && /ing$/.test(word(v, own.group.first - 1))) return { relative: false, carried: false };
  // "Exosomes alleviate cartilage damage, reduce …, inhibit …": a list of verb phrases shares its subject.
  if (!own && previous?.subj && s >= 0 && hasComma(v.toks[s])) return { subject: carried(previous), relative: false, carried: true };
  // ("Infliximab reduced gingival IL-1β and TNF-α levels, diminished MMP-1 …": so does a verb right after the
  // comma that closes an earlier verb's list of objects, whose terms are no subject; an actor the lexicon
  // does not know stays unread.)
  if (own && continuesObjectList(v, cs, own.group, s)) return previous?.subj ? { subject: carried(previous), relative: false, carried: true } : { relative: false, carried: false };
  // "BMSCs showing up-regulation of Hif-1α could enhance …": a participle phrase right after the subject
  // describes it; the finite verb after the phrase is the subject's own.
  if (!own && previous?.subj && participlePhraseAfter(v, previous.subj, previous.cueAt) && !/ing$/.test(word(v, at)) && lw !== 'to') return { subject: carried(previous), relative: false, carried: false };
  // ("… showed increased RANKL and OPG, and strong inhibition of M-CSF, resulting in less support of
  // osteoclast development": a result of several changes, one named after the term, is no one term's.)
  if (own && s === at - 1 && hasComma(v.toks[s]) && resultParticiple(word(v, at)) && someTokenIn(v, own.group.last + 1, s + 1, (k) => NOMINAL_CUES[word(v, k)] !== undefined || CHANGED_PARTICIPLES[word(v, k)] !== undefined)) return { relative: false, carried: false };
  return { subject: own, relative: false, carried: false };
}

/** Most words of a relative clause's antecedent read back from its comma ("conditioned medium of human MSCs (MSC-CM)"). */
const ANTECEDENT_REACH = 6;

/**
 * Whether the comma at `comma` closes a relative clause (", which …," or ", who …,", no comma inside it) whose
 * antecedent, the noun phrase before its opening comma, names no term.
 */
function unnamedAntecedentOfClosedRelative(v: SentenceView, comma: number): boolean {
  for (let j = comma - 1; j >= 0; j--) {
    if (!hasComma(v.toks[j])) continue;
    if (!/^(which|who)$/.test(word(v, j + 1)) || j + 1 >= comma) return false;
    for (let k = j; k >= Math.max(0, j - ANTECEDENT_REACH) && (k === j || !hasComma(v.toks[k])) && !isVerbAt(v, k); k--) if (isEnt(v, k)) return false;
    return true;
  }
  return false;
}

/** "leading", "resulting", "contributing": a participle of result, whose clause says what the event before it brings about. */
function resultParticiple(w: string): boolean {
  return /ing$/.test(w) && (LEADING_VERBS.has(w) || RESULTING_VERBS.has(w));
}

/** The subject of a verb between the previous cue and the joiner at `s`, when that verb has one of its own after the cue's object. */
function laterVerbSubject(v: SentenceView, previous: Done, cs: number, s: number): Subject | undefined {
  const verb = verbBefore(v, cs, s);
  if (verb <= previous.cueAt || v.nlp.cueLemma(word(v, verb)) !== undefined || !v.toks[verb].tags.has('Verb') || v.toks[verb - 1].tags.has('Preposition')) return undefined;
  const subject = subjectBefore(v, verb, Math.max(previous.objEnd + 1, cs));
  return subject && subject.group.first > previous.cueAt ? subject : undefined;
}

/**
 * Is the group (ending at or a few plain words before the comma at `s`) the end of a list of objects that an earlier verb of the
 * clause opens, with nothing but nouns, adjectives, terms and "and / or" between them ("reduced gingival IL-1β,
 * TNF-α and MPO levels,")? A verb may be tagged as a participle before a noun, so one ending in -ed counts.
 */
function continuesObjectList(v: SentenceView, cs: number, group: Group, s: number): boolean {
  if (s < 0 || !hasComma(v.toks[s]) || s > group.last + 4) return false;
  // ("…, TNF-α, and MPO levels,": the list may end in plain words after its last term.)
  if (someTokenIn(v, group.last + 1, s + 1, (k) => !(v.toks[k].tags.has('Noun') || /^(and|or)$/.test(word(v, k))) || v.toks[k].tags.has('Pronoun'))) return false;
  for (let k = group.first - 1; k > cs; k--) {
    const t = v.toks[k];
    if (/ed$/.test(t.lower) && t.ent === undefined && (t.tags.has('Verb') || isParticipleAdjective(v, k))) {
      return !DETERMINERS.has(word(v, k - 1)) && !v.toks[k - 1].tags.has('Preposition') && !BE_FORMS.has(word(v, k - 1)) && !AUXILIARIES.has(word(v, k - 1));
    }
    if (!(t.ent !== undefined || (t.tags.has('Noun') && !t.tags.has('Pronoun')) || t.tags.has('Adjective') || t.lower === 'and' || t.lower === 'or')) return false;
  }
  return false;
}

/** The subject of a passive of taking away right before the purpose's "to" at `to`, reversed ("X can be blocked to …"). */
function removedForPurpose(v: SentenceView, to: number, cs: number): Subject | undefined {
  let j = to - 1;
  while (j > cs && isAdverbish(v, j)) j--;
  if (/^targets?$/.test(word(v, j))) return targetForPurpose(v, j, cs);
  if (/^(down|out)$/.test(word(v, j))) j--; // "knocked down"
  if (!PURPOSE_REMOVAL_PARTICIPLES.has(word(v, j))) return undefined;
  let k = j - 1;
  while (k > cs && isAdverbish(v, k)) k--;
  if (!BE_FORMS.has(word(v, k))) return undefined;
  const subject = subjectBefore(v, k, cs);
  return subject ? { ...subject, reverse: !subject.reverse } : undefined;
}

/**
 * "RANKL is an attractive target to prevent bone loss", "… could emerge as a new target to prevent …": what
 * the copula (or "as") names a target for a purpose is what to block for it, the purpose's actor reversed.
 */
function targetForPurpose(v: SentenceView, target: number, cs: number): Subject | undefined {
  let k = target - 1;
  while (k > cs && (DETERMINERS.has(word(v, k)) || isAdverbish(v, k) || (v.toks[k].tags.has('Adjective') && !isEnt(v, k)))) k--;
  if (word(v, k) === 'as') k--;
  else if (!BE_FORMS.has(word(v, k))) return undefined;
  while (k > cs && (AUXILIARIES.has(word(v, k - 1)) || isAdverbish(v, k - 1))) k--;
  const subject = subjectBefore(v, k, cs);
  return subject ? { ...subject, reverse: !subject.reverse } : undefined;
}

/** "that suppresses", "which is", "that strongly inhibits": is the verb after the pronoun at `s` in the singular? */
function singularVerbAfter(v: SentenceView, s: number): boolean {
  const k = pastAdverbs(v, s + 1);
  const w = word(v, k);
  return SINGULAR_VERB_FORMS.has(w) || (isVerbAt(v, k) && /[^s]s$/.test(w) && v.toks[k].tags.has('PresentTense'));
}

/** "to leptin", "with the hormone": is the plain noun at `a` the object of a preposition (past one determiner)? */
function prepositionalObject(v: SentenceView, a: number): boolean {
  const b = DETERMINERS.has(word(v, a - 1)) ? a - 2 : a - 1;
  return b >= 0 && PREPOSITIONS.has(word(v, b)) && !hasComma(v.toks[b]);
}

/** Is the verb at `k` a participle after a form of "be" (adverbs between), a passive? */
function passiveAt(v: SentenceView, k: number, cs: number): boolean {
  if (!/(ed|en)$/.test(word(v, k))) return false;
  let b = k - 1;
  while (b > cs && isAdverbish(v, b)) b--;
  return BE_FORMS.has(word(v, b));
}

/** The nearest verb before `s` in the clause (from `cs`), past auxiliaries, or -1. */
function verbBefore(v: SentenceView, cs: number, s: number): number {
  for (let k = s - 1; k >= cs; k--) if (isVerbAt(v, k) && !AUXILIARIES.has(word(v, k)) && !BE_FORMS.has(word(v, k))) return k;
  return -1;
}

/** "the inhibition of Y by X": is the group the object of a nominal event that names its own agent? */
function eventWithAgent(v: SentenceView, g: Group): boolean {
  if (word(v, g.last + 1) !== 'by' || !isEnt(v, g.last + 2)) return false;
  let j = g.first - 1;
  if (word(v, j) !== 'of') return false;
  j--;
  return NOMINAL_CUES[word(v, j)] !== undefined;
}

/** Is the cue at `at` the participle of a relative clause that takes a term away ("in which IDO was downregulated")? */
function removalStep(v: SentenceView, at: number): boolean {
  let j = at - 1;
  while (j > 0 && isAdverbish(v, j)) j--;
  if (!BE_FORMS.has(word(v, j)) || !isEnt(v, j - 1)) return false;
  const removed = removedInRelative(v, groupLeft(v, j - 1).first);
  return removed !== undefined && removed.end >= at;
}

/**
 * "Modulating inflammaging improves bone health", "targeting NF-κB may enhance repair": a subject that a
 * gerund of tuning acts on bears on the outcome, but the sentence does not say which way.
 */
function tunedSubject(v: SentenceView, subject: Group): boolean {
  let j = subject.first - 1;
  // (The tagger may take a gerund for an adjective: "Controlling IL-23 …".)
  for (let k = 0; k < 3 && j >= 0 && v.toks[j].ent === undefined && !TUNING_GERUNDS.has(word(v, j)) && (DETERMINERS.has(word(v, j)) || v.toks[j].tags.has('Adjective')); k++) j--;
  return j >= 0 && TUNING_GERUNDS.has(word(v, j));
}

/**
 * "X can both inhibit and stimulate Y", "X stimulates or suppresses Y": a cue verb coordinated right
 * after one of the opposite direction shares its object; together they say X acts on Y without one
 * direction.
 */
function opposedPartner(v: SentenceView, cue: Cue): boolean {
  // ("X and Y inhibited and promoted Z, respectively": the partner may come after the verb too.)
  const a = pastAdverbs(v, cue.lastAt + 1);
  if (/^(and|or|and\/or)$/.test(word(v, a))) {
    const next = verbCueAt(v, pastAdverbs(v, a + 1));
    if (next && next.lineage === undefined && next.sign * cue.sign === -1) return true;
  }
  let j = cue.at - 1;
  while (j >= 0 && (word(v, j) === 'to' || isAdverbish(v, j))) j--;
  if (!/^(and|or|and\/or)$/.test(word(v, j))) return false;
  j--;
  while (j >= 0 && (word(v, j) === 'to' || isAdverbish(v, j))) j--;
  for (let k = j; k >= Math.max(0, j - 2); k--) {
    const partner = verbCueAt(v, k);
    if (partner && partner.lastAt === j) return partner.lineage === undefined && partner.sign * cue.sign === -1;
  }
  return false;
}

/** The direction of an amount compared right after a verb of making ("secreted less", "expressed more"), if any. */
function productAmount(v: SentenceView, cue: Cue): Sign | undefined {
  if (!makesProduct(cue.relation)) return undefined;
  return SHOWN_AMOUNTS[word(v, cue.lastAt + 1)];
}

/** Most words of the first member of a list of shown changes ("lower expression of CD206 and …"). */
const SHOWN_MEMBER_REACH = 8;

/**
 * "Macrophages showed lower expression of CD206 and reduced phagocytic activity": a participle after "and" whose
 * list opened with a change shown (an amount or a participle right after a verb of showing) is shown too.
 */
function coordinatedWithShown(v: SentenceView, at: number): boolean {
  if (word(v, at - 1) !== 'and' || !/ed$/.test(word(v, at))) return false;
  for (let k = at - 2; k >= Math.max(1, at - 2 - SHOWN_MEMBER_REACH); k--) {
    if (hasComma(v.toks[k])) return false;
    if (SHOWN_AMOUNTS[word(v, k)] !== undefined || CHANGED_PARTICIPLES[word(v, k)] !== undefined) return SHOWING_VERBS.has(word(v, adverbsBefore(v, k - 1)));
    if (isVerbAt(v, k) && !isParticipleAdjective(v, k)) return false;
  }
  return false;
}

/** A participle, an amount compared or a change noun after a verb of showing ("showed increased …", "showed less …", "showed a decrease in …"). */
function shownParticiple(v: SentenceView, at: number): boolean {
  if (shownChange(v, at) !== undefined) return true;
  if (coordinatedWithShown(v, at)) return true;
  const verb = word(v, adverbsBefore(v, measuredChangeStart(v, at) - 1));
  // ("Osteocytes have a higher RANKL expression": an amount compared after "have" is shown too; not a
  // participle, which after "have" is a perfect tense: "IL-4 has increased NFATc1".)
  if (SHOWN_AMOUNTS[word(v, at)] !== undefined && /^(have|has|had)$/.test(verb)) return true;
  return (/ed$/.test(word(v, at)) || SHOWN_AMOUNTS[word(v, at)] !== undefined) && SHOWING_VERBS.has(verb);
}

/**
 * "had impaired resorptive activity": a participle of a fall after a form of "have", on the subject cells'
 * own process, or on a process the review has them carry out named as their activity (capacity, function).
 */
function hadChangedOwnActivity(v: SentenceView, at: number, subject: Group, object: ObjectFound): boolean {
  // (Only a fall: cells that "had enhanced osteogenic potential" do further it, which the reading says too.)
  if (CHANGED_PARTICIPLES[word(v, at)] !== -1 || !/^(have|has|had)$/.test(word(v, adverbsBefore(v, at - 1)))) return false;
  if (!subject.ents.every((e) => mentionOf(v, e).type === 'cell')) return false;
  if (ownProcess(v, subject, object)) return true;
  // (The capacity noun after the term, or the term's own last word: "resorptive activity".)
  const m = mentionOf(v, object.group.last);
  const lastWord = /([a-z]+)$/i.exec(v.text.slice(m.start, m.end))?.[1]?.toLowerCase() ?? '';
  const named = CAPACITY_ACTION_HEADS.has(word(v, object.group.last + 1)) || CAPACITY_ACTION_HEADS.has(lastWord);
  return named && subject.ents.some((s) => object.group.ents.some((o) => v.lexicon.statesPair(mentionOf(v, s).id, mentionOf(v, o).id)));
}

/** Are the subject cells and the object molecules they may make ("macrophages … TNF-α expression")? */
function showsOwnProduct(v: SentenceView, subject: Group, object: ObjectFound): boolean {
  if (object.replace !== undefined || !subject.ents.every((e) => mentionOf(v, e).type === 'cell')) return false;
  return object.group.ents.every((e) => namesMolecule(mentionOf(v, e).type));
}

/** "… after IL-1β stimulation", "… following TNF-α treatment" from k: the agent of a treatment named after the change. */
function trailingTreatment(v: SentenceView, from: number, ce: number): number | undefined {
  const clause = treatmentClauseAfter(v, from, ce);
  if (clause !== undefined) return clause;
  let k = from;
  while (k < ce && SCAFFOLD_NOUNS.has(word(v, k)) && !hasComma(v.toks[k - 1])) k++;
  if (!AGENT_INTRODUCERS.has(word(v, k)) || !isEnt(v, k + 1)) return undefined;
  const g = groupRight(v, k + 1);
  return g.last <= ce && CONTACT_WORDS.has(word(v, g.last + 1)) ? k + 1 : undefined;
}

/** "… higher RANKL expression when cultured with TNF-α", "… when co-cultured with MSCs": the agent of the cells' own treatment, named in a clause after `from`. */
function treatmentClauseAfter(v: SentenceView, from: number, ce: number): number | undefined {
  let k = from;
  while (k < ce && SCAFFOLD_NOUNS.has(word(v, k)) && !hasComma(v.toks[k - 1])) k++;
  if (!TREATMENT_CLAUSE_OPENERS.has(word(v, k)) || !TREATMENT_PARTICIPLES.has(word(v, k + 1)) || !/^(with|to)$/.test(word(v, k + 2))) return undefined;
  const e = pastAgentFiller(v, k + 3, ce);
  return e <= ce && isEnt(v, e) ? e : undefined;
}

/** Is the object a process of the subject's own cells ("MSCs … their migration", "BMSCs … survival of BMSCs")? */
function ownProcess(v: SentenceView, subject: Group, object: ObjectFound): boolean {
  const cells = subject.ents.map((e) => mentionOf(v, e).id);
  const processes = object.replace ?? object.group.ents.map((e) => mentionOf(v, e).id);
  return processes.some((p) => { const cell = v.lexicon.cellOf(p); return cell !== undefined && cells.includes(cell); });
}

/**
 * "Osteoclasts cultured with the factor showed lower resorbing activity": after a verb of showing, a process
 * the review has the subject cells act on is one they show, as their own process is; they are not said
 * to bring it about.
 */
function showsOwnActivity(v: SentenceView, subject: Group, object: ObjectFound): boolean {
  if (ownProcess(v, subject, object)) return true;
  // (Not a product the cells make: "macrophages showed decreased IL-6" is showsOwnProduct's.)
  if (object.replace !== undefined || object.group.ents.some((e) => namesMolecule(mentionOf(v, e).type))) return false;
  const cells = subject.ents.filter((e) => mentionOf(v, e).type === 'cell').map((e) => mentionOf(v, e).id);
  return object.group.ents.some((e) => cells.some((c) => v.lexicon.statesPair(c, mentionOf(v, e).id)));
}

/**
 * The actor of the clause ending at `end` (before a colon): the subject of its last verb that has a term
 * for one ("These findings indicated that IL-6 might exert dual effects on MSCs:" → IL-6).
 */
function subjectOfClauseBefore(v: SentenceView, end: number): Subject | undefined {
  const start = clauseStart(v, end);
  for (let j = end; j >= start; j--) {
    if (!isVerbAt(v, j) || AUXILIARIES.has(word(v, j))) continue;
    const subject = subjectBefore(v, j, start);
    if (subject) return subject;
  }
  return undefined;
}

/** Most words of a predicate noun phrase before its participle ("a complex and dynamic process", "a degenerative joint disease"). */
const DESCRIPTION_REACH = 5;

/**
 * The last token of the term a predicate noun phrase ending at `b` describes ("X is a complex process",
 * "X, a process"), or -1: the phrase is a plain noun after determiners and adjectives, no term.
 */
function describedHolder(v: SentenceView, b: number): number {
  // ("MSC migration, an effect abolished by …" is the effect-anaphor rule's.)
  if (!v.toks[b].tags.has('Noun') || v.toks[b].tags.has('Pronoun') || hasComma(v.toks[b]) || EFFECT_NOUNS.has(word(v, b)) || EFFECT_ANAPHORS.has(word(v, b))) return -1;
  const c = descriptionStart(v, b);
  const holder = c < 0 ? undefined : holderOfPredicate(v, c);
  return holder ? holder.group.last : -1;
}

/** The token before a noun phrase that ends at `b` and opens with a determiner ("… is a key factor"), or -1. */
function descriptionStart(v: SentenceView, b: number): number {
  let c = b - 1;
  while (c >= 0 && c >= b - DESCRIPTION_REACH && !isEnt(v, c) && !hasComma(v.toks[c]) && (DETERMINERS.has(word(v, c)) || v.toks[c].tags.has('Adjective') || (v.toks[c].tags.has('Noun') && !v.toks[c].tags.has('Pronoun')) || isAdverbish(v, c) || word(v, c) === 'and')) c--;
  return c < 0 || c === b - 1 || !DETERMINERS.has(word(v, c + 1)) ? -1 : c;
}

/**
 * "OPG is a receptor for RANKL, a factor required for osteoclastogenesis": the term an apposition right
 * after it describes (the noun phrase between its comma and the participle at `b + 1`), if any.
 */
function appositionHolder(v: SentenceView, b: number): Subject | undefined {
  if (!isPlainNoun(v, b) || hasComma(v.toks[b])) return undefined;
  const c = descriptionStart(v, b);
  if (c < 0 || !isEnt(v, c) || !hasComma(v.toks[c])) return undefined;
  // ("During inflammation, the fiber released IL-10": a term inside a phrase fronted before the sentence's
  // subject is described by nothing after its comma; the noun there is the clause's own subject. Not a
  // preposition's object later on: "a receptor for RANKL, a factor required for …".)
  const group = groupLeft(v, c);
  return frontedPhrase(v, group.first) ? undefined : { group, reverse: false };
}

/** Does the term at `first` sit in a prepositional phrase that opens the sentence ("During the inflammatory phase, …")? */
function frontedPhrase(v: SentenceView, first: number): boolean {
  let k = first - 1;
  while (k >= 0 && v.toks[k].ent === undefined && (DETERMINERS.has(word(v, k)) || v.toks[k].tags.has('Adjective') || isAdverbish(v, k))) k--;
  return k === 0 && PREPOSITIONS.has(word(v, 0));
}

/** The last token of the term group that opens the sentence as its subject (past determiners), or -1. */
function openingSubject(v: SentenceView, before: number): number {
  let k = 0;
  while (k < before && k < 3 && !isEnt(v, k) && (DETERMINERS.has(word(v, k)) || v.toks[k].tags.has('Adjective'))) k++;
  if (k >= before || !isEnt(v, k)) return -1;
  const group = groupRight(v, k);
  return group.last < before && isVerbAt(v, group.last + 1) ? group.last : -1;
}

function readVerbClauses(v: SentenceView, sink: ClaimSink): void {
  let previous: Done | undefined;
  for (let at = 0; at < v.n; at++) {
    let cue = verbCueAt(v, at);
    if (!cue) continue;
    const frame = sentenceFrame(v, at);
    if (frame.skip) { previous = undefined; continue; }
    const cs = clauseStart(v, at);
    const ce = clauseEnd(v, cue.lastAt);
    // ("cells in which IDO was downregulated": the experiment's own step, not a claim.)
    if (removalStep(v, at)) continue;
    // ("IL-4 inhibits spontaneous and stimulated bone resorption": an adjective, not a verb.)
    if (participleJoinedToAdjective(v, at)) continue;
    // ("IL-4-treated mice had …": a compound naming what the animals were given, not a verb.)
    if (treatsModelAt(v, at)) continue;
    // Passive: a form of "be" before the participle and an agent after "by".
    let b = at - 1;
    while (b >= cs && (isAdverbish(v, b) || NEGATORS.has(word(v, b)))) b--;
    const participle = v.nlp.isParticiple(word(v, at)) || v.toks[at].tags.has('Passive') || v.toks[at].tags.has('PastTense');
    const bePassive = participle && b >= 0 && BE_FORMS.has(word(v, b));
    // ("OPG mRNA expression induced by IL-1α": the term before a noun of how it is measured.)
    const measured = participle && !bePassive && word(v, cue.lastAt + 1) === 'by' ? measuredTermBefore(v, b) : -1;
    if (measured >= 0) b = measured;
    const reducedPassive = participle && !bePassive && b >= 0 && isEnt(v, b) && word(v, cue.lastAt + 1) === 'by';
    // ("TGF-β1 released during bone resorption …": a source participle may say when, too.)
    const modifierNext = LOCATIVE_PREPOSITIONS.has(word(v, cue.lastAt + 1)) || (SOURCE_PARTICIPLES.has(word(v, at)) && TEMPORAL_PREPOSITIONS.has(word(v, cue.lastAt + 1)));
    if (participle && !bePassive && !reducedPassive && b >= 0 && isEnt(v, b) && b === at - 1 && /ed$|en$/.test(word(v, at)) && modifierNext) {
      continue; // "mitochondria transferred from MSCs …", "OPG produced in …": a modifier of the subject, not the main verb
    }
    if ((bePassive || reducedPassive) && cue.lineage === undefined) {
      const next = readPassive(v, sink, cue, b, reducedPassive, cs, ce, previous);
      previous = next === null ? undefined : next;
      continue;
    }
    // "MSCs migrate to sites of injury, (possibly) attracted by inflammatory cytokines": a participle clause
    // after a comma is about the sentence's subject.
    if (participle && !bePassive && b >= 0 && hasComma(v.toks[b]) && word(v, cue.lastAt + 1) === 'by' && /ed$|en$/.test(word(v, at)) && cue.lineage === undefined) {
      const head = openingSubject(v, b);
      if (head >= 0) readPassive(v, sink, cue, head, true, cs, ce, previous);
      continue;
    }
    // "Bone regeneration is a complex process governed by inflammation", "osteoclastogenesis, a process driven
    // by RANKL, …": a participle after a predicate noun phrase acts on the term the phrase describes.
    if (participle && !bePassive && b >= 0 && !isEnt(v, b) && word(v, cue.lastAt + 1) === 'by' && /ed$|en$/.test(word(v, at)) && cue.lineage === undefined) {
      const holder = describedHolder(v, b);
      if (holder >= 0) {
        readPassive(v, sink, cue, holder, true, cs, ce, previous);
        continue;
      }
    }
    // Active voice: who acts?
    const lemma = v.nlp.cueLemma(word(v, at));
    const s = beforeVerbGroup(v, at, cs);
    const active = activeSubject(v, at, s, cs, previous);
    const { relative, carried: isCarried } = active;
    emitMediatedLink(v, sink, previous, cue, at, s, ce, lemma);
    // ("MSCs induce a signature that involves cells that differentiate into …": what a relative clause says
    // of a plain noun is no event of the sentence's subject when it is a lineage; only a term becomes another.)
    let subject = relative && isCarried && cue.lineage !== undefined ? undefined : active.subject;
    if (!subject) {
      // An actor that is not a term still acts for the verbs coordinated with this one (a gerund such as
      // "Blocking CXCR4 reduced …" is itself the subject phrase, and acts for nothing).
      // ("The autophagy induced by IFN-γ inhibited …": a participle with an agent describes a noun; the
      // agent may still be the next verb's actor.)
      // ("Factors derived from macrophages stimulated …": a source participle with "from" describes one too.)
      const describing = participle && (word(v, cue.lastAt + 1) === 'by' || (SOURCE_PARTICIPLES.has(word(v, at)) && word(v, at + 1) === 'from'));
      if (!isCarried && !/ing$/.test(word(v, at)) && !describing) previous = unnamedActorDone(v, cue, at, s, ce, lemma, relative);
      continue;
    }
    if (cue.lineage === 'backward' && isEnt(v, at - 1) && mentionOf(v, at - 1).type !== 'cell') continue; // "TGF-β3 derived from M2 cells": a source, not a lineage
    // ("Macrophages derived from MSC-treated mice": animals given a term are where the cells came from; the term
    // is no origin of them.)
    if (cue.lineage === 'backward' && animalsTreatedAfter(v, cue.lastAt + 1)) continue;
    // ("Macrophages co-cultured with MSCs differentiated into osteoclasts": the cells given the partner become
    // another cell, not the partner.)
    // ("RAW 264.7 cells treated with RANKL formed osteoclasts": cells the lexicon does not name become none it knows.)
    if (cue.lineage !== undefined && treatedWith(v, subject.group)) {
      if (!isEnt(v, subject.group.first - 3)) continue;
      subject = { group: groupLeft(v, subject.group.first - 3), reverse: false };
    }
    // ("the recruitment of macrophages, which release cytokines": a cell's process makes nothing; its cells do.)
    const makerCell = makesProduct(cue.relation) ? processCellOf(v, subject.group) : undefined;
    if (makerCell !== undefined) subject = { ...subject, composites: [makerCell] };
    // ("IL-6 showed a significant decrease in the MSC group": the group a term was given to is where the change
    // was seen, not what changed.)
    const reached = objectAfter(v, cue.lastAt, ce, lemma);
    const found = reached && namesTreatedGroupAt(v, reached.group.first) ? undefined : reached;
    // ("MSCs induce T cells to become unresponsive": a complement naming a state of inaction reverses the verb.)
    const object = found && becomesInactive(v, found.group.last + 1) ? { ...found, sign: (-found.sign) as Sign } : found;
    if (!object) {
      // "a cytokine produced by M1 macrophages": a participle with an agent describes a noun; it is no clause.
      if (word(v, cue.lastAt + 1) !== 'by') previous = { subj: subject.group, subjReverse: subject.reverse, objEnd: cue.lastAt, cueAt: at, relative };
      continue;
    }
    // "These cells showed increased osteogenic differentiation": the cells show their own process rising;
    // they are not said to raise it (unlike "MSCs treated with IL-4 showed increased …", where IL-4 acts).
    // "IL-4-treated macrophages showed reduced NFATc1", "hypoxia preconditioned BMSCs enhanced the survival
    // of BMSCs": what the cells were treated with acts on what they show, and on their own process.
    // ("Macrophages treated with IL-10 secreted less TNF-α": the agent named after the treated cells; "mice receiving
    // MSCs showed …", animals given it.)
    // ("IL-4-treated cells expressed less NFATc1": the term is itself what the cells were given.)
    // ("The MSC group showed lower TNF-α": a group named by a term is the group given it.)
    const namesGroup = /^groups?$/.test(word(v, subject.group.last + 1));
    const treatment = treatmentGluedBefore(v, subject.group.first) ?? (treatedWith(v, subject.group) || treatsModelAt(v, subject.group.last + 1) || namesGroup ? subject.group : undefined);
    if (treatment && (shownParticiple(v, at) || ownProcess(v, subject.group, object))) subject = { group: treatment, reverse: treatment === subject.group && subject.reverse };
    else if (shownParticiple(v, at) && showsOwnActivity(v, subject.group, object)) continue;
    // ("Knockout osteoclasts had impaired resorptive activity", "MSCs had reduced osteogenic differentiation":
    // after "had", a participle of change on the cells' own process or activity is what they had, not a
    // perfect tense of their acting on it.)
    else if (hadChangedOwnActivity(v, at, subject.group, object)) continue;
    // "Macrophages showed decreased TNF-α expression": cells showing a change in a product report their own
    // output, not a change they made; a treatment the sentence names ("After IL-4 treatment, …", "… after
    // IL-1β stimulation") made it.
    else if (shownParticiple(v, at) && showsOwnProduct(v, subject.group, object)) {
      const agent = frontedAgent(v, cs, at) ?? trailingTreatment(v, object.group.last + 1, ce);
      if (agent === undefined) continue;
      subject = { group: groupRight(v, agent), reverse: false };
    }
    // "TNF limits RANKL- and TNF-induced osteoclast formation": curbing an effect of one's own is feedback
    // on that effect, not a net direction of the subject on the process.
    // (A means after it is still the subject's: "… by increasing p100".)
    if (curbsOwnEffect(v, cue.lastAt, object.group.first, subject.group)) {
      previous = { subj: subject.group, subjReverse: subject.reverse, objEnd: object.group.last, cueAt: at, relative };
      continue;
    }
    // "M2 exosomes were used to treat osteoclasts": treating cells is what an experiment does to them, not
    // a claim that the treatment works against them (as treating a disease is).
    if (lemma === 'treat' && !cue.swap && object.group.ents.every((e) => mentionOf(v, e).type === 'cell')) continue;
    // "IL-10-treated macrophages secreted less TNF-α": a compared amount of a product is a change the
    // treatment made. Of untreated cells ("M2 macrophages secreted less TNF-α than M1 cells") it only
    // compares, and does not say that they make it.
    const amount = productAmount(v, cue);
    // ("LPS-stimulated macrophages produced less TNF-α when co-cultured with MSCs", "When co-cultured with MSCs,
    // macrophages produced less TNF-α": a treatment the clause compares under is what changed the amount.)
    const compared = amount === undefined ? undefined : treatmentClauseAfter(v, object.group.last + 1, ce) ?? (treatment ? undefined : frontedAgent(v, cs, at));
    // ("IL-10-deficient macrophages produced more TNF-α": cells lacking a term make a compared amount because
    // the term is gone; the term changed the amount the other way.)
    const changer = compared !== undefined ? groupRight(v, compared) : treatment ?? (subject.reverse ? subject.group : undefined);
    if (amount !== undefined && changer) {
      subject = { group: changer, reverse: changer === subject.group && subject.reverse };
      cue = { ...cue, relation: amount > 0 ? 'increases' : 'reduces', sign: amount };
    } else if (amount !== undefined && amount < 0) continue;
    // ("IL-10-deficient macrophages produced TNF-α": a term taken away makes nothing; the cells make it.)
    else if (amount === undefined && subject.reverse && makesProduct(cue.relation)) continue;
    const pol = polarity(v, subject.group.last + 1, at);
    if (object.negated) pol.negated = !pol.negated;
    // "IL-10 did not affect the inhibition of osteoclastogenesis by IL-4": acting (or not) on another
    // agent's effect, without a direction, says nothing of the subject and that effect's target.
    if ((cue.sign === 0 || pol.negated) && eventWithAgent(v, object.group)) continue;
    if (deniedByNeither(v, subject.group.first)) pol.negated = !pol.negated;
    // ("MSCs educate macrophages toward the M2 phenotype": the phenotype steered toward gives an undirected verb its direction.)
    let sign = (cue.sign === 0 && object.steered ? object.sign : cue.sign * object.sign) as Sign;
    if (object.relation !== undefined && cue.sign === sign) cue = { ...cue, relation: object.relation };
    // (An object that takes the direction away, "induces effects on Y", leaves a link with none.)
    if (sign === 0 && cue.sign !== 0) cue = { ...cue, relation: 'regulates', sign: 0 };
    // "T-cell inhibition depends on MSC activation": with the roles swapped, the subject's nominal cue is the
    // object's (and it does not also remove the subject, as "TNF-α inhibition improved healing" does).
    const subjectNominal = cue.swap ? NOMINAL_CUES[word(v, subject.group.last + 1)] : undefined;
    // ("CCL2-deficient MSCs failed to suppress inflammation": without the factor the effect fails, so the factor
    // brings it about; the two reversals cancel and nothing is denied.)
    // (Only of cells that lack the factor: "an anti-IL-6 antibody failed to prevent bone loss" says IL-6 is not
    // needed for the loss, nothing of what IL-6 does.)
    // (What the verb itself says, before the subject's removal turns it: what an event's actor or a maker acts with.)
    const statedSign = sign;
    // ("AMD3100, a CXCR4 antagonist, mobilised MSCs": blocking what holds cells in their niche frees them; it says
    // nothing of the factor drawing them to a site.)
    if (subject.reverse && MOBILIZING_LEMMAS.has(lemma ?? '')) continue;
    const lossDenied = subject.reverse && pol.negated && subjectNominal !== -1 && subject.flipped === undefined && sign !== 0 && cellsLackingAfter(v, subject.group.last, at);
    // ("IL-6-silenced MSCs showed a reduced capacity to suppress T-cell proliferation": cells without the factor
    // doing less of the verb say the factor furthers it, as "failed to" does; the two lessenings cancel.)
    const lessened = subject.reverse && subject.flipped === undefined && lessenedAbilityBefore(v, at);
    if (lossDenied) pol.negated = false;
    else if (subject.reverse && subjectNominal !== -1 && !lessened) sign = (-sign) as Sign;
    if (subjectNominal !== undefined) sign = (sign * subjectNominal) as Sign;
    const [actor, acted] = cue.swap ? [object.group, subject.group] : [subject.group, object.group];
    const opposed = opposedPartner(v, cue) || (!cue.swap && tunedSubject(v, subject.group));
    const hedged = pol.hedged || frame.hedged || (relative && hedgedRestrictive(v, s, previous));
    emitPairs(v, sink, opposed ? { ...cue, relation: 'regulates', sign: 0 } : cue, actor, acted, opposed ? 0 : sign, {
      negated: pol.negated, hedged, passive: false, ctx: contextFor(v, cs, ce, subject.group),
      objectIds: object.replace, subjectIds: subject.composites, flippedSubjects: cue.swap ? undefined : subject.flipped, reach: isCarried ? 'across-clauses' : 'clause',
      ...(active.ambiguous ? { factor: AMBIGUOUS_ANTECEDENT_FACTOR } : {}),
    });
    if (!cue.swap && !opposed) emitBehindActors(v, sink, active, cue, object, statedSign, { negated: pol.negated, hedged, cs, ce });
    // (A shared object stands after the next verb: that verb's own subject is still to be read, "X suppresses and Y blocks Z".)
    previous = { subj: subject.group, subjReverse: subject.reverse, objEnd: object.shared ? cue.lastAt : object.group.last, cueAt: at, relative, ...(pol.negated || opposed ? {} : { sign }) };
  }
}

const AS_A_RESULT: readonly string[] = ['as', 'a', 'result'];

/**
 * "The crystals raised RANKL and, as a result, increased osteoclast differentiation", "IL-4 lowered NFATc1
 * and thereby suppressed osteoclastogenesis": a verb coordinated as the result of the verb before says that
 * what the first verb changed changes the second verb's object (RANKL furthers osteoclast differentiation;
 * NFATc1 furthers osteoclastogenesis), in the direction the two changes give together.
 */
function emitMediatedLink(v: SentenceView, sink: ClaimSink, previous: Done | undefined, cue: Cue, at: number, s: number, ce: number, lemma: string | undefined): void {
  if (!previous || previous.sign === undefined || previous.sign === 0 || previous.subjReverse === true || cue.sign === 0 || cue.lineage !== undefined || cue.swap) return;
  if (previous.cueAt >= s || !isEnt(v, previous.objEnd)) return;
  // (Only a verb coordinated with the one before: "A raised B and thereby …", with no other verb or clause
  // between; one pass over the words between.)
  let joined = false;
  let marked = false;
  for (let k = previous.objEnd + 1; k < at; k++) {
    if (isVerbAt(v, k) || breaksClause(v, k)) return;
    // ("IL-4 lowered NFATc1 expression, thereby suppressing osteoclastogenesis": a participle of result after a
    // comma and "thereby" is joined to the verb before as "and thereby" is.)
    const mediating = CONSEQUENCE_ADVERBS.has(word(v, k));
    joined ||= word(v, k) === 'and' || (mediating && k + 1 === at && hasComma(v.toks[k - 1]) && v.toks[at].tags.has('Gerund'));
    marked ||= mediating || phraseAt(v, k, AS_A_RESULT);
  }
  if (!joined) return;
  const found = objectAfter(v, cue.lastAt, ce, lemma);
  if (!found || found.negated || found.replace !== undefined) return;
  if (!marked && !phraseAt(v, pastAdverbs(v, found.group.last + 1), AS_A_RESULT)) return;
  const mediator = groupLeft(v, previous.objEnd);
  const pol = polarity(v, s + 1, at);
  if (pol.negated) return;
  const sign = (previous.sign * cue.sign * found.sign) as Sign;
  emitPairs(v, sink, { ...cue, relation: relationOfSign(sign), sign }, mediator, found.group, sign, {
    negated: false, hedged: pol.hedged || sentenceFrame(v, at).hedged, passive: false, ctx: contextFor(v, clauseStart(v, at), ce, mediator), reach: 'across-clauses',
  });
}

/**
 * "X may activate immune responses … that lead to decreased bone formation": a restrictive relative clause
 * ("that", no comma before it) names what the verb before it acts on, so it is as hypothetical as that verb.
 * `s` is the pronoun, `previous` the verb before.
 */
function hedgedRestrictive(v: SentenceView, s: number, previous: Done | undefined): boolean {
  if (word(v, s) !== 'that' || s < 1 || hasComma(v.toks[s - 1]) || previous === undefined || previous.relative || previous.cueAt >= s) return false;
  return polarity(v, clauseStart(v, previous.cueAt), previous.cueAt).hedged;
}

/** Does a compound modifier between the cue and the object name a term of the subject ("TNF limits TNF-induced …")? */
function curbsOwnEffect(v: SentenceView, cueEnd: number, objectFirst: number, subject: Group): boolean {
  // ("LPS pretreatment inhibits LPS-induced apoptosis": an exposure before the challenge is a condition of its own.)
  const named = v.text.slice(v.toks[subject.last].ostart, v.toks[subject.last].oend).toLowerCase().split(/[\s-]+/);
  if (PRIMING_NOUNS.has(word(v, subject.last + 1)) || PRIMING_NOUNS.has(named[named.length - 1])) return false;
  const own = new Set(subject.ents.map((e) => mentionOf(v, e).id));
  for (let k = cueEnd + 1; k < objectFirst; k++) if (v.toks[k].ent !== undefined && isModifier(v, k) && own.has(mentionOf(v, k).id)) return true;
  return false;
}

export const verbClauses: Rule = {
  id: 'verb-clause',
  phenomenon: 'A cue verb with its subject and object, in active or passive voice, across coordinated verbs and relative clauses.',
  confidence: 0.9,
  read: readVerbClauses,
  examples: [
    // ("in" right after an intransitive change verb says where the subject changed: no object.)
    { text: 'TNF-α expression decreased markedly in macrophages.', not: ['tnf-alpha reduces macrophage'] },
    // (Animals given a term are where derived cells came from, not the term.)
    { text: 'Macrophages derived from MSC-treated mice expressed more IL-10.', not: ['msc differentiates-into macrophage'] },
    { text: 'Macrophages derived from rats treated with MSCs secreted IL-10.', not: ['msc differentiates-into macrophage'] },
    // (A finite verb after a restrictive relative clause's object is the main clause's, said of the antecedent.)
    { text: 'MSCs that secrete TSG-6 markedly reduced the inflammation.', reads: ['msc secretes tsg-6', 'msc reduces inflammation'] },
    { text: 'Macrophages that secrete IL-10 induced by TNF-α promote repair.', not: ['macrophage induces il-10'] },
    // (The object of a verb of making someone act does what the infinitive says: the macrophages polarize.)
    { text: 'Transplanted MSCs promoted macrophages to polarize towards the M2 phenotype.', reads: ['macrophage differentiates-into m2-macrophage'], not: ['msc differentiates-into m2-macrophage'] },
    { text: 'IL-10 production decreased over time in M2 macrophages.', not: ['il-10 promotes m2-macrophage', 'il-10 reduces m2-macrophage'] },
    // (A participle set off by a comma is the clause subject's doing, not that of the cells its verb acted on.)
    { text: 'Mechanical disuse will bias MSCs towards adipogenesis, ultimately compromising bone repair.', not: ['msc inhibits bone-repair'] },
    { text: 'M2 macrophages secrete IL-10, promoting bone repair.', reads: ['m2-macrophage promotes bone-repair'] },
    // (Rescuing counters an inhibition or a loss, and keeps off what follows "from"; restoring an effect brings it back.)
    { text: 'The inhibitory effect of TNF-α on osteogenic differentiation was rescued by IL-4.', reads: ['il-4 promotes msc-osteogenic-differentiation'], not: ['il-4 inhibits msc-osteogenic-differentiation'] },
    { text: 'IL-4 rescued the inhibitory effect of TNF-α on osteogenic differentiation.', reads: ['il-4 promotes msc-osteogenic-differentiation'] },
    { text: 'IL-4 restored the inhibitory effect of TNF-α on osteogenic differentiation.', not: ['il-4 promotes msc-osteogenic-differentiation'] },
    { text: 'The loss of bone mass was rescued by IL-6.', reads: ['il-6 promotes bone-homeostasis'] },
    { text: 'M1 macrophages rescued MSCs from apoptosis.', reads: ['m1-macrophage inhibits msc-apoptosis'], not: ['m1-macrophage promotes msc-apoptosis'] },
    { text: 'IL-6 rescued osteogenesis.', reads: ['il-6 promotes bone-formation'] },
    // (Cells made to overexpress a term are cells given it: the term acts on what changed in them; a change the
    // other way is an engineered experiment's finding and contradicts nothing.)
    { text: 'CXCR4-overexpressing MSCs showed enhanced homing.', reads: ['cxcr4 enhances msc-homing'] },
    { text: 'Homing of CXCR4-overexpressing MSCs was enhanced.', reads: ['cxcr4 enhances msc-homing'] },
    { text: 'CXCR4-overexpressing MSCs showed reduced homing.', not: ['cxcr4 reduces msc-homing'] },
    // (A participle after "and" in a list of cells a preposition opens describes the cells; a verb after a
    // list of other terms is still a verb.)
    { text: 'RANKL is produced by osteoblasts and activated T cells.', reads: ['osteoblast secretes rankl'], not: ['rankl activates t-cell'] },
    { text: 'MSCs secreted IL-6 and activated macrophages.', reads: ['msc activates macrophage'] },
    // (Having an ability for what a term names is doing it; a weakened or denied ability is not.)
    { text: 'Transplanted MSCs have the capacity for homing.', reads: ['msc promotes msc-homing'] },
    { text: 'MSCs retain a strong potential for osteogenic differentiation.', reads: ['msc promotes msc-osteogenic-differentiation'] },
    { text: 'Aged MSCs have a reduced capacity for homing.', not: ['msc promotes msc-homing'] },
    // (A name the lexicon does not know, written with a hyphen and a number, changed in cells: the cells are where.)
    { text: 'Stromal cells increased Arg-1 in macrophages.', not: ['msc increases macrophage'] },
    { text: 'Stromal cells increased the expression of Arg-1 in macrophages.', not: ['msc increases macrophage'] },
    // (A removing gerund acts on its term past an article.)
    { text: 'Blocking the RANKL pathway reduced osteoclastogenesis.', reads: ['rankl promotes osteoclastogenesis'], not: ['rankl reduces osteoclastogenesis'] },
    { text: 'Knocking down the CCR2 gene decreased macrophage recruitment.', reads: ['ccr2 promotes macrophage-recruitment'], not: ['ccr2 reduces macrophage-recruitment'] },
    // (A receptor's term before "ligands" names what binds the receptor, not the receptor.)
    { text: 'Stromal cells expressed high levels of CXCR4 ligands.', not: ['msc expresses cxcr4'] },
    { text: 'IL-10-deficient macrophages showed a reduced capacity to inhibit osteoclastogenesis.', reads: ['il-10 inhibits osteoclastogenesis'], not: ['il-10 promotes osteoclastogenesis'] },
    { text: 'CCL2-knockdown MSCs had an impaired ability to recruit macrophages.', reads: ['ccl2 promotes macrophage-recruitment'], not: ['ccl2 inhibits macrophage-recruitment'] },
    // (A change word an outer verb takes as its outcome is that verb's: the participle after the term only says
    // what induced the term. Without such a verb, "the reduction of X induced by Y" is Y's.)
    { text: 'IL-4 treatment led to reduced osteoclastogenesis induced by RANKL.', reads: ['il-4 inhibits osteoclastogenesis'], not: ['rankl inhibits osteoclastogenesis'] },
    { text: 'MSC treatment was associated with reduced osteoclastogenesis induced by RANKL.', not: ['rankl inhibits osteoclastogenesis'] },
    { text: 'The reduction of osteoclast formation induced by IL-4 was strong.', reads: ['il-4 inhibits osteoclastogenesis'] },
    // (Right after a preposition a past participle describes the noun after it: no verb.)
    { text: 'Such results come from work on lines such as MG-63 cells, with limited use of osteoclasts.', not: ['osteoblast inhibits osteoclast'] },
    // (A cell named right before a molecule only says whose it is: the molecule is the object.)
    { text: 'MSCs suppress macrophage TNF-α production.', reads: ['msc suppresses tnf-alpha'], not: ['msc suppresses macrophage'] },
    // (A passive's agent may be a condition the lexicon names as one: "under hypoxia", "in an inflammatory microenvironment".)
    { text: 'The immunomodulatory capacity of MSCs was enhanced under hypoxia.', reads: ['hypoxia enhances msc-immunomodulation'] },
    { text: 'The osteogenic potential of MSCs was impaired in an inflammatory environment.', reads: ['inflammatory-microenvironment inhibits msc-osteogenic-differentiation'] },
    // (A verb coordinated as the result of the one before: what the first changed changes the second's object.)
    { text: 'IL-4 lowered NFATc1 and thereby suppressed osteoclastogenesis.', reads: ['nfatc1 promotes osteoclastogenesis', 'il-4 suppresses osteoclastogenesis'] },
    { text: 'Resveratrol reduced TNF-α expression, thereby alleviating inflammation.', reads: ['tnf-alpha promotes inflammation'] },
    // (A verb of bettering undoes the change written before its patient: not improving impaired formation is not raising it.)
    { text: 'Impaired bone formation was not improved by IL-4.', reads: ['il-4 enhances! bone-formation'], not: ['il-4 inhibits! bone-formation'] },
    { text: 'IL-4 improved the impairment of bone formation.', reads: ['il-4 enhances bone-formation'], not: ['il-4 inhibits bone-formation'] },
    { text: 'IL-4 improved the bone formation impairment.', reads: ['il-4 enhances bone-formation'], not: ['il-4 inhibits bone-formation'] },
    // (Cells made to take on a phenotype the lexicon does not name: the phenotype is the object, not the cells.)
    { text: 'MSCs induced T cells to adopt a regulatory phenotype.', not: ['msc induces t-cell'] },
    { text: 'MSC infusion maintained T lymphocytes to take a naive phenotype.', not: ['msc-therapy promotes t-cell'] },
    // (Vesicles taken from the conditioned medium of cells act themselves; the cells are their source.)
    { text: 'EVs isolated from conditioned media of MSCs suppress inflammation.', reads: ['extracellular-vesicle suppresses inflammation'], not: ['msc suppresses inflammation'] },
    { text: 'Exosomes from adipose MSCs promoted M2 polarization.', reads: ['exosome promotes m2-polarization'], not: ['msc promotes m2-polarization'] },
    // (What a change shows, after ", which reflects" or ", indicating", is shown by the change, not by the term changed.)
    { text: 'ALP levels were reduced by some 50%, which reflects impeded bone formation.', not: ['alp inhibits bone-formation'] },
    { text: 'ALP was reduced, indicating impaired bone formation.', not: ['alp inhibits bone-formation'] },
    // (A gerund of result after a change with no object: the changed term acts by its change.)
    { text: 'IL-4 expression was reduced, resulting in increased osteoclast formation.', reads: ['il-4 inhibits osteoclastogenesis'], not: ['il-4 promotes osteoclastogenesis'] },
    { text: 'IL-4 expression decreased, leading to increased osteoclast formation.', reads: ['il-4 inhibits osteoclastogenesis'], not: ['il-4 promotes osteoclastogenesis'] },
    { text: 'IL-4 secretion was reduced in aged mice, resulting in more osteoclasts.', not: ['il-4 promotes osteoclastogenesis'] },
    { text: 'MSC numbers declined with age, resulting in reduced bone formation.', reads: ['msc promotes bone-formation'], not: ['msc inhibits bone-formation'] },
    { text: 'OPG was lost, resulting in enhanced osteoclastogenesis.', reads: ['opg inhibits osteoclastogenesis'], not: ['opg promotes osteoclastogenesis'] },
    // (A plural subject pronoun after a clause whose subject no term names stands for that subject.)
    { text: 'Immune cells are found in tendinopathy. NSAIDs and glucocorticoids may be useful since they suppress inflammation, but they may hinder wound healing.', not: ['immune-cell suppresses inflammation', 'immune-cell inhibits? tissue-regeneration'] },
    { text: 'The crystals raised RANKL and increased osteoclast differentiation as a result.', reads: ['rankl promotes osteoclastogenesis'] },
    { text: 'T cells promote inflammation, whereas regulatory T cells have anti-inflammatory effects, thereby supporting osteogenesis.', not: ['inflammation promotes bone-formation'] },
    // (A passive after ", and" and a subject the lexicon does not name is not said of the clause before.)
    { text: 'TNF-α was reduced, and the marker Arg1 was increased by IL-4.', not: ['il-4 increases tnf-alpha'] },
    { text: 'IL-6 is produced by osteoblasts and is increased by TNF-α.', reads: ['osteoblast secretes il-6'] },
    // (The target of an effect whose actor the lexicon does not name is not the verb's object.)
    { text: 'IL-1β enhanced the therapeutic effects of endometrial regenerative cells on colitis.', not: ['il-1beta enhances inflammatory-bowel-disease'] },
    // (A gerund nominal after an article turns the verb's direction, as "inhibition" does.)
    { text: 'IL-4 led to the weakening of osteoclast formation.', reads: ['il-4 inhibits osteoclastogenesis'], not: ['il-4 promotes osteoclastogenesis'] },
    // (A trailing participle takes the subject of the clause before it, past a phrase that opens the sentence.)
    { text: 'In skeletal tissue, TGF-β1 has a central role in growth, affecting bone metabolism.', reads: ['tgf-beta1 regulates bone-remodeling'] },
    { text: 'The inhibition of STAT3 phosphorylation blocked force-induced osteoblastic differentiation.', reads: ['stat3 promotes osteoblast-differentiation'] },
    // (Cells that lack a factor and fail to act say the factor brings the act about; a removal agent that fails says nothing of it.)
    { text: 'TSG-6-silenced MSCs failed to induce M2 polarization.', reads: ['tsg-6 induces m2-polarization'], not: ['tsg-6 not inhibits m2-polarization'] },
    { text: 'An IL-4 antibody did not inhibit osteoclastogenesis.', not: ['il-4 inhibits osteoclastogenesis'] },
    { text: 'A neutralizing IL-6 antibody reduced osteoclast formation.', reads: ['il-6 promotes osteoclastogenesis'], not: ['il-6 reduces osteoclastogenesis'] },
    { text: 'Neutralizing IL-6 reduced osteoclast formation.', reads: ['il-6 promotes osteoclastogenesis'] },
    { text: 'Liposomal clodronate or a CCR2 antagonist prevented the suppressive effects of MSCs.', reads: ['macrophage-depletion prevents msc-immunomodulation'], not: ['macrophage-depletion promotes msc-immunomodulation'] },
    { text: 'RANKL expression of primary osteoblasts is enhanced by an IL-17-mediated JAK2/STAT3 pathway.', reads: ['il-17 enhances rankl'], not: ['il-17 enhances osteoblast'] },
    { text: 'Osteoclastogenesis was inhibited by IL-4-mediated signalling.', reads: ['il-4 inhibits osteoclastogenesis'] },
    { text: 'MSCs, as well as their exosomes, promote M2 polarization.', reads: ['msc promotes m2-polarization', 'exosome promotes m2-polarization'] },
    { text: 'LPS-stimulated macrophages produced less TNF-α when co-cultured with MSCs.', reads: ['msc reduces tnf-alpha'], not: ['lps reduces tnf-alpha'] },
    { text: 'When co-cultured with MSCs, macrophages produced less TNF-α.', reads: ['msc reduces tnf-alpha'] },
    { text: 'TNF-α stimulates MSCs to secrete TSG-6.', reads: ['msc secretes tsg-6', 'tnf-alpha promotes tsg-6'], not: ['tnf-alpha secretes tsg-6'] },
    { text: 'MSCs induced macrophages to secrete IL-10.', reads: ['macrophage secretes il-10', 'msc promotes il-10'], not: ['msc secretes il-10'] },
    { text: 'MSC-derived PGE2 reprogrammed macrophages to release IL-10.', reads: ['macrophage secretes il-10'], not: ['pge2 secretes il-10'] },
    // (A verb after the comma closing a first verb's object goes on with that verb's subject.)
    { text: 'TNF-α and IL-1 are cytokines that accompany inflammation, induce bone resorption and impair bone formation.', reads: ['tnf-alpha induces bone-resorption', 'il-1 induces bone-resorption'], not: ['inflammation induces bone-resorption'] },
    { text: 'Left unchecked, IL-1 perpetuates the inflammation.', reads: ['il-1 promotes inflammation'] },
    { text: 'M2 macrophages release factors that accompany angiogenesis, enhance osteogenic differentiation of MSCs and dampen inflammation.', reads: ['m2-macrophage enhances msc-osteogenic-differentiation'], not: ['angiogenesis enhances msc-osteogenic-differentiation'] },
    { text: 'MSC vesicles upregulated the target gene SOCS3 in activated M1 macrophages.', not: ['msc upregulates m1-macrophage'] },
    { text: 'IL-6 attenuates calcium mobilization in osteoblastic cells.', not: ['il-6 reduces osteoblast'] },
    { text: 'Osteoclast numbers were reduced by IL-4 (P < 0.01) and IL-13 (P < 0.05).', reads: ['il-13 reduces osteoclastogenesis'] },
    { text: 'Bone erosion was blocked by anti-TNF (-79%) and OPG (-60%).', reads: ['opg blocks bone-resorption', 'tnf-alpha promotes bone-resorption'], not: ['opg promotes bone-resorption'] },
    { text: 'This was associated with decreased levels of inflammatory molecules (IL-1β, IL-6) and increased immunoregulatory markers (IL-10 and arginase).', not: ['il-6 increases il-10'] },
    { text: 'MSC vesicles led to lower levels of inflammatory molecules (IL-1β, IL-6) and increased regulatory markers (IL-10).', reads: ['msc increases il-10'], not: ['il-6 increases il-10'] },
    { text: 'BMP-2 expression decreased, which impaired bone formation.', reads: ['bmp-2 promotes bone-formation'], not: ['bmp-2 inhibits bone-formation'] },
    { text: 'NFATc1 expression was suppressed, which impaired osteoclast formation.', reads: ['nfatc1 promotes osteoclastogenesis'] },
    { text: 'Macrophages were depleted, which delayed fracture healing.', reads: ['macrophage promotes bone-repair'] },
    { text: 'MSCs act mainly via paracrine mechanisms.', reads: ['msc regulates paracrine-signalling'] },
    { text: 'Although RANKL induced NFATc1, it did not increase c-Fos in these cells.', reads: ['rankl increases! c-fos'], not: ['nfatc1 increases! c-fos'] },
    { text: 'The effect of MSC-CM on macrophages was not mediated by PGE2.', not: ['pge2 regulates! msc'] },
    { text: 'M2 but not M1 macrophages enhanced bone formation.', reads: ['m2-macrophage enhances bone-formation'], not: ['m1-macrophage enhances bone-formation'] },
    { text: 'MSC infusion halved TNF-α levels.', reads: ['msc-therapy reduces tnf-alpha'] },
    { text: 'Deletion of IL-17 protected mice from bone loss.', reads: ['il-17 promotes bone-resorption'] },
    { text: 'IL-4 protected the mice from bone loss.', reads: ['il-4 prevents bone-resorption'] },
    { text: 'IL-4 failed to inhibit osteoclast formation when STAT6 was deleted.', not: ['il-4 inhibits! osteoclastogenesis'] },
    { text: 'IL-4 no longer inhibited osteoclast formation.', not: ['il-4 inhibits! osteoclastogenesis'] },
    { text: 'Without TSG-6, MSCs failed to reduce TNF-α secretion.', not: ['msc reduces! tnf-alpha'] },
    { text: 'The CXCR4 inhibitor AMD3100 mobilised MSCs into the circulation.', not: ['cxcr4 inhibits msc-recruitment'] },
    { text: 'SDF-1 mobilised MSCs.', reads: ['cxcl12 promotes msc-recruitment'] },
    { text: 'IL-10-deficient mice exhibited severe alveolar bone loss.', reads: ['il-10 inhibits bone-resorption'] },
    { text: 'Mice lacking IL-10 developed marked bone loss.', reads: ['il-10 inhibits bone-resorption'] },
    { text: 'Rats with collagen-induced arthritis (CIA) were divided into a CIA control group and a BMSC group.', not: ['immune-disease regulates msc'] },
    { text: 'Osteoclasts in diseases such as rheumatoid arthritis cause bone erosion.', reads: ['osteoclast induces bone-resorption'], not: ['immune-disease induces bone-resorption'] },
    { text: 'Macrophages release cytokines that induce an inflammatory response. This response promotes osteoclast differentiation.', reads: ['inflammation promotes osteoclastogenesis'] },
    { text: 'Anti IL-17A therapy inhibits bone loss in arthritic mice.', reads: ['il-17 promotes bone-resorption'], not: ['il-17 inhibits bone-resorption'] },
    { text: 'M1 macrophages outnumber M2 macrophages in the callus, leading to a decrease in bone formation.', reads: ['m1-macrophage inhibits bone-formation'], not: ['m2-macrophage inhibits bone-formation'] },
    { text: 'Bacterial infection induces inflammation, resulting in bone loss.', reads: ['inflammation promotes bone-resorption'] },
    { text: 'Ageing leads to changes in MSC differentiation, resulting in poor bone formation.', not: ['msc-differentiation inhibits bone-formation'] },
    { text: 'We identified a monocyte subset that differentiates into osteoclasts.', reads: ['monocyte differentiates-into osteoclast'] },
    { text: 'A subpopulation of macrophages secretes IL-10.', reads: ['macrophage secretes il-10'] },
    // (A subject pronoun after a term taken away by its phrase stands for the removal, which names no term.)
    { text: 'The inhibition of NF-κB is useful: it suppresses bone resorption.', not: ['nf-kappab suppresses bone-resorption'] },
    { text: 'NF-κB drives osteoclast formation. The inhibition of NF-κB is useful: it suppresses bone resorption.', not: ['nf-kappab suppresses bone-resorption'] },
    { text: 'IL-4 is useful, since it suppresses bone resorption.', reads: ['il-4 suppresses bone-resorption'] },
    // (Objects each placed by the same preposition are a list; cells after one place are that place.)
    { text: 'TNF-α raised IL-6 levels in bone marrow and IL-17 levels in blood.', reads: ['tnf-alpha increases il-6', 'tnf-alpha increases il-17'] },
    { text: 'TNF-α raised IL-6 in macrophages and T cells.', not: ['tnf-alpha increases t-cell'] },
    // (An active verb of making with cells as its object is a lineage; cells the lexicon does not name, treated
    // with a factor, become none it knows.)
    { text: 'Marrow macrophages formed multinucleated osteoclasts.', reads: ['macrophage differentiates-into osteoclast'] },
    { text: 'Stromal cells form hematopoietic stem cell niches.', not: ['msc differentiates-into hematopoietic-stem-cell'] },
    { text: 'RAW 264.7 cells treated with RANKL formed osteoclasts.', not: ['rankl differentiates-into osteoclast'] },
    { text: 'Cells co-cultured with MSCs differentiated into osteoclasts.', not: ['msc differentiates-into osteoclast'] },
    // (Parentheses of figures, two means compared among them, are no break in a list of objects.)
    { text: 'MSCs lowered IL-6 (2.1 vs 3.4) and TNF-α (1.9 vs 2.8) in macrophages.', reads: ['msc reduces il-6', 'msc reduces tnf-alpha'] },
    { text: 'MSCs suppressed MMP-2 (2.6 vs 3.9, P < .05), MMP-9 (5.8 vs 9.7, P < .05) and TNF-α (2.8 vs 3.4, P < .05) expression.', reads: ['msc suppresses tnf-alpha'] },
    // (A participle after "and" in a list of changes shown is shown too: the cells' own activity, no effect of theirs.)
    { text: 'Macrophages showed lower expression of CD206 and reduced phagocytic activity.', not: ['macrophage reduces phagocytosis'] },
    { text: 'IL-4-treated mice showed lower expression of Sox9 and reduced bone loss.', reads: ['il-4 reduces bone-resorption'] },
    { text: 'IL-17 raised the CCL20 transcript (p < 0.01) in MSCs.', not: ['il-17 increases msc'] },
    { text: 'IL-17 raised the CCL20 transcript (p < 0.01) and protein level (p < 0.001) in MSCs.', not: ['il-17 increases msc'] },
    { text: 'TGF-β is important in osteoclastogenesis, with Smad signalling being crucial for inducing osteoclast differentiation.', not: ['tgf-beta induces osteoclastogenesis', 'tgf-beta promotes osteoclastogenesis'] },
    { text: 'Previous reports that TNF-α inhibits MSC migration could not be confirmed.', not: ['tnf-alpha inhibits msc-migration'] },
    { text: 'Exosomes secreted by hypoxic MSCs increased M2 polarization.', reads: ['msc secretes exosome'], not: ['hypoxia secretes exosome'] },
    { text: 'IL-6 activated hypoxic MSCs.', reads: ['il-6 activates msc'], not: ['il-6 activates hypoxia'] },
    { text: 'Mice injected with MSCs had fewer M1 macrophages.', reads: ['msc reduces m1-polarization'] },
    { text: 'IL-4 did not inhibit osteoclast formation under hypoxia.', not: ['il-4 inhibits! osteoclastogenesis'] },
    { text: 'IFN-γ leads to the regulation of bone resorption.', reads: ['ifn-gamma regulates bone-resorption'], not: ['ifn-gamma promotes bone-resorption'] },
    { text: 'Interfering with CXCR4 inhibited MSC homing.', reads: ['cxcr4 promotes msc-homing'], not: ['cxcr4 inhibits msc-homing'] },
    { text: 'IL-1, TNF-α and other factors induce RANKL.', reads: ['il-1 induces rankl', 'tnf-alpha induces rankl'] },
    { text: 'Pre-conditioning by hypoxia, inflammatory stimuli, or other factors may stimulate MSC survival.', reads: ['preconditioning stimulates? msc-survival'], not: ['pro-inflammatory-cytokine stimulates? msc-survival'] },
    { text: 'The decline in bone repair is attributed to changes in MSCs.', not: ['bone-repair regulates msc'] },
    { text: 'Patients are at risk to develop fracture healing complications.', not: ['fracture promotes bone-repair', 'fracture increases bone-repair'] },
    { text: 'IL-4 did not inhibit osteoclast formation when added late.', not: ['il-4 inhibits! osteoclastogenesis'] },
    { text: 'Macrophage depletion did not impair fracture healing at day 7.', not: ['macrophage-depletion inhibits! bone-repair'] },
    { text: 'IL-4 did not inhibit NFATc1 expression after 3 days of culture.', not: ['il-4 inhibits! nfatc1'] },
    { text: 'Macrophage depletion impaired fracture healing at day 7.', reads: ['macrophage-depletion inhibits bone-repair'] },
    { text: 'IL-4 did not inhibit osteoclast formation when compared with controls.', reads: ['il-4 inhibits! osteoclastogenesis'] },
    { text: 'IL-4 levels decreased and NFATc1 levels increased.', not: ['il-4 reduces nfatc1'] },
    { text: 'MSC-treated rats had higher plasma IL-10.', reads: ['msc increases il-10'] },
    { text: 'TNF-α-deficient mice showed reduced bone loss and fewer osteoclasts.', reads: ['tnf-alpha promotes osteoclastogenesis'] },
    { text: 'MSC-treated mice showed lower TNF-α and higher IL-10.', reads: ['msc reduces tnf-alpha', 'msc increases il-10'], not: ['msc reduces il-10'] },
    { text: 'Mice lacking IL-4 had lower bone mass and more osteoclasts.', reads: ['il-4 inhibits osteoclastogenesis'], not: ['il-4 promotes osteoclast'] },
    { text: 'MSCs caused lower TNF-α and more IL-10.', reads: ['msc inhibits tnf-alpha'], not: ['msc inhibits il-10'] },
    { text: 'IL-1 perpetuates inflammation, induces bone resorption and impairs bone formation.', reads: ['il-1 induces bone-resorption'], not: ['inflammation induces bone-resorption'] },
    // (A cell's process makes nothing: what a relative clause says it releases, its cells release.)
    { text: 'Particles enhanced the recruitment of macrophages, which released pro-inflammatory cytokines.', reads: ['macrophage secretes pro-inflammatory-cytokine'], not: ['macrophage-recruitment secretes pro-inflammatory-cytokine'] },
    // (What animals or unnamed cells were given acts in what is reported of them.)
    { text: 'IL-4-treated mice had fewer osteoclasts.', reads: ['il-4 reduces osteoclastogenesis'] },
    { text: 'MSC-treated mice showed accelerated fracture healing.', reads: ['msc promotes bone-repair'] },
    { text: 'Macrophages co-cultured with MSCs differentiated into osteoclasts.', reads: ['macrophage differentiates-into osteoclast'], not: ['msc differentiates-into osteoclast'] },
    // (", which" on a lowered object with a verb of bringing about: the lowering leads on, so the object acts by its fall.)
    { text: 'IL-4 lowers NFATc1, which leads to less osteoclast formation.', reads: ['nfatc1 promotes osteoclastogenesis', 'il-4 inhibits osteoclastogenesis'], not: ['nfatc1 inhibits osteoclastogenesis'] },
    { text: 'TNF-α decreased OPG, which resulted in increased osteoclastogenesis.', reads: ['opg inhibits osteoclastogenesis', 'tnf-alpha promotes osteoclastogenesis'] },
    // (A connective set off by commas between the subject and its verb opens no clause.)
    { text: 'IL-4, however, inhibits bone resorption.', reads: ['il-4 inhibits bone-resorption'] },
    { text: 'Fracture healing involves both MSCs and macrophages.', reads: ['msc regulates bone-repair', 'macrophage regulates bone-repair'] },
    { text: 'Fracture healing begins with an inflammatory phase.', reads: ['inflammation regulates bone-repair'] },
    { text: 'Systemic versus local injection of MSCs improved fracture healing.', reads: ['msc-therapy enhances bone-repair'] },
    { text: 'Priming MSCs with IFN-γ raised IDO expression.', reads: ['ifn-gamma increases ido'], not: ['msc increases ido'] },
    { text: 'Loading the hydrogel with IL-4 promoted M2 polarization.', reads: ['il-4 promotes m2-polarization'], not: ['hydrogel promotes m2-polarization'] },
    { text: 'IL-6 signalling via gp130 on MSCs appears to inhibit osteoblast maturation.', reads: ['il-6 inhibits? osteoblast-differentiation'] },
    { text: 'Osteoblast differentiation is controlled by several signalling pathways including Notch and BMP-2.', reads: ['bmp-2 regulates osteoblast-differentiation'] },
    { text: 'Bacterial products may activate osteoblasts and osteoclasts that impair bone formation.', reads: ['osteoblast inhibits? bone-formation'], not: ['osteoblast inhibits bone-formation'] },
    { text: 'IL-4 activates macrophages that secrete IL-10.', reads: ['macrophage secretes il-10'] },
    { text: 'The IL-10 gene transfer group showed less osteolysis.', reads: ['il-10 reduces bone-resorption'], not: ['il-10 transfers bone-resorption'] },
    { text: 'Macrophages may be a key issue for impaired diabetic wound healing.', not: ['macrophage inhibits tissue-regeneration'] },
    { text: 'MSCs are tested in trials for several immunological disorders based on their ability to secrete trophic factors.', reads: ['msc secretes growth-factor'], not: ['immune-disease secretes growth-factor'] },
    { text: 'A variety of anti-inflammatory cytokines restrain bone resorption.', reads: ['anti-inflammatory-cytokine inhibits bone-resorption'] },
    { text: 'Osteoclast formation is tightly controlled by a network of cytokines.', reads: ['cytokine regulates osteoclastogenesis'] },
    { text: 'Suppressing inflammation, inducing angiogenesis and promoting osteoblast proliferation together result in bone repair.', not: ['inflammation inhibits angiogenesis', 'inflammation induces angiogenesis'] },
    { text: 'Osteoclasts are formed by the fusion of monocytes.', reads: ['monocyte differentiates-into osteoclast'] },
    { text: 'Mature osteoclasts were generated from marrow macrophages.', reads: ['macrophage differentiates-into osteoclast'] },
    { text: 'Circulating monocytes fuse to form osteoclasts.', reads: ['monocyte differentiates-into osteoclast'] },
    { text: 'The migration of MSCs was ameliorated by CXCR4.', reads: ['cxcr4 enhances msc-migration'] },
    { text: 'Grafted MSCs ameliorated colitis and bone loss.', reads: ['msc reduces inflammatory-bowel-disease', 'msc reduces bone-resorption'] },
    { text: 'Researchers examined the immune response during normal or atypical, delayed healing.', not: ['immune-response inhibits bone-repair'] },
    { text: 'Interleukin‐4 inhibits spontaneous and hormone‐related protein‐stimulated osteoclast formation.', reads: ['il-4 inhibits osteoclastogenesis'] },
    { text: 'IL-4 blocked basal and stimulated bone resorption in these cultures.', reads: ['il-4 blocks bone-resorption'], not: ['il-4 stimulates bone-resorption'] },
    { text: 'IL-4 was weak and stimulated bone formation only slightly.', reads: ['il-4 stimulates bone-formation'] },
    { text: 'Infliximab reduced gingival IL-1β and TNF-α levels, diminished MMP-1 and RANKL, and improved healing.', not: ['il-1beta reduces mmp1', 'tnf-alpha reduces rankl'] },
    { text: 'Osteoclasts could be therapeutically targeted to prevent bone erosion.', reads: ['osteoclast promotes bone-resorption'], not: ['osteoclast prevents bone-resorption'] },
    { text: 'RANKL can be blocked to prevent bone loss.', reads: ['rankl promotes bone-resorption'] },
    { text: 'Tissue damage follows the MMPs released by infiltrating macrophages and by activated macrophages alike.', reads: ['macrophage secretes mmp'] },
    { text: 'The drug restored the osteogenic differentiation of gingival MSCs impaired by TNF-α.', reads: ['tnf-alpha inhibits msc-osteogenic-differentiation'], not: ['tnf-alpha inhibits msc'] },
    { text: 'MSCs lacking the aryl hydrocarbon receptor failed to suppress T-cell proliferation.', not: ['msc suppresses! t-cell-proliferation'] },
    { text: 'MSCs showed promising results in osteoarthritis.', not: ['msc promotes osteoarthritis'] },
    { text: 'Outside the inflammatory phase, the vitamin did not suppress fracture repair.', not: ['inflammation suppresses! bone-repair'] },
    { text: 'RANKL is an attractive therapeutic target to prevent bone loss.', reads: ['rankl promotes bone-resorption'], not: ['rankl prevents bone-resorption'] },
    { text: 'OPG is a soluble receptor for RANKL, a factor required for osteoclastogenesis.', not: ['opg promotes osteoclastogenesis'] },
    { text: 'We found a mechanism of regulation of osteoclastogenesis that targets RANK and limits bone resorption.', not: ['osteoclastogenesis inhibits bone-resorption', 'osteoclastogenesis regulates rank'] },
    { text: 'The regulation of MSCs that secrete TSG-6 was studied.', reads: ['msc secretes tsg-6'] },
    { text: 'Osteoclasts cultured with the compound showed lower resorbing activity than those cultured without it.', not: ['osteoclast reduces bone-resorption'] },
    { text: 'IL-4 lowers kinin receptors, which is a mechanism by which IL-10 exerts its effects and impairs bone resorption.', reads: ['il-10 inhibits bone-resorption'], not: ['il-4 promotes bone-resorption'] },
    { text: 'IL-4 is produced by M2 macrophages and IL-6 promotes osteoclastogenesis.', reads: ['il-6 promotes osteoclastogenesis', 'm2-macrophage secretes il-4'] },
    { text: 'We found that IL-6 is produced by osteocytes and that IL-6 affects bone mass.', reads: ['il-6 regulates bone-homeostasis'] },
    { text: 'IL-4 + IL-13 reduced osteoclast formation.', reads: ['il-4 reduces osteoclastogenesis', 'il-13 reduces osteoclastogenesis'] },
    { text: 'The migration of MSCs was unaffected by IL-1β.', reads: ['il-1beta regulates! msc-migration'] },
    { text: 'MSCs act via direct cell contact on macrophages.', not: ['msc promotes macrophage'] },
    { text: 'MSCs decrease lung inflammation during sepsis.', reads: ['msc reduces inflammation'], not: ['msc promotes inflammation'] },
    { text: 'MSC treatment upregulated the impaired osteogenic differentiation of MSCs in arthritic mice.', reads: ['msc upregulates msc-osteogenic-differentiation'], not: ['msc inhibits msc-osteogenic-differentiation'] },
    { text: 'IL-4 aggravated the impaired bone healing.', reads: ['il-4 inhibits bone-repair'] },
    { text: 'Interventions that block the effects of IL-1 on bone may reduce bone loss.', not: ['il-1 reduces bone-resorption'] },
    { text: 'Controlling IL-23 could be a strategy for preventing bone destruction.', reads: ['il-23 regulates bone-resorption'], not: ['il-23 prevents bone-resorption'] },
    { text: 'To test this, a coculture system was used; IL-4 released by MSCs inhibited NFATc1.', reads: ['il-4 inhibits nfatc1'] },
    { text: 'MSCs have attracted considerable interest for bone regeneration.', not: ['msc recruits bone-repair'] },
    { text: 'IL-4 and IL-13 are cytokines that inhibit bone resorption.', reads: ['il-4 inhibits bone-resorption', 'il-13 inhibits bone-resorption'], not: ['cytokine inhibits bone-resorption'] },
    { text: 'Cytokines that signal through gp130 include IL-6 and OSM.', reads: ['il-6 binds gp130', 'osm binds gp130'], not: ['cytokine binds gp130'] },
    { text: 'MSCs inhibit the apoptosis of splenocytes and thymocytes as well as purified T cells.', reads: ['msc inhibits t-cell-apoptosis'] },
    { text: 'SDF-1 attracts a great number of MSCs.', reads: ['cxcl12 promotes msc-recruitment'] },
    { text: 'Several cytokines, including IL-4 and IL-10, inhibit osteoclast formation.', reads: ['il-4 inhibits osteoclastogenesis', 'il-10 inhibits osteoclastogenesis'] },
    { text: 'NFATc1 expression was increased in RANKL-treated cells.', reads: ['rankl increases nfatc1'] },
    { text: 'IL-10 levels were increased in the inflamed colons of MSC-treated mice.', reads: ['msc increases il-10'] },
    { text: 'MSCs showed greater inhibition of TNF-α secretion in co-cultures with IFN-γ primed THP-1 macrophages.', not: ['tnf-alpha inhibits macrophage', 'tnf-alpha activates macrophage'] },
    { text: 'IFN-γ primed THP-1 macrophages secreted more TNF-α.', reads: ['ifn-gamma increases tnf-alpha'] },
    { text: 'NFATc1 expression was reduced by the compound in RANKL-treated cells.', not: ['rankl reduces nfatc1'] },
    { text: 'Osteoclast formation was reduced by IL-4+IL-13.', reads: ['il-4 reduces osteoclastogenesis', 'il-13 reduces osteoclastogenesis'] },
    { text: 'NFATc1 expression was increased in the M-CSF (25 ng/ml)+RANKL (50 and 100 ng/ml) groups.', reads: ['rankl increases nfatc1'] },
    { text: 'MSC-CM reduced CD80 expression on the surface of M1 macrophages.', not: ['msc reduces m1-macrophage'] },
    { text: 'TNF-α curbs RANKL- and TNF-α-induced osteoclast formation by raising NF-κB levels.', reads: ['tnf-alpha increases nf-kappab'], not: ['tnf-alpha inhibits osteoclastogenesis', 'tnf-alpha inhibits rankl'] },
    { text: 'Lipopolysaccharide pretreatment inhibits LPS-induced human umbilical cord mesenchymal stem cell apoptosis.', reads: ['lps inhibits msc-apoptosis'] },
    { text: 'TNF-α enhanced MSC expression of COX-2, and IL-4 raised macrophage expression of a phosphatase.', reads: ['tnf-alpha enhances cox-2'], not: ['tnf-alpha enhances msc', 'il-4 increases macrophage'] },
    { text: 'Osteocalcin was down-regulated by IL-1β, and IL-4 up-regulated NFATc1.', reads: ['il-1beta downregulates osteocalcin', 'il-4 upregulates nfatc1'], not: ['osteocalcin regulates nfatc1'] },
    { text: 'MSCs from old donors showing up-regulation of a kinase could reduce osteoclast formation.', reads: ['msc reduces? osteoclastogenesis'] },
    { text: 'IL-1β exposure downregulated collagen and osteocalcin expression.', reads: ['il-1beta downregulates osteocalcin'] },
    { text: 'Two days of IL-4 treatment reduced NFATc1 expression.', reads: ['il-4 reduces nfatc1'] },
    { text: 'IL-4 reduced the relapse of orthodontically treated teeth by inhibiting osteoclastogenesis.', reads: ['il-4 inhibits osteoclastogenesis'] },
    { text: 'NFATc1 is regulated by several cytokines, particularly by IL-4.', reads: ['il-4 regulates nfatc1'] },
    { text: 'IL-6 knockout MSCs showed reduced osteogenic differentiation.', reads: ['il-6 promotes msc-osteogenic-differentiation'] },
    { text: 'IL-6 gene knockout antagonized bone loss in these mice.', reads: ['il-6 promotes bone-resorption'], not: ['il-6 inhibits bone-resorption'] },
    { text: 'MSCs from IL-6-deficient mice showed reduced osteogenic differentiation.', reads: ['il-6 promotes msc-osteogenic-differentiation'] },
    { text: 'IL-4 deficient mice had greater numbers of osteoclasts.', reads: ['il-4 inhibits osteoclastogenesis'], not: ['il-4 increases osteoclastogenesis'] },
    { text: 'RANKL expression in bone marrow adipocytes was stimulated by TNF-α.', reads: ['tnf-alpha stimulates rankl'], not: ['tnf-alpha stimulates adipocyte'] },
    { text: 'We studied the effects of human IL-4 on osteoblasts from trabecular bone, which showed increased osteocalcin production in response to vitamin D.', not: ['il-4 increases osteocalcin'] },
    { text: 'OSM acts through OSMR, and IL-6 signals via gp130.', reads: ['osm binds osmr', 'il-6 binds gp130'] },
    { text: 'MSCs are capable of tissue regeneration.', reads: ['msc promotes tissue-regeneration'] },
    { text: 'Macrophages can be polarized into M1 macrophages or polarize toward M2 macrophages.', reads: ['macrophage differentiates-into m1-macrophage', 'macrophage differentiates-into m2-macrophage'] },
    { text: 'IL-4 polarizes macrophages toward M2 macrophages.', reads: ['il-4 promotes m2-macrophage'], not: ['il-4 differentiates-into m2-macrophage'] },
    { text: 'Once recruited, MSCs assist in tissue regeneration.', reads: ['msc promotes tissue-regeneration'] },
    { text: 'TNF-α regulates the fate and functional reprogramming of MSCs.', reads: ['tnf-alpha regulates msc'] },
    { text: 'MSCs improved the immune microenvironment of the defect.', reads: ['msc regulates immune-response'], not: ['msc enhances immune-response'] },
    { text: 'IFN-α improves bone resorption and osteopenia in patients with chronic hepatitis C.', reads: ['ifn-alpha regulates bone-resorption'], not: ['ifn-alpha enhances bone-resorption'] },
    { text: 'MSC transplantation improved joint inflammation and osteoarthritis but also improved bone formation.', reads: ['msc-therapy reduces inflammation', 'msc-therapy reduces osteoarthritis', 'msc-therapy enhances bone-formation'], not: ['msc-therapy enhances inflammation'] },
    { text: 'Giving IL-10 improved the bone destruction of the knees.', reads: ['il-10 reduces bone-resorption'], not: ['il-10 enhances bone-resorption'] },
    { text: 'An antibody to IL-6 inhibited the stimulatory effects of IL-1 in these cultures.', not: ['il-6 promotes il-1', 'il-6 inhibits il-1'] },
    { text: 'RANKL binds to and activates RANK.', reads: ['rankl binds rank', 'rankl activates rank'] },
    { text: 'TNF-α stimulates and IL-4 inhibits NFATc1.', reads: ['tnf-alpha stimulates nfatc1', 'il-4 inhibits nfatc1'], not: ['tnf-alpha stimulates il-4'] },
    { text: 'IL-4 expression increased and IL-6 reduced NFATc1.', reads: ['il-6 reduces nfatc1'], not: ['il-4 increases il-6', 'il-4 increases nfatc1'] },
    { text: 'IL-4 increased, whereas IL-6 reduced NFATc1.', reads: ['il-6 reduces nfatc1'], not: ['il-4 increases nfatc1'] },
    { text: 'IL-1β inhibits, whereas IL-4 promotes, osteoblast differentiation.', reads: ['il-1beta inhibits osteoblast-differentiation', 'il-4 promotes osteoblast-differentiation'] },
    { text: 'Factors that promote osteoclast formation include RANKL and M-CSF.', reads: ['rankl promotes osteoclastogenesis', 'm-csf promotes osteoclastogenesis'] },
    { text: 'Markers in serum and BMP-2/ACS implants revealed inhibited osteoblastogenesis.', not: ['biomaterial-scaffold inhibits osteoblast-differentiation', 'bmp-2 inhibits osteoblast-differentiation'] },
    { text: 'TGF-β1 was less effective than BMP-2, and vitamin D therapy did not enhance osteogenesis.', not: ['tgf-beta1 enhances! bone-formation'] },
    { text: 'Treatment of mice with MSCs reduced TNF-α.', reads: ['msc reduces tnf-alpha'] },
    { text: 'Treating acute lung injury mice with MSCs reduced proinflammatory cytokines.', reads: ['msc reduces pro-inflammatory-cytokine'], not: ['respiratory-disease promotes pro-inflammatory-cytokine'] },
    { text: 'Mice lacking c-Fos exhibit osteopetrosis due to a differentiation block in the osteoclast lineage.', not: ['c-fos blocks osteoclast', 'c-fos promotes osteoclast'] },
    { text: 'IL-17A has recently emerged as a potential target that regulates inflammation.', reads: ['il-17 regulates inflammation'] },
    { text: 'BMP-2, while inducing osteoblast differentiation, decreased CXCL12.', reads: ['bmp-2 induces osteoblast-differentiation', 'bmp-2 reduces cxcl12'], not: ['osteoblast-differentiation reduces cxcl12'] },
    { text: 'TNF-α, although modest in the controls, was reduced by IL-10.', reads: ['il-10 reduces tnf-alpha'] },
    { text: 'Macrophages, though few in number, secreted TGF-β.', reads: ['macrophage secretes tgf-beta'] },
    { text: 'IL-6 signals via its soluble receptor IL-6R.', reads: ['il-6 binds il-6r'] },
    { text: 'Titanium implants release particles that provoke inflammation.', not: ['biomaterial-scaffold induces inflammation', 'biomaterial-scaffold promotes inflammation'] },
    { text: 'Macrophages release factors that promote osteogenesis.', reads: ['macrophage promotes bone-formation'] },
    { text: 'IL-6 serves as one of the key cytokines controlling tissue reaction as well as bone remodeling.', reads: ['il-6 regulates bone-remodeling'] },
    { text: 'IL-10 curbed RANKL- and TNF-induced osteoclast formation.', reads: ['il-10 inhibits osteoclastogenesis'], not: ['il-10 inhibits rankl'] },
    { text: 'Methods: IL-10 modulates the differentiation of macrophages in rats.', not: ['il-10 regulates macrophage'] },
    { text: 'IFN-γ elicited osteoblast apoptosis.', not: ['ifn-gamma induces osteoblast'] },
    { text: 'IL-12 increased the apoptosis of osteoclasts.', not: ['il-12 increases osteoclast'] },
    { text: 'TSG-6 is a key factor influencing MSC immunomodulation.', reads: ['tsg-6 regulates msc-immunomodulation'] },
    { text: 'TNF-α increased the phosphorylation of IRAK1 in MSCs.', not: ['tnf-alpha increases msc'] },
    { text: 'M2 exosomes were used to treat osteoclasts.', not: ['m2-exosome reduces osteoclast'] },
    { text: 'MSCs were transfected with siRNA targeting TSG-6.', not: ['msc regulates tsg-6'] },
    { text: 'Neutralization of IL-12, but not IL-10, produced by M1 macrophages also abrogated osteoclast formation.', reads: ['m1-macrophage secretes il-12'], not: ['m1-macrophage secretes il-10', 'il-10 promotes osteoclastogenesis'] },
    { text: 'MSCs in which TSG-6 was silenced failed to reduce inflammation.', reads: ['tsg-6 promotes! inflammation'], not: ['tsg-6 reduces! inflammation'] },
    { text: 'IFN-γ-primed MSCs in which IDO was knocked down did not suppress T cells.', not: ['ifn-gamma reduces ido', 'ido not suppresses t-cell'] },
    { text: 'IL-10 did not affect the inhibition of osteoclastogenesis by IL-4.', not: ['il-10 regulates! osteoclastogenesis'] },
    { text: 'Osteoclastogenesis was more potently inhibited by infliximab than by OPG.', reads: ['opg inhibits osteoclastogenesis'] },
    { text: 'Treatment of bone marrow cells with sRANKL increased the formation of MNCs.', reads: ['rankl increases osteoclastogenesis'] },
    { text: 'Exposure of macrophages to IL-4 reduced osteoclast formation.', reads: ['il-4 reduces osteoclastogenesis'], not: ['macrophage reduces osteoclastogenesis'] },
    { text: 'The efficiency of BMMSCs to suppress TNF-α secretion depended on the stimulus.', reads: ['msc suppresses tnf-alpha'] },
    { text: 'IL-6 stimulated osteoclasts to increase in number.', reads: ['il-6 stimulates osteoclastogenesis'] },
    { text: 'IL-6 did not stimulate TRAP+ osteoclasts to increase in number.', reads: ['il-6 stimulates! osteoclastogenesis'] },
    { text: 'OSM increased the osteogenic markers ALP and RUNX2.', reads: ['osm increases osteogenic-marker', 'osm increases alp', 'osm increases runx2'] },
    { text: 'OSM increased the expression of osteogenic markers, including ALP and RUNX2.', reads: ['osm increases alp', 'osm increases runx2'] },
    // (A class of cells before a colon and another term is no list of examples.)
    { text: 'HMGB1 can recruit stem cells: HMGB1 induces stem cell transmigration.', reads: ['hmgb1 promotes msc-recruitment'] },
    { text: 'Inhibition of osteoclastogenesis by IL-4 was not affected by IL-10.', not: ['il-10 regulates! osteoclastogenesis'] },
    { text: 'TNF-α and IL-6 were decreased in the MSC group.', reads: ['msc reduces tnf-alpha'] },
    { text: 'Wound healing was accelerated in the UC-MSC therapy group.', reads: ['msc promotes tissue-regeneration'] },
    // (A change word governs the list of outcomes it opens, not an item with an adjective of its own.)
    { text: 'MSC treatment resulted in less joint inflammation.', reads: ['msc inhibits inflammation'], not: ['msc promotes inflammation'] },
    { text: 'Extracellular vesicles resulted in lower cartilage damage, less pain, osteophytes and joint inflammation.', reads: ['extracellular-vesicle inhibits inflammation'], not: ['extracellular-vesicle promotes inflammation'] },
    { text: 'MSC application resulted in low morbidity and appropriate healing.', reads: ['msc promotes bone-repair'], not: ['msc inhibits bone-repair'] },
    { text: 'A c-Fms tyrosine kinase inhibitor suppressed osteoclast differentiation.', reads: ['csf1r promotes osteoclastogenesis'], not: ['csf1r suppresses osteoclastogenesis'] },
    { text: 'IL-10 levels were increased in the MSC-treated group.', reads: ['msc increases il-10'] },
    { text: 'Modulating IL-6 improves fracture healing.', reads: ['il-6 regulates bone-repair'], not: ['il-6 improves bone-repair'] },
    { text: 'MSCs were treated with BMP-2, aiming to determine the role of BMP-2 in differentiation.', not: ['msc regulates bmp-2'] },
    { text: 'TNF-α determines the fate of MSCs.', reads: ['tnf-alpha regulates msc'] },
    { text: 'TGF-β1 released during bone resorption induces MSC migration.', reads: ['tgf-beta1 induces msc-migration'] },
    { text: 'Treatment of cultures with IFN-γ inhibited osteoclast formation.', reads: ['ifn-gamma inhibits osteoclastogenesis'] },
    { text: 'Bone regeneration is a complex process governed by inflammation.', reads: ['inflammation regulates bone-repair'] },
    { text: 'IL-6 is a pleiotropic cytokine produced by macrophages.', reads: ['macrophage secretes il-6'] },
    { text: 'High doses of TNF-α promote RUNX2 proteasomal degradation.', reads: ['tnf-alpha inhibits runx2'], not: ['tnf-alpha promotes runx2'] },
    { text: 'IL-4 resulted in downregulated expression of NFATc1.', reads: ['il-4 inhibits nfatc1'], not: ['il-4 promotes nfatc1'] },
    { text: 'The decrease in NFATc1 caused by IL-4 was marked.', reads: ['il-4 inhibits nfatc1'], not: ['il-4 induces nfatc1'] },
    { text: 'The inhibitor blocked RANKL mRNA expression induced by IL-1α.', reads: ['il-1alpha induces rankl'], not: ['il-1alpha induces! rankl'] },
    { text: 'Osteoblast differentiation is controlled by transcription factors, such as runt-related factor 1/2 and osterix.', reads: ['osterix regulates osteoblast-differentiation'] },
    { text: 'IL-10 bolstered the immunosuppressive capacity of MSCs.', reads: ['il-10 enhances msc-immunomodulation'] },
    { text: 'IL-1β empowers MSC migration.', reads: ['il-1beta enhances msc-migration'] },
    { text: 'IL-4-treated macrophages showed a lower NFATc1 expression.', reads: ['il-4 reduces nfatc1'] },
    // (Animals given a term, with "treated with" or "receiving", show what the term did.)
    { text: 'Rats treated with MSCs displayed enhanced bone formation.', reads: ['msc enhances bone-formation'] },
    // (Cells lacking a term make a compared amount because it is gone; without an amount they make it themselves.)
    { text: 'IL-10-deficient macrophages released more TNF-α.', reads: ['il-10 inhibits tnf-alpha'] },
    { text: 'IL-10-deficient macrophages released TNF-α.', not: ['il-10 secretes tnf-alpha'] },
    // ("stronger" and "weaker" compare amounts as "more" and "less" do.)
    { text: 'TNF-α-primed MSCs displayed a stronger immunosuppressive capacity.', reads: ['tnf-alpha increases msc-immunomodulation'] },
    { text: 'Mice that received MSCs showed lower inflammation.', reads: ['msc reduces inflammation'] },
    { text: 'IL-4-treated macrophages had lower NFATc1 expression.', reads: ['il-4 reduces nfatc1'], not: ['macrophage reduces nfatc1'] },
    { text: 'Osteocytes have a significantly higher RANKL expression when cultured with TNF-α.', reads: ['tnf-alpha increases rankl'] },
    { text: 'Osteocytes showed higher RANKL expression when cultured with TNF-α.', reads: ['tnf-alpha increases rankl'], not: ['osteocyte increases rankl'] },
    { text: 'IL-4 and anti-TNF antibodies inhibited osteoclast formation.', reads: ['il-4 inhibits osteoclastogenesis', 'tnf-alpha promotes osteoclastogenesis'], not: ['il-4 promotes osteoclastogenesis'] },
    { text: 'When mice were treated with a TNF inhibitor, osteoclast numbers were reduced.', reads: ['tnf-alpha promotes osteoclastogenesis'], not: ['tnf-alpha reduces osteoclastogenesis'] },
    { text: 'Osteoclast formation was reduced by the TNF-specific inhibitor.', reads: ['tnf-alpha promotes osteoclastogenesis'], not: ['tnf-alpha reduces osteoclastogenesis'] },
    { text: 'The reduction of osteoclast formation induced by IL-4 was reversed.', reads: ['il-4 inhibits osteoclastogenesis'], not: ['il-4 induces osteoclastogenesis'] },
    { text: 'IL-4 inhibits NFATc1 in osteoclast precursors.', reads: ['il-4 inhibits nfatc1'] },
    { text: 'IL-4 suppressed osteoclastogenesis, whereas TNF-α enhanced it.', reads: ['tnf-alpha enhances osteoclastogenesis'], not: ['tnf-alpha enhances tnf-alpha'] },
    { text: 'AMD3100, a CXCR4 antagonist, blocked MSC homing.', reads: ['cxcr4 promotes msc-homing'] },
    { text: 'A CXCR4 antagonist decreased MSC migration and blocked MSC homing.', reads: ['cxcr4 promotes msc-homing'], not: ['cxcr4 blocks msc-homing'] },
    { text: 'An IL-4 neutralizing antibody increased osteoclast formation.', reads: ['il-4 inhibits osteoclastogenesis'], not: ['il-4 promotes osteoclastogenesis'] },
    { text: 'TNF-α expression was lower in M2 macrophages than in M1 macrophages.', not: ['tnf-alpha reduces m2-macrophage'] },
    { text: 'IL-4 inhibited the differentiation of macrophages into osteoclasts.', reads: ['il-4 inhibits osteoclast'], not: ['il-4 inhibits macrophage'] },
    { text: 'IL-10 restored the impaired osteogenic differentiation of MSCs.', reads: ['il-10 promotes msc-osteogenic-differentiation'], not: ['il-10 inhibits msc-osteogenic-differentiation'] },
    { text: 'IL-4 and TNF-α inhibited and promoted osteoclastogenesis, respectively.', not: ['tnf-alpha inhibits osteoclastogenesis'] },
    { text: 'TNF-α and IL-10 were secreted by M1 and M2 macrophages, respectively.', reads: ['m1-macrophage secretes tnf-alpha', 'm2-macrophage secretes il-10'], not: ['m1-macrophage secretes il-10'] },
    { text: 'Knocking down NFATc1 abolished osteoclast formation.', reads: ['nfatc1 promotes osteoclastogenesis'], not: ['nfatc1 blocks osteoclastogenesis'] },
    { text: 'NFATc1 is suppressed by IL-4.', reads: ['il-4 suppresses nfatc1'] },
    { text: 'The effect of MSCs on macrophage polarization was abolished by COX-2 inhibition.', not: ['cox-2 promotes msc'] },
    { text: 'The pro-osteogenic action of M1 macrophages was blocked by OSM neutralization.', not: ['osm promotes m1-macrophage'] },
    { text: 'The beneficial effects of MSC therapy appear to be mediated by paracrine signalling.', reads: ['paracrine-signalling regulates? msc-therapy'] },
    { text: 'The effect of MSCs on macrophage polarization was enhanced by IL-4.', reads: ['il-4 regulates macrophage-polarization'], not: ['il-4 enhances msc'] },
    { text: 'IL-4 enhanced the effect of MSCs on macrophage polarization.', reads: ['il-4 regulates macrophage-polarization'], not: ['il-4 enhances msc'] },
    { text: 'These data suggest that IL-6 mediates the effects of IL-1 on osteoclast formation.', reads: ['il-6 regulates? osteoclastogenesis'] },
    { text: 'Macrophages deficient in IL-10 failed to reduce inflammation.', reads: ['il-10 promotes! inflammation'], not: ['macrophage reduces! inflammation'] },
    { text: 'Osteoclast formation was reduced in cells treated with an anti-RANKL antibody.', reads: ['rankl promotes osteoclastogenesis'], not: ['rankl reduces osteoclastogenesis'] },
    { text: 'MSCs skewed macrophages toward an anti-inflammatory phenotype.', reads: ['msc promotes anti-inflammatory-phenotype'] },
    { text: 'These findings support the use of MSCs to enhance fracture healing.', reads: ['msc enhances bone-repair'] },
    { text: 'Such mechanisms fine-tune the extent of osteoclastogenesis in inflamed joints, and their augmentation may offer a way to suppress bone resorption.', not: ['osteoclastogenesis suppresses bone-resorption', 'osteoclastogenesis suppresses? bone-resorption'] },
    { text: 'IL-6 increased ALP, collagen, osteopontin and decorin.', reads: ['il-6 increases alp', 'il-6 increases opn'] },
    { text: 'The expression of ALP, collagen and osteopontin was not changed by IL-6.', reads: ['il-6 regulates! alp', 'il-6 regulates! opn'] },
    { text: 'Soluble factors secreted by MSCs inhibit osteoclast formation.', reads: ['msc inhibits osteoclastogenesis'] },
    { text: 'Paracrine factors from MSCs promote M2 polarization.', reads: ['msc promotes m2-polarization'] },
    { text: 'IL-6 increased the expression of Wnt16 in primary human calvarial osteoblasts.', not: ['il-6 increases osteoblast'] },
    { text: 'Osteoclast formation was markedly reduced by the inhibition of RANKL.', reads: ['rankl promotes osteoclastogenesis'], not: ['osteoclastogenesis inhibits rankl'] },
    { text: 'MSC migration was enhanced by overexpression of CXCR4.', reads: ['cxcr4 enhances msc-migration'] },
    { text: 'Osteoclast differentiation was suppressed at high concentrations of IL-4.', reads: ['il-4 suppresses osteoclastogenesis'] },
    { text: 'Osteocalcin secretion was enhanced with the addition of IL-4.', reads: ['il-4 enhances osteocalcin'] },
    { text: 'Dexamethasone was used to induce MSCs to differentiate into osteoblasts.', reads: ['msc differentiates-into osteoblast'] },
    { text: 'MSCs may heal the liver by inducing macrophages to transform into the M2 subtype.', reads: ['macrophage differentiates-into m2-macrophage'], not: ['msc differentiates-into m2-macrophage'] },
    // (A variant of the term, or a treatment that silences another factor, can agree with the review but not contradict it.)
    { text: 'Expression of mutant Smurf1 enhanced osteoblast differentiation.', not: ['smurf1 enhances osteoblast-differentiation'] },
    { text: 'FGF7 shRNA-pretreatment of the MSCs abolished the benefit of MSC therapy.', not: ['preconditioning blocks msc-therapy'] },
    { text: 'MSCs are sensitive to resistin, which suppresses osteoclastogenesis.', not: ['msc suppresses osteoclastogenesis'] },
    { text: 'Bone loss depends on the balance between RANKL and IFN-γ, which potently suppresses osteoclastogenesis.', reads: ['ifn-gamma suppresses osteoclastogenesis'], not: ['rankl suppresses osteoclastogenesis'] },
    { text: 'We measured IL-4 and IL-13, which inhibit osteoclastogenesis.', reads: ['il-4 inhibits osteoclastogenesis', 'il-13 inhibits osteoclastogenesis'] },
    { text: 'We mimicked inflammation by inducing macrophages with LPS.', not: ['inflammation induces macrophage'] },
    { text: 'The protective mechanism of MSCs in colitic rats was examined by depleting M2 macrophages.', not: ['msc reduces m2-macrophage'] },
    { text: 'Interruption of the CCL2 axis reduced macrophage trafficking.', reads: ['ccl2 promotes macrophage-recruitment'] },
    { text: 'IL-4 leads to low osteoclast formation.', reads: ['il-4 inhibits osteoclastogenesis'], not: ['il-4 promotes osteoclastogenesis'] },
    { text: 'LPS induced low-grade inflammation.', not: ['lps reduces inflammation', 'lps inhibits inflammation'] },
    { text: 'IL-6 may take part in trauma-induced compromised fracture healing.', not: ['il-6 inhibits bone-repair', 'il-6 induces bone-repair'] },
    { text: 'They suggest that IL-6 achieves this effect by inducing RANKL.', reads: ['il-6 induces? rankl'] },
    { text: 'MSCs reached the defect by migrating toward SDF-1 and then induced M2 macrophages.', reads: ['msc induces m2-macrophage'] },
    { text: 'Preosteoblasts were treated with TNF-α at three doses.', not: ['tnf-alpha reduces pre-osteoblast'] },
    { text: 'Marrow macrophages were stimulated with RANKL and M-CSF.', not: ['rankl stimulates macrophage'] },
    { text: 'The migration of MSCs was enhanced with increasing concentrations of SDF-1.', reads: ['cxcl12 enhances msc-migration'] },
    { text: 'IL-6 and the cytokine TNF-α induce RANKL.', reads: ['il-6 induces rankl', 'tnf-alpha induces rankl'] },
    { text: 'MSCs interact with macrophages in the defect.', reads: ['msc regulates macrophage'] },
    { text: 'High doses of IL-4 inhibited osteoclast formation.', reads: ['il-4 inhibits osteoclastogenesis'] },
    { text: 'The combination of IL-4 and recombinant human IL-10 inhibited osteoclast formation.', reads: ['il-4 inhibits osteoclastogenesis', 'il-10 inhibits osteoclastogenesis'] },
    { text: 'IL-4 inhibited NFATc1 in osteoclasts and in macrophages, and IL-6 induced RANKL.', reads: ['il-6 induces rankl'], not: ['il-4 inhibits il-6'] },
    { text: 'IL-4 inhibited NFATc1, and IL-6 induced RANKL.', reads: ['il-6 induces rankl'], not: ['nfatc1 induces rankl'] },
    { text: 'TGF-β inhibits adipogenesis and late-stage osteoblast differentiation.', reads: ['tgf-beta inhibits osteoblast-differentiation'] },
    { text: 'IL-4 decreased NFATc1 and increased RANKL.', reads: ['il-4 increases rankl'], not: ['il-4 reduces rankl'] },
    { text: 'IL-6 maintains MSCs in their undifferentiated state.', reads: ['il-6 promotes msc-undifferentiated-state'], not: ['il-6 promotes msc'] },
    { text: 'MSC co-culture enhanced Mφ migration.', reads: ['msc enhances macrophage-recruitment'], not: ['msc enhances macrophage'] },
    { text: 'MSCs coaxed the macrophages toward an M2 phenotype.', reads: ['msc promotes m2-macrophage'] },
    { text: 'IL-1β pretreatment enhanced CXCR4 expression in MSCs.', reads: ['il-1beta enhances cxcr4', 'preconditioning enhances cxcr4'] },
    { text: 'LPS preconditioning improved the therapeutic efficacy of MSCs.', reads: ['lps enhances msc-therapy'] },
    { text: 'IL-4 and a potent anti-inflammatory IL-10 inhibit osteoclast formation.', reads: ['il-4 inhibits osteoclastogenesis', 'il-10 inhibits osteoclastogenesis'] },
    { text: 'The proliferation of the adult human bone marrow MSC was reduced by TNF-α.', reads: ['tnf-alpha reduces msc-proliferation'], not: ['tnf-alpha reduces msc'] },
    { text: 'TGF-β1 increased the proliferation of the adult bone marrow MSC.', reads: ['tgf-beta1 increases msc-proliferation'] },
    { text: 'NFATc1 expression was reduced in the presence of IL-4.', reads: ['il-4 reduces nfatc1'] },
    { text: 'Osteoclast differentiation was suppressed at day 5 in IL-4 mice.', not: ['il-4 suppresses osteoclastogenesis'] },
    { text: 'IL-4 interferes with osteoclast formation.', reads: ['il-4 inhibits osteoclastogenesis'] },
    { text: 'IL-4-treated bone marrow macrophages showed reduced NFATc1.', reads: ['il-4 reduces nfatc1'] },
    { text: 'Hypoxic-preconditioned MSCs showed less apoptosis.', reads: ['hypoxia reduces msc-apoptosis'] },
    { text: 'Hypoxic preconditioning of MSCs raised the survival of the implanted cells.', reads: ['hypoxia increases msc-survival'] },
    { text: 'IL-4 reduced the capacity of RANKL to induce osteoclast formation.', reads: ['il-4 reduces osteoclastogenesis', 'rankl induces osteoclastogenesis'], not: ['il-4 induces osteoclastogenesis', 'il-4 reduces rankl'] },
    { text: 'TGF-β1 lowered osteocalcin expression and ALP activity.', reads: ['tgf-beta1 reduces osteocalcin', 'tgf-beta1 reduces alp'] },
    { text: 'NFATc1 expression and RANKL levels were lowered by IL-4.', reads: ['il-4 reduces nfatc1', 'il-4 reduces rankl'] },
    { text: 'IL-4 inhibited NFATc1 expression and RANKL induced osteoclast formation.', reads: ['rankl induces osteoclastogenesis'], not: ['nfatc1 induces osteoclastogenesis'] },
    { text: 'Results:IL-4 inhibited NFATc1 in the precursors.', reads: ['il-4 inhibits nfatc1'] },
    { text: 'Chronic inflammation leads to impaired bone formation.', reads: ['inflammation inhibits bone-formation'], not: ['inflammation promotes bone-formation'] },
    { text: 'M2 macrophage-conditioned medium promoted MSC osteogenesis.', reads: ['m2-macrophage promotes msc-osteogenic-differentiation'] },
    { text: 'Conditioned medium from M2 macrophages promoted MSC osteogenesis.', reads: ['m2-macrophage promotes msc-osteogenic-differentiation'] },
    { text: 'TNF-α inhibition improved fracture healing.', reads: ['tnf-alpha inhibits bone-repair'], not: ['tnf-alpha enhances bone-repair'] },
    { text: 'MSCs lacking TSG-6 failed to reduce inflammation.', not: ['tsg-6 reduces! inflammation'] },
    { text: 'IL-4 induced a defect in osteoclast differentiation.', reads: ['il-4 inhibits osteoclastogenesis'], not: ['il-4 induces osteoclastogenesis'] },
    { text: 'MSCs without exosomes led to fewer M2 macrophages.', reads: ['exosome promotes m2-polarization'], not: ['msc inhibits m2-polarization'] },
    { text: 'The reduced bone formation was restored by IL-6.', reads: ['il-6 promotes bone-formation'], not: ['il-6 inhibits bone-formation'] },
    { text: 'The impaired osteogenesis was rescued by IL-4.', reads: ['il-4 promotes bone-formation'] },
    { text: 'IL-10(-/-) mice exhibited 39% greater bone loss than wild-type mice.', reads: ['il-10 inhibits bone-resorption'] },
    { text: 'IL-4-treated macrophages showed a 2-fold lower NFATc1 expression.', reads: ['il-4 reduces nfatc1'] },
    { text: 'Heat-treated MSCs showed less apoptosis.', reads: ['heat-shock reduces msc-apoptosis'] },
    // A change noun after a verb of showing or making is the change shown or brought about, plural too.
    { text: 'Cells treated with IL-4 showed significant decreases in NFATc1 expression.', reads: ['il-4 reduces nfatc1'] },
    { text: 'IL-4-treated macrophages showed a decrease in NFATc1.', reads: ['il-4 reduces nfatc1'] },
    { text: 'Mice lacking TRAF6 have clear defects in bone remodeling.', reads: ['traf6 promotes bone-remodeling'] },
    // After a relative clause, the antecedent acts for the main verb with the loss named before it.
    { text: 'Blocking IL-4, which inhibits osteoclastogenesis, worsened bone loss.', reads: ['il-4 inhibits bone-resorption'], not: ['il-4 enhances bone-resorption'] },
    // A removal clause with no subject of its own ("when mutated", "if deleted") speaks of the subject.
    // A phrase of treatment closing the clause before ", and" is no fronted agent of the next clause.
    { text: 'The cells raised IDO upon stimulation with IFN-γ, and IDO activity was not affected under hypoxia.', not: ['ifn-gamma regulates! ido'] },
    { text: 'OPG leads to excessive osteoclastogenesis when mutated.', reads: ['opg inhibits osteoclastogenesis'], not: ['opg promotes osteoclastogenesis'] },
    { text: 'When deleted, OPG leads to excessive osteoclastogenesis.', reads: ['opg inhibits osteoclastogenesis'], not: ['opg promotes osteoclastogenesis'] },
    { text: 'The gene encodes osteoprotegerin, which causes runaway osteoclastogenesis when inactivated.', reads: ['opg inhibits osteoclastogenesis'], not: ['opg promotes osteoclastogenesis'] },
    // A verb acting on a balance moves neither side one way, unless a phenotype it is steered toward is named.
    { text: 'IL-4 disrupted the balance between M1 and M2 macrophages.', reads: ['il-4 regulates m2-macrophage'], not: ['il-4 inhibits m2-macrophage'] },
    { text: 'IL-4 disrupted the M1/M2 balance in the callus.', reads: ['il-4 regulates macrophage-polarization'], not: ['il-4 inhibits macrophage-polarization'] },
    { text: 'IL-4 shifted the balance of macrophages toward the M2 phenotype.', reads: ['il-4 promotes m2-macrophage'] },
    { text: 'Treatment with IL-4 produced a marked reduction of osteoclast formation.', reads: ['il-4 reduces osteoclastogenesis'], not: ['il-4 secretes osteoclastogenesis'] },
    { text: 'Preconditioning of MSCs with TNF-α increased their migration.', reads: ['tnf-alpha increases msc-migration'], not: ['preconditioning increases msc-migration'] },
    { text: 'Pre-treatment of MSCs prior to transplantation with TNF-α increased their adhesion.', reads: ['tnf-alpha increases msc-adhesion'] },
    { text: 'Preconditioning of MSCs with hypoxia raised their immunosuppressive capacities.', reads: ['hypoxia increases msc-immunomodulation'] },
    { text: 'IL-4 comes from M2 cells. It can block NFATc1 in osteoclast precursors.', reads: ['il-4 blocks nfatc1'] },
    { text: 'Several cytokines, such as TNF-α, IL-4, leukemia inhibitory factor, and IL-13, lower osteoblastogenesis.', reads: ['il-4 reduces osteoblast-differentiation', 'tnf-alpha reduces osteoblast-differentiation'] },
    { text: 'Some factors, such as IL-4, IL-10, cardiotrophin-like cytokine, and ciliary neurotrophic factor, lower osteoblastogenesis.', reads: ['il-4 reduces osteoblast-differentiation', 'il-10 reduces osteoblast-differentiation'] },
    { text: 'MSCs release IL-6, stanniocalcin 1, leukemia inhibitory factor, and TGF-β.', reads: ['msc secretes il-6', 'msc secretes tgf-beta'] },
    { text: 'Osteoclasts are large multinucleated cells that arise from macrophages.', reads: ['macrophage differentiates-into osteoclast'] },
    { text: 'Bone repair is a long series of events that needs macrophages.', reads: ['macrophage promotes bone-repair'] },
    { text: 'MSCs raised heme oxygenase-1 expression in macrophages.', not: ['msc increases macrophage', 'msc promotes macrophage'] },
    { text: 'IL-4 comes from M2 cells. It is known that RANKL induces NFATc1.', reads: ['rankl induces nfatc1'], not: ['il-4 induces nfatc1'] },
    { text: 'Levels of alkaline phosphatase were reduced to less than 10% of control values by 0.4 nM TGF-β.', reads: ['tgf-beta reduces alp'] },
    { text: 'Osteoclast formation was reduced by 50% by 10 ng/ml IL-4.', reads: ['il-4 reduces osteoclastogenesis'] },
    { text: 'Culture of rat calvarial osteoblasts with TGF-β resulted in a dose and time-dependent decrease in alkaline phosphatase activity.', reads: ['tgf-beta inhibits alp'], not: ['osteoblast promotes alp', 'tgf-beta promotes alp'] },
    { text: 'Treatment with IL-4 resulted in fewer osteoclasts.', reads: ['il-4 inhibits osteoclastogenesis'], not: ['il-4 promotes osteoclastogenesis'] },
    { text: 'Allogeneic MSCs resulted in less bone formation than autologous MSCs did.', reads: [], not: ['msc inhibits bone-formation'] },
    { text: 'We identified IL-11 as a bone-derived cytokine that regulates bone remodeling.', reads: ['il-11 regulates bone-remodeling'] },
    { text: 'Zinc is a candidate for the prevention of bone loss caused by RANKL.', reads: ['rankl induces bone-resorption'], not: ['rankl inhibits bone-resorption'] },
    { text: 'MSCs can induce resting macrophages and M1 macrophages into a regulatory state.', reads: [], not: ['msc induces m1-macrophage'] },
    { text: 'Osteoclasts are derived from myeloid stem cells.', reads: [], not: ['msc differentiates-into osteoclast'] },
    { text: 'The inhibition of RANKL-mediated osteoclastogenesis led to less bone resorption.', reads: ['osteoclastogenesis promotes bone-resorption'], not: ['osteoclastogenesis inhibits bone-resorption'] },
    { text: 'Bone loss was studied in osteoclasts (OCs). OC-iTreg cells limited bone resorption.', reads: [], not: ['osteoclast inhibits bone-resorption'] },
    { text: 'We raised an antibody against RANKL. Although the antibody had no effect on inflammation, it ameliorated bone loss.', reads: [], not: ['rankl reduces bone-resorption'] },
    { text: 'At a concentration that gave maximal proliferation, BMP-2 did not induce osteogenic differentiation of MSCs.', reads: [], not: ['bmp-2 induces! msc-osteogenic-differentiation'] },
    { text: 'BMP-2 did not induce osteogenic differentiation of MSCs cultured without osteogenic supplements.', reads: [], not: ['bmp-2 induces! msc-osteogenic-differentiation'] },
    { text: 'IL-6 was identified as a factor that promotes osteoclast formation.', reads: ['il-6 promotes osteoclastogenesis'] },
    { text: 'Allogeneic MSCs resulted in less bone loss than untreated controls.', reads: ['msc inhibits bone-resorption'] },
    { text: 'Chronic inflammation results in delayed healing.', reads: ['inflammation inhibits bone-repair'], not: ['inflammation promotes bone-repair'] },
    { text: 'SDF-1 drives MSCs to migrate.', reads: ['cxcl12 promotes msc-migration'], not: ['cxcl12 promotes msc'] },
    { text: 'MSCs promote the proliferation of regulatory T cells.', not: ['msc promotes t-cell-proliferation'] },
    { text: 'MSCs curb T-cell proliferation and expand regulatory T-cell numbers.', reads: ['msc inhibits t-cell-proliferation'], not: ['msc promotes t-cell'] },
    { text: 'IL-4-treated macrophages produced less NFATc1.', reads: ['il-4 reduces nfatc1'], not: ['macrophage expresses nfatc1'] },
    { text: 'These results argue against the idea that IL-4 promotes NFATc1.', not: ['il-4 promotes nfatc1'] },
    { text: 'There is no evidence that IL-4 promotes NFATc1.', not: ['il-4 promotes nfatc1'] },
    { text: 'We did not find that IL-4 promotes NFATc1.', not: ['il-4 promotes nfatc1'] },
    { text: 'IL-4 slightly raised NFATc1, but the difference was not statistically significant.', reads: ['il-4 increases? nfatc1'], not: ['il-4 increases nfatc1'] },
    { text: 'IL-4 has been said to raise NFATc1, but this remains controversial.', reads: ['il-4 increases? nfatc1'], not: ['il-4 increases nfatc1'] },
    { text: 'IL-4 is unlikely to promote NFATc1.', reads: ['il-4 promotes!? nfatc1'] },
    { text: 'Contrary to earlier reports that IL-4 promotes NFATc1, we found that IL-4 inhibits NFATc1.', reads: ['il-4 inhibits nfatc1'], not: ['il-4 promotes nfatc1'] },
    { text: 'M2 macrophages produced lower amounts of TNF-α than M1 macrophages did.', not: ['m2-macrophage reduces tnf-alpha', 'm2-macrophage secretes tnf-alpha'] },
    { text: 'M2 macrophages secreted less TNF-α than M1 macrophages.', not: ['m2-macrophage secretes tnf-alpha'] },
    { text: "IL-4 lowered RANKL's ability to induce osteoclast formation.", reads: ['il-4 reduces osteoclastogenesis', 'rankl induces osteoclastogenesis'], not: ['il-4 induces osteoclastogenesis'] },
    { text: 'Osteoclasts of IL-4 knockout mice respond to RANKL action to induce bone resorption.', reads: ['rankl induces bone-resorption'], not: ['il-4 induces bone-resorption'] },
    { text: 'MSCs lowered the ability of macrophages to produce TNF-α.', reads: ['msc reduces tnf-alpha'] },
    { text: 'MSCs curb the maturation of dendritic cells and their ability to produce TNF-α.', reads: ['msc inhibits tnf-alpha'] },
    { text: 'TNF-α reaches MSCs and lowers their ability to proliferate.', reads: ['tnf-alpha reduces msc-proliferation'] },
    { text: 'MSCs curb the maturation of dendritic cells and their capacity to stimulate T-cell responses.', not: ['msc stimulates t-cell'] },
    { text: 'MSCs abrogated the capacity of ovalbumin-pulsed DC to support T cell proliferation.', reads: ['msc blocks t-cell-proliferation'], not: ['msc promotes t-cell-proliferation'] },
    { text: 'MSCs enhanced the ability of IL-12/IL-18-stimulated NK cells to secrete IFN-γ.', not: ['msc enhances il-12', 'msc secretes ifn-gamma'] },
    { text: 'TNF-α stimulated MSCs to proliferate.', reads: ['tnf-alpha stimulates msc-proliferation'] },
    { text: 'IL-4 prevents MSCs from migrating.', reads: ['il-4 prevents msc-migration'], not: ['il-4 prevents msc'] },
    { text: 'IFN-γ negatively regulated MSC proliferation.', reads: ['ifn-gamma inhibits msc-proliferation'] },
    { text: 'The autophagy induced by IFN-γ lowered the proliferation of MSCs.', reads: ['ifn-gamma reduces msc-proliferation'] },
    { text: 'Members of the TGF-β family inhibit osteoclast formation.', reads: ['tgf-beta inhibits osteoclastogenesis'] },
    { text: 'IL-4 enhanced macrophage type 2 polarization.', reads: ['il-4 enhances m2-polarization'] },
    { text: 'IL-4 serves to restrain osteoclast formation.', reads: ['il-4 inhibits osteoclastogenesis'] },
    { text: 'IL-4 acts as a cytokine to restrain osteoclast formation.', reads: ['il-4 inhibits osteoclastogenesis'] },
    { text: 'Resident macrophages impact on bone formation.', reads: ['macrophage regulates bone-formation'] },
    { text: 'IL-17A is a modulator of inflammation, but also affects osteogenic differentiation of MSCs.', reads: ['il-17 regulates msc-osteogenic-differentiation'] },
    { text: 'MSCs secrete various factors, such as IL-6 and TGF-β1.', reads: ['msc secretes il-6', 'msc secretes tgf-beta1'] },
    { text: 'M1 macrophages release several cytokines, including TNF-α.', reads: ['m1-macrophage secretes tnf-alpha'] },
    { text: 'Several factors including TNF-α inhibit MSC proliferation.', reads: ['tnf-alpha inhibits msc-proliferation'] },
    { text: 'MSCs showed increased osteogenic differentiation after seven days.', not: ['msc increases msc-osteogenic-differentiation'] },
    { text: 'IFN-γ stimulated ALP activity, while inhibiting osteocalcin production.', reads: ['ifn-gamma stimulates alp', 'ifn-gamma inhibits osteocalcin'] },
    { text: 'TNF-α had two effects on MSCs: raising their migration and reducing their proliferation.', reads: ['tnf-alpha increases msc-migration', 'tnf-alpha reduces msc-proliferation'] },
    { text: 'Priming with IFN-γ enhanced the immunosuppressive capacity of MSCs.', reads: ['ifn-gamma enhances msc-immunomodulation'] },
    { text: 'ALP activity was enhanced in cells treated with low concentrations of TNF-α.', reads: ['tnf-alpha enhances alp'] },
    { text: 'After 24 h of TNF-α treatment, expression of RANK was increased.', reads: ['tnf-alpha increases rank'] },
    { text: 'IL-4 does not promote NFATc1.', reads: ['il-4 promotes! nfatc1'] },
    { text: 'TNF-α induces LRG1, which recruits MSCs.', reads: ['tnf-alpha induces lrg1', 'lrg1 promotes msc-recruitment'] },
    { text: 'Chemokines mobilize MSCs and progenitor cells to the injured site.', reads: ['chemokine promotes msc-recruitment', 'chemokine recruits precursor-cell'], not: ['chemokine recruits msc'] },
    { text: 'MSCs secrete TSG-6 and thereby shift macrophages toward the M2 phenotype.', reads: ['msc secretes tsg-6', 'msc promotes m2-macrophage'] },
    { text: 'MSCs reversed the polarization of RAW 264.7 macrophages from M1 as induced by the scaffold to M2.', reads: ['msc promotes m2-macrophage'], not: ['msc reduces m2-macrophage', 'msc reduces macrophage-polarization'] },
    { text: 'MSCs were sensitive to the effect of pro-inflammatory cytokines in vitro.', reads: ['pro-inflammatory-cytokine regulates msc'] },
    { text: 'In vitro, recombinant IL-10 promoted osteogenic differentiation of BMSCs.', reads: ['il-10 promotes msc-osteogenic-differentiation'] },
    { text: 'Macrophages co-cultured with MSCs expressed lower levels of IL-10.', reads: ['msc reduces il-10'], not: ['msc expresses il-10'] },
    { text: 'DFSCs treated with TGF-β2 inhibitors showed increased ALP activity.', reads: ['tgf-beta2 inhibits alp'] },
    { text: 'MSCs showed decreased IL-10 expression.', not: ['msc reduces il-10'] },
    { text: 'After co-culture with MSCs, macrophages showed decreased IL-6 expression.', reads: ['msc reduces il-6'], not: ['macrophage reduces il-6'] },
    { text: 'MSCs showed increased CXCR4 expression after IL-1β stimulation.', reads: ['il-1beta increases cxcr4'], not: ['msc increases cxcr4'] },
    { text: 'Not only MSCs but also M2 macrophages secrete TGF-β.', reads: ['msc secretes tgf-beta', 'm2-macrophage secretes tgf-beta'] },
    { text: 'IL-4 induced macrophage M2 polarization.', reads: ['il-4 induces m2-polarization'], not: ['il-4 induces macrophage'] },
    { text: 'MSCs educate macrophages toward an M2 phenotype.', reads: ['msc promotes m2-macrophage'], not: ['msc regulates macrophage'] },
    { text: 'IL-4-deficient mice had more osteoclasts.', reads: ['il-4 inhibits osteoclastogenesis'] },
    { text: 'MSCs have more potent effects on M2 polarization than exosomes.', not: ['msc increases m2-polarization'] },
    { text: 'MSCs have increased IL-10 secretion in macrophages.', reads: ['msc increases il-10'] },
    { text: 'MSCs reversed the polarization of murine-derived macrophage RAW 264.7 cells from M1 to M2.', reads: ['msc promotes m2-macrophage'], not: ['msc reduces macrophage-polarization'] },
    { text: 'IL-4 reversed the shift of macrophages from M1 to M2.', reads: ['il-4 reduces m2-macrophage'] },
    { text: 'TNF-α did not change the expression of MSC surface markers.', not: ['tnf-alpha not regulates msc'] },
    { text: 'IL-4 increased the expression of M2 markers.', reads: ['il-4 increases m2-macrophage'] },
    { text: 'MSCs reach the damaged tissue through the circulation, probably attracted by inflammatory cytokines.', reads: ['pro-inflammatory-cytokine promotes? msc-recruitment'] },
    { text: 'IL-6 was reported to both suppress and to enhance osteoclastogenesis.', reads: ['il-6 regulates osteoclastogenesis'], not: ['il-6 enhances osteoclastogenesis'] },
    { text: 'Depending on the milieu, MSCs can promote or inhibit osteoclastogenesis.', reads: ['msc regulates osteoclastogenesis'], not: ['msc inhibits osteoclastogenesis'] },
    { text: 'Apoptosis of LPS-treated MSCs was reduced.', reads: ['lps reduces msc-apoptosis'] },
    { text: 'The expression of RANKL in LPS-stimulated osteoblasts was suppressed.', not: ['lps inhibits rankl'] },
    { text: 'TNF-α alone induced a low level of RANKL in osteoblasts, but a high level together with IL-1.', not: ['tnf-alpha inhibits rankl'] },
    { text: 'IFN-γ induced a low level of RANKL expression.', not: ['ifn-gamma inhibits rankl'] },
    { text: 'IL-17 increased T cell cytokines such as RANKL.', reads: ['il-17 increases rankl'], not: ['il-17 increases t-cell'] },
    { text: 'IL-13 drove M1 macrophages to acquire an M2 phenotype.', reads: ['il-13 promotes m2-macrophage'], not: ['il-13 promotes m1-macrophage'] },
    { text: 'Bone loss was caused by increased osteoclastogenesis.', reads: ['osteoclastogenesis induces bone-resorption'] },
    { text: 'IL-1β upregulated genes related to inflammation.', reads: ['il-1beta upregulates inflammation'] },
    { text: 'IFN-β induced apoptosis in RANKL-mediated osteoclastogenesis.', not: ['ifn-beta induces osteoclastogenesis'] },
    { text: 'MSCs primed with NF-κB stimulating ligands such as TNF-α were compared.', not: ['msc stimulates tnf-alpha'] },
    { text: 'MSCs secreting factors such as IL-6 were used.', reads: ['msc secretes il-6'] },
    { text: 'The soluble receptor domain (sRD) binds RANKL and inhibits osteoclast formation.', not: ['rankl inhibits osteoclastogenesis'] },
    { text: 'Osteoclasts from knockout mice had impaired resorptive activity.', not: ['osteoclast inhibits bone-resorption'] },
    { text: 'MSCs from aged donors had reduced osteogenic differentiation.', not: ['msc reduces msc-osteogenic-differentiation'] },
    { text: 'Osteoclast formation was promoted by reduced IL-10.', reads: ['il-10 inhibits osteoclastogenesis'], not: ['il-10 promotes osteoclastogenesis'] },
    { text: 'TNF-α induced impaired fracture healing.', reads: ['tnf-alpha inhibits bone-repair'] },
    { text: 'NFATc1 was reduced in RANKL-activated macrophages.', not: ['rankl reduces nfatc1'] },
    { text: 'NFATc1 levels in RANKL-stimulated macrophages were lowered by IL-4.', reads: ['il-4 reduces nfatc1'], not: ['il-4 reduces macrophage'] },
    { text: 'Hypoxia preconditioned MSCs enhanced the survival of MSCs.', reads: ['hypoxia enhances msc-survival'], not: ['msc enhances msc-survival'] },
    { text: 'IL-6 did not alter ALP expression.', reads: ['il-6 regulates! alp'] },
    { text: 'To investigate how TNF-α influences osteoclast differentiation, we cultured mouse cells.', not: ['tnf-alpha regulates osteoclastogenesis'] },
    { text: 'In this review we discuss how TGF-β controls MSC differentiation.', not: ['tgf-beta regulates msc-differentiation'] },
    { text: 'This review focuses on ways of enhancing the capacity of MSCs to regulate immune responses.', not: ['msc regulates immune-response'] },
    { text: 'We examined IL-4 and found that IL-4 inhibits NFATc1.', reads: ['il-4 inhibits nfatc1'] },
    { text: 'We examined IL-4 and found results that suggest that IL-4 inhibits NFATc1.', reads: ['il-4 inhibits? nfatc1'] },
    { text: 'We identify that IL-4 inhibits NFATc1 in these cells.', reads: ['il-4 inhibits nfatc1'] },
    { text: 'MSCs secrete the anti-inflammatory cytokine, IL-10.', reads: ['msc secretes il-10'], not: ['msc secretes anti-inflammatory-cytokine'] },
    { text: 'In IL-4-treated macrophages, NFATc1 expression was reduced.', reads: ['il-4 reduces nfatc1'] },
    { text: 'IL-4 treated macrophages showed reduced NFATc1 expression.', reads: ['il-4 reduces nfatc1'], not: ['macrophage reduces nfatc1'] },
    { text: 'Hypoxic preconditioning could markedly decrease MSC apoptosis.', reads: ['hypoxia reduces msc-apoptosis'], not: ['hypoxia reduces? msc-apoptosis'] },
    { text: 'Hypoxic preconditioning could decrease MSC apoptosis.', reads: ['hypoxia reduces? msc-apoptosis'] },
    { text: 'We found that hypoxic preconditioning could decrease MSC apoptosis.', reads: ['hypoxia reduces msc-apoptosis'], not: ['hypoxia reduces? msc-apoptosis'] },
    { text: 'These data suggest that hypoxic preconditioning could decrease MSC apoptosis.', reads: ['hypoxia reduces? msc-apoptosis'] },
    { text: 'IL-4 could not suppress NFATc1 in these cells.', reads: ['il-4 suppresses! nfatc1'] },
    { text: 'RANKL is the key factor required for osteoclast formation.', reads: ['rankl promotes osteoclastogenesis'], not: ['osteoclastogenesis promotes rankl'] },
    { text: 'IL-1β and TNF-α both increase osteoclastogenesis.', reads: ['il-1beta increases osteoclastogenesis', 'tnf-alpha increases osteoclastogenesis'] },
    { text: 'IL-1β and IL-99 each enhanced osteoclastogenesis.', reads: ['il-1beta enhances osteoclastogenesis'] },
    { text: 'Blocking GBP1 restored the impaired osteogenesis caused by IFN-γ.', reads: ['ifn-gamma inhibits bone-formation'] },
    { text: 'Macrophages secrete sclerostin, an inhibitor of bone formation.', not: ['macrophage secretes bone-formation'] },
    { text: 'Pretreatment with LPS protects MSCs against apoptosis.', reads: ['lps prevents msc-apoptosis'] },
    { text: 'IFN-γ is a key factor in osteoporosis because it inhibits osteoclast formation.', reads: ['ifn-gamma inhibits osteoclastogenesis'], not: ['osteoporosis inhibits osteoclastogenesis'] },
    { text: 'The bacteria were shown to invade osteoblasts and inhibit bone formation.', not: ['osteoblast inhibits bone-formation'] },
    { text: 'Systemically delivered MSCs can home to the defect and promote bone regeneration.', reads: ['msc promotes bone-repair'] },
    { text: 'The kinase protects osteoclasts from apoptosis, and its loss in myeloid cells prevents bone loss.', not: ['osteoclast prevents bone-resorption'] },
    { text: 'IL-4, IL-10, and IL-13 inhibit osteoclastogenesis.', reads: ['il-13 inhibits osteoclastogenesis'] },
    { text: 'Systemic IL-6 inhibition in the early phase post-fracture reduced inflammation.', reads: ['il-6 promotes inflammation'], not: ['fracture reduces inflammation'] },
    { text: 'Scaffolds face several problems, including poor vascularization, limited osteoinduction and fibrous encapsulation.', not: ['biomaterial-scaffold inhibits msc-osteogenic-differentiation'] },
    { text: 'The effect of IL-17 functional block on bone loss was studied.', not: ['il-17 blocks bone-resorption'] },
    { text: 'IL-4 alone inhibits osteoclastogenesis.', reads: ['il-4 inhibits osteoclastogenesis'] },
    { text: 'Hypoxia-preconditioned MSCs showed better survival.', reads: ['hypoxia increases msc-survival'] },
    { text: 'IL-18 binding protein suppresses IL-17-induced osteoclastogenesis.', reads: ['il-18 promotes osteoclastogenesis'], not: ['il-18 suppresses osteoclastogenesis'] },
    { text: 'M2 macrophages contribute to inflammation remission and tissue repair.', not: ['m2-macrophage promotes inflammation'] },
    { text: 'Pro-inflammatory cytokines recruit macrophages. Excess glucocorticoid signaling as it occurs during stress inhibits macrophage recruitment.', not: ['pro-inflammatory-cytokine inhibits macrophage-recruitment'] },
    { text: 'In cells lacking gp130, we found that the drug blocked STAT3 activation.', not: ['gp130 promotes stat3'] },
    { text: 'Interleukin-4 repairs wear particle induced osteolysis by modulating macrophage polarization.', not: ['il-4 induces bone-resorption'] },
    { text: 'The effect of local IL-4 delivery in a mouse model of wear particle induced osteolysis was studied.', not: ['il-4 induces bone-resorption'] },
    { text: 'Intra-articular injection of MSCs into osteoarthritic mice lowered the number of M1 macrophages.', reads: ['msc-therapy reduces m1-macrophage'] },
    { text: 'Osteoclasts resorb bone. Suspended THP-1 cells were stimulated in order to induce the cells to differentiate into macrophages.', not: ['osteoclast differentiates-into macrophage'] },
    { text: 'Neutralizing antibody against type I IFNs accelerated osteoclast formation.', reads: ['ifn inhibits osteoclastogenesis'] },
    { text: 'The secretome of MSCs promotes resolution of lung inflammation.', reads: ['msc inhibits inflammation'], not: ['msc promotes inflammation'] },
    { text: 'The MSC group showed lower TNF-α expression than the model group.', reads: ['msc reduces tnf-alpha'] },
    { text: 'RANKL-deficient mice completely lack osteoclasts.', reads: ['rankl promotes osteoclast'] },
    { text: 'RANKL-deficient mice had no osteoclasts.', reads: ['rankl promotes osteoclast'] },
    { text: 'MSCs lack RANKL.', not: ['msc reduces rankl'] },
    { text: 'IL-6 silenced MSCs showed reduced migration.', not: ['il-6 promotes msc', 'il-6 suppresses msc'] },
    { text: 'Macrophages interact with bone cells to ensure bone homeostasis.', reads: ['macrophage promotes bone-homeostasis'] },
    { text: 'IL-1 strongly augmented a weak inflammatory response in the knee.', reads: ['il-1 enhances inflammation'], not: ['il-1 inhibits inflammation'] },
    // (What IL-3 did in combination with a partner is the pair's effect: it may agree with the review, never
    // contradict it, so the review's IL-3 statement leaves this reading out; the partner is no subject either.)
    { text: 'IL-3 in combination with MIP-1 alpha or RANKL enhanced osteoclast formation.', not: ['rankl enhances osteoclastogenesis', 'il-3 enhances osteoclastogenesis'] },
    // (Set against the partner alone, the difference is IL-3's own.)
    { text: 'IL-3 in combination with RANKL enhanced osteoclast formation compared with RANKL alone.', reads: ['il-3 enhances osteoclastogenesis'] },
    { text: 'In arthritic joints, OPG depleted osteoclast numbers by over 75%.', reads: ['opg reduces osteoclastogenesis'], not: ['opg promotes osteoclastogenesis'] },
    { text: 'Using a technique for isolation of highly purified mammalian osteoclasts, we showed that estradiol inhibited bone resorption.', not: ['osteoclast inhibits bone-resorption'] },
    { text: 'MSCs attenuate arthritis by inducing Ly6C+ monocytes in periphery that differentiate into macrophages.', reads: ['monocyte differentiates-into macrophage'], not: ['msc differentiates-into macrophage'] },
    { text: 'MSCs attenuate arthritis by inducing a signature that involves cells that differentiate into macrophages.', not: ['msc differentiates-into macrophage'] },
    { text: 'Osteocytes cultured with TNF-α expressed more RANKL.', reads: ['tnf-alpha increases rankl'], not: ['osteocyte expresses rankl'] },
    { text: 'Adding MAPK inhibitors to osteocytes cultured with TNF-α decreased RANKL expression.', not: ['tnf-alpha reduces rankl'] },
    { text: 'Adding MAPK inhibitors to osteocytes treated with TNF-α decreased RANKL expression.', not: ['tnf-alpha reduces rankl'] },
    { text: 'When they were treated with both TNF-α and IL-4, osteoclast formation and bone resorption were suppressed by IL-4.', reads: ['il-4 suppresses osteoclastogenesis'], not: ['il-4 suppresses tnf-alpha'] },
    { text: 'IL-4 has direct effects on osteoclasts.', not: ['il-4 promotes osteoclast'] },
    { text: 'An NF-κB decoy reduced osteoclast number.', reads: ['nf-kappab promotes osteoclastogenesis'], not: ['nf-kappab reduces osteoclastogenesis'] },
    { text: 'A decoy NF-κB oligodeoxynucleotide reduced osteoclast formation.', reads: ['nf-kappab promotes osteoclastogenesis'], not: ['nf-kappab reduces osteoclastogenesis'] },
    { text: 'TNF-α inhibited macrophage-osteoclast differentiation.', reads: ['tnf-alpha inhibits osteoclastogenesis'], not: ['tnf-alpha inhibits macrophage'] },
    { text: 'IL-17 induces direct and indirect effects on osteoclasts.', reads: ['il-17 regulates osteoclast'], not: ['il-17 induces osteoclast'] },
    { text: 'TNF-α can exert opposing effects on MSCs.', not: ['tnf-alpha inhibits msc'] },
    { text: 'IL-4 reduced bone loss. Blocking its receptor failed to abrogate its effects on osteoclasts.', not: ['il-4 regulates! osteoclast'] },
    { text: 'Hypoxia-preconditioned MSCs showed increased cell survival.', reads: ['hypoxia increases msc-survival'] },
    { text: 'IL-4-treated macrophages showed much lower NFATc1 expression.', reads: ['il-4 reduces nfatc1'], not: ['macrophage reduces nfatc1'] },
    { text: 'At two weeks, the callus of IL-6-/- mice had reduced osteoclast density.', reads: ['il-6 promotes osteoclastogenesis'] },
    { text: 'IL-6 acts on MSCs, and IL-4 can still signal in macrophages lacking the receptor chain.', reads: ['il-6 regulates msc', 'il-4 regulates macrophage'] },
    { text: 'The receptor transduced IL-1β signal in synovial MSCs.', not: ['il-1beta regulates msc'] },
    { text: 'Inflammatory licensed MSCs promote tissue repair.', reads: ['msc promotes tissue-regeneration'] },
    // (The object of a gerund in a phrase set off before the clause is not its subject.)
    { text: 'In addition to affecting osteoblasts, oestrogen reduces osteoclast formation.', not: ['osteoblast reduces osteoclastogenesis'] },
    // (After a list closed by its coordinator, ", and" with a list ending in a verb opens the next clause.)
    { text: 'The M1 proinflammatory phenotype is induced by LPS, IFN-γ and GM-CSF, and IL-4, IL-13 and M-CSF induce M2 macrophages.', reads: ['il-4 induces m2-macrophage', 'ifn-gamma induces pro-inflammatory-phenotype'], not: ['il-4 induces pro-inflammatory-phenotype'] },
    // (Plain nouns naming a model may stand between a preposition and a term that qualifies the next noun.)
    { text: 'Transplantation of primed MSCs into a mouse ear skin inflammation model reduced TNF-α.', reads: ['msc-therapy reduces tnf-alpha'], not: ['inflammation reduces tnf-alpha'] },
    // (Antisense RNA after a term and a dominant-negative form before it take the term away; so does a
    // transfection with a silencing RNA.)
    { text: 'RANKL antisense RNA reduced osteoclastogenesis.', reads: ['rankl promotes osteoclastogenesis'], not: ['rankl reduces osteoclastogenesis'] },
    { text: 'A dominant-negative STAT3 reduced osteoclastogenesis.', reads: ['stat3 promotes osteoclastogenesis'], not: ['stat3 reduces osteoclastogenesis'] },
    { text: 'Transfection with RANKL siRNA reduced osteoclastogenesis.', reads: ['rankl promotes osteoclastogenesis'] },
    { text: 'CCL2/CCR2 axis blockade suppresses osteoclast activity.', reads: ['ccl2 promotes osteoclast'], not: ['ccl2 suppresses osteoclast'] },
    // (Rescuing a term that names a loss counters the loss.)
    { text: 'Bone loss was rescued by IL-6.', not: ['il-6 promotes bone-resorption'] },
    { text: 'OPG rescued bone loss in ovariectomized mice.', reads: ['opg reduces bone-resorption'], not: ['opg promotes bone-resorption'] },
    // (A process glued after "anti-" is turned around.)
    { text: 'MSCs promote anti-inflammatory signalling.', reads: ['msc inhibits inflammation'], not: ['msc promotes inflammation'] },
    { text: 'IFN-γ induces IDO, which depletes tryptophan necessary to support the proliferation of activated T cells.', not: ['ido promotes t-cell-proliferation'] },
    { text: 'The third day may be the best time for an injection of MSCs to accelerate fracture healing.', reads: ['msc-therapy promotes bone-repair'] },
    { text: 'MSCs were cultured for osteogenic differentiation to raise ALP.', not: ['msc-osteogenic-differentiation promotes alp', 'msc-osteogenic-differentiation increases alp'] },
    { text: 'During the inflammatory phase, the fiber released IL-10, polarizing macrophages into the M2 phenotype.', not: ['inflammation secretes il-10', 'inflammation promotes m2-macrophage', 'inflammation promotes m2-polarization'] },
    // (A comparison after the object's comma names what the object is likened to, not a second object.)
    { text: 'Osteoclasts may inhibit vascular calcification, similar to the process of bone resorption.', not: ['osteoclast inhibits? bone-resorption'] },
    // (After the main clause's comma and "while", a subject pronoun goes on with the main clause's subject.)
    { text: 'Strikingly, IFN-γ also enhanced TNF-α expression, while it strongly suppressed osteoprotegerin expression.', reads: ['ifn-gamma suppresses opg'], not: ['tnf-alpha suppresses opg'] },
    // (A miRNA the lexicon does not hold is named for what carries it; what it does itself is not read.)
    { text: 'Cell transfection showed that miR-423-5p regulates osteogenesis in MSCs.', not: ['mirna regulates bone-formation', 'mirna regulates msc-osteogenic-differentiation'] },
    { text: 'miR-182-5p transferred by the exosomes derived from MSCs protected the heart.', reads: ['exosome transfers mirna'] },
    // (A medium the cells gave off acts as they do; so does a term added alongside another.)
    { text: 'Macrophage-derived supernatants inhibited osteogenic differentiation of MSCs.', reads: ['macrophage inhibits msc-osteogenic-differentiation'] },
    { text: 'Resorption was abolished by co-addition of OPG.', reads: ['opg blocks bone-resorption'] },
    // (A disease right before a process names where it happens: the process is the object.)
    { text: 'Chronic inflammation impaired alveolar bone defect healing.', reads: ['inflammation inhibits bone-repair'], not: ['inflammation inhibits bone-defect'] },
    // (After a turn into a lineage, a gerund says what the turn brings about, not what the cells do.)
    { text: 'With age, MSCs are increasingly differentiated into adipocytes, reducing the number of osteoblasts.', not: ['msc reduces osteoblast'] },
    // (So does "which" after the turn, past the lineage it was turned away from, or after a turn into a state.)
    { text: 'With age, BMSCs differentiate into more adipocytes rather than osteoblasts, which leads to decreased bone formation.', reads: ['msc differentiates-into adipocyte'], not: ['osteoblast inhibits bone-formation'] },
    { text: 'With age, BMSCs differentiate into adipocytes rather than osteoblasts and undergo senescence, which leads to decreased bone formation.', not: ['msc inhibits bone-formation'] },
    { text: 'MSCs release factors, which reduce inflammation.', reads: ['msc reduces inflammation'] },
    // (After a verb without a direction, "and" and a participle before a noun go on with a list whose first item
    // opens with an article and a participle; after a verb with one, the participle is still a coordinate verb.)
    { text: 'The stromal cell phenotype involved a weakened expression of osterix, and reduced mineral deposition.', not: ['msc reduces bone-mineralization', 'osterix reduces bone-mineralization'] },
    { text: 'MSCs caused a reduced inflammation and enhanced bone formation.', reads: ['msc inhibits inflammation', 'msc enhances bone-formation'] },
    // (A result of several changes, one named after the nearest term, is no one term's.)
    { text: 'Treated stromal cells showed increased expression of RANKL and OPG, and strong inhibition of M-CSF expression, resulting in reduced osteoclast development.', not: ['rankl inhibits osteoclastogenesis', 'opg inhibits osteoclastogenesis'] },
    { text: 'IL-4 lowered NFATc1 expression, resulting in less osteoclastogenesis.', reads: ['il-4 inhibits osteoclastogenesis'] },
    // (A relative clause after an agent noun's "of" is about the agent: the one the copula names, or none.)
    { text: 'These findings identify RBP-J as a negative regulator of osteoclastogenesis that restrains bone resorption.', not: ['osteoclastogenesis inhibits bone-resorption'] },
    { text: 'IL-4 is an inhibitor of osteoclastogenesis that restrains bone resorption.', reads: ['il-4 inhibits bone-resorption'], not: ['osteoclastogenesis inhibits bone-resorption'] },
    // (Bringing about a term's modulation moves it no one way.)
    { text: 'The secretome of MSCs induces inflammatory cytokines modulation in vitro.', reads: ['msc regulates pro-inflammatory-cytokine'], not: ['msc induces pro-inflammatory-cytokine'] },
    // (A verb after a relative clause closed by a comma has the antecedent for its subject, not a term inside the
    // clause; an antecedent the lexicon does not name leaves no actor.)
    { text: 'P-PRP, which had similar platelet counts but lower concentrations of leukocytes and pro-inflammatory cytokines compared with L-PRP, promoted the proliferation of MSCs.', not: ['pro-inflammatory-cytokine promotes msc-proliferation', 'immune-cell promotes msc-proliferation'] },
    { text: 'Altering macrophage activation after fracture may represent a strategy for preventing delayed healing.', reads: ['macrophage-activation promotes bone-repair'] },
    // ("therefore" before a participle of result joins it to the verb before, as "thereby" and "thus" do.)
    { text: 'The drug promotes osteoblast differentiation and inhibits osteoclast differentiation, therefore reducing bone resorption.', not: ['osteoclastogenesis reduces bone-resorption'] },
    { text: 'IL-4 lowered NFATc1 expression, therefore suppressing osteoclastogenesis.', reads: ['nfatc1 promotes osteoclastogenesis'] },
    // (Treating a function is using the cells for it: the function is steered, not lowered; an ailment is lowered.)
    { text: 'MSCs show promise in treating autoimmune diseases and bone regeneration.', reads: ['msc regulates bone-repair', 'msc reduces immune-disease'], not: ['msc reduces bone-repair'] },
    { text: 'MSCs show promise in treating autoimmune diseases, bone and cartilage regeneration and wound defects.', reads: ['msc regulates bone-repair'], not: ['msc reduces bone-repair'] },
    // (After "a" and a process the paragraph's cells make a term, a bare form heads the noun phrase.)
    { text: 'Osteoclast differentiation depends on RANK. Mice lacking c-Fos show osteopetrosis due to a differentiation block in the osteoclast lineage.', not: ['c-fos promotes osteoclast', 'c-fos blocks osteoclast'] },
    // (A present-tense verb of change right after its subject is the change, counted once.)
    { text: 'M2 macrophages decrease with age, resulting in impaired bone repair.', reads: ['m2-macrophage promotes bone-repair'], not: ['m2-macrophage inhibits bone-repair'] },
    // (A method's name is no verb: "reverse" here reverses nothing.)
    { text: 'Osteoblast activity was assessed using reverse transcription PCR and TRAP staining.', not: ['osteoblast reduces trap'] },
  ],
};
