/**
 * The words that carry a direction in this domain. Verbs are listed by lemma with the lexicon relation
 * they express; inflected forms are generated with compromise at first use (see nlp.ts).
 */
import type { Sign } from '../lexicon/relations';

export interface VerbCue {
  relation: string;
  sign: Sign;
}

const up = (relation: string): VerbCue => ({ relation, sign: 1 });
const down = (relation: string): VerbCue => ({ relation, sign: -1 });
const flat = (relation: string): VerbCue => ({ relation, sign: 0 });

/** Lemma → relation. Multi-word verbs (give rise to) are handled in extract.ts. */
export const VERB_CUES: Readonly<Record<string, VerbCue>> = {
  promote: up('promotes'), enhance: up('enhances'), stimulate: up('stimulates'), induce: up('induces'),
  increase: up('increases'), activate: up('activates'), upregulate: up('upregulates'), 'up-regulate': up('upregulates'),
  recruit: up('recruits'), trigger: up('induces'), drive: up('promotes'), boost: up('enhances'), facilitate: up('promotes'),
  accelerate: up('promotes'), augment: up('enhances'), potentiate: up('enhances'), amplify: up('enhances'),
  elevate: up('increases'), raise: up('increases'), foster: up('promotes'), favor: up('promotes'), favour: up('promotes'),
  strengthen: up('enhances'), heighten: up('increases'), evoke: up('induces'), elicit: up('induces'), provoke: up('induces'),
  initiate: up('induces'), restore: up('promotes'), rescue: up('promotes'), sustain: up('promotes'), improve: up('enhances'),
  encourage: up('promotes'), attract: up('recruits'), mobilize: up('recruits'), mobilise: up('recruits'), support: up('promotes'),
  spur: up('promotes'), fuel: up('promotes'), intensify: up('enhances'), expedite: up('promotes'), stabilize: up('promotes'),
  cause: up('induces'), benefit: up('promotes'), exacerbate: up('enhances'),
  aggravate: up('enhances'), propel: up('promotes'), escalate: up('increases'), magnify: up('enhances'), reinforce: up('enhances'),
  license: up('activates'), prime: up('activates'), unleash: up('activates'), accentuate: up('enhances'), 
  skew: up('promotes'), shift: up('promotes'), steer: up('promotes'), polarize: up('promotes'), polarise: up('promotes'),
  push: up('promotes'), redirect: up('promotes'), reprogram: up('promotes'), convert: up('promotes'),
  inhibit: down('inhibits'), suppress: down('suppresses'), reduce: down('reduces'), block: down('blocks'),
  attenuate: down('reduces'), impair: down('inhibits'), downregulate: down('downregulates'), 'down-regulate': down('downregulates'),
  decrease: down('reduces'), prevent: down('prevents'), abolish: down('blocks'), diminish: down('reduces'),
  dampen: down('reduces'), limit: down('inhibits'), repress: down('suppresses'), weaken: down('reduces'),
  antagonize: down('inhibits'), antagonise: down('inhibits'), impede: down('inhibits'), hinder: down('inhibits'),
  delay: down('inhibits'), lower: down('reduces'), abrogate: down('blocks'), counteract: down('inhibits'),
  curb: down('inhibits'), restrain: down('inhibits'), restrict: down('inhibits'), mitigate: down('reduces'),
  alleviate: down('reduces'), disrupt: down('inhibits'), degrade: down('degrades'), deplete: down('reduces'),
  silence: down('suppresses'), neutralize: down('blocks'), neutralise: down('blocks'), arrest: down('blocks'),
  halt: down('blocks'), retard: down('inhibits'), slow: down('inhibits'), quench: down('reduces'), lessen: down('reduces'),
  compromise: down('inhibits'), abate: down('reduces'), blunt: down('reduces'), inactivate: down('inhibits'),
  destabilize: down('inhibits'), ablate: down('blocks'), eliminate: down('reduces'),
  harm: down('inhibits'), damage: down('inhibits'), hamper: down('inhibits'), curtail: down('reduces'), quell: down('suppresses'),
  derail: down('inhibits'), thwart: down('inhibits'), stifle: down('suppresses'), undermine: down('inhibits'), obstruct: down('blocks'),
  interrupt: down('blocks'), terminate: down('blocks'), extinguish: down('blocks'), preclude: down('prevents'), forestall: down('prevents'),
  jeopardize: down('inhibits'), perturb: down('inhibits'), repel: down('inhibits'), resolve: down('reduces'), protect: down('prevents'),
  shield: down('prevents'), spare: down('prevents'),
  secrete: flat('secretes'), release: flat('secretes'), produce: flat('secretes'), express: flat('expresses'),
  bind: flat('binds'), transfer: flat('transfers'), differentiate: flat('differentiates-into'),
  regulate: flat('regulates'), modulate: flat('regulates'), affect: flat('regulates'), influence: flat('regulates'),
  control: flat('regulates'), mediate: flat('regulates'), target: flat('regulates'),
};

/** Nominalised relations ("inhibition of X by Y"); 0 marks scaffolds that keep the direction ("expression of X"). */
export const NOMINAL_CUES: Readonly<Record<string, Sign>> = {
  inhibition: -1, suppression: -1, reduction: -1, decrease: -1, downregulation: -1, 'down-regulation': -1, blockade: -1,
  blocking: -1, degradation: -1, attenuation: -1, impairment: -1, prevention: -1, loss: -1, repression: -1, decline: -1,
  depletion: -1, abrogation: -1, diminution: -1, dampening: -1,
  activation: 1, induction: 1, increase: 1, upregulation: 1, 'up-regulation': 1, promotion: 1, enhancement: 1,
  stimulation: 1, elevation: 1, recruitment: 1, augmentation: 1, potentiation: 1, acceleration: 1, rise: 1,
};

/** Nouns between a verb and its object that do not change the direction ("increases the expression of X"). */
export const SCAFFOLD_NOUNS = new Set([
  'expression', 'production', 'secretion', 'release', 'level', 'levels', 'activity', 'activities', 'number', 'numbers',
  'amount', 'amounts', 'abundance', 'synthesis', 'transcription', 'translation', 'phosphorylation', 'function', 'functions',
  'signaling', 'signalling', 'formation', 'generation', 'accumulation', 'content', 'concentration', 'concentrations',
  'presence', 'effect', 'effects', 'transfer', 'engulfment', 'uptake', 'internalization', 'internalisation', 'application', 'implantation', 'infusion', 'supplementation', 'binding', 'engagement', 'ligation', 'output', 'contact', 'exposure', 'treatment', 'interaction', 'co-culture', 'coculture', 'incubation', 'stimulation', 'administration', 'addition', 'delivery', 'injection', 'transplantation', 'action', 'actions', 'ability', 'capacity', 'capability', 'population', 'populations',
  'translocation', 'nuclear', 'protein', 'proteins', 'mrna', 'gene', 'genes', 'transcript', 'pathway', 'pathways',
  'axis', 'cascade', 'mediated', 'derived', 'count', 'counts', 'influx', 'rate', 'rates', 'extent', 'magnitude',
]);

/** Modifiers of a subject that reverse its effect ("the absence of TNF-α delays …" = TNF-α promotes …). */
export const REVERSING_SUBJECT_NOUNS = new Set([
  'absence', 'loss', 'lack', 'deficiency', 'depletion', 'deletion', 'knockdown', 'knockout', 'inhibition', 'blockade',
  'ablation', 'silencing', 'neutralization', 'neutralisation', 'removal', 'suppression', 'reduction', 'downregulation',
]);

/** "X-induced Y", "X-mediated inhibition of Y". */
export const COMPOUND_CUES: Readonly<Record<string, Sign | 'source' | 'modifier'>> = {
  induced: 1, driven: 1, triggered: 1, stimulated: 1, activated: 1, promoted: 1, evoked: 1, elicited: 1, enhanced: 1,
  mediated: 1, dependent: 1, inhibited: -1, suppressed: -1, blocked: -1, impaired: -1, repressed: -1, attenuated: -1,
  derived: 'source', secreted: 'source', produced: 'source', released: 'source',
  primed: 'modifier', pretreated: 'modifier', preconditioned: 'modifier', treated: 'modifier', exposed: 'modifier',
  conditioned: 'modifier', licensed: 'modifier', loaded: 'modifier', laden: 'modifier', coated: 'modifier', encapsulated: 'modifier',
  polarized: 'modifier', polarised: 'modifier', deficient: 'modifier', positive: 'modifier', expressing: 'modifier', like: 'modifier',
  based: 'modifier', related: 'modifier', associated: 'modifier', specific: 'modifier', type: 'modifier',
};

/** Adjectives of effect: "an inhibitory effect of X on Y". */
export const EFFECT_ADJECTIVES: Readonly<Record<string, Sign>> = {
  inhibitory: -1, suppressive: -1, negative: -1, detrimental: -1, deleterious: -1, harmful: -1, antagonistic: -1,
  stimulatory: 1, promoting: 1, positive: 1, beneficial: 1, enhancing: 1, inductive: 1, stimulating: 1, promotive: 1,
  facilitating: 1, facilitatory: 1, supportive: 1,
};

/** "MSCs are the precursors of osteoblasts": a lineage statement between cells. */
export const PRECURSOR_NOUNS = new Set(['precursor', 'precursors', 'progenitor', 'progenitors', 'ancestor', 'ancestors', 'parent']);

/** Agent nouns: "X is a potent inducer of Y". */
export const AGENT_NOUNS: Readonly<Record<string, Sign>> = {
  inhibitor: -1, suppressor: -1, repressor: -1, antagonist: -1, blocker: -1,
  inducer: 1, activator: 1, promoter: 1, enhancer: 1, stimulator: 1, driver: 1, agonist: 1, mediator: 0, regulator: 0,
  trigger: 1, brake: -1,
};

/** Adjectives that give "regulator"/"modulator" a direction: "a negative regulator of X". */
export const REGULATOR_ADJECTIVES: Readonly<Record<string, Sign>> = {
  negative: -1, positive: 1, inhibitory: -1, stimulatory: 1,
};

/** "M2 macrophages are the main source of TNF-α": the agent secretes the object. */
export const SOURCE_NOUNS = new Set(['source', 'sources', 'producer', 'producers', 'secretor', 'origin']);

/** Predicate adjectives with a direction: "X is beneficial for Y", "detrimental to Y". */
export const PREDICATE_ADJECTIVES: Readonly<Record<string, Sign>> = {
  beneficial: 1, favourable: 1, favorable: 1, conducive: 1, helpful: 1, supportive: 1, permissive: 1,
  detrimental: -1, harmful: -1, deleterious: -1, toxic: -1, unfavourable: -1, unfavorable: -1, inhibitory: -1, antagonistic: -1,
};

/** Verbs that need their object after "from": "protects MSCs from apoptosis" = inhibits MSC apoptosis. */
export const FROM_VERBS = new Set(['protect', 'rescue', 'shield', 'spare']);

/** Verbs that steer a cell toward a phenotype: the phenotype after "toward" is what is promoted. */
export const STEERING_VERBS = new Set(['skew', 'shift', 'steer', 'polarize', 'polarise', 'push', 'redirect', 'reprogram', 'convert', 'drive', 'switch', 'direct', 'promote', 'induce']);

/** Intransitive change verbs: "OPG rises in response to TNF-α" (TNF-α increases OPG). */
export const CHANGE_VERBS: Readonly<Record<string, Sign>> = {
  rise: 1, rises: 1, rose: 1, risen: 1, increase: 1, increases: 1, increased: 1, grow: 1, grows: 1, grew: 1, climb: 1, climbs: 1,
  fall: -1, falls: -1, fell: -1, fallen: -1, decline: -1, declines: -1, declined: -1, drop: -1, drops: -1, dropped: -1,
  decrease: -1, decreases: -1, decreased: -1,
};

/** Predicates of need: "X is essential for Y". */
export const REQUIREMENT_ADJECTIVES = new Set([
  'required', 'essential', 'necessary', 'indispensable', 'needed', 'crucial', 'critical', 'vital', 'important', 'key', 'pivotal',
]);

export const NEGATORS = new Set(['not', "n't", 'never', 'no', 'neither', 'nor', 'cannot', 'without', 'none']);
export const FAILURE_VERBS = new Set(['fail', 'fails', 'failed', 'failing', 'unable']);
export const MODAL_HEDGES = new Set(['may', 'might', 'could', 'would']);
export const HEDGE_WORDS = new Set([
  'possibly', 'perhaps', 'potentially', 'likely', 'presumably', 'putatively', 'probably', 'conceivably', 'plausibly',
  'putative', 'hypothetically', 'seemingly', 'apparently', 'arguably', 'plausible', 'tend', 'tends', 'tended',
]);
/** Verbs that hedge the clause they introduce: "data suggest that X …", "X appears to …". */
export const HEDGE_VERBS = new Set([
  'suggest', 'suggests', 'suggested', 'propose', 'proposes', 'proposed', 'hypothesize', 'hypothesizes', 'hypothesized',
  'hypothesise', 'hypothesised', 'speculate', 'speculated', 'appear', 'appears', 'appeared', 'seem', 'seems', 'seemed',
  'thought', 'believed', 'postulated', 'postulate', 'assume', 'assumed', 'presume', 'presumed', 'expect', 'expected',
]);
export const AUXILIARIES = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'do', 'does', 'did', 'has', 'have', 'had', 'having', 'can', 'will',
  'shall', 'should', 'must', 'may', 'might', 'could', 'would',
]);
export const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
export const COORDINATORS = new Set(['and', 'or', 'as well as', 'and/or', '&', 'plus']);
/** Words that close a clause: what follows has its own subject. */
export const CLAUSE_BREAKERS = new Set([
  'whereas', 'while', 'but', 'although', 'though', 'however', 'because', 'since', 'unlike', 'yet', 'whilst', 'conversely',
  'nevertheless', 'nonetheless',
]);
export const DETERMINERS = new Set([
  'the', 'a', 'an', 'its', 'their', 'this', 'these', 'those', 'that', 'both', 'either', 'all', 'each', 'any', 'his', 'her',
  'such', 'some', 'several', 'many', 'more', 'most', 'other',
]);
