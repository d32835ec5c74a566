/**
 * Predicate nouns and adjectives after "is/are/as": "X is a potent inducer of Y", "a negative
 * regulator of Y", "the main source of Y", "the precursors of Y", "X is essential for Y", "X is
 * detrimental to Y".
 */
import { relationOfSign, type Sign } from '../../lexicon/relations';
import { ACHIEVING_VERBS, WEIGHTY_NOUNS, AGENT_NOUNS, ATTRACTANT_WORDS, BE_FORMS, BENEFIT_ADJECTIVES, CARRIER_NOUNS, COMPOUND_AGENT_NOUNS, DEPENDENCE_ADJECTIVES, DETERMINERS, EFFECT_ADJECTIVES, NAMING_VERBS, NEGATORS, OFFERING_VERBS, NEUTRAL_NOMINALS, NOMINAL_CUES, NUMBER_WORDS, PARTITIVE_HEADS, PRECURSOR_NOUNS, PREPOSITIONS, PREDICATE_ADJECTIVES, PROMISE_ADJECTIVES, PROMISE_NOUNS, PROMISE_RESULT_NOUNS, PROMISE_VERBS, RANK_MODIFIERS, RANKING_COMPARATIVES, REGARDING_VERBS, REGULATOR_ADJECTIVES, REQUIREMENT_ADJECTIVES, SOURCE_NOUNS, THERAPY_NOUNS, USE_WORDS } from '../grammar';
import { emitPairs, namesLoss, type ClaimSink } from '../sink';
import { entityInList, holderOfPredicate, meansObjectAt, recruitmentOf, subjectBefore } from '../sentence/args';
import { clauseStart } from '../sentence/clauses';
import { groupLeft, groupRight, type Group } from '../sentence/groups';
import { hasComma } from '../tokens';
import { inVerbGroup, polarity, sentenceFrame } from '../sentence/polarity';
import { contextFor } from '../sentence/qualifiers';
import { verbCueAt } from '../sentence/verbCue';
import type { SentenceView } from '../sentence/view';
import { equatesLikeCopula, isAdverbish, isEnt, isParticipleAdjective, isPlainNoun, isVerbAt, mentionOf, pastCoordinatedNoun, phaseOfAt, word } from '../sentence/words';
import type { Rule } from './rule';

/** The predicate word at i: its sign and whether it names a source or a precursor; undefined when none. */
/** "holds promise for", "has great potential for": promise nouns that make a use claim without an adjective of promise. */
function isBarePromise(w: string): boolean {
  return w === 'promise' || w === 'potential';
}

/**
 * The word a predicate is read from at i: the token's own word, or, for a term the lexicon spells ending in a
 * bare promise noun ("MSCs have therapeutic potential for Y", where "therapeutic potential" names MSC
 * therapy), that noun, so the term holds the promise as the plain noun would.
 */
function predicateWordAt(v: SentenceView, i: number): string {
  if (!isEnt(v, i)) return word(v, i);
  const m = mentionOf(v, i);
  // linear: one run of word characters anchored at the end.
  const last = /(\w+)$/.exec(v.text.slice(m.start, m.end).toLowerCase())?.[1] ?? '';
  return isBarePromise(last) ? last : word(v, i);
}

/**
 * "the key osteoclastogenesis regulator", "a CXCR4 antagonist": the agent noun's object written before it
 * (grammar table `compoundAgentNouns`), when that object is no substance class or cell ("a pro-inflammatory
 * mediator", "an osteoclast regulator" name kinds, not targets).
 */
const COMPOUND_OBJECT_TYPES: ReadonlySet<string> = new Set(['process', 'receptor', 'pathway', 'transcription-factor', 'signalling-molecule', 'ligand', 'protein']);

function compoundObjectBefore(v: SentenceView, i: number): Group | undefined {
  if (!COMPOUND_AGENT_NOUNS.has(word(v, i)) || word(v, i + 1) === 'of' || !isEnt(v, i - 1) || hasComma(v.toks[i - 1]) || v.toks[i - 1].post === '-') return undefined;
  const object = groupLeft(v, i - 1);
  return object.ents.length === 1 && COMPOUND_OBJECT_TYPES.has(mentionOf(v, object.first).type) ? object : undefined;
}

function predicateAt(v: SentenceView, i: number): { sign: Sign; source: boolean; required: boolean; swap?: boolean; promise?: boolean; compound?: Group; attracts?: boolean } | undefined {
  const w = predicateWordAt(v, i);
  const next = word(v, i + 1);
  // "X acts as a chemoattractant for MSCs", "X is chemotactic to monocytes": X draws the cells in.
  if (ATTRACTANT_WORDS.has(w) && (next === 'for' || next === 'to' || next === 'of')) return { sign: 1, source: false, required: false, attracts: true };
  // "Y is (highly) dependent on X": X promotes Y.
  if (DEPENDENCE_ADJECTIVES.has(w) && next === 'on') return { sign: 1, source: false, required: true, swap: true };
  // "IL-11 is vital in bone homeostasis", "crucial in osteoclast formation": it matters in a process, in no
  // stated direction. (Not in cells: "important in macrophages" names a place.)
  if (REQUIREMENT_ADJECTIVES.has(w) && next === 'in' && processAt(v, DETERMINERS.has(word(v, i + 2)) ? i + 3 : i + 2)) return { sign: 0, source: false, required: true };
  let agentSign = AGENT_NOUNS[w];
  if ((w === 'regulator' || w === 'modulator' || w === 'mediator') && REGULATOR_ADJECTIVES[word(v, i - 1)] !== undefined) agentSign = REGULATOR_ADJECTIVES[word(v, i - 1)];
  // "an important regulatory factor of Y": a plain "factor" is an agent only with such an adjective.
  if ((w === 'factor' || w === 'factors') && REGULATOR_ADJECTIVES[word(v, i - 1)] !== undefined) agentSign = REGULATOR_ADJECTIVES[word(v, i - 1)];
  // ("an important factor for osteoclastogenesis", "key factors in bone repair": a factor that matters, no direction.)
  // ("a key component of bone repair", "the central component in the early stage of repair" alike.)
  const weightyFactor = WEIGHTY_NOUNS.has(w) && agentSign === undefined && (REQUIREMENT_ADJECTIVES.has(word(v, i - 1)) || RANK_MODIFIERS.has(word(v, i - 1)));
  if (weightyFactor) agentSign = 0;
  // "necessary for Y", "necessary and sufficient for Y"; "central / essential to Y" (not "important to note": a verb).
  // ("required to achieve successful bone regeneration": a verb of reaching a goal leads to the goal.)
  const required = REQUIREMENT_ADJECTIVES.has(w) && (next === 'for' || (next === 'to' && (!v.toks[i + 2]?.tags.has('Verb') || ACHIEVING_VERBS.has(word(v, i + 2)))) || (next === 'and' && word(v, i + 2) === 'sufficient' && word(v, i + 3) === 'for'));
  // ("effective in the treatment of Y": a benefit "in" a therapy's aim is a benefit for it.)
  const inTherapy = next === 'in' && BENEFIT_ADJECTIVES.has(w) && pastTherapyAim(v, i + 2) >= 0;
  const predicate = PREDICATE_ADJECTIVES[w] !== undefined && (['for', 'to', 'toward', 'towards'].includes(next) || inTherapy) ? PREDICATE_ADJECTIVES[w] : undefined;
  // "a promising candidate for Y", "(holds) great promise for Y": a use the author expects X to serve.
  // ("a promising approach to bone regeneration": "to" before a noun phrase.)
  // ("(carries) promising potential in regenerative medicine": "in" a field, too.)
  // ("a promising therapeutic approach for Y": one more adjective may stand between.)
  // ("an attractive cell source for Y": or one plain noun.)
  const between = v.toks[i - 1];
  // ("a new type of cell therapy for Y": past a word of kind.)
  const plainBetween = between !== undefined && between.ent === undefined && (between.tags.has('Adjective') || between.tags.has('Noun'));
  const beforeKind = (j: number): number => (kindOfAt(v, j) ? j - 2 : j);
  // ("a therapeutic target for Y" names what to act on, not a promise: "therapeutic" makes no target one.)
  const promising = (a: string): boolean => PROMISE_ADJECTIVES.has(a) && !(a === 'therapeutic' && /^targets?$/.test(w));
  const promised = promising(word(v, beforeKind(i - 1))) || (plainBetween && promising(word(v, beforeKind(i - 2))));
  // ("a viable alternative to MSCs for Y": what an alternative is "to" is what it replaces, not its goal.)
  // ("the most promising seed cells in Y": the cells a seed noun qualifies; "one of the key pillars of Y": a
  // pillar is "of" what it holds up.)
  const seedCells = /^cells?$/.test(w) && /^seeds?$/.test(word(v, i - 1));
  // ("MSCs are seen as a treatment for multiple sclerosis": a therapy noun needs no adjective before a disease.)
  // ("… seen as a treatment for tissue regeneration": or before any term, whose kind then gives the direction.)
  // (Only where the copula, a verb of offering or one of naming says what the thing is; "used / proposed as a
  // therapy for Y" is a use, read by the therapeutic-use rule.)
  const article = /^(a|an)$/.test(word(v, i - 1)) ? i - 1 : -1;
  const equated = article > 0 && (BE_FORMS.has(word(v, article - 1)) || OFFERING_VERBS.has(word(v, article - 1)) || (word(v, article - 1) === 'as' && NAMING_VERBS.has(word(v, article - 2)) && !USE_WORDS.has(word(v, article - 2))));
  const treats = THERAPY_NOUNS.has(w) && next === 'for' && isEnt(v, i + 2) && equated;
  const promise = (PROMISE_NOUNS.has(w) || seedCells) && (next === 'for' || next === 'in' || (next === 'of' && /^pillars?$/.test(w)) || (next === 'to' && !v.toks[i + 2]?.tags.has('Verb') && !/^alternatives?$/.test(w))) && (isBarePromise(w) || promised || treats);
  const source = (SOURCE_NOUNS.has(w) || PRECURSOR_NOUNS.has(w)) && (next === 'of' || (PRECURSOR_NOUNS.has(w) && next === 'for'));
  const compound = agentSign !== undefined ? compoundObjectBefore(v, i) : undefined;
  if (compound) return { sign: agentSign as Sign, source: false, required: false, compound };
  // ("a potent inhibitor for Y": the preposition some authors use instead of "of".)
  // ("an important regulator during fracture healing", "a key mediator in bone repair": a sign-neutral agent
  // may name the process it acts in.)
  const neutralIn = agentSign === 0 && (next === 'in' || next === 'during');
  // ("an important determinant for tissue regeneration", "a key regulator for bone remodelling": a sign-neutral
  // agent with an adjective of weight takes "for" as a weighty factor does.)
  const weighted = weightyFactor || (agentSign === 0 && (REQUIREMENT_ADJECTIVES.has(word(v, i - 1)) || RANK_MODIFIERS.has(word(v, i - 1))));
  if (!((agentSign !== undefined && (next === 'of' || neutralIn || ((next === 'for' || (next === 'to' && (w === 'contributor' || w === 'contributors'))) && (agentSign !== 0 || weighted)) || (w === 'brake' && next === 'on'))) || required || predicate !== undefined || source || promise)) return undefined;
  const sign: Sign = source ? 0 : required || promise ? 1 : predicate !== undefined ? predicate : (agentSign as Sign);
  return { sign, source, required, promise };
}

/**
 * "Macrophages, crucial to inflammatory responses, display …": a need set off between commas right after a
 * term (the comma after the term at c, and one closing the object) is said of that term.
 */
function setOffBetweenCommas(v: SentenceView, c: number, object: Group): boolean {
  return hasComma(v.toks[c]) && hasComma(v.toks[object.last]) && isVerbAt(v, object.last + 1);
}

/** A comparative that ranks the predicate noun at `i` among others ("a stronger / more potent inducer"), after the copula at `c`. */
function rankedBetween(v: SentenceView, c: number, i: number): boolean {
  for (let j = c + 1; j < i; j++) if (RANKING_COMPARATIVES.has(word(v, j))) return true;
  return false;
}

/** Is a term that is no cell type at k (a process, a molecule: what a thing can matter in)? */
function processAt(v: SentenceView, k: number): boolean {
  return isEnt(v, k) && mentionOf(v, k).type !== 'cell';
}

/** "a differentiation regulator of Y": a plain noun (no term, no pronoun) modifying the predicate noun after it. */
function isModifierNoun(v: SentenceView, c: number): boolean {
  const t = v.toks[c];
  // ("hMSCs show promise for …": the tagger may take the verb for a noun.)
  return t.ent === undefined && t.tags.has('Noun') && !t.tags.has('Pronoun') && !hasComma(t) && !t.tags.has('Plural') && !t.tags.has('Verb') && !PROMISE_VERBS.has(word(v, c)) && c + 1 < v.n && v.toks[c + 1].tags.has('Noun');
}

/** "type of", "kind of", "form of" ending at c ("a new type of cell therapy"). */
function kindOfAt(v: SentenceView, c: number): boolean {
  return word(v, c) === 'of' && /^(type|types|kind|kinds|form|forms|class)$/.test(word(v, c - 1));
}

/** Left of c, past the determiners, adjectives, adverbs and words of rank of a predicate noun ("a key", "the main"). */
function modifiersBefore(v: SentenceView, from: number): number {
  let c = from;
  // ("a key regulator of": the tagger may take "key" or "master" for a noun.)
  // ("a new type of cell therapy": a word of kind before "of" only sorts the noun after it.)
  while (c >= 0 && (DETERMINERS.has(word(v, c)) || v.toks[c].tags.has('Adjective') || isAdverbish(v, c) || isModifierNoun(v, c) || EFFECT_ADJECTIVES[word(v, c)] !== undefined || REGULATOR_ADJECTIVES[word(v, c)] !== undefined || RANK_MODIFIERS.has(word(v, c)) || PROMISE_ADJECTIVES.has(word(v, c)) || NEGATORS.has(word(v, c)) || describingParticiple(v, c) || countsMembers(v, c) || kindOfAt(v, c))) c -= kindOfAt(v, c) ? 2 : 1;
  return c;
}

/** "IL-4 and IFN-γ, two known inhibitors of …": a number word counting the members the predicate names. */
function countsMembers(v: SentenceView, c: number): boolean {
  return NUMBER_WORDS.has(word(v, c));
}

/**
 * "multinucleated giant cells", "activated cells": a participle right before the noun or an adjective of
 * the phrase describes it (the tagger may take it for a past-tense verb).
 */
function describingParticiple(v: SentenceView, c: number): boolean {
  // (Not a verb that equates like the copula: "MSCs proved effective for Y".)
  return isParticipleAdjective(v, c) || (/ed$/.test(word(v, c)) && v.toks[c].ent === undefined && v.toks[c].post === ' ' && v.toks[c + 1]?.tags.has('Adjective') === true && !equatesLikeCopula(word(v, c)));
}

/**
 * "We studied TNF-α, which is (known to be) a key regulator of Y": the predicate of a relative clause after
 * a comma is said of the term the pronoun follows. The copula at c, past the words of its verb group back
 * to the pronoun.
 */
function relativeHolder(v: SentenceView, c: number): { group: Group; reverse: boolean } | undefined {
  if (!BE_FORMS.has(word(v, c))) return undefined;
  let b = c;
  while (b > 0 && !/^(which|who)$/.test(word(v, b - 1)) && (inVerbGroup(v, b - 1) || BE_FORMS.has(word(v, b - 1)))) b--;
  if (!/^(which|who)$/.test(word(v, b - 1)) || !isEnt(v, b - 2) || !hasComma(v.toks[b - 2])) return undefined;
  return { group: groupLeft(v, b - 2), reverse: false };
}

/**
 * "Two cytokines are required for osteoclast formation: M-CSF and RANKL": a plain noun before the copula at
 * `c` (no term), and the terms it counts named after a colon that closes the predicate's object.
 */
function namedAfterColon(v: SentenceView, c: number, object: Group): { group: Group; reverse: boolean } | undefined {
  if (!BE_FORMS.has(word(v, c)) || !v.toks[object.last].post.includes(':') || !isEnt(v, object.last + 1)) return undefined;
  const start = clauseStart(v, c);
  for (let k = start; k < c; k++) if (v.toks[k].ent !== undefined) return undefined;
  if (!v.toks[c - 1]?.tags.has('Plural')) return undefined;
  return { group: groupRight(v, object.last + 1), reverse: false };
}

/**
 * "We cloned an osteoblast-derived factor essential for osteoclastogenesis, the receptor activator of NF-κB
 * ligand (RANKL).": a predicate phrase on a plain noun (no term before it in its clause) whose object is
 * followed by a term in apposition that ends the sentence names that term.
 */
function namedInApposition(v: SentenceView, c: number, object: Group): { group: Group; reverse: boolean } | undefined {
  if (!hasComma(v.toks[object.last])) return undefined;
  let k = object.last + 1;
  while (k < v.n && DETERMINERS.has(word(v, k))) k++;
  if (!isEnt(v, k)) return undefined;
  const named = groupRight(v, k);
  // (Only the term's own abbreviation may follow it: "… ligand (RANKL).")
  const id = mentionOf(v, named.last).id;
  for (let j = named.last + 1; j < v.n; j++) if (!isEnt(v, j) || mentionOf(v, j).id !== id) return undefined;
  // (A term glued to the predicate noun's modifier, "an osteoblast-derived factor", is no subject.)
  const start = clauseStart(v, c);
  for (let j = start; j <= c; j++) if (v.toks[j].ent !== undefined && v.toks[j].post !== '-') return undefined;
  return { group: named, reverse: false };
}

/**
 * "IL-7 is a cytokine for lymphoid development and a direct inhibitor of Y": a predicate noun coordinated
 * with an earlier one shares its copula. From the "and" at c, back over the first predicate (no comma, no
 * other verb; a term only inside its prepositional phrase, "a survival signal for B cells") to the
 * copula; c itself when there is none.
 */
function sharedCopula(v: SentenceView, c: number): number {
  if (word(v, c) !== 'and' || hasComma(v.toks[c - 1] ?? v.toks[c])) return c;
  const start = clauseStart(v, c);
  for (let k = c - 1; k >= start && k >= c - 10; k--) {
    const t = v.toks[k];
    if (BE_FORMS.has(t.lower)) return k < c - 2 && termsOnlyAfterPreposition(v, k + 1, c) ? k : c;
    if (hasComma(t) || t.tags.has('Verb')) return c;
  }
  return c;
}

/** Between from and to, does every term stand after a preposition of the phrase? */
function termsOnlyAfterPreposition(v: SentenceView, from: number, to: number): boolean {
  let opened = false;
  for (let k = from; k < to; k++) {
    if (PREPOSITIONS.has(word(v, k))) opened = true;
    else if (v.toks[k].ent !== undefined && !opened) return false;
  }
  return true;
}

/**
 * A copula at j, or the "as" of a verb that names what a thing is ("TGF-β1 has been described as a cytokine
 * essential for Y", "… as one such cytokine …"): its index, or -1.
 */
function namesWhatItIs(v: SentenceView, j: number): number {
  let k = j;
  if (word(v, k) === 'such') k--;
  if (word(v, k) === 'one') k--;
  return BE_FORMS.has(word(v, k)) || (word(v, k) === 'as' && NAMING_VERBS.has(word(v, k - 1))) ? k : -1;
}

/** A nominal without a direction and its "of" in [from, to) ("the modulation of undesired …"). */
function neutralNominalBetween(v: SentenceView, from: number, to: number): boolean {
  for (let j = from; j < to - 1; j++) if (NEUTRAL_NOMINALS.has(word(v, j)) && word(v, j + 1) === 'of') return true;
  return false;
}

function readPredicates(v: SentenceView, sink: ClaimSink): void {
  const { toks, n } = v;
  for (let i = 0; i < n; i++) {
    const p = predicateAt(v, i);
    if (!p) continue;
    const frame = sentenceFrame(v, i);
    const w = predicateWordAt(v, i);
    // ("… is known to be important for Y", "was important for Y": any form of "be" right before.)
    if (p.required && (w === 'important' || w === 'key' || w === 'pivotal') && !BE_FORMS.has(word(v, i - 1))) continue;
    const compound = p.compound;
    // ("a critical factor in achieving successful osseointegration": past the gerund of reaching the goal.)
    const plainObjectAt = word(v, i + 1) === 'and' ? i + 4 : /^(to|in|for)$/.test(word(v, i + 1)) && ACHIEVING_VERBS.has(word(v, i + 2)) ? i + 3 : i + 2;
    // ("a new therapeutic agent for the prevention or reduction of kidney injury": past the nouns of a therapy's aim.)
    const aimed = p.promise || BENEFIT_ADJECTIVES.has(w) ? pastTherapyAim(v, plainObjectAt) : -1;
    const objectAt = aimed >= 0 ? aimed : plainObjectAt;
    // ("central to the creation of Y", "essential for inducing Y": a need of what the nominal or gerund does to Y.)
    // ("a key mediator in the inhibition of Y": what a mediator carries is the effect the nominal names.)
    const carrier = p.sign === 0 && CARRIER_NOUNS.has(w);
    const means = compound || !(p.required || carrier) ? undefined : meansObjectAt(v, DETERMINERS.has(word(v, objectAt)) ? objectAt + 1 : objectAt, v.n);
    // ("regulators of the very early phases of inflammation": a part of the process in time stands for it.)
    const phase = compound ? -1 : phaseOfAt(v, objectAt);
    const object = compound ?? entityInList(v, objectAt) ?? (phase >= 0 ? entityInList(v, phase + 1) : undefined) ?? means?.group;
    if (!object) continue;
    // ("a chemoattractant for MSCs": the object is the cells' recruitment.)
    const recruitment = p.attracts ? recruitmentOf(v, object) : undefined;
    if (p.attracts && recruitment === undefined) continue;
    // ("essential for the regulation of Y", "essential for Y regulation": a need of a link without a direction.)
    // ("an attractive option for the modulation of immune responses": so is any predicate whose object a
    // nominal without a direction introduces.)
    const regulated = !compound && ((p.required && ((means?.sign === 0 && means.relation === undefined && means.group.first === object.first) || NEUTRAL_NOMINALS.has(word(v, object.last + 1)))) || neutralNominalBetween(v, objectAt, object.first));
    const needSign: Sign = regulated ? 0 : means && object === means.group ? (carrier ? means.sign : ((p.sign * means.sign) as Sign)) : p.sign;
    let c = sharedCopula(v, modifiersBefore(v, compound ? compound.first - 1 : i - 1));
    // ("one of the key mediators of Y", "among the main sources of Y": a member of the class the predicate names.)
    // (The word of membership before "of", or standing alone as "among" does.)
    const partitive = (word(v, c) === 'of' && PARTITIVE_HEADS.has(word(v, c - 1))) || PARTITIVE_HEADS.has(word(v, c));
    if (word(v, c) === 'of' && PARTITIVE_HEADS.has(word(v, c - 1))) c = modifiersBefore(v, c - 2);
    else if (PARTITIVE_HEADS.has(word(v, c))) c = modifiersBefore(v, c - 1);
    // ("Osteoclasts are the primary cells responsible for Y": an adjective after the head noun of the copula's
    // predicate says of the subject what "are responsible for Y" would.)
    let appositive = false;
    if (!partitive && (PREDICATE_ADJECTIVES[w] !== undefined || p.required) && c === i - 1 && isPlainNoun(v, c) && !hasComma(v.toks[c])) {
      const head = modifiersBefore(v, c - 1);
      const copula = namesWhatItIs(v, head);
      if (copula >= 0) c = copula;
      // ("… active in osteoclasts, (the) cells responsible for bone resorption": the same said in apposition.)
      else if (isEnt(v, head) && hasComma(v.toks[head])) {
        c = head;
        appositive = true;
      }
    }
    // "… the expression of DC-STAMP, which is responsible for …": a relative clause is about the phrase
    // right before its pronoun; when that is no term, the clause names no actor.
    if (/^(which|that|who)$/.test(word(v, c - 1)) && !isEnt(v, c - 2)) continue;
    // "inflammation dependent on TNF-α", "a process essential for repair": an adjective right after a term
    // says it of that term (no copula).
    // ("…, inhibitors of osteoclast formation and activation.": past a plain noun joined to the object.)
    const objectEnd = pastCoordinatedNoun(v, object.last + 1) - 1;
    const bareApposition = toks[i].tags.has('Plural') && (hasComma(toks[objectEnd]) || objectEnd === n - 1);
    const relative = relativeHolder(v, c);
    // (An apposition describes its term wherever the term stands, after a preposition too.)
    const found = relative ?? (appositive ? { group: groupLeft(v, c), reverse: false } : undefined) ?? holderOfPredicate(v, c, bareApposition) ?? ((isBarePromise(w) || PROMISE_RESULT_NOUNS.has(w)) && PROMISE_VERBS.has(word(v, c)) ? subjectBefore(v, c, clauseStart(v, c)) : undefined) ?? ((p.required || PREDICATE_ADJECTIVES[w] === 1) && c === i - 1 && isEnt(v, c) && (!hasComma(toks[c]) || setOffBetweenCommas(v, c, object)) ? { group: groupLeft(v, c), reverse: false } : undefined)
      ?? namedAfterColon(v, c, object) ?? namedInApposition(v, c, object);
    if (!found) continue;
    // ("IL-4 inhibited osteoclastogenesis, which may provide a new approach for the treatment of osteolysis":
    // a use said in a relative clause after an effect's object is said of the finding, not of that object.)
    if ((p.promise || BENEFIT_ADJECTIVES.has(w)) && saidOfFinding(v, found.group, c)) continue;
    // A description in apposition ("the role of LRG1, a new regulator of angiogenesis, in …") or in a
    // relative clause ("we studied TNF-α, which is a key regulator of …") is taken as known even inside a
    // question; a copula's predicate is not.
    if (frame.skip && !(isEnt(v, c) && hasComma(toks[c])) && !relative) continue;
    // The copula's own group ("is not", "has not been") and a negator inside the predicate ("is not an inhibitor").
    // (A verb that equates like the copula, "has not become", ends the group its auxiliaries open.)
    const regarded = REGARDING_VERBS.has(word(v, c));
    const pol = polarity(v, found.group.last + 1, equatesLikeCopula(word(v, c)) ? c : c + 1);
    let negated = pol.negated;
    for (let j = c + 1; j < i; j++) if (NEGATORS.has(word(v, j))) negated = !negated;
    // "IL-4 is not required for M2 polarization" denies a need, not an effect: it may still promote it.
    if (p.required && negated) continue;
    // ("BMP-2/7 was not a stronger inducer of osteogenesis than BMP-2" denies a ranking, not the effect.)
    if (negated && rankedBetween(v, c, i)) continue;
    // ("IL-4 has not been considered an inhibitor of Y" reports no view, and "MSCs are not yet a promising
    // strategy for Y" weighs a use: neither denies an effect; "has no potential for Y" denies an ability.)
    if ((regarded || (p.promise && !isBarePromise(w))) && negated) continue;
    const lineage = PRECURSOR_NOUNS.has(w) ? 'forward' as const : undefined;
    // "a promising strategy for (the treatment of) osteoarthritis": what a therapy is for, when it is a
    // disease, is what it works against ("MSCs are beneficial / promising for osteoarthritis" too).
    // ("a therapeutic target for osteoporosis" says only that acting on X bears on the disease, not which way.)
    // ("a promising tool in the treatment of chronic inflammation / bone loss": what a therapy noun is of is
    // what the use works against, whatever kind of term it is.)
    const serves = p.promise || BENEFIT_ADJECTIVES.has(w);
    // ("a potent therapeutic option for bone loss", "a promising remedy for inflammation": an ailment, or a term
    // named by its loss, is worked against as a disease is.)
    const aim = mentionOf(v, object.first);
    const against = serves && (aimed >= 0 || aim.type === 'disease' || v.lexicon.isAilment(aim.id) || namesLoss(v.text.slice(aim.start, aim.end)) || therapyNounBefore(v, i + 1, object.first));
    const sign: Sign = p.promise && /^targets?$/.test(w) ? 0 : against ? -1 : needSign;
    const relation = p.source ? 'secretes' : relationOfSign(sign);
    const [actor, target] = p.swap ? [object, found.group] : [found.group, object];
    emitPairs(v, sink, { at: i, lastAt: compound ? i : i + 1, relation, sign, lineage }, actor, target, sign, {
      negated, hedged: pol.hedged || frame.hedged, passive: false, ctx: contextFor(v, clauseStart(v, c), object.last, found.group),
      objectIds: recruitment === undefined ? undefined : [recruitment],
    });
  }
}

/**
 * Is the predicate at `c` in a relative clause ("…, which may provide …") whose antecedent `g` is the object
 * of a verb of effect ("IL-4 inhibited osteoclastogenesis, which …")? Such a clause is about the finding.
 */
function saidOfFinding(v: SentenceView, g: Group, c: number): boolean {
  // (The pronoun may follow a phrase on the object: "inhibited osteoclastogenesis in a model of …, which".)
  let which = g.last + 1;
  while (which < c && !(/^(which|that)$/.test(word(v, which)) && hasComma(v.toks[which - 1]))) which++;
  if (which >= c) return false;
  let j = g.first - 1;
  while (j >= 0 && (DETERMINERS.has(word(v, j)) || isAdverbish(v, j))) j--;
  const cue = verbCueAt(v, j);
  return cue !== undefined && cue.sign !== 0;
}

/**
 * "the prevention or reduction of Y", "the (clinical) treatment of Y": the nouns of what a therapy aims at, one of the
 * therapy's own or two joined (the second may be a noun of lowering); the index after their "of", or -1.
 */
function pastTherapyAim(v: SentenceView, k: number): number {
  let j = DETERMINERS.has(word(v, k)) ? k + 1 : k;
  // ("for (the) clinical treatment of Y": past one adjective that qualifies the therapy.)
  if (!THERAPY_NOUNS.has(word(v, j)) && v.toks[j]?.ent === undefined && v.toks[j]?.tags.has('Adjective')) j++;
  if (!THERAPY_NOUNS.has(word(v, j))) return -1;
  if (/^(and|or)$/.test(word(v, j + 1)) && (THERAPY_NOUNS.has(word(v, j + 2)) || NOMINAL_CUES[word(v, j + 2)] === -1)) j += 2;
  return word(v, j + 1) === 'of' ? j + 2 : -1;
}

/** A therapy noun with its "of" between from and to ("for the (pathogenic) treatment of Y"). */
function therapyNounBefore(v: SentenceView, from: number, to: number): boolean {
  for (let j = from; j + 1 < to; j++) if (THERAPY_NOUNS.has(word(v, j)) && word(v, j + 1) === 'of') return true;
  return false;
}

export const agentNoun: Rule = {
  id: 'predicate-noun',
  phenomenon: 'A predicate noun or adjective of effect, need, source or lineage after "is/are/as".',
  confidence: 0.85,
  read: readPredicates,
  examples: [
    // (A description set off by a comma says of its term what the copula would, after a preposition too.)
    { text: 'Several kinases are activated in the osteoclasts, cells responsible for bone resorption.', reads: ['osteoclast promotes bone-resorption'] },
    { text: 'Several kinases are activated in osteoclasts, the cells responsible for bone resorption.', reads: ['osteoclast promotes bone-resorption'] },
    { text: 'The T cells released IL-4 and IFN-γ, two well-known inhibitors of osteoclast formation and maturation.', reads: ['il-4 inhibits osteoclastogenesis', 'ifn-gamma inhibits osteoclastogenesis'] },
    // (A part played, with an adjective of weight; a plain part says nothing.)
    { text: 'Macrophages are the central component in the early stage of bone repair.', reads: ['macrophage regulates bone-repair'] },
    { text: 'IL-6 was a component of the culture medium used for MSCs.', not: ['il-6 regulates msc'] },
    // (Past the gerund of reaching a goal: "a critical factor in achieving successful bone repair".)
    { text: 'The immune response is a critical factor in achieving successful bone repair.', reads: ['immune-response regulates bone-repair'] },
    { text: 'IL-4 is essential for achieving M2 polarization.', reads: ['il-4 promotes m2-polarization'] },
    { text: 'The immune response is a critical factor in implant osseointegration.', reads: ['immune-response regulates bone-integration'], not: ['immune-response regulates biomaterial-scaffold'] },
    { text: 'TNF-α is made by M1 cells. It is a strong stimulator of osteoclast formation.', reads: ['tnf-alpha promotes osteoclastogenesis'] },
    { text: 'IL-6 comes from many cells. Lately it has been proposed to act as an inducer of RANKL.', reads: ['il-6 promotes? rankl'] },
    { text: 'IL-6, essential for osteoclast formation, is secreted by MSCs.', reads: ['il-6 promotes osteoclastogenesis'] },
    { text: 'Thus, a transient stage of acute inflammation is one of the key factors for bone healing.', reads: ['inflammation regulates bone-repair'] },
    { text: 'NFATc1 may be an effective therapeutic target for osteoporosis.', not: ['nfatc1 inhibits osteoporosis', 'nfatc1 promotes osteoporosis'] },
    { text: 'MSC-based therapy carries promising potential in regenerative medicine.', reads: ['msc-therapy promotes tissue-regeneration'] },
    // (A promise noun inside a term the lexicon spells, "therapeutic potential"; "therapeutic" and "potent" as adjectives of promise.)
    { text: 'MSCs have therapeutic potential for bone repair.', reads: ['msc promotes bone-repair'] },
    // (A clause of its own after a place phrase: its term is the subject, not a place.)
    { text: 'Periodontitis causes tooth loss in adults and PDLSCs are the most favorable candidate for tissue repair.', reads: ['msc promotes tissue-regeneration'] },
    { text: 'MSCs have been highlighted as a potent therapeutic option for rheumatoid arthritis.', reads: ['msc inhibits immune-disease'] },
    { text: 'IL-17 is a selective therapeutic target for bone loss.', not: ['il-17 regulates bone-resorption'] },
    { text: 'IL-6 is a key mediator in the inhibition of osteoblast differentiation by TNF-α.', reads: ['il-6 inhibits osteoblast-differentiation'] },
    { text: 'The homing of MSCs is a critical step in fracture repair.', reads: ['msc-homing regulates bone-repair'] },
    { text: 'Oncostatin M is a major contributor to MSC recruitment.', reads: ['osm promotes msc-recruitment'] },
    { text: 'TNF-α has been recognized as an important factor for osteoclastogenesis.', reads: ['tnf-alpha regulates osteoclastogenesis'] },
    { text: 'IL-6 is a key factor in fracture healing.', reads: ['il-6 regulates bone-repair'] },
    { text: 'Umbilical cord MSCs have been considered an alternative strategy for bone regeneration.', reads: ['msc promotes bone-repair'] },
    { text: 'MSCs have not yet become a promising strategy for bone regeneration.', not: ['msc promotes bone-repair', 'msc promotes! bone-repair'] },
    { text: 'RANKL is essential for the regulation of bone remodeling.', reads: ['rankl regulates bone-remodeling'], not: ['rankl promotes bone-remodeling'] },
    { text: 'The OPG/RANKL axis is crucial for bone remodeling regulation.', reads: ['opg-rankl regulates bone-remodeling'], not: ['opg-rankl promotes bone-remodeling'] },
    { text: 'IL-7 is a survival signal for young B cells and a direct inhibitor of osteoclastogenesis.', reads: ['il-7 inhibits osteoclastogenesis'], not: ['il-7 promotes osteoclastogenesis'] },
    { text: 'Two cytokines are required for osteoclast formation: M-CSF and RANKL.', reads: ['m-csf promotes osteoclastogenesis', 'rankl promotes osteoclastogenesis'] },
    { text: 'IL-1β and TNF-α, well-known inducers of RANKL, were added to the cultures.', reads: ['il-1beta promotes rankl', 'tnf-alpha promotes rankl'] },
    { text: 'IL-10, IL-4, inducers of M2 polarization and IL-6 were measured.', not: ['il-4 promotes m2-polarization'] },
    { text: 'MSCs represent a promising therapeutic approach for osteoarthritis.', reads: ['msc inhibits osteoarthritis'] },
    { text: 'MSCs represent an attractive therapy for autoimmune diseases.', reads: ['msc inhibits immune-disease'] },
    { text: 'MSCs are an attractive concept in regenerative medicine.', reads: ['msc promotes tissue-regeneration'] },
    { text: 'Suitable bone substitute materials are commonly required to achieve successful bone regeneration.', reads: ['biomaterial-scaffold promotes bone-repair'] },
    { text: 'MSC-based therapy offers an effective strategy for bone regeneration.', reads: ['msc-therapy promotes bone-repair'] },
    { text: 'MSCs modulate inflammatory cytokines, and have been suggested as a promising alternative for IBD treatment.', reads: ['msc inhibits? inflammatory-bowel-disease'], not: ['pro-inflammatory-cytokine inhibits? inflammatory-bowel-disease'] },
    { text: 'MSC-EVs may become a viable alternative to MSCs for the treatment of immune diseases.', not: ['extracellular-vesicle promotes msc'] },
    { text: 'MSCs are an attractive cell source for bone regeneration.', reads: ['msc promotes bone-repair'] },
    { text: 'MSCs are the main source of TGF-β1.', reads: ['msc secretes tgf-beta1'] },
    { text: 'IL-6 is a key player in bone remodeling.', reads: ['il-6 regulates bone-remodeling'] },
    { text: 'M2 macrophages: key players in bone regeneration', reads: ['m2-macrophage regulates bone-repair'] },
    { text: 'NFATc1 is the key osteoclastogenesis regulator.', reads: ['nfatc1 regulates osteoclastogenesis'] },
    { text: 'TNF-α is a pro-inflammatory mediator.', reads: [], not: ['tnf-alpha regulates pro-inflammatory-cytokine'] },
    { text: 'Profiling identified NFATc1 as a master regulator of osteoclast formation.', reads: ['nfatc1 regulates osteoclastogenesis'] },
    { text: 'IL-4 is a potent inhibitor of NFATc1.', reads: ['il-4 inhibits nfatc1'] },
    { text: 'PGE2 is one of the key mediators of MSC immunomodulation.', reads: ['pge2 regulates msc-immunomodulation'] },
    { text: 'IL-4 is among the most potent inhibitors of osteoclast formation.', reads: ['il-4 inhibits osteoclastogenesis'] },
    { text: 'These results identify IL-4 as an important regulatory factor of osteoclast differentiation.', reads: ['il-4 regulates osteoclastogenesis'] },
    { text: 'IL-4 is an inhibitory factor of osteoclast formation.', reads: ['il-4 inhibits osteoclastogenesis'] },
    { text: 'Inflammatory cytokines are important modulators of bone repair.', reads: ['pro-inflammatory-cytokine regulates bone-repair'] },
    { text: 'RANKL is essential for osteoclast differentiation.', reads: ['rankl promotes osteoclastogenesis'] },
    { text: 'Systemic inflammation is an independent risk factor for osteoporosis.', reads: ['inflammation promotes osteoporosis'] },
    { text: 'Osteoclasts are the primary cells responsible for bone resorption.', reads: ['osteoclast promotes bone-resorption'] },
    { text: 'Osteoclasts are large multinucleated cells responsible for bone resorption.', reads: ['osteoclast promotes bone-resorption'] },
    { text: 'They isolated a macrophage-derived factor essential for osteogenesis, oncostatin M (OSM).', reads: ['osm promotes bone-formation'] },
    { text: 'MSCs are an attractive option for the modulation of unwanted immune responses.', reads: ['msc regulates immune-response'], not: ['msc promotes immune-response'] },
    { text: 'IL-6 has been described as one such pleiotropic cytokine essential for bone remodeling.', reads: ['il-6 promotes bone-remodeling'] },
    { text: 'IL-4 is the main cytokine responsible for M2 polarization.', reads: ['il-4 promotes m2-polarization'] },
    { text: 'IL-4 is not required for M2 polarization.', not: ['il-4 promotes! m2-polarization'] },
    { text: 'IL-6 is vital in bone homeostasis.', reads: ['il-6 regulates bone-homeostasis'] },
    { text: 'IL-4 was not a more potent inhibitor of osteoclast formation than IL-13.', reads: [], not: ['il-4 inhibits! osteoclastogenesis'] },
    { text: 'IL-6 is important in macrophages.', reads: [], not: ['il-6 regulates macrophage'] },
    { text: 'The mice develop inflammation dependent on TNF-α.', reads: ['tnf-alpha promotes inflammation'] },
    { text: 'RANKL is a prerequisite for osteoclast formation.', reads: ['rankl promotes osteoclastogenesis'] },
    { text: 'RANKL is central to osteoclast formation.', reads: ['rankl promotes osteoclastogenesis'] },
    { text: 'TNF-α is central to the creation of an inflammatory microenvironment.', reads: ['tnf-alpha promotes inflammatory-microenvironment'] },
    { text: 'IL-10 is essential for the suppression of inflammation.', reads: ['il-10 inhibits inflammation'] },
    { text: 'It is important to note that IL-4 affects macrophages.', not: ['il-4 promotes macrophage'] },
    { text: 'TNF-α is an important regulator during fracture healing.', reads: ['tnf-alpha regulates bone-repair'] },
    { text: 'The fusion of osteoclast precursors is known to be important for bone resorption.', reads: ['osteoclastogenesis promotes bone-resorption'] },
    { text: 'IL-4 inhibits osteoclasts and is essential for bone repair.', reads: ['il-4 promotes bone-repair'], not: ['osteoclast promotes bone-repair'] },
    { text: 'MSC-based therapy has become an effective approach for bone regeneration.', reads: ['msc-therapy promotes bone-repair'] },
    { text: 'M1 macrophages are the main source of TNF-α.', reads: ['m1-macrophage secretes tnf-alpha'] },
    { text: 'IL-4 and IL-13 have been reported as suppressors of murine osteoclast formation.', reads: ['il-4 inhibits osteoclastogenesis'] },
    { text: 'IL-6 is a key regulator of osteoclast formation.', reads: ['il-6 regulates osteoclastogenesis'] },
    { text: 'Fracture healing is highly dependent on macrophages.', reads: ['macrophage promotes bone-repair'] },
    { text: 'BMP-2 acts as a potentiator of osteogenesis.', reads: ['bmp-2 promotes bone-formation'] },
    { text: 'HMGB1 acts as a potent chemoattractant for MSCs.', reads: ['hmgb1 promotes msc-recruitment'] },
    { text: 'MCP-1 is chemotactic to macrophages.', reads: ['ccl2 promotes macrophage-recruitment'] },
    { text: 'IFN-γ raised the level of a fusion protein, which is responsible for osteoclast formation.', not: ['ifn-gamma promotes osteoclastogenesis'] },
    { text: 'Osteoclasts are responsible for bone resorption.', reads: ['osteoclast promotes bone-resorption'] },
    { text: 'IL-4 is not an inhibitor of NFATc1.', reads: ['il-4 inhibits! nfatc1'] },
    { text: 'IL-4 has not been considered a key inhibitor of NFATc1.', not: ['il-4 inhibits nfatc1'] },
    { text: 'LRG1, a new regulator of angiogenesis, was measured.', reads: ['lrg1 regulates angiogenesis'] },
    { text: 'In osteoclasts, a key inducer of NFATc1 is RANKL.', not: ['osteoclast promotes nfatc1'] },
    { text: 'These data suggest that IFN-γ is a potent inhibitor for osteoclast formation.', reads: ['ifn-gamma inhibits? osteoclastogenesis'] },
    { text: 'MSCs hold great promise for bone regeneration.', reads: ['msc promotes bone-repair'] },
    { text: 'MSCs have been highlighted as a potent therapeutic option for bone loss.', reads: ['msc inhibits bone-resorption'], not: ['msc promotes bone-resorption'] },
    { text: 'MSCs are a promising option for chronic inflammation.', reads: ['msc inhibits inflammation'] },
    { text: 'Marrow stromal cells demonstrate considerable promise in preclinical osteoarthritis models.', reads: ['msc inhibits osteoarthritis'] },
    { text: 'MSCs and their secreted factors have shown great potential for bone regeneration.', reads: ['msc promotes bone-repair'] },
    { text: 'Marrow-derived MSCs have shown promising outcomes for bone regeneration in dogs.', reads: ['msc promotes bone-repair'] },
    { text: 'MSCs showed poor results for bone regeneration.', not: ['msc promotes bone-repair'] },
    { text: 'IL-4 has no potential for osteoclast formation.', reads: ['il-4 promotes! osteoclastogenesis'] },
    { text: 'MSCs are promising candidates for bone repair.', reads: ['msc promotes bone-repair'] },
    { text: 'Adipose MSCs are new therapeutics for the treatment of Crohn\'s disease.', reads: ['msc inhibits inflammatory-bowel-disease'] },
    { text: 'MSCs are one of the most promising seed cells in bone tissue engineering.', reads: ['msc promotes bone-repair'] },
    { text: 'MSCs can be used as one of the key pillars of bone tissue engineering.', reads: ['msc promotes bone-repair'] },
    { text: 'Dental pulp stem cells are a valuable resource for the regeneration of damaged tissue.', reads: ['msc promotes tissue-regeneration'] },
    { text: 'PDLSCs are the most favorable candidate for the reconstruction of tissues lost to disease.', reads: ['msc promotes tissue-regeneration'] },
    { text: 'TNF-α is a candidate for bone resorption studies.', not: ['tnf-alpha promotes bone-resorption'] },
    { text: 'MSC transplantation has been a promising approach to bone regeneration.', reads: ['msc-therapy promotes bone-repair'] },
    { text: 'MSCs are a promising tool to treat bone defects.', not: ['msc promotes bone-repair'] },
    { text: 'MSC therapy is promising for fracture healing.', reads: ['msc-therapy promotes bone-repair'] },
    { text: 'MSC therapy is a promising strategy for the treatment of osteoarthritis.', reads: ['msc-therapy inhibits osteoarthritis'], not: ['msc-therapy promotes osteoarthritis'] },
    { text: 'MSCs are a new therapeutic agent for the prevention or reduction of acute kidney injury.', reads: ['msc inhibits urological-disease'], not: ['msc promotes urological-disease'] },
    { text: 'Marrow stromal cells are a useful tool for the prevention of osteoarthritis.', reads: ['msc inhibits osteoarthritis'] },
    // (A benefit "in" the treatment of a disease is one for it; "in" a cell type or a model names a place.)
    { text: 'Marrow stromal cells proved effective in the treatment of experimental colitis.', reads: ['msc inhibits inflammatory-bowel-disease'], not: ['msc promotes inflammatory-bowel-disease'] },
    // (A sign-neutral agent with an adjective of weight takes "for"; without one it names no part played.)
    { text: 'Stromal cells are a key determinant for tissue regeneration.', reads: ['msc regulates tissue-regeneration'] },
    { text: 'IL-6 is a regulator for bone remodeling.', not: ['il-6 regulates bone-remodeling'] },
    { text: 'IL-10 was effective in macrophages from patients with osteoarthritis.', not: ['il-10 inhibits osteoarthritis', 'il-10 promotes osteoarthritis'] },
    // (A therapy noun before a term needs no adjective; "seen as" names what a thing is, as "regarded as" does.)
    { text: 'MSCs are now seen as a treatment for multiple sclerosis.', reads: ['msc inhibits multiple-sclerosis'], not: ['msc promotes multiple-sclerosis'] },
    { text: 'MSCs are viewed as a therapy for bone regeneration.', reads: ['msc promotes bone-repair'] },
    { text: 'Marrow stromal cells offer a therapy for autoimmune diseases.', reads: ['msc inhibits immune-disease'] },
    { text: 'Embryonic MSCs are better suited for clinical treatment of multiple sclerosis.', reads: ['msc inhibits multiple-sclerosis'] },
    { text: 'The early inflammatory phase is essential for the initiation of downstream regenerative processes.', reads: ['inflammation promotes tissue-regeneration'] },
    { text: 'MSC infusion is a promising tool in the treatment of chronic inflammation.', reads: ['msc-therapy inhibits inflammation'], not: ['msc-therapy promotes inflammation'] },
    { text: 'MSCs are a promising tool for the treatment of bone loss.', reads: ['msc inhibits bone-resorption'], not: ['msc promotes bone-resorption'] },
    { text: 'IFN-γ lowered osteoclastogenesis, which is a promising strategy for the treatment of osteolysis.', not: ['osteoclastogenesis inhibits bone-resorption', 'osteoclastogenesis promotes bone-resorption'] },
    { text: 'The feedback loops allow MSCs to serve as regulators of the very early phases of inflammation.', reads: ['msc regulates inflammation'] },
    { text: 'We studied TNF-α, which is known to be a key regulator of the NF-κB pathway.', reads: ['tnf-alpha regulates nfkb-signalling'] },
    { text: 'MSCs are promising for the treatment of osteoarthritis.', reads: ['msc inhibits osteoarthritis'], not: ['msc promotes osteoarthritis'] },
    { text: 'MSC therapy was beneficial for osteoarthritis.', reads: ['msc-therapy inhibits osteoarthritis'] },
    { text: 'TNF-α is a candidate for bone resorption studies.', not: ['tnf-alpha promotes bone-resorption'] },
    { text: 'We studied the role of LRG1, a new regulator of angiogenesis, in arthritis.', reads: ['lrg1 regulates angiogenesis'] },
  ],
};
