/** Token-level questions about a sentence view: the word at i, whether it is an entity, a verb, a modifier. */
import type { Sign } from '../../lexicon/relations';
import { ACTOR_COMPOUND_CUES, PREPOSITIONS, EXAMPLE_OPENERS, FRONTED_COMPANION_CUES, MODEL_NOUNS, TREATMENT_PARTICIPLES, AUXILIARIES, BE_FORMS, CHANGED_PARTICIPLES, COMPARATIVE_INTENSIFIERS, COMPOUND_CUES, DETERMINERS, EQUATING_VERBS, LOSS_OF_FUNCTION_NOUNS, MEDIUM_NOUNS, NEUTRALIZING_PARTICIPLES, NEGATORS, NOUN_MODIFIERS, OPEN_SOURCE_CUES, OUTCOME_ADJECTIVES, PHASE_NOUNS, REGARDING_VERBS, SCAFFOLD_NOUNS, THERAPY_NOUNS } from '../grammar';
import type { SentenceMention } from '../tokens';
import type { SentenceView } from './view';

export interface TokSpan {
  start: number;
  end: number;
}

/** Lowercased word at i without punctuation; '' outside the sentence. */
export function word(v: SentenceView, i: number): string {
  return i >= 0 && i < v.n ? v.toks[i].lower : '';
}

/** Does some word from `from` up to (not including) `to` pass `test`? */
export function someWordIn(v: SentenceView, from: number, to: number, test: (w: string) => boolean): boolean {
  for (let j = Math.max(0, from); j < to && j < v.n; j++) if (test(v.toks[j].lower)) return true;
  return false;
}

/** Does some token index in [from, to) pass the test (a test that needs more than the word)? */
export function someTokenIn(v: SentenceView, from: number, to: number, test: (i: number) => boolean): boolean {
  for (let j = Math.max(0, from); j < to && j < v.n; j++) if (test(j)) return true;
  return false;
}

/** "in / for (the) treatment of" at k: the index of its "of", or -1 (what a therapy is of is what it works against). */
export function therapyOfAt(v: SentenceView, k: number): number {
  if (word(v, k) !== 'in' && word(v, k) !== 'for') return -1;
  const noun = DETERMINERS.has(word(v, k + 1)) ? k + 2 : k + 1;
  return THERAPY_NOUNS.has(word(v, noun)) && word(v, noun + 1) === 'of' ? noun + 1 : -1;
}

/** Where the examples start after an opener at k ("such as", "including", "e.g."), or -1 ("such" alone opens none). */
export function examplesStartAt(v: SentenceView, k: number): number {
  const w = word(v, k);
  if (w === 'such') return word(v, k + 1) === 'as' ? k + 2 : -1;
  return EXAMPLE_OPENERS.has(w) ? k + 1 : -1;
}

/** Do the words from i on spell `phrase` ("in", "response", "to")? */
export function phraseAt(v: SentenceView, i: number, phrase: readonly string[]): boolean {
  return phrase.every((w, k) => word(v, i + k) === w);
}

/** The comparisons ("like", "similar to", "unlike") as word lists, for phraseAt. */
const COMPARISON_PHRASES: readonly (readonly string[])[] = Object.keys(FRONTED_COMPANION_CUES).map((c) => c.split(' '));

/** Does a comparison ("similar to", "like", "unlike") start at i? */
export function comparisonAt(v: SentenceView, i: number): boolean {
  return COMPARISON_PHRASES.some((phrase) => phraseAt(v, i, phrase));
}

/** The cause-introducing phrase "in response to", shared by the rules that read a cause after an event. */
export const IN_RESPONSE_TO: readonly string[] = ['in', 'response', 'to'];
export const IN_THE_PRESENCE_OF: readonly string[] = ['in', 'the', 'presence', 'of'];

/** Most words after a participle in which a finite verb of its clause is looked for. */
const LATER_VERB_REACH = 10;

/**
 * "the M-CSF receptor blocked osteoclast formation.": after "the" and a term, a participle with no other
 * finite verb after it in its clause is the clause's verb ("the TNF-α induced migration of MSCs was
 * reduced" has one, and the participle qualifies the noun).
 */
function participleIsOnlyVerb(v: SentenceView, p: number): boolean {
  for (let k = p + 1; k < v.n && k <= p + LATER_VERB_REACH; k++) {
    if (hasCommaAfter(v, k - 1) || /[;:]/.test(v.toks[k - 1].post)) return true;
    if (v.toks[k].ent === undefined && isVerbAt(v, k) && !/ing$/.test(v.toks[k].lower)) return false;
  }
  return true;
}

/** "X-induced …": an entity glued by a hyphen to a compound cue modifies what follows (also "MSC derived CCL2"). */
/**
 * "IL-4-|treated| mice", "IFN-γ-|treated| cultures": a treatment participle at j glued to the term before it
 * and naming animals or unnamed cells after it. The term is what they were given; the participle is no verb.
 */
export function treatsModelAt(v: SentenceView, j: number): boolean {
  const t = v.toks[j];
  const next = v.toks[j + 1];
  return t !== undefined && j > 0 && v.toks[j - 1].ent !== undefined && v.toks[j - 1].post === '-' && TREATMENT_PARTICIPLES.has(t.lower)
    && next !== undefined && next.ent === undefined && MODEL_NOUNS.has(next.lower);
}

export function isModifier(v: SentenceView, i: number): boolean {
  const t = v.toks[i];
  // "TNF-α-induced", and the same typed with a stray space: "TNF-α -induced".
  if (t.ent === undefined || i + 1 >= v.n) return false;
  if (suspendedCompoundPartner(v, i) >= 0 || isSuspendedPartner(v, i)) return true;
  // "MSC derived CCL2": an open compound, when the participle could not be a verb with the next term as object.
  if (t.post === ' ' && OPEN_SOURCE_CUES.has(v.toks[i + 1].lower) && v.toks[i + 2]?.ent !== undefined) return true;
  // "IL1R1 mediates IL-1β induced proliferation of MSCs", "the TNF-α induced migration of MSCs": an open
  // compound right after a finite cue verb or an article, where "induced" cannot be the sentence's verb
  // (after a preposition or a gerund it can: "IL-6 derived from MSCs polarized …", "IL-4-secreting MSCs
  // enhanced …").
  if (t.post === ' ' && COMPOUND_CUES[v.toks[i + 1].lower] !== undefined && v.toks[i + 2]?.ent !== undefined && i > 0 && !hasCommaAfter(v, i - 1)
    // ("Prolonged inflammation impaired …": a participle opening the sentence is an adjective, not a verb.)
    // ("TNF-α produced by activated macrophages inhibited …": a participle after a preposition or an article
    // describes the term; it is no finite verb, and the cue after the term is.)
    && ((i > 1 && isVerbAt(v, i - 1) && !/ing$/.test(v.toks[i - 1].lower) && v.nlp.cueLemma(v.toks[i - 1].lower) !== undefined && !describesTermAfter(v, i - 1)) || (DETERMINERS.has(v.toks[i - 1].lower) && !participleIsOnlyVerb(v, i + 1)))) return true;
  // ("the TNF-specific inhibitor": the term a loss-of-function agent targets is named, removed, not qualified.)
  if (NEUTRALIZING_PARTICIPLES.has(v.toks[i + 1].lower) && LOSS_OF_FUNCTION_NOUNS.has(v.toks[i + 2]?.lower ?? '')) return false;
  // ("M1 macrophage-conditioned medium suppressed …": a medium the cells conditioned acts as they do; so does
  // one they gave off, "macrophage-derived supernatants", "MSC-derived conditioned medium".)
  const glued = COMPOUND_CUES[v.toks[i + 1].lower];
  const medium = v.toks[i + 2]?.lower === 'conditioned' ? i + 3 : i + 2;
  if ((glued === 'modifier' || glued === 'source') && MEDIUM_NOUNS.has(v.toks[medium]?.lower ?? '')) return false;
  // ("IL-4-treated mice showed less bone resorption", "IL-4-treated cells expressed less NFATc1": what animals
  // or unnamed cells were treated with acts in what is reported of them.)
  if (treatsModelAt(v, i + 1)) return false;
  // ("IL-12/IL-18-induced IFN-γ secretion": a term slashed to a partner glued to the cue shares the cue.)
  // (The tagger may keep the slash as a token of its own between them.)
  const partner = t.post === '/' ? i + 1 : v.toks[i + 1].text.trim() === '/' ? i + 2 : -1;
  if (partner > 0 && v.toks[partner]?.ent !== undefined && isModifier(v, partner)) return true;
  // ("BMP2/7-induced osteogenesis": a second member written as its number only, glued to the cue.)
  if (t.post === '/' && NUMBERED_CUE.test(v.toks[i + 1].lower)) return COMPOUND_CUES[compoundCueWord(v, i + 1)] !== undefined;
  return (t.post === '-' || t.post === ' -' || (t.post === ' ' && v.toks[i + 1]?.pre === '-')) && COMPOUND_CUES[v.toks[i + 1].lower] !== undefined;
}

/**
 * "by hypoxic MSCs", "activated hypoxic MSCs": a condition term right before another term only describes it; the
 * term after is the head (the condition still names the claim's context).
 */
export function pastConditionModifier(v: SentenceView, k: number): number {
  return isEnt(v, k) && mentionOf(v, k).type === 'condition' && isEnt(v, k + 1) && v.toks[k].post === ' ' && v.toks[k + 1].ent !== v.toks[k].ent ? k + 1 : k;
}

/** Is the participle at k one that describes the noun after it, right after a preposition or an article ("by activated macrophages")? */
function describesTermAfter(v: SentenceView, k: number): boolean {
  const before = v.toks[k - 1]?.lower ?? '';
  return /(?:ed|en)$/.test(v.toks[k].lower) && (PREPOSITIONS.has(before) || DETERMINERS.has(before));
}

// linear: anchored, a bounded run of digits.
const NUMBERED_CUE = /^\d{1,2}-\p{L}/u;

/**
 * The cue word of a compound at k: the word itself, or past the number of a second member glued to it
 * ("BMP2/7-induced" → "induced").
 */
export function compoundCueWord(v: SentenceView, k: number): string {
  const w = word(v, k);
  return k > 0 && v.toks[k - 1].post === '/' && NUMBERED_CUE.test(w) ? w.slice(w.indexOf('-') + 1) : w;
}

/**
 * "RANKL- and TNF-induced osteoclast formation": a term whose hyphen is left hanging shares the compound
 * cue of the coordinated term that carries it. The index of that term, or -1.
 */
export function suspendedCompoundPartner(v: SentenceView, i: number): number {
  // ("TNF-α and RANKL-induced osteoclastogenesis", the hyphen left out: only before a directed cue whose
  // head is a process, where the first term as an object of its own would rarely be meant.)
  // (Not a process, "bone resorption and osteoblast-mediated bone formation", nor a nominal's object,
  // "expression of CXCR4 and SDF-1α-induced migration".)
  if (v.toks[i].post === ' ' && /^(and|or)$/.test(v.toks[i + 1]?.lower ?? '') && v.toks[i + 2]?.ent !== undefined && v.toks[i + 2].post === '-'
    && mentionOf(v, i).type !== 'process' && v.toks[i - 1]?.lower !== 'of'
    && typeof COMPOUND_CUES[v.toks[i + 3]?.lower ?? ''] === 'number' && v.toks[i + 4]?.ent !== undefined && mentionOf(v, i + 4).type === 'process') return i + 2;
  if (!/^-,? $/.test(v.toks[i].post)) return -1;
  for (let k = i + 1; k < Math.min(v.n, i + 8); k++) {
    if (/^(and|or)$/.test(v.toks[k].lower)) continue;
    if (v.toks[k].ent === undefined) return -1;
    if (/^-,? $/.test(v.toks[k].post)) continue;
    return carriesSuspendedCue(v.toks[k].post) && COMPOUND_CUES[v.toks[k + 1]?.lower ?? ''] !== undefined ? k : -1;
  }
  return -1;
}

/**
 * The partner's hyphen, also where the coordinated term stands in brackets: "RANKL- (and TNF-α-) induced",
 * "RANKL- (and TNF-α) induced", and the typo "(and TNF-α() induced" seen in a published abstract.
 */
function carriesSuspendedCue(post: string): boolean {
  return post === '-' || /^-?\(?\) $/.test(post);
}

/** Whether the term at i is the partner that carries the cue of a suspended compound before it. */
function isSuspendedPartner(v: SentenceView, i: number): boolean {
  // (Asked on every modifier test: only a term whose bracket closes the suspended list can be such a partner;
  // one glued by a plain hyphen is a modifier of its own.)
  const post = v.toks[i].post;
  if (post === '-' || !carriesSuspendedCue(post)) return false;
  for (let j = i - 1; j >= Math.max(0, i - 7); j--) if (v.toks[j].ent !== undefined && suspendedCompoundPartner(v, j) === i) return true;
  return false;
}

function hasCommaAfter(v: SentenceView, i: number): boolean {
  return v.toks[i].post.includes(',');
}

/** The direction a word of change gives what follows it ("increased", "impaired", "low"), 0 when none. */
export function changeSignOf(w: string): Sign {
  return (OUTCOME_ADJECTIVES[w] ?? CHANGED_PARTICIPLES[w] ?? 0) as Sign;
}

/**
 * The word of change before the term starting at `first`, past determiners and adverbs ("increased bone
 * destruction", "stimulated osteoclast formation"): its direction (0 when there is none) and where it stands.
 */
export function changeWordBefore(v: SentenceView, first: number): { sign: Sign; at: number } {
  let j = first - 1;
  while (j >= 0 && (DETERMINERS.has(word(v, j)) || isAdverbish(v, j))) j--;
  const w = word(v, j);
  return { sign: changeSignOf(w), at: j };
}

/**
 * "39% greater", "a 2-fold higher", "ten times more": the amount that measures the word of change at
 * `at`. Returns where the measured phrase starts (`at` itself when no amount stands before it).
 */
export function measuredChangeStart(v: SentenceView, at: number): number {
  let k = at - 1;
  if (k < 0) return at;
  if (v.toks[k].lower === 'fold' || v.toks[k].lower === 'times') {
    if (!v.toks[k - 1]?.tags.has('Value')) return at;
    k--;
  } else if (!v.toks[k].tags.has('Percent')) {
    // ("showed a (significantly) higher …": an article before the amount, past its adverbs.)
    let j = k;
    while (j > 0 && isAdverbish(v, j)) j--;
    if (/^an?$/.test(v.toks[j].lower)) return j;
    // ("showed much lower …": a word of degree before the amount belongs to it.)
    let d = at;
    while (d > 0 && COMPARATIVE_INTENSIFIERS.has(v.toks[d - 1].lower)) d--;
    return d;
  }
  return k > 0 && v.toks[k - 1].lower === 'a' ? k - 1 : k;
}

// linear: anchored, a short alternation of fixed units.
const DOSE_UNIT = /^(?:[pnµμm]?g\/m?l|[pnµμm]m|i?u\/ml|[nµμm]?g\/kg)$/;

/** "0.4 nM", "10 ng/ml", "100 µg/mL": a dose at k. Returns the token after it (k itself when there is none). */
export function pastDose(v: SentenceView, k: number): number {
  return v.toks[k]?.tags.has('Value') === true && DOSE_UNIT.test(word(v, k + 1)) ? k + 2 : k;
}

/** "twofold", "2-fold", "3.5-fold", "40%": how much a change was. (linear: anchored alternatives, no nesting.) */
const FOLD_MEASURE = /^(?:two|three|four|five|ten)fold$|^\d+(?:\.\d+)?-?fold$|^\d+(?:\.\d+)?\s?%$/;

/** Past the measure of a change at k ("twofold", "2-fold", "40 %") and the adverbs after it; k when there is none. */
export function pastChangeMeasure(v: SentenceView, k: number): number {
  if (FOLD_MEASURE.test(word(v, k))) return pastAdverbs(v, k + 1);
  if (v.toks[k]?.tags.has('Percent')) return pastAdverbs(v, k + 1);
  if (v.toks[k]?.tags.has('Value') && /^(fold|%)$/.test(v.toks[k + 1]?.text.trim().toLowerCase() ?? '')) return pastAdverbs(v, k + 2);
  return k;
}

/**
 * "25 ng/ml", "75 and 100 ng/ml", "10 to 50 nM": one dose (pastDose) or a few values joined before their
 * unit, at k. The token after them (k when none).
 */
export function pastDoses(v: SentenceView, k: number): number {
  let m = k;
  while (v.toks[m]?.tags.has('Value') === true && /^(and|or|to)$/.test(word(v, m + 1)) && v.toks[m + 2]?.tags.has('Value') === true) m += 2;
  const end = pastDose(v, m);
  return end > m ? end : k;
}

/**
 * Past a parenthesis opening at k ("effects of rhIL-6 (5–5000 pg/ml) on …", "RANKL levels (P < 0.01, r = 0.4)
 * and …") that closes within `reach` tokens; k itself when none opens there.
 */
export function pastParenthesis(v: SentenceView, k: number, reach: number): number {
  if (k >= v.n || !(v.toks[k].text.startsWith('(') || v.toks[k].pre.includes('(') || v.toks[k - 1]?.post.includes('('))) return k;
  for (let j = k; j < v.n && j < k + reach; j++) if (v.toks[j].post.includes(')')) return j + 1;
  return k;
}

/** An entity that stands on its own (not a modifier glued to a compound cue). */
export function isEnt(v: SentenceView, i: number): boolean {
  return i >= 0 && i < v.n && v.toks[i].ent !== undefined && !isModifier(v, i);
}

/**
 * The entity at k or after determiners, scaffold nouns and "of" ("the secretion of", "the levels of"),
 * or -1: where a rule looks for the term a phrase goes on to name.
 */
export function entityPastScaffold(v: SentenceView, k: number): number {
  let i = k;
  while (i < v.n && (DETERMINERS.has(word(v, i)) || SCAFFOLD_NOUNS.has(word(v, i)) || word(v, i) === 'of') && !isEnt(v, i)) i++;
  return isEnt(v, i) ? i : -1;
}

/**
 * The first term at or after k past the scaffold words and the words that only say where or in whom
 * ("the enhancement of murine bone regeneration", "of periodontal tissue regeneration"), or -1. ("in" of
 * "in vitro" is no such word here: "expression in MSCs" names the cells, not a qualifier.)
 */
export function entityPastQualifiers(v: SentenceView, k: number): number {
  let i = k;
  while (i < v.n && !isEnt(v, i) && (DETERMINERS.has(word(v, i)) || SCAFFOLD_NOUNS.has(word(v, i)) || word(v, i) === 'of' || (NOUN_MODIFIERS.has(word(v, i)) && word(v, i) !== 'in'))) i++;
  return isEnt(v, i) ? i : -1;
}

/** The first term from k on within `reach` words, past plain words but no comma or verb ("with high/detectable values of IL-1β"); -1 if none. */
export function termWithin(v: SentenceView, k: number, reach: number): number {
  for (let j = k; j < Math.min(v.n, k + reach); j++) {
    if (isEnt(v, j)) return j;
    if (hasCommaAfter(v, j) || isVerbAt(v, j)) return -1;
  }
  return -1;
}

/** An adverb (not a negation) at i; false outside the sentence, as word() gives '' there. */
export function isAdverbish(v: SentenceView, i: number): boolean {
  const t = v.toks[i];
  return t !== undefined && t.tags.has('Adverb') && !t.tags.has('Negative') && !NEGATORS.has(t.lower);
}

/** A part of a hyphenated modifier that is no term ("age-related", "late-stage"): the word before the hyphen or after it. */
export function isHyphenPart(v: SentenceView, j: number): boolean {
  const t = v.toks[j];
  return t !== undefined && t.ent === undefined && (t.post === '-' || (j > 0 && v.toks[j - 1].post === '-' && v.toks[j - 1].ent === undefined));
}

/**
 * A word that only qualifies the noun it comes before: a determiner, an adjective, a participle, or a
 * singular noun naming a source or kind ("the adult human bone marrow MSC", "the invading macrophages").
 */
export function qualifiesNoun(v: SentenceView, j: number): boolean {
  const t = v.toks[j];
  if (t === undefined || t.ent !== undefined) return false;
  return DETERMINERS.has(t.lower) || NOUN_MODIFIERS.has(t.lower) || t.tags.has('Adjective') || t.tags.has('Gerund') || isParticipleAdjective(v, j)
    || /(ed|ing)$/.test(t.lower) || (t.tags.has('Noun') && !t.tags.has('Plural') && !t.tags.has('Pronoun'));
}

/** The first token at or after k that is no adverb ("did not change significantly by …"). */
export function pastAdverbs(v: SentenceView, k: number): number {
  let j = k;
  while (j < v.n && isAdverbish(v, j)) j++;
  return j;
}

/** The first token at or before k that is no adverb ("was significantly lower": "was"). */
export function adverbsBefore(v: SentenceView, k: number): number {
  let j = k;
  while (j >= 0 && isAdverbish(v, j)) j--;
  return j;
}

/** Does a verb come right after token k, past adverbs ("… TNF-α strongly promotes")? */
export function verbAfter(v: SentenceView, k: number): boolean {
  return isVerbAt(v, pastAdverbs(v, k + 1));
}

/**
 * "RANKL-induced osteoclastogenesis", "hormone and cytokine-stimulated bone resorption": where the phrase
 * naming what induced the term at `term` starts (terms or plain nouns, "and / or" between them, the last
 * glued by a hyphen to a participle right before the term), or -1 when no such phrase stands before it.
 */
export function inducerPhraseStart(v: SentenceView, term: number): number {
  const participle = term - 1;
  if (participle < 1 || !/ed$/.test(word(v, participle)) || v.toks[participle].ent !== undefined || v.toks[participle - 1].post !== '-') return -1;
  let first = -1;
  for (let j = participle - 1; j >= Math.max(0, participle - 4); j--) {
    const t = v.toks[j];
    if (j < participle - 1 && hasCommaAfter(v, j)) break;
    if (t.ent !== undefined || (t.tags.has('Noun') && !t.tags.has('Pronoun'))) first = j;
    else if (t.lower !== 'and' && t.lower !== 'or') break;
  }
  return first;
}

/** "multinucleated osteoclasts", "engrafted MSCs": a participle used as an adjective before a noun. */
export function isParticipleAdjective(v: SentenceView, i: number): boolean {
  const t = v.toks[i];
  if (!t || t.ent !== undefined || !/(ed|en)$/.test(t.lower) || t.post.trim() !== '') return false;
  const next = v.toks[i + 1];
  return next !== undefined && (next.ent !== undefined || (next.tags.has('Noun') && !next.tags.has('Pronoun')));
}

/**
 * A participle joined by "and"/"or" to an adjective that opens a noun phrase ("inhibits spontaneous and
 * stimulated bone resorption") describes the noun with it: no verb. After a form of "be" the adjective is
 * the predicate, and the participle may be a second verb ("was potent and stimulated bone formation").
 */
export function participleJoinedToAdjective(v: SentenceView, i: number): boolean {
  if (isParticipleAdjective(v, i) && commaJoinedAdjective(v, i - 1)) return true;
  if (participleAfterParticiplePhrase(v, i)) return true;
  if (!isParticipleAdjective(v, i) || !/^(and|or)$/.test(word(v, i - 1))) return false;
  const adjective = v.toks[i - 2];
  // (The tagger takes some adjectives for nouns: "basal and stimulated resorption".)
  const adjectival = adjective !== undefined && (adjective.tags.has('Adjective') || (adjective.tags.has('Noun') && !adjective.tags.has('Plural') && /(al|ous|ive|ic)$/.test(adjective.lower)));
  if (adjective === undefined || !adjectival || adjective.ent !== undefined || adjective.tags.has('Verb') || hasCommaAfter(v, i - 2)) return false;
  let b = i - 3;
  while (b >= 0 && isAdverbish(v, b)) b--;
  return b >= 0 && !BE_FORMS.has(word(v, b)) && !hasCommaAfter(v, b);
}

/**
 * "associated with increased OPG and decreased RANKL": a participle before a term, after "and", whose
 * conjunct is a participle and its terms after a preposition, describes its term as the first does (as a
 * verb, "decreased" would take what comes before the preposition for its subject).
 */
function participleAfterParticiplePhrase(v: SentenceView, i: number): boolean {
  if (!isParticipleAdjective(v, i) || word(v, i - 1) !== 'and' || !isEnt(v, i + 1)) return false;
  let j = i - 2;
  while (j > 0 && v.toks[j].ent !== undefined && !hasCommaAfter(v, j)) j--;
  return j < i - 2 && j > 0 && isParticipleAdjective(v, j) && v.toks[j - 1].tags.has('Preposition');
}

/**
 * "during normal or atypical, delayed healing": is token a an adjective that a comma joins to the participle
 * after it, itself the last of a coordinated pair ("normal or atypical")? Then the participle is one more
 * adjective of the noun phrase, not a verb after a comma.
 */
function commaJoinedAdjective(v: SentenceView, a: number): boolean {
  const adjective = v.toks[a];
  if (adjective === undefined || adjective.ent !== undefined || !adjective.tags.has('Adjective') || adjective.tags.has('Verb') || !hasCommaAfter(v, a)) return false;
  if (!/^(and|or)$/.test(word(v, a - 1))) return false;
  const first = v.toks[a - 2];
  return first !== undefined && first.ent === undefined && first.tags.has('Adjective') && !first.tags.has('Verb');
}

/** A finite verb (not a gerund or participle), or a cue verb form not used as a noun. */
export function isVerbAt(v: SentenceView, i: number): boolean {
  const t = v.toks[i];
  if (!t || t.ent !== undefined) return false;
  return (t.tags.has('Verb') && !t.tags.has('Gerund') && !t.tags.has('Participle')) || (v.nlp.cueLemma(t.lower) !== undefined && !t.tags.has('Noun'));
}

/**
 * Is w a verb other than "be" that equates its subject with a predicate noun, as the copula does ("represents",
 * "has become", "has been considered")? Its auxiliaries stand before it.
 */
export function equatesLikeCopula(w: string): boolean {
  return EQUATING_VERBS.has(w) || REGARDING_VERBS.has(w);
}

/**
 * Past "and maturation" at j after a term ("callus mineralization and maturation are delayed", "inhibitors of
 * osteoclast formation and activation"): a plain noun joined to it; j itself when none is.
 */
export function pastCoordinatedNoun(v: SentenceView, j: number): number {
  return /^(and|or)$/.test(word(v, j)) && isPlainNoun(v, j + 1) ? j + 2 : j;
}

/** "IL-32", "CCL-20": does the number at `k` close a hyphenated name the lexicon does not know? */
export function unknownNameEndsAt(v: SentenceView, k: number): boolean {
  const t = v.toks[k];
  return t !== undefined && t.ent === undefined && t.tags.has('Value') && v.toks[k - 1]?.post === '-';
}

/** A noun that is no term, pronoun or verb ("siRNA", "maturation"). */
export function isPlainNoun(v: SentenceView, k: number): boolean {
  const t = v.toks[k];
  return t !== undefined && t.ent === undefined && t.tags.has('Noun') && !t.tags.has('Pronoun') && !t.tags.has('Verb');
}

/** The first finite verb in [from, end) that is no form of "be" and no auxiliary, or -1. */
export function firstMainVerb(v: SentenceView, from: number, end: number): number {
  for (let j = from; j < end; j++) if (isVerbAt(v, j) && !BE_FORMS.has(word(v, j)) && !AUXILIARIES.has(word(v, j))) return j;
  return -1;
}

export function isAuxiliary(v: SentenceView, i: number): boolean {
  return AUXILIARIES.has(word(v, i));
}

/** The mention a masked entity token stands for. */
export function mentionOf(v: SentenceView, i: number): SentenceMention {
  return v.mentions[v.toks[i].ent as number];
}

/** Sentence offsets of tokens a..b. */
export function spanOfToks(v: SentenceView, a: number, b: number): TokSpan {
  return { start: v.toks[a].ostart, end: v.toks[b].oend };
}

/** The original text of tokens a..b. */
export function textOf(v: SentenceView, a: number, b: number): string {
  return v.text.slice(v.toks[a].ostart, v.toks[b].oend);
}

/** The token at a sentence offset (the last token starting at or before it), by binary search. */
export function tokenAtOffset(v: SentenceView, offset: number): number {
  let lo = 0;
  let hi = v.n - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (v.toks[mid].ostart <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Past a determiner, adverbs and adjectives from k, a phase noun followed by "of" ("the (very) early stage
 * of"): the index of that "of", or -1. A part of a process in time stands for the process.
 */
export function phaseOfAt(v: SentenceView, k: number): number {
  let j = k;
  if (DETERMINERS.has(word(v, j))) j++;
  while (j < v.n && v.toks[j].ent === undefined && (v.toks[j].tags.has('Adjective') || isAdverbish(v, j)) && !hasCommaAfter(v, j)) j++;
  return PHASE_NOUNS.has(word(v, j)) && !hasCommaAfter(v, j) && word(v, j + 1) === 'of' ? j + 1 : -1;
}

/** "to increase in number" from k (the "to"): cells made to grow more numerous. */
export function risesInNumberAt(v: SentenceView, k: number): boolean {
  return word(v, k) === 'to' && /^(increase|rise|grow|expand)$/.test(word(v, k + 1)) && word(v, k + 2) === 'in' && /^numbers?$/.test(word(v, k + 3));
}

/**
 * "macrophage polarization-|regulating hydrogels": the actor term after the participle of acting glued to
 * the term ending at i (past determiners and plain adjectives), or undefined.
 */
export function actorOfCompoundAt(v: SentenceView, i: number): number | undefined {
  if (v.toks[i].post !== '-' || ACTOR_COMPOUND_CUES[word(v, i + 1)] === undefined) return undefined;
  let j = i + 2;
  while (j < v.n && !isEnt(v, j) && (DETERMINERS.has(word(v, j)) || v.toks[j].tags.has('Adjective'))) j++;
  return isEnt(v, j) ? j : undefined;
}

/**
 * Is there a verb from `from` on that is not a second predicate joined by "and" / "or" / a comma? ("IL-6
 * depleted MSCs showed …" has one, so "IL-6 depleted MSCs" are cells; in "IL-4 depleted macrophages and
 * impaired bone formation" the only later verb is joined, so "depleted" is the sentence's verb.)
 */
export function mainVerbAfter(v: SentenceView, from: number): boolean {
  for (let k = from; k < v.n; k++) {
    if (v.toks[k].ent !== undefined || !v.toks[k].tags.has('Verb')) continue;
    const joined = /^(and|or)$/.test(word(v, k - 1)) || hasCommaAfter(v, k - 1);
    if (!joined) return true;
  }
  return false;
}
