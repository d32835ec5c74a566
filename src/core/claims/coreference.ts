/**
 * Pronouns, possessives and definite descriptions that stand for a term named earlier: "TNF-α …
 * suppresses their differentiation" (their = the MSCs before), "it inhibits …", "the cytokine …",
 * "these cells …". Each is resolved to the nearest earlier mention that fits (number for pronouns,
 * type for descriptions) — in the sentence, else in the previous one — and added as a mention marked
 * `ref`, so every rule reads it like a named term and its claims record that they went through a
 * reference. "It is known that …" refers to nothing.
 */
import { actionNounOfVerb, CAPACITY_NOUNS } from '../entities/capacityFrames';
import { ANAPHORIC_HEADS, AUXILIARIES, BE_FORMS, CONDITION_OPENERS, CONTRAST_CLAUSE_OPENERS, DELIVERED_PARTICIPLES, DETERMINERS, EXPLETIVE_FOLLOWERS, EXPLETIVE_LINKING_VERBS, LOSS_OF_FUNCTION_NOUNS, NOMINAL_CUES, PRONOUN_VERB_GROUP_ADVERBS, RAISING_WORDS, PREPOSITIONS, PRONOUNS, PROPERTY_NOUNS, REFERRING_NOUNS, SUBORDINATE_OPENERS, VERB_CUES } from './grammar';
import type { ExtractionLexicon } from './sentence/view';
import type { SentenceMention } from './tokens';

/** A term of an earlier sentence that a reference may point back to. */
export interface Antecedent {
  id: string;
  type: string;
  plural: boolean;
  /** The last word of the term as written, lowercased ("response" of "inflammatory response"). */
  head?: string;
  /** Whether the term opens its sentence as its subject (openingTerm). */
  opens?: boolean;
}

/** Most words before a term that opens its sentence ("The cytokine IL-4 …", after a phrase closed by a comma). */
const OPENING_REACH = 2;
/** Most characters those words may take: past this, the term does not open its sentence. */
const OPENING_CHARS = 120;

/**
 * Does each term starting at `starts` (in text order) open the sentence as its subject: at most OPENING_REACH
 * words before it, past one leading phrase closed by a comma ("In this study, IL-4 …") or a "that" opening a
 * reported clause? In "Alisol A inhibited RANKL-mediated …" RANKL does not: the subject is a name the lexicon
 * does not know. The cut points are found once per sentence, and only the few characters before each term are
 * read, so a sentence of thousands of terms stays linear.
 */
export function openingTerms(text: string, starts: readonly number[]): boolean[] {
  // ("Hesperetin suppressed RANKL-induced osteoclastogenesis, bone resorption and …": after a clause that
  // opens with a subject and its verb, the first comma closes no leading phrase; it sits inside the clause.)
  const firstComma = opensWithClause(text) ? -1 : text.indexOf(',');
  const lower = text.toLowerCase();
  const thats: number[] = [];
  for (let k = lower.indexOf(' that '); k >= 0; k = lower.indexOf(' that ', k + 1)) thats.push(k);
  return starts.map((start) => {
    // ("… it was found that DFSCs contributed …": the subject of a that-clause opens what the sentence reports.)
    const lastThat = lastBefore(thats, start - 6);
    const cut = Math.max(firstComma < start ? firstComma : -1, lastThat >= 0 ? lastThat + 5 : -1);
    const from = cut + 1;
    if (start - from > OPENING_CHARS) return false;
    const before = text.slice(from, start).match(WORD) ?? [];
    return before.length <= OPENING_REACH && !verbAfterName(before);
  });
}

// linear: one anchored run of letters and a fixed ending.
const PAST_FORM = /^\p{L}+ed$/u;
// linear: one anchored run of letters and a fixed ending.
const ADVERB_FORM = /^\p{L}+ly$/u;

/**
 * "Curcumin inhibited RANKL-induced …": two words before a term, the second a verb (a past form, or a verb of
 * the cue table in the third person, "inhibits") after a word that is no determiner or adverb ("The activated
 * macrophages", "Highly purified MSCs" are the subject's own words), are a subject the lexicon does not know
 * and its verb; the term is the verb's object.
 */
function verbAfterName(before: readonly string[]): boolean {
  if (before.length !== 2 || !(PAST_FORM.test(before[1]) || presentCueVerb(before[1].toLowerCase()))) return false;
  const first = before[0].toLowerCase();
  return !DETERMINERS.has(first) && !ADVERB_FORM.test(first);
}

/** Most words read from a sentence's start for a subject and its verb. */
const CLAUSE_OPENING_REACH = 4;

/**
 * Does the sentence open with a subject of one word and its verb ("Hesperetin (effectively) suppressed …",
 * "IL-4 inhibits …"), not with a phrase ("In this study, …", "However, …")? The first word may be a term.
 */
function opensWithClause(text: string): boolean {
  const words = (text.slice(0, OPENING_CHARS).match(WORD) ?? []).slice(0, CLAUSE_OPENING_REACH);
  const first = words[0]?.toLowerCase();
  if (first === undefined || DETERMINERS.has(first) || PREPOSITIONS.has(first) || SUBJECT_OPENERS.has(first) || CONTINUING_ADVERBS.has(first) || ADVERB_FORM.test(first)) return false;
  let k = 1;
  while (k < words.length && ADVERB_FORM.test(words[k])) k++;
  return k < words.length && verbAfterName([words[0], words[k]]);
}

/** "inhibits", "promotes": a verb of the cue table in the third person ("Curcumin inhibits RANKL-induced …"). */
function presentCueVerb(w: string): boolean {
  return w.endsWith('s') && (VERB_CUES[w.slice(0, -1)] !== undefined || (w.endsWith('es') && VERB_CUES[w.slice(0, -2)] !== undefined));
}

/** The last of the ascending `positions` at or before `limit`, or -1 (a binary search). */
function lastBefore(positions: readonly number[], limit: number): number {
  let lo = 0;
  let hi = positions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (positions[mid] <= limit) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? positions[lo - 1] : -1;
}

const DETERMINER = /^(?:the|this|these|that|those|such)$/i;
/** Words after which a pronoun is a clause's subject. */
const SUBJECT_OPENERS = new Set(['and', 'but', 'or', 'that', 'which', 'because', 'as', 'while', 'since', 'when', 'although', 'thus', 'therefore', 'however', 'moreover', 'whereas', 'so', 'then']);
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** Is a mention's text a plural ("MSCs", "macrophages")? */
export function isPluralText(text: string): boolean {
  return /[a-zα-ω]s$/i.test(text) && !/(?:ss|is|us)$/i.test(text);
}

/**
 * Whether a term may be what a possessive stands for: "their" for cells or a term written in the plural,
 * "its" for a term written in the singular. `text` is the sentence the mention's offsets point into.
 */
export function fitsPossessive(text: string, m: Pick<SentenceMention, 'start' | 'end' | 'type'>, plural: boolean): boolean {
  const pluralText = isPluralText(text.slice(m.start, m.end));
  return plural ? m.type === 'cell' || pluralText : !pluralText;
}

/** Every word that may refer back, as one case-insensitive alternation built once from the grammar tables. */
const REFERRING = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...Object.keys(PRONOUNS), ...Object.keys(REFERRING_NOUNS)].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}\\p{N}])`, 'iu');

/** Does the sentence contain a word that may refer back (so the previous sentence matters to it)? */
export function mayRefer(text: string): boolean {
  return REFERRING.test(text) || ANAPHORIC_PHRASE.test(text);
}

/** "this response", "these differentiations": a determiner of reference before a head noun of the table. */
// linear: one alternation of fixed words after one of three.
const ANAPHORIC_PHRASE = new RegExp(`(?<![\\p{L}\\p{N}])(?:this|these|such)\\s+(?:${[...ANAPHORIC_HEADS].join('|')})(?![\\p{L}\\p{N}])`, 'iu');

/** The last word of a term as written, lowercased: what "this response" is matched against. */
export function headWord(written: string): string {
  // (Walked back from the end: this runs for every term of every sentence.)
  let end = written.length;
  while (end > 0 && !WORD_CHAR.test(written[end - 1])) end--;
  let start = end;
  while (start > 0 && WORD_CHAR.test(written[start - 1])) start--;
  return written.slice(start, end).toLowerCase();
}
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Singular and plural of a head noun compare equal ("responses" names what "response" does). */
function sameHead(a: string | undefined, b: string): boolean {
  return a !== undefined && (a === b || a === `${b}s` || b === `${a}s`);
}

/** Adverbs that open a sentence going on from the one before ("Furthermore, it …"), besides SUBJECT_OPENERS. */
const CONTINUING_ADVERBS = new Set(['furthermore', 'additionally', 'also', 'similarly', 'likewise', 'finally']);

/** Is the word at k the sentence's first, or the first after an opening connective ("Furthermore, it …")? */
function opensWith(words: ReadonlyArray<{ lower: string }>, k: number): boolean {
  return k === 0 || (k === 1 && (SUBJECT_OPENERS.has(words[0].lower) || CONTINUING_ADVERBS.has(words[0].lower)));
}

interface Candidate extends Antecedent {
  /** Offset in this sentence, or -1 for the previous sentence. */
  at: number;
  /** Named inside a prepositional phrase ("… a factor in osteoporosis"): a poorer antecedent for a subject pronoun. */
  prepositional?: boolean;
  /** Where the mention ends in this sentence (absent for the previous sentence's terms). */
  end?: number;
}

/** The term a subject pronoun's verb acts on: the next term, a few words on, with no punctuation between. */
// linear: a bounded run of words and blanks.
const SHORT_PREDICATE = /^\s+(?:[\p{L}-]+\s+){1,5}$/u;
function termActedOn(text: string, mentions: readonly SentenceMention[], from: number): string | undefined {
  const next = mentions.find((m) => m.start >= from);
  return next && SHORT_PREDICATE.test(text.slice(from, next.start)) ? next.id : undefined;
}

/**
 * "whereas IL-6 promotes it": a term followed only by a verb (with an adverb or auxiliaries) before an
 * object pronoun is that verb's subject, which the pronoun cannot stand for ("itself" would).
 */
// linear: at most four words with single blanks between them, anchored at both ends.
const VERB_ONLY = /^\s+(?:[a-z]+\s+){1,4}$/i;
// (A subordinator opens a clause of its own: "showed mineralization while macrophages inhibited the process".)
const NOT_VERB_WORDS = new Set(['and', 'or', 'but', 'of', 'in', 'on', 'to', 'with', 'by', 'for', 'from', 'that', 'which', 'the', 'a', 'an', 'while', 'whilst', 'whereas', 'although', 'though', 'when', 'because', 'since', 'if']);
/**
 * The subject of a subordinate clause that opens the sentence ("Although RANKL induced NFATc1, …"), when the
 * pronoun at `pronounStart` follows that clause's comma; undefined otherwise.
 */
function frontedClauseSubject(text: string, candidates: readonly Candidate[], pronounStart: number): Candidate | undefined {
  const first = candidates.find((c) => c.at >= 0);
  if (!first) return undefined;
  // (The sentence opens with the subordinator, then at most an article, then the subject: "Although (the) …".)
  const opening = text.slice(0, first.at).trim().toLowerCase().split(/\s+/);
  const opener = opening[0] ?? '';
  if (opening.length > 2 || (opening.length === 2 && opening[1] !== 'the') || !(SUBORDINATE_OPENERS.has(opener) || CONDITION_OPENERS.has(opener))) return undefined;
  // (Only the first comma after the subject closes the fronted clause, and the pronoun follows it directly.)
  const comma = text.indexOf(',', first.end ?? first.at);
  if (comma < 0 || text.slice(comma + 1, pronounStart).trim() !== '') return undefined;
  return first;
}

/**
 * The main clause's subject when the pronoun at k opens a contrasting clause after the main clause's one
 * comma ("Strikingly, IFN-γ also enhanced TNF-α, while it …"): the sentence's first term, with at most
 * opening adverbs before it.
 */
function mainSubjectBeforeContrast(text: string, words: readonly Word[], k: number, candidates: readonly Candidate[]): Candidate | undefined {
  const conjunction = words[k - 1];
  if (k < 2 || !CONTRAST_CLAUSE_OPENERS.has(conjunction.lower)) return undefined;
  const first = candidates.find((c) => c.at >= 0);
  if (first?.end === undefined || first.end > conjunction.start) return undefined;
  const opening = text.slice(0, first.at).toLowerCase().split(/[\s,]+/).filter((x) => x !== '');
  if (!opening.every((x) => x.endsWith('ly') || SUBJECT_OPENERS.has(x) || CONTINUING_ADVERBS.has(x))) return undefined;
  // (One comma only, right before the conjunction: the main clause is not itself cut by another.)
  return ONE_CLOSING_COMMA.test(text.slice(first.end, conjunction.start)) ? first : undefined;
}
// linear: a run without commas, then one comma and blanks, anchored at both ends.
const ONE_CLOSING_COMMA = /^[^,]*,\s*$/;

function subjectOfVerbBefore(text: string, c: Candidate, pronounStart: number): boolean {
  if (c.end === undefined) return false;
  const between = text.slice(c.end, pronounStart);
  return VERB_ONLY.test(between) && !between.trim().toLowerCase().split(/\s+/).some((x) => NOT_VERB_WORDS.has(x));
}

/**
 * Is the candidate term the first part of a hyphened compound ("RANKL-induced", "TNF-α-mediated"), alone
 * or coordinated with the term that is ("TNF-α and RANKL-induced")?
 */
function modifiesCompound(text: string, c: Candidate, candidates: readonly Candidate[]): boolean {
  if (c.end === undefined) return false;
  if (text[c.end] === '-' && /\p{L}/u.test(text[c.end + 1] ?? '')) return true;
  const next = candidates.find((d) => d.at >= c.end! && d.end !== undefined);
  return next !== undefined && COORDINATION_GAP.test(text.slice(c.end, next.at)) && modifiesCompound(text, next, candidates);
}

/**
 * "regenerative and immunomodulatory capacities" from word j: a word, "and" / "or", and an action of two
 * words (none inside a term) — the cells' process that action names, if any.
 */
function sharedNounAction(words: readonly Word[], j: number, inside: (offset: number) => boolean, compositeOf: (phrase: string) => string | undefined): string | undefined {
  const [first, join, adjective, noun] = [words[j], words[j + 1], words[j + 2], words[j + 3]];
  if (!first || !join || !adjective || !noun || (join.lower !== 'and' && join.lower !== 'or')) return undefined;
  if ([first, join, adjective, noun].some((x) => inside(x.start))) return undefined;
  return compositeOf(`${adjective.lower} ${noun.lower}`);
}

// linear: anchored, optional fixed parts.
const COORDINATION_GAP = /^(?:\s*,)?\s*(?:and|or|and\/or)\s+$|^\/$/;

function nearest(candidates: readonly Candidate[], before: number, fits: (c: Candidate) => boolean): Candidate | undefined {
  let best: Candidate | undefined;
  for (const c of candidates) if (c.at < before && fits(c) && (!best || c.at > best.at)) best = c;
  return best;
}

/** Is the word right before `offset` a preposition ("in osteoporosis", "on MSCs")? */
function afterPreposition(text: string, offset: number): boolean {
  const before = /([\p{L}]+)[^\p{L}\p{N}]*$/u.exec(text.slice(Math.max(0, offset - 24), offset));
  return before !== null && PREPOSITIONS.has(before[1].toLowerCase());
}

interface Word { text: string; lower: string; start: number; end: number }

/** "… dendritic cells and their", "… of these cells, their": a plain "cells" (no term) just before the pronoun at k. */
function unnamedCellsBefore(words: readonly Word[], k: number, inside: (offset: number) => boolean): boolean {
  let j = k - 1;
  if (j >= 0 && /^(and|or|of|with)$/.test(words[j].lower)) j--;
  return j >= 0 && /^cells?$/.test(words[j].lower) && !inside(words[j].start);
}

/**
 * "Although IK22-5 had no effect on inflammation, it ameliorated …": a sentence that opens with a subordinate
 * clause whose subject is no term; a subject pronoun after its comma goes on with that subject, which the
 * lexicon does not name, so it stands for no term (not one of the sentence before).
 */
function unnamedSubordinateSubject(words: readonly Word[], k: number, inside: (offset: number) => boolean): boolean {
  if (k < 2 || !SUBORDINATE_OPENERS.has(words[0].lower)) return false;
  let j = 1;
  while (j < k && DETERMINERS.has(words[j].lower)) j++;
  return j < k && !inside(words[j].start) && !PRONOUNS[words[j].lower];
}

// linear: one character class and a final letter, anchored at the end of one word.
const PLAIN_PLURAL = /[^s]s$/;

/**
 * Before a plural subject pronoun ("since they", "but … that they"), a plain plural noun (inside no term)
 * right before an auxiliary: an earlier clause's own subject, which no term names.
 */
function unnamedPluralSubjectBefore(words: readonly Word[], k: number, inside: (offset: number) => boolean): boolean {
  for (let j = 0; j + 1 < k - 1; j++) {
    const w = words[j];
    if (PLAIN_PLURAL.test(w.lower) && w.lower.length > 3 && !inside(w.start) && AUXILIARIES.has(words[j + 1].lower)) return true;
  }
  return false;
}

/** A plain "cell(s)" (inside no term) among the words before k in the sentence. */
function plainCellsEarlier(words: readonly Word[], k: number, inside: (offset: number) => boolean): boolean {
  for (let j = k - 2; j >= 0; j--) if (/^cells?$/.test(words[j].lower) && !inside(words[j].start)) return true;
  return false;
}

/**
 * "the implanted cells", "transplanted cells", "engrafted cell survival": a cell noun after a participle
 * of how cells were given refers back even without a determiner. The phrase's first word, or undefined.
 */
function deliveredPhraseStart(text: string, words: readonly Word[], k: number, types: readonly string[], inside: (offset: number) => boolean): Word | undefined {
  const participle = words[k - 1];
  if (!types.includes('cell') || !DELIVERED_PARTICIPLES.has(participle.lower) || inside(participle.start) || text.slice(participle.end, words[k].start).trim() !== '') return undefined;
  const det = words[k - 2];
  return det && DETERMINER.test(det.lower) && text.slice(det.end, participle.start).trim() === '' ? det : participle;
}

/** A modal among the auxiliaries ("can", "may", "will" …): neither a form of "be" nor of "have" or "do". */
function isModal(w: string): boolean {
  return AUXILIARIES.has(w) && !BE_FORMS.has(w) && !/^(?:am|do|does|did|has|have|had|having)$/.test(w);
}

/**
 * Does "it" at k, before an auxiliary, stand for a term after all? "It is a potent stimulator of …", "it
 * has a role in …", "it can inhibit …", "it has been shown to inhibit …" say something of what "it" names;
 * "it is known that …", "it may be important to …", "it seems that …" do not.
 */
function referentialIt(words: readonly Word[], k: number): boolean {
  if (EXPLETIVE_LINKING_VERBS.has(words[k + 1].lower)) return false;
  let j = k + 1;
  let be = false;
  let modalOnly = true;
  while (j < words.length && (AUXILIARIES.has(words[j].lower) || PRONOUN_VERB_GROUP_ADVERBS.has(words[j].lower))) {
    if (BE_FORMS.has(words[j].lower)) be = true;
    if (AUXILIARIES.has(words[j].lower) && !isModal(words[j].lower)) modalOnly = false;
    j++;
  }
  const after = words[j];
  if (after === undefined) return false;
  // "it is a stimulator of …", "it has a role in …" (not "it is the case that …").
  if (after.lower === 'a' || after.lower === 'an') return true;
  if (after.lower === 'the' && !be) return true;
  // "it has been shown to inhibit …": a raising participle keeps "it" as the infinitive's subject.
  if (RAISING_WORDS.has(after.lower) && words[j + 1]?.lower === 'to') return true;
  // "it can inhibit …": a modal alone before a plain verb.
  return modalOnly && j > k + 1;
}

/** Nouns of what an agent has or can do: "their immunosuppressive properties", "its capacity to …". */
const HELD_NOUNS: ReadonlySet<string> = new Set([...CAPACITY_NOUNS, ...PROPERTY_NOUNS]);
/** Most adjectives between a possessive and its property noun. */
const PROPERTY_REACH = 2;

/** A noun that takes a term away ("blockade", "inhibition"): the phrase it heads is a removal, not the term. */
function removalNoun(w: string | undefined): boolean {
  return w !== undefined && (LOSS_OF_FUNCTION_NOUNS.has(w) || NOMINAL_CUES[w] === -1);
}

/**
 * Is the candidate taken away by the noun phrase it is named in ("the inhibition of NF-κB", "NF-κB blockade")?
 * A subject pronoun after it ("… leads to a double benefit: it suppresses bone resorption") stands for the
 * removal, which no term names, not for the term.
 */
function removedInPhrase(text: string, c: Candidate): boolean {
  if (c.at < 0 || c.end === undefined) return false;
  // linear: anchored at the end of a bounded slice; one word, "of" and an optional article.
  const before = /([a-z-]+)\s+of\s+(?:the\s+)?$/i.exec(text.slice(Math.max(0, c.at - 40), c.at));
  // linear: anchored at the start of a bounded slice; one word.
  const after = /^[\s-]*([a-z]+)/i.exec(text.slice(c.end, c.end + 30));
  return removalNoun(before?.[1]?.toLowerCase()) || removalNoun(after?.[1]?.toLowerCase());
}

function possessesProperty(words: readonly Word[], k: number): boolean {
  for (let j = k; j < words.length && j <= k + PROPERTY_REACH; j++) if (HELD_NOUNS.has(words[j].lower)) return true;
  return false;
}

/**
 * The sentence's mentions with references added, in text order. `previous` lists the previous
 * sentence's terms in order (the first is its subject, usually).
 */
export function resolveReferences(text: string, mentions: readonly SentenceMention[], lexicon: ExtractionLexicon, previous: readonly Antecedent[] = []): SentenceMention[] {
  if (!mayRefer(text)) return [...mentions];
  const words = [...text.matchAll(WORD)].map((m) => ({ text: m[0], lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length }));
  const inside = (offset: number): boolean => mentions.some((m) => offset >= m.start && offset < m.end);
  const candidates: Candidate[] = [
    // The previous sentence's terms come before everything here; its first term ranks nearest among them.
    ...previous.map((p, k) => ({ ...p, at: -1 - k })),
    ...mentions.filter((m) => !m.ambiguous).map((m) => ({ id: m.id, type: m.type, plural: isPluralText(text.slice(m.start, m.end)) || m.type === 'cell', at: m.start, end: m.end, prepositional: afterPreposition(text, m.start), head: headWord(text.slice(m.start, m.end)) })),
  ];
  const added: SentenceMention[] = [];
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    if (inside(w.start)) continue;
    const number = PRONOUNS[w.lower];
    if (number !== undefined) {
      const next = words[k + 1];
      // "the maturation of dendritic cells and their ability …": cells the lexicon does not name, right
      // before the pronoun, are what it stands for; no term is.
      if (number === 'plural' && unnamedCellsBefore(words, k, inside)) continue;
      if (w.lower === 'it' && next && EXPLETIVE_FOLLOWERS.has(next.lower) && !referentialIt(words, k)) continue;
      // A pronoun in subject position stands for an actor, not a process; as an object it may be either.
      const asSubject = k === 0 || SUBJECT_OPENERS.has(words[k - 1].lower) || /[,;:(]\s*$/.test(text.slice(words[k - 1].end, w.start));
      if (asSubject && k > 0 && unnamedSubordinateSubject(words, k, inside)) continue;
      // ("Alisol A inhibited RANKL-mediated osteoclast differentiation. Furthermore, it inhibited …": a
      // subject pronoun opening the sentence goes on with the subject before, which no term named.)
      if (asSubject && opensWith(words, k) && previous.length > 0 && !previous.some((p) => p.opens === true) && !mentions.some((m) => m.start < w.start)) continue;
      const possessive = w.lower === 'its' || w.lower === 'their';
      // "… IL-4 promotes NFATc1; however, it inhibits NFATc1": a subject pronoun is not the term its own
      // verb acts on ("itself" would be).
      const acted = asSubject ? termActedOn(text, mentions, w.end) : undefined;
      // ("… immune-related diseases owing to their immunosuppressive properties": what has properties or
      // abilities is an agent, not a disease.)
      const ofAgent = possessive && possessesProperty(words, k + 1);
      // ("whether IL-4 inhibits RANKL-induced osteoclastogenesis, with the result that it inhibited …": a term
      // that only modifies a hyphened compound is no referent.)
      const fits = (c: Candidate): boolean => (number === 'plural' ? c.plural : !c.plural || c.type !== 'cell') && (!asSubject || c.type !== 'process') && (!ofAgent || c.type !== 'disease')
        && (asSubject || possessive || !subjectOfVerbBefore(text, c, w.start)) && c.id !== acted && !modifiesCompound(text, c, candidates);
      // "IFN-γ is a factor in osteoporosis because it mediates …": a subject pronoun continues the subject
      // before it, not a term inside a prepositional phrase.
      // ("Although RANKL induced NFATc1, it did not increase c-Fos": after a fronted subordinate clause, a subject
      // pronoun goes on with that clause's subject.)
      // ("IFN-γ also enhanced TNF-α, while it suppressed OPG": after a comma and a contrasting conjunction, a
      // subject pronoun goes on with the main clause's subject, not with its object.)
      const fronted = asSubject ? frontedClauseSubject(text, candidates, w.start) ?? mainSubjectBeforeContrast(text, words, k, candidates) : undefined;
      const ante = (fronted && fits(fronted) ? fronted : undefined) ?? (asSubject ? nearest(candidates, w.start, (c) => fits(c) && !c.prepositional) : undefined) ?? nearest(candidates, w.start, fits);
      if (!ante) continue;
      // ("The inhibition of NF-κB is useful: it suppresses bone resorption": a subject pronoun after the term taken
      // away by its phrase stands for the removal, which no term names; nor for that term named a sentence before.)
      if (asSubject && candidates.some((c) => c.id === ante.id && c.at < w.start && removedInPhrase(text, c))) continue;
      // ("NSAIDs and glucocorticoids may be useful since they suppress inflammation, but … they may hinder tendon
      // healing": after a clause whose subject no term names, a plural subject pronoun stands for that subject,
      // not for a term of the sentence before.)
      if (ante.at < 0 && asSubject && number === 'plural' && unnamedPluralSubjectBefore(words, k, inside)) continue;
      // "their differentiation": a possessive before a cell's own process names that process.
      // ("their undifferentiated state": an action of two words.)
      // ("Priming of MSCs with hypoxia or LPS strengthened their osteogenic activity": a cell's action after
      // the possessive belongs to the nearest cells, past terms that have no actions.)
      const owner = ante.type === 'cell' ? ante : nearest(candidates, w.start, (c) => fits(c) && c.type === 'cell');
      if ((w.lower === 'their' || w.lower === 'its') && next && owner && !inside(next.start)) {
        const second = words[k + 2];
        const two = second && !inside(second.start) && /^\s+$/.test(text.slice(next.end, second.start)) ? lexicon.compositeOf(owner.id, `${next.lower} ${second.lower}`) : undefined;
        // ("their ability to proliferate": the capacity frame names the cells' action.)
        const able = !two && CAPACITY_NOUNS.has(next.lower) && second?.lower === 'to' && words[k + 3] ? actionNounOfVerb(words[k + 3].lower) : undefined;
        const ableProcess = able !== undefined ? lexicon.compositeOf(owner.id, able) : undefined;
        if (ableProcess !== undefined && !inside(words[k + 3].start)) {
          added.push({ start: w.start, end: words[k + 3].end, id: ableProcess, type: 'process', ambiguous: false, ref: true });
          k += 3;
          continue;
        }
        const process = two ?? lexicon.compositeOf(owner.id, next.lower);
        if (process !== undefined) {
          const last = two !== undefined ? second : next;
          added.push({ start: w.start, end: last.end, id: process, type: 'process', ambiguous: false, ref: true });
          k += two !== undefined ? 2 : 1;
          continue;
        }
        // ("their regenerative and immunomodulatory capacities": an adjective coordinated before an action of
        // two words shares its noun; the action names the cells' process.)
        const shared = sharedNounAction(words, k + 1, inside, (phrase) => lexicon.compositeOf(owner.id, phrase));
        if (shared !== undefined) {
          added.push({ start: w.start, end: words[k + 4].end, id: shared, type: 'process', ambiguous: false, ref: true });
          k += 4;
          continue;
        }
      }
      // "its receptor": a possessive alone names no term — but "their depletion" names the cells taken away
      // (the loss noun after it reverses their effect, as after the term itself). Not "its blockade": which
      // singular term "its" means is too often open, and a wrong choice would turn a claim round.
      // ("… based on their ability to secrete growth factors": the holder of an ability to act is the actor
      // of the infinitive, as a term before "ability" is.)
      const abilityToAct = w.lower === 'their' && next !== undefined && CAPACITY_NOUNS.has(next.lower) && words[k + 2]?.lower === 'to';
      if (w.lower === 'its' || (w.lower === 'their' && !abilityToAct && !(next && LOSS_OF_FUNCTION_NOUNS.has(next.lower)))) continue;
      added.push({ start: w.start, end: w.end, id: ante.id, type: ante.type, ambiguous: false, ref: true });
      continue;
    }
    // ("… induce an inflammatory response. This response promotes …": a head noun after "this" is the nearest
    // term named with it, unless the phrase names its own term after "of" or "in".)
    if (ANAPHORIC_HEADS.has(w.lower) && k > 0 && /^(?:this|these|such)$/.test(words[k - 1].lower) && !inside(words[k - 1].start) && !/^(?:of|in)$/.test(words[k + 1]?.lower ?? '')) {
      const ante = nearest(candidates, words[k - 1].start, (c) => sameHead(c.head, w.lower));
      if (ante) {
        added.push({ start: words[k - 1].start, end: w.end, id: ante.id, type: ante.type, ambiguous: false, ref: true });
        continue;
      }
    }
    // "the cytokine", "these cells", "this chemokine" (not "the cells of the marrow": that names them afresh).
    const types = REFERRING_NOUNS[w.lower];
    if (types === undefined || k === 0) continue;
    // ("Suspended THP-1 cells were stimulated … to induce the cells to differentiate": cells the lexicon
    // does not name, earlier in the same sentence, are what "the cells" means; no term is.)
    if (/^cells?$/.test(w.lower) && plainCellsEarlier(words, k, inside)) continue;
    const delivered = deliveredPhraseStart(text, words, k, types, inside);
    const det = delivered ?? words[k - 1];
    const after = words[k + 1];
    if (!delivered && (!DETERMINER.test(det.lower) || text.slice(det.end, w.start).trim() !== '' || inside(det.start))) continue;
    if (!delivered && after && (after.lower === 'of' || after.lower === 'that' || after.lower === 'which') && det.lower === 'the') continue;
    // "this increase in bone formation", "these cells of the MSC lineage": the phrase names its term itself.
    const named = words[k + 2];
    if (after && (after.lower === 'of' || after.lower === 'in') && named !== undefined && inside(named.start)) continue;
    // "IL-6 and the cytokine TNF-α": a term right after the noun is what it names.
    if (after && inside(after.start) && text.slice(w.end, after.start).trim() === '') continue;
    // ("the marker Arg1", "the cytokine IL-1RA": a name right after the noun, one the lexicon does not know,
    // is what it names; no earlier term is.)
    if (after && /[A-Z0-9]/.test(after.text) && text.slice(w.end, after.start).trim() === '') continue;
    const plural = isPluralText(w.text);
    // ("these cell fate decisions": a singular noun after a plural determiner qualifies the noun after it; it
    // refers to nothing.)
    if (!delivered && !plural && /^(?:these|those)$/.test(det.lower)) continue;
    // ("by promoting SMURF1-mediated degradation of the protein": the first part of a compound names what acts,
    // not what a description after it takes up again.)
    const kind = (c: Candidate): boolean => types.includes(c.type) && (c.type !== 'cell' || !plural || c.plural) && !modifiesCompound(text, c, candidates);
    let ante = nearest(candidates, det.start, kind);
    // "RANKL raised NFATc1, and IL-4 prevented this induction": the verb's own subject is not what its
    // object names again; an earlier term of the same sentence is (the previous sentence's ranking, its
    // subject first, does not tell which of its terms a rise names).
    if (ante && subjectOfVerbBefore(text, ante, det.start)) ante = nearest(candidates, det.start, (c) => c.at >= 0 && c !== ante && kind(c) && !subjectOfVerbBefore(text, c, det.start));
    if (!ante) continue;
    added.push({ start: det.start, end: w.end, id: ante.id, type: ante.type, ambiguous: false, ref: true });
  }
  if (added.length === 0) return [...mentions];
  return [...mentions, ...added].sort((a, b) => a.start - b.start);
}
