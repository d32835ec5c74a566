/**
 * Finds lexicon terms in prose: at each word start, walks the case-kept and the case-folded tries in
 * step with the text's key characters (separators skipped, Greek spelled out) and keeps the longest
 * spelling that ends at a word boundary. A plain plural "s" after a term is accepted.
 */
import type { LexiconIndex } from '../lexicon/lexiconIndex';
import { isWordChar, keyCharsOf, looksLikeGeneName } from '../normalize';
import { abbreviationAt, type DefinedAbbreviations } from './abbreviations';
import { actionAfterTo, capacityAfterCell, capacityOfAt } from './capacityFrames';
import { addElidedHeads } from './elidedHeads';
import { addSharedModifiers } from './sharedModifiers';
import { addInteractionLists } from './interactionLists';
import { addLesionRepairs } from './lesionRepairs';
import { addLineageTissues } from './lineageTissues';
import { isoformSymbolAt } from './isoformNames';
import { numberedMemberAt } from './numberedMembers';
import { Trie } from './trie';

export interface Mention {
  start: number;
  end: number;
  /** The entity; for a declared ambiguous spelling, the first of `ids`. */
  id: string;
  /** More than one when the spelling is shared on purpose. */
  ids: readonly string[];
  /** A cell's action whose cell was named in an earlier sentence ("… MSCs. IL-6 enhanced proliferation."). */
  earlierCell?: true;
  /** A numbered member the lexicon does not hold ("miR-21"), named by its class's entry (numberedMembers.ts). */
  member?: true;
}

/** What the sentences before tell the matcher: abbreviations defined, and the cell last named. */
export interface MentionContext {
  /** Abbreviations the document defined before (abbreviations.ts): they name their terms as spellings do. */
  defined?: DefinedAbbreviations;
  /**
   * The cells the paragraph named, the last first: an action of a cell ("proliferation", "cell
   * migration") in a sentence that names no cell at all is the action of the latest one that has it.
   */
  earlierCells?: readonly string[];
}

/** How far a term may reach, in source characters: bounds the work per start position. */
const MAX_TERM_SPAN = 120;

interface Walk {
  end: number;
  ids: string[];
  /** A numbered member the lexicon does not hold, read as its class (numberedMembers.ts). */
  member?: true;
}

/** Is text[i] the capital of a word in Title Case ("Receptor"): at a word's start, with a small letter after it? */
function titleCapitalAt(text: string, i: number): boolean {
  const ch = text[i];
  const next = text[i + 1];
  // (Past the end of the text there is no word: "IL-4-" ends a document.)
  return ch !== undefined && ch !== ch.toLowerCase() && next !== undefined && next !== next.toUpperCase() && !isWordChar(text[i - 1]);
}

function walk(text: string, from: number, limit: number, trie: Trie, fold: boolean, foldFirst: boolean, title = false): Walk | undefined {
  let node = Trie.ROOT;
  let best: Walk | undefined;
  const stop = Math.min(limit, from + MAX_TERM_SPAN);
  for (let i = from; i < stop; i++) {
    const ch = text[i];
    let key = keyCharsOf(ch);
    if (key === '') {
      // Separators never start or end a term; a paragraph's blank line is already a sentence end.
      continue;
    }
    if (fold || (foldFirst && i === from) || (title && titleCapitalAt(text, i))) key = key.toLowerCase();
    for (let k = 0; k < key.length && node >= 0; k++) node = trie.child(node, key.charCodeAt(k));
    if (node < 0) break;
    const ids = trie.idsAt(node);
    if (ids) {
      const after = text[i + 1];
      // ("Interleukin-27", "BMP-10": a name ending in a letter, glued by a hyphen to a number, names a member the
      // lexicon does not hold, not the family; a member it holds, "BMP-2", is the longer match.)
      if (after === '-' && isLetter(ch) && numberedAt(text, i + 2)) continue;
      // ("the formation of bone-resorbing osteoclasts": a phrase's object glued by a hyphen to a present participle
      // is the start of a compound that describes something else, not the end of "formation of bone"; not
      // "receptor activator of NF-κB ligand-induced", whose past participle takes the whole name as its agent.)
      if (after === '-' && OF_PHRASE.test(text.slice(from, i + 1)) && GERUND_AHEAD.test(text.slice(i + 2, i + 2 + GERUND_REACH))) continue;
      if (!isWordChar(after)) best = { end: i + 1, ids };
      else if ((after === 's' || after === 'S') && isWordChar(ch) && (!isWordChar(text[i + 2]) || citationGlued(text, from, i + 2))) best = { end: i + 2, ids };
      else if (citationGlued(text, from, i + 1)) best = { end: i + 1, ids };
    }
  }
  return best;
}

// linear: one fixed word between blanks.
const OF_PHRASE = /\sof\s/i;
// linear: one anchored run of letters, on a slice of at most GERUND_REACH characters.
const GERUND_AHEAD = /^\p{Ll}+ing(?!\p{L})/u;
/** Longest present participle looked for after a hyphen ("-resorbing"). */
const GERUND_REACH = 20;

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

function isLetter(ch: string | undefined): boolean {
  return isWordChar(ch) && !isDigit(ch);
}

/** A number standing alone at i ("27" in "Interleukin-27"), not the start of a longer name ("5p" in "miR-125a-5p"). */
function numberedAt(text: string, i: number): boolean {
  let j = i;
  while (isDigit(text[j])) j++;
  return j > i && !isWordChar(text[j]);
}

// linear: one bounded run of digits and separators, anchored, on a slice of at most 16 characters.
const CITATION_TAIL = /^\d{1,3}(?:[,–-]\d{1,3}){0,4}(?![\p{L}\d])/u;
// linear: one character class, anchored at both ends.
const PLAIN_WORDS = /^[\p{L}][\p{Ll} -]{5,}$/u;

/**
 * "… enhanced osteoclastogenesis1,2.": reference numbers glued to a plain word (a superscript citation lost
 * in copying) end the term there. Only after a word in lower case of six letters or more, so that gene and
 * cytokine symbols ("IL-1" in "IL-17", "Smad" in "Smad1") never lose their digits.
 */
function citationGlued(text: string, from: number, end: number): boolean {
  const c = text.charCodeAt(end);
  if (!(c >= 48 && c <= 57)) return false;
  return PLAIN_WORDS.test(text.slice(from, end)) && CITATION_TAIL.test(text.slice(end, end + 16));
}

/** Whether a Title Case word stands at i, or right after the term found from i (one blank or hyphen between). */
function titleCaseMayContinue(text: string, i: number, best: Walk | undefined): boolean {
  if (!best) return titleCapitalAt(text, i);
  const gap = text[best.end];
  return (gap === ' ' || gap === '-') && titleCapitalAt(text, best.end + 1);
}

/**
 * "antiTNF-α antibody", "antiIL-6": a symbol with a capital glued to "anti" without its hyphen is still the
 * symbol (the claim reader reads "anti" before it, as it does "anti-TNF-α").
 */
function afterGluedAnti(text: string, i: number, from: number): boolean {
  // (Asked of every letter inside a word: a small ASCII letter, the common case, is answered first.)
  const c = text.charCodeAt(i);
  if (c >= 97 && c <= 122) return false;
  const ch = text[i];
  if (i - 4 < from || ch === ch.toLowerCase() || text.slice(i - 4, i).toLowerCase() !== 'anti') return false;
  return i - 4 === from || !isWordChar(text[i - 5]);
}

/** All mentions in text[from, to), left to right, longest first, never overlapping. */
export function findMentions(text: string, from: number, to: number, index: LexiconIndex, context: MentionContext = {}): Mention[] {
  const { defined } = context;
  const out: Mention[] = [];
  const bare: Walk[] = [];
  const starts: number[] = [];
  let i = from;
  while (i < to) {
    const ch = text[i];
    if (!isWordChar(ch) || (i > from && isWordChar(text[i - 1]) && !afterGluedAnti(text, i, from))) {
      i++;
      continue;
    }
    let best = walk(text, i, to, index.caseTrie, false, false);
    // Sentence-initial capitals: a case-kept phrase that starts with a lowercase word ("proliferation of MSCs").
    if (ch !== ch.toLowerCase()) {
      const alt = walk(text, i, to, index.caseTrie, false, true);
      if (alt && (!best || alt.end > best.end)) best = alt;
    }
    const folded = walk(text, i, to, index.foldTrie, true, false);
    if (folded && (!best || folded.end > best.end)) best = folded;
    // A title in Title Case: "IL6 Receptor Facilitates …" names the IL-6 receptor, as "IL6 receptor" does
    // (a capital followed by small letters is folded; acronyms such as "IL" or "M-CSF" keep their case).
    // Tried only where a Title Case word follows what was found, or starts here.
    if (titleCaseMayContinue(text, i, best)) {
      const titled = walk(text, i, to, index.caseTrie, false, false, true);
      if (titled && (!best || titled.end > best.end)) best = titled;
    }
    const abbreviation = defined ? abbreviationAt(text, i, defined) : undefined;
    // (An abbreviation the document defined wins over the lexicon's reading of the same letters; defined
    // as something the lexicon does not name, the letters name nothing.)
    if (abbreviation && abbreviation.end <= to && (!best || abbreviation.end >= best.end)) {
      if (abbreviation.ids[0] === '') {
        i = abbreviation.end;
        continue;
      }
      best = abbreviation;
    }
    const prefixed = best ? undefined : (prefixedFactor(text, i, to, index) ?? sourcePrefixedCell(text, i, to, index));
    if (prefixed) best = prefixed;
    if (index.numberedClasses.length > 0) best = withNumberedMember(text, i, to, best, index);
    // Composite processes from their parts: "proliferation of (the) MSCs", "MSC proliferation", "MSCs' migration".
    const action = walk(text, i, to, index.actionTrie, true, false);
    const actionFirst = action ? compositeActionFirst(text, action, to, index, defined) : undefined;
    if (actionFirst && (!best || actionFirst.end > best.end)) best = actionFirst;
    const capacity = capacityFrameAt(text, i, to, index, defined);
    if (capacity && (!best || capacity.end > best.end)) best = capacity;
    // ("pyruvate kinase M2": a symbol after a class noun of proteins names an isoform, not the term.)
    if (best && isoformSymbolAt(text, i, best.end)) best = undefined;
    if (best) {
      // The term's own abbreviation in brackets after it, read once: a longer spelling may go on past it
      // ("osteoclast (OCL) formation"), and so may a cell's action ("MSC (BMSC) transplantation").
      let abbreviation = ownAbbreviationAfter(text, best, to, index, defined);
      const longer = abbreviation > 0 ? pastOwnAbbreviation(text, i, best, abbreviation, to, index) : undefined;
      if (longer) {
        best = longer;
        abbreviation = ownAbbreviationAfter(text, best, to, index, defined);
      }
      const cellFirst = compositeCellFirst(text, best, abbreviation, to, index);
      if (cellFirst) best = cellFirst;
      out.push({ start: i, end: best.end, id: best.ids[0], ids: best.ids, ...(best.member ? { member: true as const } : {}) });
      i = best.end;
    } else {
      // A cell's action named without its cell ("increased proliferation … in TDSCs"): kept for addLocatedActions.
      // (Not the tail of a longer one just kept: "efficacy" in "therapeutic efficacy".)
      const last = bare.length - 1;
      if (action && !(last >= 0 && action.end <= bare[last].end)) {
        bare.push(action);
        starts.push(i);
      }
      i++;
    }
  }
  // Shared heads first: "the apoptosis of T and B cells" names T cells before the bare action looks for its cell.
  const elided = addElidedHeads(text, from, out, (phrase) => wholeTerm(phrase, index, defined), (id) => index.entities.get(id)?.type === 'process');
  // (An action the shared head already named, "the differentiation and activity of osteoblasts", is no longer bare.)
  if (elided.length > out.length) dropNamedActions(elided, bare, starts);
  let located = bare.length > 0 ? addParallelActions(text, addLocatedActions(text, elided, bare, starts, index), bare, starts, index) : elided;
  if (context.earlierCells !== undefined && context.earlierCells.length > 0 && bare.length > 0) located = addEarlierCellActions(text, from, located, bare, starts, context.earlierCells, index);
  const shared = addSharedModifiers(text, addCoordinatedActions(text, from, located, index), (phrase) => wholeTerm(phrase, index, defined), (id) => index.entities.get(id)?.type === 'process');
  const listed = addInteractionLists(text, from, to, shared, index, (phrase) => spelledWhole(phrase, index));
  const lineages = index.tissueCells.length > 0 ? addLineageTissues(text, from, to, listed, index.tissueCells) : listed;
  return index.lesionRepairs.size > 0 ? addLesionRepairs(text, from, to, lineages, index.lesionRepairs) : lineages;
}

/** The term a whole phrase is spelled as, by the tries alone (in the lexicon's case, or case-folded). */
function spelledWhole(phrase: string, index: LexiconIndex): string | undefined {
  for (const w of [walk(phrase, 0, phrase.length, index.caseTrie, false, true), walk(phrase, 0, phrase.length, index.foldTrie, true, false)]) {
    if (w && w.end === phrase.length) return w.ids[0];
  }
  return undefined;
}

/** Removes, in place, the bare actions whose start a mention now covers. */
function dropNamedActions(mentions: readonly Mention[], bare: Walk[], starts: number[]): void {
  for (let k = bare.length - 1; k >= 0; k--) {
    if (mentions.some((m) => m.start <= starts[k] && starts[k] < m.end)) {
      bare.splice(k, 1);
      starts.splice(k, 1);
    }
  }
}

/** The one term that spans all of `phrase`, if any ("osteogenic differentiation of MSCs"): see elidedHeads.ts. */
function wholeTerm(phrase: string, index: LexiconIndex, defined: DefinedAbbreviations | undefined): Mention | undefined {
  const found = findMentions(phrase, 0, phrase.length, index, { defined });
  return found.length === 1 && found[0].start === 0 && found[0].end === phrase.length ? found[0] : undefined;
}

/**
 * Is the word right before `start` a gene's or protein's name that no mention covers ("Smo", "Nrf2",
 * "YAP")? A capitalised plain word counts only inside the sentence read from `from` (at its start, "Sustained
 * activation").
 */
function namedByGeneBefore(text: string, from: number, start: number, mentions: readonly Mention[]): boolean {
  const m = WORD_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  if (m === null) return false;
  const wordStart = start - m[0].length;
  if (mentions.some((x) => x.start <= wordStart && wordStart < x.end)) return false;
  return looksLikeGeneName(m[1]) || (CAPITALISED.test(m[1]) && text.slice(from, wordStart).trim() !== '');
}

// linear: one bounded word class and a blank, anchored at the end.
const WORD_BEFORE = /([A-Za-z][A-Za-z0-9-]{0,30}) $/;
// linear: anchored character classes on one word.
const CAPITALISED = /^[A-Z][a-z]+$/;

/**
 * "… synovial MSCs were cultured. IL-1β enhanced proliferation.": in a sentence that names no cell, a
 * cell's action left without its cell is the action of the cell the paragraph named last — unless a term
 * is its own "of" object ("… BMSCs. TNF-α raised the activation of STAT3" is not MSC activation).
 */
function addEarlierCellActions(text: string, from: number, mentions: Mention[], bare: readonly Walk[], starts: readonly number[], cells: readonly string[], index: LexiconIndex): Mention[] {
  if (mentions.some((m) => m.ids.some((id) => index.compositeActions.has(id) || index.entities.get(id)?.composite !== undefined))) return mentions;
  const added: Mention[] = [];
  bare.forEach((action, k) => {
    const start = starts[k];
    if (mentions.some((m) => m.start < action.end && start < m.end)) return;
    const next = mentions.find((m) => m.start >= action.end);
    if (next !== undefined && OF_OPENING.test(text.slice(action.end, next.start))) return;
    // ("Systemic administration of aspirin": an "of" object the lexicon does not name is the action's own too.)
    if (ownPlainOfObject(text, action.end)) return;
    // ("Particle-infusion resulted in …": a word glued to the action names what was given; not the cells.)
    if (GLUED_BEFORE.test(text.slice(Math.max(0, start - 2), start))) return;
    // ("… sustained Smo activation inhibits …": a gene's name the lexicon does not know says whose action it is.)
    if (namedByGeneBefore(text, from, start, mentions)) return;
    // (The latest cell that has the action: "… osteogenic cells. … proliferation in fPMSCs" is the MSCs'.)
    const ids = firstComposites(action.ids, cells, index);
    if (ids.length > 0) added.push({ start, end: action.end, id: ids[0], ids, earlierCell: true });
  });
  if (added.length === 0) return mentions;
  return [...mentions, ...added].sort((a, b) => a.start - b.start);
}

// linear: a letter and a hyphen at the end of a two-character slice.
const GLUED_BEFORE = /[\p{L}\d]-$/u;

/** The composites of the actions for the first of `cells` that has any. */
function firstComposites(actions: readonly string[], cells: readonly string[], index: LexiconIndex): string[] {
  for (const cell of cells) {
    const ids = compositesFor(actions, [cell], index);
    if (ids.length > 0) return ids;
  }
  return [];
}

// ("as well as" counts as one word: "the apoptosis of splenocytes as well as T cells".)
// linear: reads a bounded slice (at most 100 characters) between an action and a cell term.
const LOCATED_GAP = /^[^.;:!?]*\b(?:in|of|on|from|within)\s+((?:(?:as\s+well\s+as|[\p{L}\d-]+)\s+){0,5})$/u;
// linear: one alternation of fixed words on the gap's tail.
const LIST_WORD = /\b(?:and|or|as\s+well\s+as)\s/;
const LOCATED_WORDS = 3;
// An "of" that follows a word other than the action, at the end of the gap (the caller's bounded slice).
// linear: at most 100 characters; fixed words and a bounded repeat of word-then-space runs that cannot overlap.
const OF_AFTER_OTHER_WORD = /\p{L}\s+of\s+(?:[\p{L}\d-]+\s+){0,5}$/u;

/**
 * Whether the words between an action and a cell term place the action in the cell: a locative phrase
 * of at most three words ("the apoptosis of purified T cells"), or of five when they list other cells
 * beside it ("the apoptosis of splenocytes and thymocytes as well as purified T cells").
 */
function locatedGap(gap: string): boolean {
  const m = LOCATED_GAP.exec(gap);
  if (m === null) return false;
  // ("proliferation upon activation by dendritic cells, even after removal of the MSCs": past a comma, an
  // "of" that does not follow the action belongs to another noun.)
  if (gap.includes(',') && OF_AFTER_OTHER_WORD.test(gap)) return false;
  const words = m[1].replace(/as\s+well\s+as/g, 'aswellas').trim().split(/\s+/).filter(Boolean).length;
  return words <= LOCATED_WORDS || LIST_WORD.test(m[1]);
}
// linear: reads a bounded slice (at most 60 characters) between a cell term and an action.
const SUBJECT_GAP = /^[’']?s?\s+(?:(?:[\p{L}-]+)\s+){0,3}?(?:show|shows|showed|shown|exhibit|exhibits|exhibited|display|displays|displayed|had|has|have|possess|possesses|possessed|retain|retains|retained|acquire|acquires|acquired|undergo|undergoes|underwent)\s+(?:[\p{L}\d-]+\s+){0,3}$/u;

// linear: a fixed word, an optional comma and article, and one word, anchored, on a short slice.
const PLAIN_OF_OBJECT = /^\s+of,?\s+(?:the\s+|these\s+|those\s+)?([\p{L}][\p{L}\d-]*)/u;
// linear: a hyphen and one participle of treatment, anchored at the end of a short word.
const TREATED_MODIFIER = /-(?:induced|treated|transduced|transfected|stimulated|primed|pretreated|preconditioned)$/i;

/** "administration of aspirin": "of" and a word that is not the cells themselves ("of the cells", "of them"). */
function ownPlainOfObject(text: string, actionEnd: number): boolean {
  const m = PLAIN_OF_OBJECT.exec(text.slice(actionEnd, actionEnd + 60));
  // (A word with a capital inside may be a cell name the lexicon lacks: "the migration of mMSCs"; but not
  // a treatment glued to a participle, which describes cells named after it: "the proliferation of,
  // BMP9-induced C3H10T1/2 cells", a right-node raising whose cells are not the paragraph's.)
  return m !== null && !/^(cells?|them|these|those)$/i.test(m[1]) && (!/.\p{Lu}/u.test(m[1]) || TREATED_MODIFIER.test(m[1]));
}

// An "of" object of the action's own (not "of (the) cells"), then a place phrase that ends the gap: "activation of AhR in ".
// linear: anchored fixed words, a bounded lookahead of fixed words, and bounded runs of word-then-space that cannot overlap.
const PLACE_AFTER_OF = /^\s+of\s+(?!(?:the\s+)?(?:cells?|them|these|those)\s)(?:[\p{L}\d-]+\s+){1,3}(?:in|on|within)\s+$/u;

// linear: a fixed word and an optional article, anchored, on a short slice.
const OF_OPENING = /^\s+of\s+(?:the\s+|these\s+)?$/;

/**
 * "the activation of STAT3 and the senescence of BMSCs": the action has its own "of" object, a term that is
 * not the cell further on (nor a modifier of it: "the migration of TNF-α-treated MSCs", "the differentiation
 * of mitochondrially impaired MSCs").
 */
function ownOfObject(text: string, actionEnd: number, first: Mention | undefined, cell: Mention): boolean {
  if (first === undefined || first === cell || first.start >= cell.start) return false;
  return OF_OPENING.test(text.slice(actionEnd, first.start)) && text[first.end] !== '-' && text.slice(first.end, cell.start).trim() !== '';
}

/** Is the action starting at `start` glued to a term right before it that is no cell ("NF-κB activation")? */
function ownedByTermBefore(text: string, before: Mention | undefined, start: number, isCell: (m: Mention) => boolean): boolean {
  return before !== undefined && !isCell(before) && /^[\s-]?$/.test(text.slice(before.end, start));
}

/**
 * A cell's action named apart from its cell, in the same sentence: "IL-6 increased proliferation … in
 * TDSCs", "MSCs treated with IL-6 showed enhanced migration". The action is that cell's process when
 * the cell closes a locative phrase after it, or is the subject of a verb of showing before it, with no
 * other cell in between.
 */
function addLocatedActions(text: string, mentions: Mention[], bare: readonly Walk[], starts: readonly number[], index: LexiconIndex): Mention[] {
  const added: Mention[] = [];
  const isCell = (m: Mention): boolean => m.ids.some((id) => index.compositeActions.has(id));
  // Mentions and bare actions both run left to right: two cursors keep this linear in a long sentence.
  // The nearest cell term on either side is by construction the only one between it and the action.
  let next = 0; // the first mention starting at or after the action's end
  let prev = -1; // the last mention ending at or before the action's start
  bare.forEach((action, k) => {
    const start = starts[k];
    while (next < mentions.length && mentions[next].start < action.end) next++;
    while (prev + 1 < mentions.length && mentions[prev + 1].end <= start) prev++;
    let after: Mention | undefined;
    for (let j = next; j < mentions.length && mentions[j].start - action.end <= 100 && !after; j++) if (isCell(mentions[j])) after = mentions[j];
    // ("administration of aspirin, which … results in blockage of MSC deficiency": an action with a plain
    // "of" object of its own is not the cell's past a comma.)
    const gap = after ? text.slice(action.end, after.start) : '';
    // ("TNF-α induced NF-κB activation in MSCs": an action right after another term is that term's.)
    if (ownedByTermBefore(text, mentions[prev], start, isCell)) return;
    // ("Activation of AhR in MSCs": an "of" object the lexicon does not name, then a place, is the action's own.)
    if (after && locatedGap(gap) && !ownOfObject(text, action.end, mentions[next], after) && !(gap.includes(',') && ownPlainOfObject(text, action.end)) && !PLACE_AFTER_OF.test(gap)) {
      const ids = compositesFor(action.ids, after.ids, index);
      if (ids.length > 0) { added.push({ start, end: action.end, id: ids[0], ids }); return; }
    }
    let before: Mention | undefined;
    for (let j = prev; j >= 0 && start - mentions[j].end <= 60 && !before; j--) if (isCell(mentions[j])) before = mentions[j];
    if (before && SUBJECT_GAP.test(text.slice(before.end, start))) {
      const ids = compositesFor(action.ids, before.ids, index);
      if (ids.length > 0) added.push({ start, end: action.end, id: ids[0], ids });
    }
  });
  if (added.length === 0) return mentions;
  return [...mentions, ...added].sort((a, b) => a.start - b.start);
}

// linear: reads a bounded slice (at most 40 characters): a conjunction, an optional adverb, and a word
// with a finite verb's ending ("but inhibits", "and also reduced the"), not "and multi-lineage"; one
// modifier may follow ("but inhibits tenogenic differentiation").
const PARALLEL_GAP = /^,?\s+(?:but|and|or|while|whereas)\s+(?:(?:also|\p{L}+ly)\s+)?\p{L}+(?:s|ed)\s+(?:the\s+)?(?:[\p{L}-]+\s+)?$/u;

/**
 * "IL-6 promotes proliferation but inhibits osteogenic differentiation of MSCs", "… enhanced the migration
 * of MSCs and reduced apoptosis": an action left without its cell, in a verb phrase coordinated with one
 * whose process names a cell (the composite mention right before or after it, joined by a conjunction and
 * a verb), acts on that cell. Runs after the located actions, so that their processes count too.
 */
function addParallelActions(text: string, mentions: Mention[], bare: readonly Walk[], starts: readonly number[], index: LexiconIndex): Mention[] {
  const added: Mention[] = [];
  let next = 0;
  bare.forEach((action, k) => {
    const start = starts[k];
    while (next < mentions.length && mentions[next].start < action.end) next++;
    if (next > 0 && mentions[next - 1].end > start) return; // already a mention
    const after = mentions[next];
    const before = next > 0 ? mentions[next - 1] : undefined;
    for (const [m, gap] of [[after, after ? text.slice(action.end, after.start) : ''], [before, before ? text.slice(before.end, start) : '']] as const) {
      if (!m || gap.length > 40 || !PARALLEL_GAP.test(gap)) continue;
      const cell = index.entities.get(m.id)?.composite?.of;
      const ids = cell === undefined ? [] : compositesFor(action.ids, [cell], index);
      if (ids.length > 0) { added.push({ start, end: action.end, id: ids[0], ids }); return; }
    }
  });
  if (added.length === 0) return mentions;
  return [...mentions, ...added].sort((a, b) => a.start - b.start);
}

/**
 * What writers put before a factor's symbol to say which one they used: recombinant (r), human (h, rh,
 * rHu), murine (m, rm, rMu), soluble (s), or its phosphorylated form (p-, phospho-). A prefix counts only
 * glued to a symbol that starts with a capital, and only for a molecule: "rMuIFN-γ", "sIL-6R", "p-ERK1/2",
 * not "mRNA" or "hMSCs".
 */
const FORM_PREFIXES = ['phospho-', 'rMu', 'rHu', 'rh', 'rm', 'p-', 'h', 'm', 'r', 's'];
const PREFIX_FREE_TYPES = new Set(['cell', 'process']);

/** The first letters of the prefixes: at most word starts the matcher asks no further. */
const PREFIX_FIRST_CODES = new Set(FORM_PREFIXES.map((p) => p.charCodeAt(0)));

function prefixedFactor(text: string, i: number, to: number, index: LexiconIndex): Walk | undefined {
  if (!PREFIX_FIRST_CODES.has(text.charCodeAt(i))) return undefined;
  for (const p of FORM_PREFIXES) {
    if (!text.startsWith(p, i)) continue;
    const c = text.charCodeAt(i + p.length);
    if (!(c >= 65 && c <= 90)) continue;
    const w = walk(text, i + p.length, to, index.caseTrie, false, false);
    if (w && w.ids.every((id) => !PREFIX_FREE_TYPES.has(index.entities.get(id)?.type ?? 'cell'))) return w;
  }
  return undefined;
}

/** Small letters glued before a cell's abbreviation to say where the cells came from ("u" of "uMSCs"). */
// linear: a bounded run of small letters, then one capital.
const SOURCE_PREFIX = /^[a-z]{1,3}(?=[A-Z])/;
/** A cell abbreviation of three capitals or more ("MSC", "BMSCs", "UC-MSC"), not "M1" or "OC". */
// linear: capitals, digits and inner hyphens, an optional plural s.
const CELL_ABBREVIATION = /^[A-Z][A-Z0-9-]*[A-Z][A-Z0-9]s?$/;

/**
 * "uMSCs", "rBMSCs", "hucMSC", "mBMDMs": one to three small letters glued to a cell's capital-letter
 * abbreviation say where the cells came from (umbilical, rat, human umbilical cord, mouse), and the cells
 * are still that cell. Only abbreviations of three capitals or more, so that "M1" or "OC" with a letter
 * before them are not taken for cells; a document that defines the whole spelling as something else wins
 * (the caller asks this only where no other reading was found).
 */
function sourcePrefixedCell(text: string, i: number, to: number, index: LexiconIndex): Walk | undefined {
  const prefix = SOURCE_PREFIX.exec(text.slice(i, Math.min(to, i + 4)));
  if (!prefix) return undefined;
  const from = i + prefix[0].length;
  let end = from;
  while (end < to && isWordChar(text[end])) end++;
  if (!CELL_ABBREVIATION.test(text.slice(from, end))) return undefined;
  const cell = walk(text, from, end, index.caseTrie, false, false);
  if (!cell || cell.end !== end || !cell.ids.every((id) => index.entities.get(id)?.type === 'cell')) return undefined;
  // The cells' own longer spellings go on with it: "uMSC transplantation" as "MSC transplantation".
  const longer = walk(text, from, to, index.caseTrie, false, false);
  return longer && longer.end > end && !isWordChar(text[longer.end]) ? longer : cell;
}

/**
 * "miR-21", "miR-146a-5p": a numbered member the lexicon does not hold reads as its class; one it holds
 * keeps its own entry, and the mention takes in a strand the spelling leaves out ("miR-223" of "miR-223-5p").
 */
function withNumberedMember(text: string, i: number, to: number, best: Walk | undefined, index: LexiconIndex): Walk | undefined {
  const member = numberedMemberAt(text, i, to, index.numberedClasses);
  if (member === undefined || (best !== undefined && best.end >= member.end)) return best;
  if (best !== undefined && best.ids.every((id) => id !== member.id && index.classesOf(id).includes(member.id))) return { end: member.end, ids: best.ids };
  return { end: member.end, ids: [member.id], member: true };
}

/** The plain term (case-kept or folded, or a defined abbreviation: the longest) starting at i. */
function termAt(text: string, i: number, to: number, index: LexiconIndex, defined: DefinedAbbreviations | undefined): Walk | undefined {
  let best = walk(text, i, to, index.caseTrie, false, false);
  const folded = walk(text, i, to, index.foldTrie, true, false);
  if (folded && (!best || folded.end > best.end)) best = folded;
  const abbreviation = defined ? abbreviationAt(text, i, defined) : undefined;
  if (abbreviation && abbreviation.end <= to && (!best || abbreviation.end > best.end)) best = abbreviation;
  return best;
}

/** How far past a term's own abbreviation a longer spelling is looked for ("osteoclast (OCL) formation"). */
const PAST_ABBREVIATION_REACH = 60;

/**
 * "human osteoclast (OCL) formation": a longer spelling that goes on past the first term's own
 * abbreviation in brackets (`skip` characters long) is read as if the brackets were not there (the mention
 * spans them); undefined when no longer spelling does.
 */
function pastOwnAbbreviation(text: string, start: number, term: Walk, skip: number, to: number, index: LexiconIndex): Walk | undefined {
  const joined = text.slice(start, term.end) + text.slice(term.end + skip, Math.min(to, term.end + skip + PAST_ABBREVIATION_REACH));
  const longer = walk(joined, 0, joined.length, index.foldTrie, true, false);
  return longer && longer.end > term.end - start ? { end: start + longer.end + skip, ids: longer.ids } : undefined;
}

/** The length of " (BMSC)" after a term when the parentheses hold another spelling of the same term, else 0. */
function ownAbbreviationAfter(text: string, term: Walk, to: number, index: LexiconIndex, defined: DefinedAbbreviations | undefined): number {
  // linear: a bounded slice, one bracketed run without nested brackets.
  const paren = /^\s*\(([^()]{1,15})\)/.exec(text.slice(term.end, Math.min(to, term.end + 20)));
  if (!paren) return 0;
  const inner = term.end + paren[0].indexOf('(') + 1;
  const abbr = termAt(text, inner, inner + paren[1].length, index, defined);
  return abbr && abbr.end === inner + paren[1].length && abbr.ids.some((id) => term.ids.includes(id)) ? paren[0].length : 0;
}

/** Composite ids among `actions` whose cell is among `cells`. */
function compositesFor(actions: readonly string[], cells: readonly string[], index: LexiconIndex): string[] {
  return actions.filter((id) => {
    const of = index.entities.get(id)?.composite?.of;
    return of !== undefined && cells.includes(of);
  });
}

/**
 * Words that may stand between "of" and the cell an action belongs to: determiners and the usual
 * descriptions of where cells come from ("the migration of endogenous or exogenous MSCs", "chemotaxis of
 * both BM-MSCs and WJ-MSCs").
 */
// linear: at most four repetitions of a fixed word that must be followed by white space, on at most 80 characters.
const CELL_MODIFIERS = /^\s+of\s+(?:(?:the|both|these|those|all|endogenous|exogenous|transplanted|implanted|injected|infused|resident|native|primary|cultured|co-cultured|human|murine|mouse|rat|canine|donor|recipient|local|circulating|activated|naive|naïve)\s+(?:(?:and|or)\s+)?){0,4}/i;

/**
 * "immunosuppression mediated / triggered by MSCs" is the MSCs' own immunosuppression, as "MSC-mediated
 * immunosuppression" is (only actions the cell has in the lexicon match); so is the plain "the
 * immunosuppressive effects by MSCs".
 */
// linear: one fixed alternation and an optional article, each before white space, on at most 80 characters.
const PERFORMED_BY = /^\s+(?:(?:mediated|triggered|exerted|conferred|elicited)\s+)?by\s+(?:(?:the|these)\s+)?/i;

/** "osteogenic differentiation of (the) MSCs": an action (walked from the same start), "of", and a term naming the action's cell. */
function compositeActionFirst(text: string, action: Walk, to: number, index: LexiconIndex, defined: DefinedAbbreviations | undefined): Walk | undefined {
  const slice = text.slice(action.end, Math.min(to, action.end + 80));
  const of = CELL_MODIFIERS.exec(slice) ?? PERFORMED_BY.exec(slice);
  if (!of) return undefined;
  const at = action.end + of[0].length;
  const cell = termAt(text, at, to, index, defined) ?? sourcedCellAt(text, at, to, index, defined);
  if (!cell) return undefined;
  const ids = compositesFor(action.ids, cell.ids, index);
  return ids.length > 0 ? { end: cell.end, ids } : undefined;
}

/**
 * "transplantation of hUCB-MSCs", "injection of L-MSCs": a cell term behind a short source code glued on with a
 * hyphen (where the cells came from, which the lexicon cannot list in full) is still that cell.
 */
function sourcedCellAt(text: string, i: number, to: number, index: LexiconIndex, defined: DefinedAbbreviations | undefined): Walk | undefined {
  // linear: anchored, one bounded run of letters and digits, on at most 8 characters.
  const code = /^[A-Za-z][A-Za-z0-9]{0,5}-/.exec(text.slice(i, Math.min(to, i + 8)));
  if (!code) return undefined;
  const cell = termAt(text, i + code[0].length, to, index, defined);
  return cell && cell.ids.some((id) => index.compositeActions.has(id)) ? cell : undefined;
}

/** "MSC proliferation", "MSCs' migration", "the MSC's adhesion": a term naming a cell, then one of its actions. */
function compositeCellFirst(text: string, term: Walk, abbreviation: number, to: number, index: LexiconIndex): Walk | undefined {
  if (!term.ids.some((id) => index.compositeActions.has(id))) return undefined;
  // ("bone marrow mesenchymal stem cell (BMSC) transplantation": past the term's own abbreviation.)
  const end = term.end + abbreviation;
  // ("BMSC-mediated immunosuppression", "ASC-driven immunomodulation": the cells' own action, as "MSC-mediated
  // immunosuppression" spelled out is; not before "of", where the action is another's: "MSC-mediated
  // apoptosis of T cells".)
  // linear: anchored, a fixed alternation, on at most 12 characters.
  const gap = /^(?:(?:['’]s?)?\s+|-(?:mediated|driven)\s+)/i.exec(text.slice(end, Math.min(to, end + 12)));
  if (!gap) return undefined;
  const action = walk(text, end + gap[0].length, to, index.actionTrie, true, false);
  if (action && gap[0].startsWith('-') && /^\s+of\s/i.test(text.slice(action.end, action.end + 4))) return undefined;
  if (!action) {
    // "MSCs' capacity to proliferate"
    const capacity = capacityAfterCell(text, term.end, to);
    if (!capacity) return undefined;
    const named = actionOfCells(term.ids, capacity.action, index);
    return named.length > 0 ? { end: capacity.end, ids: named } : undefined;
  }
  const ids = compositesFor(action.ids, term.ids, index);
  return ids.length > 0 ? { end: action.end, ids } : undefined;
}

/** The composite processes of these cells spelled with this action noun ("proliferation" of msc → msc-proliferation). */
function actionOfCells(cells: readonly string[], action: string, index: LexiconIndex): string[] {
  const ids: string[] = [];
  for (const cell of cells) {
    const id = index.compositeActions.get(cell)?.get(action);
    if (id !== undefined && !ids.includes(id)) ids.push(id);
  }
  return ids;
}

/** "the capacity of (the) MSCs to proliferate": a noun of ability, "of", a cell term, and "to" with the cell's action verb. */
function capacityFrameAt(text: string, i: number, to: number, index: LexiconIndex, defined: DefinedAbbreviations | undefined): Walk | undefined {
  const ofEnd = capacityOfAt(text, i, to);
  if (ofEnd === undefined) return undefined;
  const cell = termAt(text, ofEnd, to, index, defined);
  if (!cell) return undefined;
  const action = actionAfterTo(text, cell.end, to);
  if (!action) return undefined;
  const ids = actionOfCells(cell.ids, action.action, index);
  return ids.length > 0 ? { end: action.end, ids } : undefined;
}

// linear: read on the 80 characters before a term only (see addCoordinatedActions).
const COORD_BEFORE = /([\p{L}][\p{L}-]*(?:\s+[\p{L}][\p{L}-]*)?)\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|and\/or)\s+)$/u;
const COORD_AFTER = /^\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|and\/or)\s+)([\p{L}][\p{L}-]*(?:\s+[\p{L}][\p{L}-]*)?)/u;

/**
 * "the adhesion and migration of MSCs", "MSC proliferation and migration": an action coordinated with a
 * composite process mention acts on the same cell, so it names that cell's process too.
 */
function addCoordinatedActions(text: string, from: number, mentions: Mention[], index: LexiconIndex): Mention[] {
  const added: Mention[] = [];
  const taken = (s: number, e: number): boolean => mentions.some((m) => m.start < e && s < m.end) || added.some((m) => m.start < e && s < m.end);
  const lookup = (phrase: string, actions: ReadonlyMap<string, string>): { id: string; length: number } | undefined => {
    const words = phrase.split(/\s+/);
    for (let n = words.length; n >= 1; n--) {
      const tail = words.slice(words.length - n).join(' ');
      const id = actions.get(tail.toLowerCase());
      if (id !== undefined) return { id, length: tail.length };
    }
    return undefined;
  };
  for (const m of mentions) {
    const cell = index.entities.get(m.id)?.composite?.of;
    const actions = cell === undefined ? undefined : index.compositeActions.get(cell);
    if (!actions) continue;
    // Backwards, through a list: "adhesion, migration and proliferation of MSCs".
    let end = m.start;
    for (let guard = 0; guard < 6; guard++) {
      const before = COORD_BEFORE.exec(text.slice(Math.max(from, end - 80), end));
      if (!before) break;
      const hit = lookup(before[1], actions);
      if (!hit || hit.id === m.id) break;
      const phraseEnd = end - before[0].length + before[1].length;
      const start = phraseEnd - hit.length;
      if (taken(start, phraseEnd)) break;
      added.push({ start, end: phraseEnd, id: hit.id, ids: [hit.id] });
      end = start;
    }
    // Forwards: "MSC proliferation and migration".
    let start = m.end;
    for (let guard = 0; guard < 6; guard++) {
      const after = COORD_AFTER.exec(text.slice(start, start + 80));
      if (!after) break;
      const words = after[1].split(/\s+/);
      let hit: { id: string; length: number } | undefined;
      for (let n = words.length; n >= 1 && !hit; n--) {
        const head = words.slice(0, n).join(' ');
        const id = actions.get(head.toLowerCase());
        if (id !== undefined) hit = { id, length: head.length };
      }
      if (!hit || hit.id === m.id) break;
      const s = start + after[0].length - after[1].length;
      if (taken(s, s + hit.length) || isWordChar(text[s + hit.length])) break;
      added.push({ start: s, end: s + hit.length, id: hit.id, ids: [hit.id] });
      start = s + hit.length;
    }
  }
  if (added.length === 0) return mentions;
  return [...mentions, ...added].sort((a, b) => a.start - b.start);
}
