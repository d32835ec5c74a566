/**
 * The grammar word lists of claim reading, typed. The words themselves live in grammar.json (one
 * table per list, each with why it exists); adding a cue word is a data change, not a code change.
 */
import type { Sign } from '../lexicon/relations';
import { signOf } from '../lexicon/relations';
import data from './grammar.json';

export interface VerbCue {
  relation: string;
  sign: Sign;
}

type Table = { why: string; words: readonly string[] | Readonly<Record<string, unknown>> };
const tables = data as unknown as Record<string, Table>;

function words(name: string): ReadonlySet<string> {
  const t = tables[name];
  if (!t || !Array.isArray(t.words)) throw new Error(`grammar.json: "${name}" is not a word list`);
  return new Set(t.words.map((w) => lowerCased(name, w)));
}

/** Tokens are compared in lower case: a word written otherwise in a table would never match. */
function lowerCased(name: string, w: string): string {
  if (w !== w.toLowerCase()) throw new Error(`grammar.json: "${name}" lists "${w}", which is not lower case and would never match a token`);
  return w;
}

function map<V>(name: string): Readonly<Record<string, V>> {
  const t = tables[name];
  if (!t || Array.isArray(t.words)) throw new Error(`grammar.json: "${name}" is not a word map`);
  for (const w of Object.keys(t.words)) lowerCased(name, w);
  // No prototype: a word such as "constructor" must not find an inherited function.
  return Object.assign(Object.create(null) as Record<string, V>, t.words as Record<string, V>);
}

/** Lemma → relation and sign (the sign always comes from the relation table). */
export const VERB_CUES: Readonly<Record<string, VerbCue>> = (() => {
  const out = Object.create(null) as Record<string, VerbCue>;
  for (const [lemma, relation] of Object.entries(map<string>('verbs'))) out[lemma] = { relation, sign: signOf(relation) };
  return out;
})();

export const NOMINAL_CUES = map<Sign>('nominalCues');
export const COMPOUND_CUES = map<Sign | 'source' | 'producer' | 'expresser' | 'modifier'>('compoundCues');
export const ACTOR_COMPOUND_CUES = map<Sign>('actorCompoundCues');
export const MEDIUM_NOUNS = words('mediumNouns');
export const EFFECT_ADJECTIVES = map<Sign>('effectAdjectives');
export const AGENT_NOUNS = map<Sign>('agentNouns');
export const REGULATOR_ADJECTIVES = map<Sign>('regulatorAdjectives');
export const PREDICATE_ADJECTIVES = map<Sign>('predicateAdjectives');
export const CHANGE_VERBS = map<Sign>('changeVerbs');
export const CHANGED_PARTICIPLES = map<Sign>('changedParticiples');
/** Participles of no change ("unaffected", "unaltered"): before "by", a neutral cue that is denied. */
export const UNCHANGED_PARTICIPLES = words('unchangedParticiples');
export const FOUND_IN_PARTICIPLES = map<string>('foundInParticiples');
export const PATHWAY_POSITIONS = map<'downstream' | 'upstream'>('pathwayPositions');

export const SCAFFOLD_NOUNS = words('scaffoldNouns');
/** 'miR-146a delivered by MSC vesicles': participles that name the carrier a cargo came in. */
export const DELIVERING_PARTICIPLES = words('deliveringParticiples');
/** 'The interaction of macrophages and MSCs': nouns of two cells' meeting, whose effect is neither member's alone. */
export const JOINT_ACTION_NOUNS = words('jointActionNouns');
export const REVERSING_SUBJECT_NOUNS = words('reversingSubjectNouns');
export const DIMINISHING_ADJECTIVES = words('diminishingAdjectives');
/** Adjective → the spelling of the process it names ("osteoclastogenic" → "osteoclastogenesis"). */
export const PROCESS_ADJECTIVES = map<string>('processAdjectives');
/** Adjective → [process spelling, sign]: the adjective gives the direction itself ("immunosuppressive"). */
export const SIGNED_PROCESS_ADJECTIVES = map<readonly [string, Sign]>('signedProcessAdjectives');
export const DEPENDENCE_ADJECTIVES = words('dependenceAdjectives');
export const PRECURSOR_NOUNS = words('precursorNouns');
/** 'is under the control of X': the nouns after 'under' that make X a regulator. */
export const CONTROL_NOUNS = words('controlNouns');
/** 'TNF-α converting enzyme': words before 'enzyme' that make a term the name of another molecule. */
export const ENZYME_PARTICIPLES = words('enzymeParticiples');
/** 'used in the treatment of Y': nouns of a therapy's purpose. */
export const THERAPY_NOUNS = words('therapyNouns');
/** A verb that is a process done to its object → the nouns that name the process ('resorb' → resorption). */
export const PROCESS_VERBS = map<readonly string[]>('processVerbs');
/** 'MSCs have been used / applied in the treatment of Y': participles of putting a term to use. */
export const USE_WORDS = words('useWords');
/** 'lower in women with high IL-1β': people or animals described by what they have (an observed association). */
export const POPULATION_NOUNS = words('populationNouns');
/** 'used in many preclinical and clinical studies as …': nouns that end a study setting after a participle of use. */
export const STUDY_SETTING_NOUNS = words('studySettingNouns');
export const RESEARCH_PARTICIPLES = words('researchParticiples');
/** 'beneficial / promising for osteoarthritis': adjectives of benefit, against a disease. */
export const BENEFIT_ADJECTIVES = words('benefitAdjectives');
/** 'scaffolds containing BMP-4': participles that name what a carrier holds. */
export const CARGO_PARTICIPLES = words('cargoParticiples');
/** 'the ratio of iNOS+/CD206+ macrophages': nouns that make a slash divide. */
export const RATIO_NOUNS = words('ratioNouns');
export const BALANCE_NOUNS = words('balanceNouns');
export const REQUIREMENT_NOUNS = words('requirementNouns');
export const DRIVING_PARTICIPLES = words('drivingParticiples');
/** 'required to achieve Y': verbs of reaching a goal after a need. */
export const ACHIEVING_VERBS = words('achievingVerbs');
export const WEIGHTY_NOUNS = words('weightyNouns');
/** 'remains under the control of X': verbs that put a subject in a state, as a copula does. */
export const STAYING_VERBS = words('stayingVerbs');
/** 'through the upstream RANKL/RANK pathway': words placing a pathway that do not change the term. */
export const PATHWAY_MODIFIERS = words('pathwayModifiers');
/** 'effects similar to those of X': adjectives comparing an effect with another's. */
export const COMPARISON_ADJECTIVES = words('comparisonAdjectives');
export const ATTRACTANT_WORDS = words('attractantWords');
export const SOURCE_NOUNS = words('sourceNouns');
export const FROM_VERBS = words('fromVerbs');
export const STEERING_VERBS = words('steeringVerbs');
export const TURNING_VERBS = words('turningVerbs');
export const CHEMOTACTIC_ACTIONS = words('chemotacticActions');
export const MOVING_VERB_FORMS = words('movingVerbForms');
export const REQUIREMENT_ADJECTIVES = words('requirementAdjectives');
export const PROMISE_NOUNS = words('promiseNouns');
export const PROMISE_ADJECTIVES = words('promiseAdjectives');
/** Verbs that offer or equate a thing with a therapy ('may offer a therapy for Y'), as the copula does. */
export const OFFERING_VERBS = words('offeringVerbs');
/** Nouns of putting a term to use before 'of' ('the use of MSCs for the treatment of Y'): a use claim. */
export const USE_NOUNS = words('useNouns');
export const PROMISE_VERBS = words('promiseVerbs');
export const NEGATORS = words('negators');
export const FAILURE_VERBS = words('failureVerbs');
export const MODAL_HEDGES = words('modalHedges');
/** Adjectives that may stand between a subject and its verb ("IL-4 alone inhibits"). */
export const FLOATING_ADJECTIVES = words('floatingAdjectives');
/** Participles of causing glued to a cause without a hyphen ("wear particle induced osteolysis"). */
export const CAUSING_PARTICIPLES = words('causingParticiples');
/** Words that say results are lacking ("few data described …"). */
export const SCARCITY_WORDS = words('scarcityWords');
/** Verbs whose "that" opens the clause they report (with the finding and hedging verbs). */
export const REPORTING_VERBS = words('reportingVerbs');
export const REFUTING_WORDS = words('refutingWords');
export const UNCONFIRMED_PARTICIPLES = words('unconfirmedParticiples');
/** Words opening a subordinate clause ("as it occurs during …"): its subject is not the main verb's. */
export const SUBORDINATORS = words('subordinators');
/** Nouns for what a study found ("these results define a role for X"): their verb reports, it does not ask. */
export const RESULT_NOUNS = words('resultNouns');
/** Adjectives of rank before a predicate noun ("the main source of"): a contrast denies the rank only. */
export const PRIMACY_ADJECTIVES = words('primacyAdjectives');
export const HEDGE_WORDS = words('hedgeWords');
export const RESULT_ADVERBS = words('resultAdverbs');
export const REPORTED_RESULT_PARTICIPLES = words('reportedResultParticiples');
export const REVERSING_PREFIXES = words('reversingPrefixes');
/** Cause phrases as word sequences ("due to" → ["due", "to"]). */
/** 'Y occurs due to X': verbs of happening before a cause phrase. */
export const OCCURRENCE_VERBS = words('occurrenceVerbs');
export const CAUSE_PHRASES: readonly (readonly string[])[] = [...words('causePhrases')].map((p) => p.split(' '));
export const RECIPROCAL_PHRASES: readonly (readonly string[])[] = [...words('reciprocalPhrases')].map((p) => p.split(' '));
export const MANNER_NOUNS = words('mannerNouns');
export const APPOSITION_OPENERS = words('appositionOpeners');
/** Articles and possessives before which no verb stands: a cue word right after one is a noun or adjective. */
export const NOUN_ONLY_DETERMINERS = words('nounOnlyDeterminers');
/** 'its', 'their': whose effect a phrase names. */
export const POSSESSIVE_WORDS = words('possessiveWords');
export const FROM_PARTICLES = words('fromParticles');
export const TREATMENT_CLAUSE_OPENERS = words('treatmentClauseOpeners');
export const TREATMENT_PARTICIPLES = words('treatmentParticiples');
export const STIMULUS_PARTICIPLES = words('stimulusParticiples');
export const ADOPTING_VERBS = words('adoptingVerbs');
export const RECEIVING_WORDS = words('receivingWords');
/** 'adding inhibitors to osteocytes treated with …': where something is put. */
export const DESTINATION_PREPOSITIONS = words('destinationPrepositions');
export const MOVING_DESTINATIONS = words('movingDestinations');
export const BASELINE_CELL_WORDS = words('baselineCellWords');
export const RANK_MODIFIERS = words('rankModifiers');
export const PARTITIVE_HEADS = words('partitiveHeads');
export const FLOATING_QUANTIFIERS = words('floatingQuantifiers');
export const VARIANT_WORDS = words('variantWords');
export const CONTRAST_GERUND_OPENERS = words('contrastGerundOpeners');
export const CONTRAST_CLAUSE_OPENERS = words('contrastClauseOpeners');
export const SINGULAR_VERB_FORMS = words('singularVerbForms');
export const DESCRIBING_PARTICIPLES = words('describingParticiples');
export const PROMISE_RESULT_NOUNS = words('promiseResultNouns');
export const HEDGE_VERBS = words('hedgeVerbs');
export const AUXILIARIES = words('auxiliaries');
export const BE_FORMS = words('beForms');
export const COORDINATORS = words('coordinators');
export const CLAUSE_BREAKERS = words('clauseBreakers');
export const DETERMINERS = words('determiners');
export const PREPOSITIONS = words('prepositions');
export const LINEAGE_INTO = words('lineageInto');
export const CONTACT_WORDS = words('contactWords');
export const RAISING_WORDS = words('raisingWords');
export const RAISING_COORDINATORS = words('raisingCoordinators');
export const LESSER_ABILITY_WORDS = words('lesserAbilityWords');
export const PURPOSE_VERBS = words('purposeVerbs');
export const CONTINUATION = words('continuation');
export const RECRUITING_LEMMAS = words('recruitingLemmas');
export const MOBILIZING_LEMMAS = words('mobilizingLemmas');
export const OBJECT_STOPPERS = words('objectStoppers');
export const OBJECT_PASS_WORDS = words('objectPassWords');
export const PHENOTYPE_SHIFT_NOUNS = words('phenotypeShiftNouns');
export const MARKER_NOUNS = words('markerNouns');
/** 'osteoclast differentiation factors including NFATc1': nouns after a process for what drives it. */
export const DRIVING_FACTOR_NOUNS = words('drivingFactorNouns');
/** 'formation of osteoclasts from monocytes': nouns of cells coming into being. */
export const FORMATION_NOUNS = words('formationNouns');
/** 'by an IL-17-mediated pathway': nouns of a route a term drives. */
export const ROUTE_NOUNS = words('routeNouns');
/** 'the IL-4 receptor', 'the receptor for IL-4': a ligand's receptor, not the ligand. */
export const RECEPTOR_NOUNS = words('receptorNouns');
/** 'CCR2 ligands': nouns after a receptor's term that name what binds it. */
export const LIGAND_NOUNS = words('ligandNouns');
export const MARKER_MODIFIERS = words('markerModifiers');
export const CELL_PROPERTY_NOUNS = words('cellPropertyNouns');
export const FUNCTION_NOUNS = words('functionNouns');
export const VERB_GROUP_WORDS = words('verbGroupWords');
export const SOURCE_PARTICIPLES = words('sourceParticiples');
export const REMOVAL_GERUNDS = words('removalGerunds');
export const LOCATIVE_PREPOSITIONS = words('locativePrepositions');
export const AGENT_INTRODUCERS = words('agentIntroducers');
export const GIVING_NOUNS = words('givingNouns');
export const NOMINAL_AGENT_WORDS = words('nominalAgentWords');
export const CONDITION_WORDS = words('conditionWords');
export const EFFECT_NOUNS = words('effectNouns');
export const TARGETED_EFFECT_NOUNS = words('targetedEffectNouns');
export const EXAMINED_EFFECT_NOUNS = words('examinedEffectNouns');
export const NOUN_PHRASE_OPENERS = words('nounPhraseOpeners');
export const SERIES_NOUNS = words('seriesNouns');
export const ROLE_NOUNS = words('roleNouns');
export const HARM_ACTIONS = words('harmActions');
export const ASKED_WORDS = words('askedWords');
export const SET_OFF_CONNECTIVES = words('setOffConnectives');
export const CULTURE_NOUNS = words('cultureNouns');
export const COLLECTED_PARTICIPLES = words('collectedParticiples');
export const TEMPORAL_PREPOSITIONS = words('temporalPrepositions');
export const TREATMENT_NOUNS = words('treatmentNouns');
export const SIGNAL_NOUNS = words('signalNouns');
export const COUNT_COMPARATIVES = words('countComparatives');
export const CLAUSE_JOINERS = words('clauseJoiners');
export const PRODUCT_NOUNS = words('productNouns');
export const CARRIER_NOUNS = words('carrierNouns');
export const EQUATING_VERBS = words('equatingVerbs');
/** Participles of regard ("considered", "deemed") that equate like the copula; denied, they state nothing. */
export const REGARDING_VERBS = words('regardingVerbs');
export const RESPONSE_NOUNS = words('responseNouns');
export const REPORT_SOURCES = words('reportSources');
export const GAIN_OF_FUNCTION_NOUNS = words('gainOfFunctionNouns');
export const BINDING_PARTNER_NOUNS = words('bindingPartnerNouns');
export const TUNING_GERUNDS = words('tuningGerunds');
export const INACTIVE_STATES = words('inactiveStates');
export const SELECTIVITY_ADVERBS = words('selectivityAdverbs');
export const PROPERTY_NOUNS = words('propertyNouns');
export const SIGNED_EFFECT_NOUNS = map<Sign>('signedEffectNouns');
/** Adjectives of an effect's worth to the patient ('beneficial', 'deleterious'): on an ailment they reverse. */
export const VALUE_ADJECTIVES = map<Sign>('valueAdjectives');
export const BEYOND_WORDS = words('beyondWords');
export const COMPOUND_AGENT_NOUNS = words('compoundAgentNouns');
export const OBSERVATION_WORDS = words('observationWords');
export const EFFECT_VERBS = words('effectVerbs');
export const EFFECT_PARTICIPLES = words('effectParticiples');
export const INVOLVEMENT_WORDS = words('involvementWords');
export const LOSS_OF_FUNCTION_NOUNS = words('lossOfFunctionNouns');
/** 'a decoy NF-κB oligodeoxynucleotide': removal named before the term. */
export const LOSS_WORDS_BEFORE_TERM = words('lossWordsBeforeTerm');
export const NEUTRALIZING_PARTICIPLES = words('neutralizingParticiples');
export const AMOUNT_NOUNS = words('amountNouns');
export const COMBINATION_NOUNS = words('combinationNouns');
export const LOSS_OF_FUNCTION_COMPOUNDS = words('lossOfFunctionCompounds');
export const ENGINEERED_WORDS = words('engineeredWords');
export const NOMINAL_DENIALS = words('nominalDenials');
export const ABSENCE_WORDS = words('absenceWords');
export const PRESENCE_WORDS = words('presenceWords');
export const SUFFICIENCY_WORDS = words('sufficiencyWords');
export const MODEL_NOUNS = words('modelNouns');
export const MODEL_PART_NOUNS = words('modelPartNouns');
export const TISSUE_WORDS = words('tissueWords');
export const RESIDENT_TISSUE_ADJECTIVES = words('residentTissueAdjectives');
export const CELL_WHOLE_NOUNS = words('cellWholeNouns');
export const PHASE_TELLING_VERBS = words('phaseTellingVerbs');
export const TAKING_WORDS = words('takingWords');
export const SUBSET_MODIFIERS = words('subsetModifiers');
export const NOUN_MODIFIERS = words('nounModifiers');
export const REFERRING_NOUNS = map<readonly string[]>('referringNouns');
export const ANAPHORIC_HEADS = words('anaphoricHeads');
export const INTERFERING_WORDS = words('interferingWords');
export const DELIVERED_PARTICIPLES = words('deliveredParticiples');
export const PRONOUNS = map<'singular' | 'plural'>('pronouns');
export const EXPLETIVE_FOLLOWERS = words('expletiveFollowers');
export const EXPLETIVE_LINKING_VERBS = words('expletiveLinkingVerbs');
export const PRONOUN_VERB_GROUP_ADVERBS = words('pronounVerbGroupAdverbs');
export const COMPANION_CUES = words('companionCues');
export const DURATION_NOUNS = words('durationNouns');
/** Nouns of a span of time: the duration nouns and a few more. */
export const SPAN_OF_TIME_NOUNS: ReadonlySet<string> = new Set([...DURATION_NOUNS, ...words('spanOfTimeNouns')]);
/** "improved joint inflammation": betterment lessens an ailment. */
export const BETTERMENT_VERBS = words('bettermentVerbs');
/** Verbs of remedy ('ameliorate'): they lessen an ailment and better anything else. */
export const REMEDY_VERBS = words('remedyVerbs');
/** Verbs of treating ('treat'): they lessen an ailment and steer a function they are used for. */
export const TREATING_VERBS = words('treatingVerbs');
/** Words naming a function in a term's spelling ('MSC migration'): a remedy betters such a term. */
export const FUNCTION_WORDS = words('functionWords');
/** "improved the immune microenvironment": bettering a surrounding state steers it, with no direction. */
export const MILIEU_NOUNS = words('milieuNouns');
/** "improves bone resorption": bettering a breakdown or turnover steers it, with no direction. */
export const BREAKDOWN_NOUNS = words('breakdownNouns');
/** Nouns of a share of cells after their name ('a monocyte subset that …'): the clause is said of the cells. */
export const CELL_SUBSET_NOUNS = words('cellSubsetNouns');
/** "have higher rates of bone turnover": a noun of quantity between an amount compared and its term. */
export const QUANTITY_NOUNS = words('quantityNouns');
/** "pro-proliferative effects on MSCs": an adjective naming a cell's action ('anti-' against it). */
export const ACTION_ADJECTIVES = map<string>('actionAdjectives');
/** "a role in the early stage of fracture repair": a part of a process in time. */
export const PHASE_NOUNS = words('phaseNouns');
export const NEUTRAL_NOMINALS = words('neutralNominals');
export const LINK_NOUNS = words('linkNouns');
export const SOURCE_NOMINALS = map<string>('sourceNominals');
export const EFFECT_TARGETS = words('effectTargets');
export const OPEN_SOURCE_CUES = words('openSourceCues');
export const LINEAGE_NOUNS = words('lineageNouns');
export const LINEAGE_LIST_CUES = words('lineageListCues');
export const SPECIAL_MODELS = words('specialModels');
/** Nouns of a share: a denial of an effect on "part of Y" denies no effect on Y. */
export const SHARE_NOUNS = words('shareNouns');
/** Settings named by a phrase ("under inflammatory conditions"), as word sequences. */
export const SPECIAL_SETTINGS: readonly (readonly string[])[] = [...words('specialSettings')].map((p) => p.split(' '));
/** Prepositions that name the way an effect passes ("indirectly through lymphocytes"). */
export const MEDIATING_PREPOSITIONS = words('mediatingPrepositions');
export const CONTRAST_CUES = words('contrastCues');
export const FRONTED_COMPANION_CUES = map<Sign>('frontedCompanionCues');
export const ASSOCIATION_WORDS = words('associationWords');
export const ASSOCIATION_ADVERBS = map<Sign>('associationAdverbs');
export const OUTCOME_ADJECTIVES = map<Sign>('outcomeAdjectives');
/** Change words that name an engineered kind of a term ("genetically modified MSCs"), not a change in what it does. */
export const ENGINEERING_WORDS = words('engineeringWords');
/** Nouns of a change with no direction before "of" and a term ("dysregulation of macrophages"). */
export const UNDIRECTED_CHANGE_NOUNS = words('undirectedChangeNouns');
export const UNDIRECTED_CHANGE_WORDS = words('undirectedChangeWords');
/** 'mice are resistant (prone) to bone loss': the subject has less (more) of what follows. */
export const RESISTANCE_ADJECTIVES = map<Sign>('resistanceAdjectives');
/** 'more resistant', 'less prone'. */
export const DEGREE_WORDS = words('degreeWords');
export const COMPARATIVE_INTENSIFIERS = words('comparativeIntensifiers');
export const VERB_PARTICLES = map<string>('verbParticles');
export const TREATED_NOUNS = words('treatedNouns');
/** Nouns of exposing cells to a factor ('exposure of macrophages to IL-4'): the factor after 'to' acts. */
export const EXPOSURE_NOUNS = words('exposureNouns');
/** Gerunds of treating, with the treatment nouns that look like gerunds ("priming"). */
export const TREATING_GERUNDS: ReadonlySet<string> = new Set([...words('treatingGerunds'), ...[...TREATED_NOUNS].filter((w) => w.endsWith('ing'))]);
export const PRIMING_NOUNS = words('primingNouns');
export const TIME_UNITS = words('timeUnits');
export const AIM_WORDS = words('aimWords');
export const INQUIRY_VERBS = words('inquiryVerbs');
/** The inquiry verbs in every form ("examine", "examines", "examined", "studied"). */
export const INQUIRERS = words('inquirers');
export const FINDING_VERBS = words('findingVerbs');
export const IDEA_NOUNS = words('ideaNouns');
export const AGAINST_VERBS = words('againstVerbs');
/** '… are also discussed (here, in this review)': the passive that ends a scope statement. */
export const SCOPE_PARTICIPLES = words('scopeParticiples');
/** 'are also discussed here': words around that participle. */
export const SCOPE_FILLER_WORDS = words('scopeFillerWords');
export const INQUIRY_VERB_FORMS: ReadonlySet<string> = new Set([...INQUIRY_VERBS].flatMap((w) => [w, /(?:s|sh|ch|x)$/.test(w) ? `${w}es` : `${w}s`, w.endsWith('e') ? `${w}d` : `${w}ed`, w.replace(/y$/, 'ies'), w.replace(/y$/, 'ied')]));
/** 'performed to observe the effect of X on Y': verbs that ask only after "to", as an infinitive of purpose. */
export const PURPOSE_INQUIRY_VERBS = words('purposeInquiryVerbs');
export const UNSETTLED_WORDS = words('unsettledWords');
export const SETTLED_WORDS = words('settledWords');
export const SHOWING_VERBS = words('showingVerbs');
/** 'determined through the knockout cells that …': how a finding was made, before its that-clause. */
export const FINDING_MEANS_PREPOSITIONS = words('findingMeansPrepositions');
/** 'MSCs have the capacity for homing': verbs by which a term has an ability. */
export const ABILITY_HAVING_VERBS = words('abilityHavingVerbs');
/** 'a strong capacity for homing': words of degree that keep a noun of ability's sense. */
export const ABILITY_DEGREE_ADJECTIVES = words('abilityDegreeAdjectives');
export const HOLDING_VERBS = words('holdingVerbs');
export const SHOWN_AMOUNTS = map<Sign>('shownAmounts');
export const NEUTRAL_CHANGE_WORDS = words('neutralChangeWords');
export const LOSS_HEAD_NOUNS = words('lossHeadNouns');
export const PHRASE_PREPOSITIONS = words('phrasePrepositions');
export const PHRASE_ARTICLES = words('phraseArticles');
export const CLAUSE_OPENING_ARTICLES = words('clauseOpeningArticles');
export const DESCRIBING_ASIDE_OPENERS = words('describingAsideOpeners');
/** A method word → the nouns after which it is no verb ('reverse transcription'). */
export const METHOD_MODIFIERS = map<readonly string[]>('methodModifiers');
export const EFFECT_PHRASE_OPENERS = words('effectPhraseOpeners');
export const REMOVED_THROUGH_NOUNS = words('removedThroughNouns');
export const SEVERITY_ADJECTIVES = words('severityAdjectives');
export const DEVELOPING_VERBS = words('developingVerbs');
export const STUDY_ARM_NOUNS = words('studyArmNouns');
export const PLACE_PREPOSITIONS = words('placePrepositions');
export const ABSOLUTE_PARTICIPLES = words('absoluteParticiples');
export const SHOWN_CHANGE_NOUNS = map<Sign>('shownChangeNouns');
export const MEASURE_NOUNS = words('measureNouns');
export const CONDITIONAL_WORDS = words('conditionalWords');
export const DENIED_UNDER_WORDS = words('deniedUnderWords');
export const TIME_POINT_PREPOSITIONS = words('timePointPrepositions');
export const NUMBER_WORDS = words('numberWords');
export const ASIDE_SUBORDINATORS = words('asideSubordinators');
/** Subordinators of a verbless concessive aside set off by commas ('IL-1β, although low, was reduced by MSCs'). */
export const CONCESSIVE_ASIDE_SUBORDINATORS = words('concessiveAsideSubordinators');
export const REMOVED_FACTOR_NOUNS = words('removedFactorNouns');
export const SINGULAR_DETERMINERS = words('singularDeterminers');
export const BYPRODUCT_NOUNS = words('byproductNouns');
/** Adverbs that make what follows the result of the event before ("… and thereby raised Y"). */
export const CONSEQUENCE_ADVERBS = words('consequenceAdverbs');
export const EVENT_CONTINUATIONS: ReadonlySet<string> = new Set([...CONSEQUENCE_ADVERBS, ...words('eventContinuations')]);
export const MEANS_PREPOSITIONS = words('meansPrepositions');
export const COOPERATION_VERBS = words('cooperationVerbs');
export const RECOVERY_VERBS = words('recoveryVerbs');
export const IMPROVING_VERBS = words('improvingVerbs');
export const RESCUING_VERBS = words('rescuingVerbs');
/** Verbs that deepen a bad state: before "the impaired Y" they lower Y, where another raising verb lifts it. */
export const WORSENING_VERBS = words('worseningVerbs');
export const REMOVAL_PARTICIPLES = words('removalParticiples');
/** Participles that take a factor away for a purpose: the removal ones and those of aiming at it ('targeted'). */
export const PURPOSE_REMOVAL_PARTICIPLES: ReadonlySet<string> = new Set([...REMOVAL_PARTICIPLES, ...words('targetingParticiples')]);
export const REMOVAL_CLAUSE_OPENERS = words('removalClauseOpeners');
export const EFFECT_ANAPHORS = words('effectAnaphors');
export const DEFINITE_WORDS = words('definiteWords');
export const ANAPHOR_POINTERS = words('anaphorPointers');
export const CONDITION_OPENERS = words('conditionOpeners');
/** Nouns of notice ('attracted great interest'): a verb whose object is one acts on nothing. */
export const ATTENTION_NOUNS = words('attentionNouns');
/** Participles of a factor brought in ('when stem cells were used / added'): it furthers what changed. */
export const ADDITION_PARTICIPLES = words('additionParticiples');
export const NEAR_NONE_WORDS = words('nearNoneWords');
export const EXAMPLE_OPENERS = words('exampleOpeners');
/** Words that single out members of a class in an aside ("cytokines, particularly TNF-α, …"). */
export const SINGLING_OUT_WORDS = words('singlingOutWords');
export const ASSOCIATION_PREPOSITIONS = words('associationPrepositions');
/** Multi-word verb cues (verbCue.ts): the verbs before their particle ('give rise to', 'derive from', 'lead to', …). */
export const GIVE_RISE_VERBS = words('giveRiseVerbs');
export const BECOMING_VERBS = words('becomingVerbs');
/** Verbs of passing into a state ('undergo senescence'): a relative "which" after the state is the passing. */
export const STATE_ENTRY_VERBS = words('stateEntryVerbs');
export const DERIVING_VERBS = words('derivingVerbs');
/** Participles of being made before 'from' or 'by the fusion of' ('osteoclasts are formed from monocytes'): a lineage read backwards. */
export const FORMED_FROM_PARTICIPLES = words('formedFromParticiples');
/** Active verbs of making cells ('macrophages formed osteoclasts'): a lineage when the object is a cell. */
export const FORMING_VERBS = words('formingVerbs');
/** Verbs of fusing before 'to form' ('monocytes fuse to form osteoclasts'): a lineage. */
export const FUSING_VERBS = words('fusingVerbs');
/** Words that gather a class's members ('a network of cytokines', 'various cytokines'): skipped before an agent. */
export const COLLECTION_WORDS = words('collectionWords');
export const LEADING_VERBS = words('leadingVerbs');
export const RESULTING_VERBS = words('resultingVerbs');
/** 'results in', 'leads to', 'causes' after ', which' on a lowered object: the lowering is the actor. */
export const EVENT_RESULT_VERBS = words('eventResultVerbs');
/** Lemmas whose object is the subject of the infinitive after it ('induced macrophages to secrete IL-10'). */
export const OBJECT_CONTROL_VERBS = words('objectControlVerbs');
export const ASSISTING_VERBS = words('assistingVerbs');
export const REQUIRING_VERBS = words('requiringVerbs');
export const OPEN_QUESTION_VERBS = words('openQuestionVerbs');
export const FURTHER_WORK_WORDS = words('furtherWorkWords');
export const INVOLVING_VERBS = words('involvingVerbs');
export const BEGINNING_VERBS = words('beginningVerbs');
export const DEPENDING_VERBS = words('dependingVerbs');
export const RESPONDING_VERBS = words('respondingVerbs');
export const RESPONDING_ADJECTIVES = words('respondingAdjectives');
export const INTERACTING_VERBS = words('interactingVerbs');
export const SIGNALLING_VERBS = words('signallingVerbs');
export const SERVING_VERBS = words('servingVerbs');
/** Words before a bare "stem cells" that name stem cells other than MSCs ("myeloid stem cells"). */
export const OTHER_STEM_CELL_KINDS = words('otherStemCellKinds');
/** Comparatives that rank an agent against others ("not a stronger / more potent inducer of Y than Z"): the amounts compared and a few more. */
export const RANKING_COMPARATIVES: ReadonlySet<string> = new Set([...Object.keys(SHOWN_AMOUNTS), ...words('rankingComparatives')]);
/** Verbs of observing whose denial denies the effect they take as object ("we did not detect any effect of X on Y"): the finding verbs and a few more. */
export const OBSERVING_VERBS: ReadonlySet<string> = new Set([...FINDING_VERBS, ...words('observingVerbs')]);
/** Words that open a sentence with a subordinate clause ("Although X had no effect …, it …"): the subordinators and a few more. */
export const SUBORDINATE_OPENERS: ReadonlySet<string> = new Set([...SUBORDINATORS, ...words('subordinateOpeners')]);
/** Verbs that name what a thing is through "as" ("was identified as a cytokine that …"). */
export const NAMING_VERBS = words('namingVerbs');
export const PLACE_ADVERBS = words('placeAdverbs');
/** Adjective → the spelling of the cause it names before a process of damage ('inflammatory' → inflammation). */
export const CAUSE_ADJECTIVES = map<string>('causeAdjectives');
/** Last words of a process of damage a cause adjective may qualify ('bone loss', 'osteolysis'). */
export const DAMAGE_HEADS = words('damageHeads');
