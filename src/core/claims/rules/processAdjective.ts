/**
 * Process adjectives: "OPG is an anti-osteoclastogenic factor", "IL-4 has anti-osteoclastogenic
 * properties", "the key anti-osteoclastogenic factor, osteoprotegerin", "osteogenic factors such as
 * BMP-2", "the pro-angiogenic effects of VEGF". The adjective names a process (grammar table
 * `processAdjectives`, resolved to a lexicon term); "anti-" says the term inhibits it, "pro-" or the
 * bare adjective that it promotes it.
 */
import { relationOfSign, type Sign } from '../../lexicon/relations';
import { DESCRIBING_ASIDE_OPENERS, BE_FORMS, DETERMINERS, PROCESS_ADJECTIVES, SIGNED_PROCESS_ADJECTIVES } from '../grammar';
import { emit, type ClaimSink } from '../sink';
import { GROUP, HAS_VERBS, mentionsInGroup, nearestMatch, patternText, PH } from '../sentence/patternText';
import { fitsPossessive } from '../coreference';
import { subjectBefore, type Subject } from '../sentence/args';
import { groupLeft, groupRight } from '../sentence/groups';
import { hasComma } from '../tokens';
import { sentenceFrameAtChar } from '../sentence/polarity';
import type { SentenceView } from '../sentence/view';
import { isEnt, isVerbAt, mentionOf, tokenAtOffset, word } from '../sentence/words';
import type { Rule } from './rule';

// The patterns read the sentence with blanks collapsed to one (patternText.ts), as the attribute rule's do.
/** Every adjective of both tables, longest first (an alternation tries them in this order). */
const ALL_ADJECTIVES: readonly string[] = [...Object.keys(PROCESS_ADJECTIVES), ...Object.keys(SIGNED_PROCESS_ADJECTIVES)].sort((a, b) => b.length - a.length);
const ADJECTIVE = `((?:pro|anti)-?\\s?)?(${ALL_ADJECTIVES.map((w) => w.replace(/-/g, '\\-')).join('|')})`;
/** An adjective of the tables, with no capture groups. */
const ADJECTIVE_WORD = `(?:(?:pro|anti)-?\\s?)?(?:${ALL_ADJECTIVES.map((w) => w.replace(/-/g, '\\-')).join('|')})`;
/** Between the adjectives of a list: "osteogenic and angiogenic", "anti-inflammatory, immunomodulatory and regenerative". */
const LIST_JOIN = '(?:\\s?,\\s(?:and\\s|or\\s)?|\\s(?:and|or)\\s)';
/** Any other adjective of such a list (its letters and hyphens never run into the join's blank or comma). */
const OTHER_ADJECTIVE = '(?:[a-z][a-z-]*)';
/**
 * A list of adjectives with at least one of the tables', each of which the list gives the term ("silica
 * biomaterials exhibit osteogenic and angiogenic potentials"). One capture group: the whole list.
 */
// linear: each repetition is bounded (three words each side) and its words end where a join begins.
const ADJECTIVE_LIST = `((?:${OTHER_ADJECTIVE}${LIST_JOIN}){0,3}${ADJECTIVE_WORD}(?:${LIST_JOIN}${OTHER_ADJECTIVE}){0,3})`;
/** The adjectives of the tables in a list matched by ADJECTIVE_LIST, each with its prefix. */
// linear: one alternation of fixed words, run on a list of at most seven words.
const LISTED_ADJECTIVE = new RegExp(`(?:^|[\\s,])${ADJECTIVE}(?=$|[\\s,])`, 'gi');

/** The adjectives of the tables a matched list names, with their prefixes ("pro-", "anti-"). */
function adjectivesIn(list: string): Array<{ prefix: string; adjective: string }> {
  return [...list.matchAll(LISTED_ADJECTIVE)].map((m) => ({ prefix: m[1] ?? '', adjective: m[2].toLowerCase() }));
}
// ("Zn-MBGs exhibiting favorable osteogenic activities", "Zn-MBGs with osteogenic activities": a participle of
// having, or "with", gives the term the adjectives as well.)
const HAVE = `(?:is|are|was|were|acts?\\sas|serves?\\sas|represents?|(?:is|are)\\s(?:considered|regarded\\sas|known\\sas)|(?:may|might|could)\\s(?:be|act\\sas)|${HAS_VERBS}|exhibiting|showing|displaying|possessing|having|with)`;
// ("BMP-2 is one of the most frequently used osteogenic factors": a superlative's words may stand between.)
// ("favorable osteoimmunomodulatory properties", "remarkable anti-inflammatory effects": words of worth or degree too;
// "the essential / principal / classical osteoclastogenic cytokines": and of rank.)
// ("MSCs exert in vitro immunomodulatory functions": where the property was seen, too.)
const FILLER = '(?:in\\s(?:vitro|vivo)\\s|(?:an?|the|one|of|most|frequently|commonly|widely|used|best|potent|key|major|important|strong|strongly|direct|marked|significant|also|known|well-known|main|novel|critical|crucial|favou?rable|beneficial|great|remarkable|unique|distinct|excellent|good|powerful|promising|intrinsic|inherent|notable|robust|superior|broad|pronounced|profound|desirable|considerable|substantial|essential|principal|primary|central|chief|pivotal|predominant|dominant|classic|classical|typical|prototypical)\\s)*';
const NOUN = '(?:cytokines?|factors?|mediators?|molecules?|proteins?|signals?|agents?|effects?|properties|activity|activities|actions?|potentials?|capacit(?:y|ies)|abilit(?:y|ies)|roles?|functions?)';
/** What a term has: "the anti-osteoclastogenic effects of X", "their immunosuppressive ability". */
const ATTRIBUTE_NOUN = '(?:effects?|actions?|properties|activity|activities|roles?|functions?|potentials?|influences?|abilit(?:y|ies)|capacit(?:y|ies))';
/** What a list of terms may follow: things, not effects ("anti-osteoclastogenic effects in RAW cells" names no actor). */
const SUBSTANCE = '(?:cytokines?|factors?|mediators?|molecules?|proteins?|signals?|agents?)';

const PATTERNS: ReadonlyArray<{ re: RegExp; group: number; list: number; neg?: number; agentsOnly?: true }> = [
  // "OPG is a potent anti-osteoclastogenic factor", "IL-4 has anti-osteoclastogenic properties"
  // linear: a list may be retried from each of its placeholders, at most LIMITS.sentenceMaxTerms of them.
  { re: new RegExp(`(${GROUP})(?:\\s?,)?\\s${HAVE}\\s(not\\s|no\\s)?${FILLER}${ADJECTIVE_LIST}\\s${NOUN}\\b`, 'g'), group: 1, neg: 2, list: 3 },
  // "OPG, an anti-osteoclastogenic factor, …"
  // linear: one placeholder, then a bounded list of adjectives.
  { re: new RegExp(`(${PH}),\\s(?:an?|the)\\s${FILLER}${ADJECTIVE_LIST}\\s${NOUN}\\b`, 'g'), group: 1, list: 2 },
  // "the key anti-osteoclastogenic factor, osteoprotegerin", "osteogenic factors such as BMP-2 and TGF-β"
  // linear: a bounded list of adjectives, then a list of placeholders.
  { re: new RegExp(`${ADJECTIVE_LIST}\\s${SUBSTANCE}\\s?(?:,\\s?)?(?:such\\sas\\s|including\\s|like\\s|namely\\s)?(${GROUP})`, 'g'), group: 2, list: 1 },
  // "the anti-osteoclastogenic effects of IL-4", "the immunomodulatory influence of MSCs"
  // ("the immunomodulatory ability of the scaffolds": past a determiner of the group.)
  // ("the osteogenic properties of the (cobalt) doped hydroxyapatite": and past a participle that qualifies it.)
  // linear: a bounded list of adjectives, at most two qualifying words, then a list of placeholders.
  { re: new RegExp(`${ADJECTIVE_LIST}\\s${ATTRIBUTE_NOUN}\\sof\\s(?:(?:the|these|this|those|such)\\s)?(?:(?:[a-z]+\\s)?[a-z-]+ed\\s)?(${GROUP})`, 'g'), group: 2, list: 1 },
  // "the MSC immunomodulatory effects", "MSC immunosuppressive properties": the term before the adjective owns
  // them, when it is a cell or a factor ("their regeneration potential and immunomodulatory effects" names a
  // process, which owns nothing).
  // linear: one placeholder, then a bounded list of adjectives.
  { re: new RegExp(`(?:^|\\b(?:the|these|this|those|its|their)\\s)(${PH})\\s${ADJECTIVE_LIST}\\s${ATTRIBUTE_NOUN}\\b`, 'gi'), group: 1, list: 2, agentsOnly: true },
];

/**
 * "MSCs are used widely due to their immunosuppressive ability": a possessive before the adjective and its
 * noun gives the attribute to the clause's subject.
 */
// linear: the filler words are a fixed alternation, each followed by one blank.
const POSSESSIVE = new RegExp(`\\b(their|its)\\s${FILLER}${ADJECTIVE_LIST}\\s${ATTRIBUTE_NOUN}\\b`, 'gi');

// linear: one alternation of fixed words.
const ADJECTIVES = ALL_ADJECTIVES.join('|');
const MAY_HOLD = new RegExp(ADJECTIVES, 'i');

/** May the sentence give a term a process adjective (so one term alone may make a claim)? */
export function mayNameProcessAdjective(text: string): boolean {
  return MAY_HOLD.test(text);
}

/** An adjective of the table outside every term ("osteogenic differentiation" is a term, not the adjective). */
function adjectiveOutsideTerms(v: SentenceView): boolean {
  for (const m of v.text.matchAll(ANY_ADJECTIVE)) if (!v.mentions.some((t) => t.start <= m.index && m.index < t.end)) return true;
  return false;
}
const ANY_ADJECTIVE = new RegExp(ADJECTIVES, 'gi');

// linear: one alternation of fixed words, anchored at both ends.
const ADJECTIVE_NOUN_TERM = new RegExp(`^${ADJECTIVE}\\s(?:${ATTRIBUTE_NOUN}|${SUBSTANCE})$`, 'i');

/**
 * Terms written as nothing but a process adjective and a noun of what a term has or is ("immunomodulatory
 * abilities", a cell's own process named without the cell; "osteogenic factors", a class): the patterns
 * read them as words, so "MSCs exhibit immunomodulatory abilities" gives the cells the process as "MSCs
 * exhibit immunomodulatory properties" does, and "BMP-2 is an osteogenic factor" as "an anti-osteoclastogenic
 * factor" would.
 */
function spelledAdjectiveTerms(v: SentenceView): Set<string> {
  const out = new Set<string>();
  for (const m of v.mentions) {
    const written = v.text.slice(m.start, m.end);
    if (m.type !== 'cell' && ADJECTIVE_NOUN_TERM.test(written)) out.add(written);
  }
  return out;
}

function readProcessAdjectives(v: SentenceView, sink: ClaimSink): void {
  const { text } = v;
  if (!mayNameProcessAdjective(text)) return;
  // (A possessive may stand in a term of its own: "their immunosuppressive ability" names the cells' process.)
  readPossessives(v, sink);
  readDescribedCells(v, sink);
  readCellProcessTerms(v, sink);
  const spelled = spelledAdjectiveTerms(v);
  if (!adjectiveOutsideTerms(v) && spelled.size === 0) return;
  const t = patternText(v, (_id, written) => (spelled.has(written) ? written : undefined));
  const s = t.text;
  const hedgedSentence = t.hedged;
  for (const p of PATTERNS) {
    for (const m of s.matchAll(p.re)) {
      for (const { prefix, adjective } of adjectivesIn(m[p.list])) readMatch(v, sink, t, m, p, prefix, adjective, hedgedSentence);
    }
  }
}

/** The lexicon process a table adjective names, and the direction its prefix gives ("anti-" lowers it). */
function processOf(v: SentenceView, prefix: string, adjective: string): { process: string; sign: Sign } | undefined {
  const signed = SIGNED_PROCESS_ADJECTIVES[adjective];
  const process = v.lexicon.termNamed(signed ? signed[0] : PROCESS_ADJECTIVES[adjective]);
  if (process === undefined) return undefined;
  return { process, sign: prefix.toLowerCase().startsWith('anti') ? -1 : signed ? signed[1] : 1 };
}

/** The claims one matched pattern makes with one adjective of its list. */
function readMatch(v: SentenceView, sink: ClaimSink, t: ReturnType<typeof patternText>, m: RegExpMatchArray, p: (typeof PATTERNS)[number], prefix: string, adjective: string, hedgedSentence: boolean): void {
  const { text } = v;
  const named = processOf(v, prefix, adjective);
  if (!named) return;
  const { process, sign } = named;
  const negated = p.neg !== undefined && m[p.neg] !== undefined;
  const hedged = hedgedSentence && /\b(may|might|could)\b/.test(m[0]);
  const listed = mentionsInGroup(m[p.group], t);
  // ("TNF-α, which drives bone loss, has osteoclastogenic effects": a group closed by a comma may end an
  // aside; the term before the aside has the effects.)
  const owners = p.group === 1 && p.neg !== undefined && listed.length > 0 ? ownerPastAside(v, v.mentions[listed[0]].start) : undefined;
  for (const k of owners ?? listed) {
    const mention = v.mentions[k];
    if (mention.ambiguous || mention.id === process || (mention.type === 'cell' && cellNameModifiesNoun(v, mention))) continue;
    if (p.agentsOnly && NOT_OWNERS.has(mention.type)) continue;
    const word = nearestMatch(text, mention.start, mention.end, new RegExp(`(?:pro|anti)?-?\\s?${adjective.replace(/-/g, '\\-')}`, 'gi'));
    // "The aim of this study was to investigate the osteoclastogenic properties of …" asks, it does not claim.
    if (!word || sentenceFrameAtChar(v, word.start).skip) continue;
    emit(sink, {
      kind: 'interaction', subject: mention.id, object: process, relation: relationOfSign(sign), sign, negated, hedged, passive: false, context: {},
      subjectSpan: { start: mention.start, end: mention.end }, objectSpan: word, cueSpan: word, cueText: text.slice(word.start, word.end),
    });
  }
}

/** Most tokens back from a term to the comma that opens its aside. */
const ASIDE_REACH = 12;

/**
 * The last token of the term before an aside that holds the token at `at` ("TNF-α, which drives bone loss, …",
 * "TNF-α, a cytokine of M1 macrophages, …"), or undefined when that token is in no such aside.
 */
function termBeforeAside(v: SentenceView, at: number): number | undefined {
  for (let j = at - 1; j > 0 && j >= at - ASIDE_REACH; j--) {
    if (!hasComma(v.toks[j - 1])) continue;
    return DESCRIBING_ASIDE_OPENERS.has(word(v, j)) && isEnt(v, j - 1) ? j - 1 : undefined;
  }
  return undefined;
}

/** The mentions of the group before an aside that holds the term starting at `start`, or undefined. */
function ownerPastAside(v: SentenceView, start: number): number[] | undefined {
  const before = termBeforeAside(v, tokenAtOffset(v, start));
  if (before === undefined) return undefined;
  return groupLeft(v, before).ents.map((k) => v.mentions.indexOf(mentionOf(v, k))).filter((i) => i >= 0);
}

/** The subject before the aside that holds `found`, or `found` itself when it is in no aside. */
function ownerGroupPastAside(v: SentenceView, found: Subject): Subject {
  const before = termBeforeAside(v, found.group.first);
  return before === undefined ? found : { group: groupLeft(v, before), reverse: false };
}

/** An adjective of the tables and a noun of what a term has, inside a term's written words. */
// linear: one alternation of fixed words, run on one term's words.
const ADJECTIVE_IN_TERM = new RegExp(`(?:^|[\\s,])${ADJECTIVE}\\s${ATTRIBUTE_NOUN}\\b`, 'i');

/**
 * A cell's own process written with an adjective of the tables ("the immunosuppressive effect of MSCs",
 * "MSC immunoregulatory capacity") is one term of the lexicon, so the patterns never see the adjective: the
 * term still gives its cell the adjective's process, as "the immunomodulatory influence of MSCs" does. The
 * term must name its cell: "the osteogenic potential of exosomes" is a cell's process only by the lexicon's
 * spelling, and "osteogenic differentiation of MSCs" names a process, not a property the cells have.
 */
function readCellProcessTerms(v: SentenceView, sink: ClaimSink): void {
  for (const mention of v.mentions) {
    if (mention.ambiguous) continue;
    const cell = v.lexicon.cellOf(mention.id);
    if (cell === undefined) continue;
    const written = v.text.slice(mention.start, mention.end);
    const m = ADJECTIVE_IN_TERM.exec(written);
    if (!m || ADJECTIVE_NOUN_TERM.test(written)) continue;
    const named = processOf(v, m[1] ?? '', m[2].toLowerCase());
    if (!named || named.process === mention.id || named.process === cell) continue;
    const from = mention.start + m.index + m[0].indexOf(m[1] ?? m[2]);
    const word = { start: from, end: from + (m[1] ?? '').length + m[2].length };
    const frame = sentenceFrameAtChar(v, word.start);
    if (frame.skip) continue;
    emit(sink, {
      kind: 'interaction', subject: cell, object: named.process, relation: relationOfSign(named.sign), sign: named.sign, negated: false, hedged: frame.hedged, passive: false, context: {},
      subjectSpan: { start: mention.start, end: mention.end }, objectSpan: word, cueSpan: word, cueText: v.text.slice(word.start, word.end),
    });
  }
}

/** A process adjective opening a cell's name or standing right before it, not glued to a word before ("non-osteogenic"). */
// linear: one alternation of fixed words, anchored at the start.
const LEADING_ADJECTIVE = new RegExp(`^${ADJECTIVE}\\s`, 'i');
// linear: one alternation of fixed words, anchored at the end, run on at most 40 characters.
const TRAILING_ADJECTIVE = new RegExp(`(?:^|[^\\w-])${ADJECTIVE}\\s+$`, 'i');

/** Is the cell term a singular "… cell" right before a plain noun it modifies ("stromal cell tumors")? */
function cellNameModifiesNoun(v: SentenceView, mention: { start: number; end: number }): boolean {
  if (!/cell$/i.test(v.text.slice(mention.start, mention.end))) return false;
  const next = v.toks[tokenAtOffset(v, mention.start) + 1];
  return next !== undefined && next.ent === undefined && v.text.slice(mention.end, next.ostart).trim() === '' && next.tags.has('Noun') && !next.tags.has('Verb');
}

/**
 * Cells described by what they do: "bone-resorbing cells" (a name of osteoclasts), "bone-resorbing
 * osteoclasts", "immunosuppressive MSCs": the adjective gives the cell its process.
 */
function readDescribedCells(v: SentenceView, sink: ClaimSink): void {
  for (const mention of v.mentions) {
    if (mention.type !== 'cell' || mention.ambiguous) continue;
    // ("differentiate into osteogenic, adipogenic and chondrogenic lineages": a lineage named by its
    // adjective is the cells formed, not cells doing what the adjective names.)
    if (/lineages?$/i.test(v.text.slice(mention.start, mention.end))) continue;
    // ("osteoclastogenic stromal cell tumors": a cell named in the singular before a noun modifies that noun,
    // which is what the adjective describes.)
    if (cellNameModifiesNoun(v, mention)) continue;
    const own = LEADING_ADJECTIVE.exec(v.text.slice(mention.start, mention.end));
    const sliceStart = Math.max(0, mention.start - 40);
    const before = own ? undefined : TRAILING_ADJECTIVE.exec(v.text.slice(sliceStart, mention.start));
    const m = own ?? before;
    if (!m) continue;
    const named = processOf(v, m[1] ?? '', m[2].toLowerCase());
    if (!named || named.process === mention.id) continue;
    const { process, sign } = named;
    const length = (m[1] ?? '').length + m[2].length;
    const from = own ? mention.start : sliceStart + m.index + m[0].trimEnd().length - length;
    const word = { start: from, end: from + length };
    const frame = sentenceFrameAtChar(v, word.start);
    if (frame.skip) continue;
    emit(sink, {
      kind: 'interaction', subject: mention.id, object: process, relation: relationOfSign(sign), sign, negated: false, hedged: frame.hedged, passive: false, context: {},
      subjectSpan: { start: mention.start, end: mention.end }, objectSpan: word, cueSpan: word, cueText: v.text.slice(word.start, word.end),
    });
  }
}

/** Entity types that own no properties a possessive could give them. */
const NOT_OWNERS: ReadonlySet<string> = new Set(['process', 'disease', 'treatment', 'condition']);

/** Words an opening phrase may have after its possessive's noun, up to its comma ("… properties in vivo,"). */
const OPENING_TAIL_REACH = 4;

/**
 * "Due to their regenerative properties, MSCs have been tested …": a possessive in a phrase that opens the
 * sentence (no term before it) looks ahead, to the terms right after the comma that closes the phrase.
 */
function subjectAfterOpening(v: SentenceView, at: number, last: number): Subject | undefined {
  for (let j = 0; j < at; j++) if (isEnt(v, j)) return undefined;
  // (The possessive's phrase may itself be a term: "their immunomodulatory properties" names the cells'
  // immunomodulation when the sentence before named them.)
  for (let j = last; j < v.n && j <= last + OPENING_TAIL_REACH; j++) {
    if (j > last && (isEnt(v, j) || isVerbAt(v, j))) return undefined;
    if (!hasComma(v.toks[j])) continue;
    let k = j + 1;
    while (k < v.n && DETERMINERS.has(word(v, k))) k++;
    return isEnt(v, k) ? { group: groupRight(v, k), reverse: false } : undefined;
  }
  return undefined;
}

/**
 * "A hallmark of MSCs is their potent immunomodulatory properties": a possessive right after a form of "be"
 * whose subject is a noun "of" terms belongs to those terms.
 */
function ownerBeforeCopula(v: SentenceView, at: number): Subject | undefined {
  if (!BE_FORMS.has(word(v, at - 1)) || !isEnt(v, at - 2)) return undefined;
  const group = groupLeft(v, at - 2);
  return word(v, group.first - 1) === 'of' ? { group, reverse: false } : undefined;
}

/** The possessives of the sentence that give a process adjective to the subject before them. */
function readPossessives(v: SentenceView, sink: ClaimSink): void {
  for (const m of v.text.matchAll(POSSESSIVE)) {
    const frame = sentenceFrameAtChar(v, m.index);
    if (frame.skip) continue;
    const at = tokenAtOffset(v, m.index);
    const found = subjectBefore(v, at, 0) ?? ownerBeforeCopula(v, at) ?? subjectAfterOpening(v, at, tokenAtOffset(v, m.index + m[0].length - 1));
    // ("TNF-α, which drives bone loss, exerts its osteoclastogenic effect": the term before the aside owns it.)
    const subject = found && hasComma(v.toks[found.group.last]) ? ownerGroupPastAside(v, found) : found;
    if (!subject || subject.reverse) continue;
    const plural = m[1].toLowerCase() === 'their';
    const listStart = m.index + m[0].indexOf(m[2]);
    for (const { prefix, adjective } of adjectivesIn(m[2])) {
      const named = processOf(v, prefix, adjective);
      if (!named) continue;
      const { process, sign } = named;
      const from = listStart + m[2].toLowerCase().indexOf(prefix.toLowerCase() + adjective);
      const word = { start: from, end: from + prefix.length + adjective.length };
      for (const k of subject.group.ents) {
        const mention = mentionOf(v, k);
        const fits = fitsPossessive(v.text, mention, plural);
        // (A disease has no properties of its own here: "… treatment of immune diseases owing to their
        // immunosuppressive properties" speaks of the cells treating it.)
        // (Nor a treatment or a condition: "priming of MSCs raised their immunosuppressive properties" speaks
        // of the cells primed.)
        if (mention.ambiguous || mention.id === process || NOT_OWNERS.has(mention.type) || !fits) continue;
        emit(sink, {
          kind: 'interaction', subject: mention.id, object: process, relation: relationOfSign(sign), sign, negated: false, hedged: frame.hedged, passive: false, context: {},
          subjectSpan: { start: mention.start, end: mention.end }, objectSpan: word, cueSpan: word, cueText: v.text.slice(word.start, word.end), reach: 'across-clauses',
        });
      }
    }
  }
}

export const processAdjective: Rule = {
  id: 'process-adjective',
  phenomenon: 'A process named by an adjective ("anti-osteoclastogenic", "osteogenic") given to a term in a copula, an apposition, a list or "the … effects of".',
  confidence: 0.8,
  read: readProcessAdjectives,
  examples: [
    { text: 'TNF-α, which drives arthritic bone loss, has osteoclastogenic effects.', reads: ['tnf-alpha promotes osteoclastogenesis'], not: ['bone-resorption promotes osteoclastogenesis'] },
    { text: 'TNF-α, a cytokine of M1 macrophages, exerts its osteoclastogenic effect with RANKL.', reads: ['tnf-alpha promotes osteoclastogenesis'], not: ['m1-macrophage promotes osteoclastogenesis'] },
    { text: 'OPG is a potent anti-osteoclastogenic factor.', reads: ['opg inhibits osteoclastogenesis'] },
    { text: 'IL-1 exerts bone-resorptive effects.', reads: ['il-1 promotes bone-resorption'] },
    { text: 'The results confirm the osteogenic properties of the zinc doped hydroxyapatite.', reads: ['bioceramic promotes bone-formation'] },
    { text: 'Bioactive glass nanoparticles exhibiting favorable osteogenic activities were produced.', reads: ['bioceramic promotes bone-formation'] },
    { text: 'We synthesized a scaffold with osteogenic properties.', reads: ['biomaterial-scaffold promotes bone-formation'] },
    { text: 'M-CSF and RANKL are the principal osteoclastogenic cytokines.', reads: ['rankl promotes osteoclastogenesis', 'm-csf promotes osteoclastogenesis'] },
    { text: 'IL-4 plays an anti-osteoclastogenic role.', reads: ['il-4 inhibits osteoclastogenesis'] },
    { text: 'IL-4 has anti-osteoclastogenic properties.', reads: ['il-4 inhibits osteoclastogenesis'] },
    { text: 'Osteoprotegerin acts as an osteoprotective cytokine.', reads: ['opg inhibits bone-resorption'] },
    { text: 'Giant cell tumour of bone consists of osteoclastogenic stromal cell tumours.', not: ['msc promotes osteoclastogenesis'] },
    { text: 'BMP-2 exerts strong osteoinductive effects.', reads: ['bmp-2 promotes msc-osteogenic-differentiation'] },
    { text: 'Adipose MSCs have strong regenerative properties.', reads: ['msc promotes tissue-regeneration'] },
    { text: 'Owing to their immunosuppressive properties, MSCs are tested in colitis.', reads: ['msc inhibits immune-response'] },
    { text: 'MSCs are adult stem cells. Owing to their immunomodulatory properties, MSCs are tested in colitis.', reads: ['msc regulates immune-response'] },
    { text: 'The mechanism behind the MSC immunomodulatory effects in myocarditis is poorly understood.', reads: ['msc regulates immune-response'] },
    { text: 'This review covers the use of MSCs by targeting their regeneration potential and immunomodulatory effects in arthritis.', not: ['tissue-regeneration regulates immune-response'] },
    { text: 'In the presence of IL-4, their immunosuppressive properties rose.', not: ['il-4 inhibits immune-response'] },
    { text: 'Hypoxic priming of MSCs raised their immunosuppressive properties.', not: ['preconditioning inhibits immune-response'] },
    { text: 'MSCs release the key anti-osteoclastogenic factor, osteoprotegerin (OPG).', reads: ['opg inhibits osteoclastogenesis'] },
    { text: 'The pro-osteoclastogenic effects of TNF-α were strong.', reads: ['tnf-alpha promotes osteoclastogenesis'] },
    { text: 'IL-10 is not an osteoclastogenic cytokine.', reads: ['il-10 promotes! osteoclastogenesis'] },
    { text: 'Both marrow and adipose MSCs have immunomodulatory effects.', reads: ['msc regulates immune-response'] },
    { text: 'IL-10 has immunosuppressive properties.', reads: ['il-10 inhibits immune-response'] },
    { text: 'BMP-2 is one of the most frequently used osteogenic factors.', reads: ['bmp-2 promotes bone-formation'] },
    { text: 'Dental pulp MSCs exhibit immunomodulatory abilities.', reads: ['msc regulates immune-response'] },
    { text: 'Recently, the immunomodulatory influence of MSCs has drawn attention.', reads: ['msc regulates immune-response'] },
    { text: 'This review outlines the osteoclastogenic properties of cytokines.', not: ['cytokine promotes osteoclastogenesis'] },
    { text: 'These results reveal the immunomodulatory ability of the scaffolds.', reads: ['biomaterial-scaffold regulates immune-response'] },
    { text: 'The scaffolds showed favorable immunomodulatory properties.', reads: ['biomaterial-scaffold regulates immune-response'] },
    { text: 'MSCs are widely used in cell therapy because of their immunosuppressive ability.', reads: ['msc inhibits immune-response'] },
    { text: 'A hallmark of MSCs is their potent immunomodulatory properties.', reads: ['msc regulates immune-response'] },
    { text: 'In osteoporosis, MSCs are used because of their immunosuppressive capacity.', reads: ['msc inhibits immune-response'], not: ['osteoporosis inhibits immune-response'] },
    { text: 'MSCs are of particular interest for the treatment of immune diseases owing to their immunosuppressive properties.', not: ['immune-disease inhibits immune-response'] },
    { text: 'The aim of this work was to examine the osteoclastogenic properties of TNF-α.', reads: [], not: ['tnf-alpha promotes osteoclastogenesis'] },
    { text: 'Osteoclasts are the only bone-resorbing cells.', reads: ['osteoclast promotes bone-resorption'] },
    { text: 'Bone-resorbing osteoclasts derive from macrophages.', reads: ['osteoclast promotes bone-resorption'] },
    { text: 'Immunosuppressive MSCs were infused.', reads: ['msc inhibits immune-response'] },
    { text: 'Recently, the immunosuppressive effect of MSCs has drawn attention.', reads: ['msc inhibits immune-response'] },
    { text: 'The osteogenic potential of macrophage exosomes was lower.', not: ['msc promotes bone-formation'] },
    { text: 'The role of OSM in osteogenic differentiation of MSCs is unknown.', not: ['msc promotes bone-formation'] },
    { text: 'Non-osteogenic MSCs were used as controls.', not: ['msc promotes bone-formation'] },
    { text: 'MSCs can differentiate into osteogenic, adipogenic and chondrogenic lineages.', not: ['chondrocyte promotes msc-chondrogenic-differentiation'] },
    { text: 'Silica biomaterials exhibit osteogenic and angiogenic potentials.', reads: ['biomaterial-scaffold promotes bone-formation', 'biomaterial-scaffold promotes angiogenesis'] },
    { text: 'MSCs are valued for their anti-inflammatory, immunomodulatory and regenerative potentials.', reads: ['msc regulates immune-response'] },
    { text: 'Adipose-derived MSCs exert in vitro immunomodulatory functions.', reads: ['msc regulates immune-response'] },
  ],
};
