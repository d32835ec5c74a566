/**
 * Abbreviations an author defines in the text: "skeletal macrophages (sMΦ)", "bone marrow-derived
 * macrophages (BMMs)". When the words before the parentheses end with a lexicon term and the letters in
 * the parentheses abbreviate those words (Schwartz & Hearst's test: each letter found in order, reading
 * backwards, the first at the start of a word), the abbreviation names that term from there on in the
 * document. A spelling the lexicon knows is redefined only when the author spells out a different term
 * for it ("osteocalcin (OC)" in a text where OC would otherwise read as osteoclasts).
 */
import { greekLetterName, isWordChar, wordBefore } from '../normalize';
import { SUBSET_MODIFIERS } from '../claims/grammar';

/**
 * Abbreviation (as written) → the entity it names, or '' when the author defined it as something the
 * lexicon does not name (it then names nothing). Later definitions replace earlier ones.
 */
export type DefinedAbbreviations = ReadonlyMap<string, string>;

/** A term found in the text, as the matcher reports it. */
interface FoundTerm {
  start: number;
  end: number;
  id: string;
  ids: readonly string[];
}

/**
 * Letters, digits and inner hyphens, 2 to 12 characters, in parentheses of their own; or two such words
 * with one space between ("rare earth nanomaterials (RE NMs)").
 */
// linear: bounded character classes inside fixed parentheses, one optional fixed space.
const PARENTHESISED = /\(([\p{L}\p{N}][\p{L}\p{N}-]{1,11}|[\p{L}\p{N}][\p{L}\p{N}-]{0,5} [\p{L}\p{N}][\p{L}\p{N}-]{0,5})\)/gu;

/**
 * Whether `abbr` abbreviates the end of `words`: its letters and digits in order, reading backwards, the
 * first at the start of a word. Returns where the long form starts in `words`, or -1. A Greek letter
 * stands for its Latin transcription's first sound (Φ for "ph" in "macrophage").
 */
export function longFormStart(abbr: string, words: string): number {
  const units = latinUnits(abbr);
  if (units.length < 2) return -1;
  let l = words.length - 1;
  for (let s = units.length - 1; s >= 0; s--) {
    const unit = units[s];
    for (;;) {
      if (l - unit.length + 1 < 0) return -1;
      const at = l - unit.length + 1;
      const matches = words.slice(at, l + 1).toLowerCase() === unit;
      if (matches && (s > 0 || at === 0 || !isWordChar(words[at - 1]))) { l = at - 1; break; }
      l--;
    }
  }
  return l + 1;
}

/** The abbreviation's letters and digits, lowercased, Greek letters as their Latin sound. */
function latinUnits(abbr: string): string[] {
  const out: string[] = [];
  for (const ch of abbr) {
    const name = greekLetterName(ch);
    if (name !== undefined) out.push(/^(ph|ch|ps|th)/.test(name) ? name.slice(0, 2) : name[0]);
    else if (isWordChar(ch)) out.push(ch.toLowerCase());
  }
  return out;
}

/** Looks like an abbreviation: a capital or a Greek letter, and not only digits; of two words, each with a capital. */
function abbreviationLike(abbr: string): boolean {
  if (abbr.includes(' ')) return abbr.split(' ').every((part) => /^[\p{Lu}]/u.test(part) && /[\p{Lu}]/u.test(part.slice(1)));
  return /[\p{Lu}]/u.test(abbr) || [...abbr].some((ch) => greekLetterName(ch) !== undefined);
}

/**
 * The abbreviations a sentence defines for terms: "(ABBR)" right after a term, not itself a term, not
 * the first half of a split name ("interleukin (IL)-10"), whose letters abbreviate the words before it.
 * `terms` are the sentence's terms, in order.
 */
export function definitionsIn(text: string, terms: readonly FoundTerm[], spellingsOf?: (id: string) => readonly string[]): Array<{ abbr: string; id: string }> {
  if (terms.length === 0 || !text.includes('(')) return [];
  const out: Array<{ abbr: string; id: string }> = [];
  let k = 0;
  for (const m of text.matchAll(PARENTHESISED)) {
    const open = m.index;
    const close = open + m[0].length;
    const abbr = m[1];
    // Cheapest first: a term must end right before the parentheses.
    while (k < terms.length && terms[k].end <= open) k++;
    const term = terms[k - 1];
    const known = terms.find((t) => t.start >= open && t.end <= close && t.end - t.start === abbr.length);
    if (term === undefined || term.ids.length !== 1 || text.slice(term.end, open).trim() !== '') {
      // ("obliterative bronchiolitis (OB)": letters the lexicon reads as a term, defined by the author as
      // something it does not name, name nothing in this document.)
      // (Only words that hold no term and share no word with any spelling of the term the letters read as:
      // "osteoblast cells (OB)", "TNF-α receptor-associated factor 6 (TRAF6)", "Ras-associated protein-1
      // (Rap1)" and a misspelt "bone morphometric proteins (BMPs)" name that term.)
      const spelled = known && spellingsOf && abbreviationLike(abbr) ? spelledOutBefore(text, abbr, open) : -1;
      if (known && spellingsOf && spelled >= 0 && !terms.some((t) => t.end > spelled && t.start < open)
        && !sharesWord(text.slice(spelled, open), known.ids.flatMap(spellingsOf))) out.push({ abbr, id: '' });
      continue;
    }
    if (!abbreviationLike(abbr) || /^-?[\p{N}]/u.test(text.slice(close, close + 2).replace(/^-/, ''))) continue;
    if (text[close] === '-' && !/^-[a-z]/.test(text.slice(close, close + 2))) continue;
    // "granulocyte-macrophage colony-stimulating factor (GM-CSF)": the term is the tail of a longer
    // hyphenated name, which the abbreviation stands for; it is not the term.
    if (term.start > 0 && text[term.start - 1] === '-') continue;
    // The lexicon knows the abbreviation already as this term: nothing to define. As another term
    // ("osteocalcin (OC)", where the lexicon reads OC as osteoclasts), the author's definition holds in
    // this document if its letters abbreviate the words before it.
    // (Only when its letters spell the whole term: in "transplantation of bone marrow MSCs (BMSCs)" they
    // spell the cells, and BMSCs keeps its reading.)
    if (known && (known.ids.includes(term.id) || longFormStart(abbr, text.slice(term.start, term.end)) !== 0)) continue;
    // The long form is at most a few words longer than the abbreviation (Schwartz & Hearst's window).
    const window = wordsBefore(text, term.end, Math.min(abbr.length + 5, abbr.length * 2));
    const start = longFormStart(abbr, text.slice(window, term.end));
    if (start < 0 || window + start >= term.end) continue;
    // ("MSCs reduced joint inflammation (RA)": two letters stand for at most two words; found across three,
    // one of them spelling none, they abbreviate something else.)
    if (latinUnits(abbr).length === 2 && text.slice(window + start, term.end).trim().split(/\s+/).length > 2) continue;
    // ("regulatory T cells (Tregs)": letters that take in a subset word before the term name that subset, which
    // the lexicon does not hold; they name nothing in this document, not the whole class.)
    const spelledFrom = window + start;
    if (spelledFrom < term.start && SUBSET_MODIFIERS.has(wordBefore(text, term.start) ?? '')) {
      out.push({ abbr, id: '' });
      continue;
    }
    out.push({ abbr, id: term.id });
  }
  return out;
}

/**
 * Where the words right before the parentheses at `open` begin that spell `abbr` out (its letters in
 * order, the first at the start of a word, within Schwartz & Hearst's window), two words or more and at
 * most one more than its letters ("obliterative bronchiolitis (OB)"); -1 when they do not.
 */
function spelledOutBefore(text: string, abbr: string, open: number): number {
  let end = open;
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  const units = latinUnits(abbr);
  const window = wordsBefore(text, end, Math.min(units.length + 5, units.length * 2));
  const start = longFormStart(abbr, text.slice(window, end));
  if (start < 0) return -1;
  const words = text.slice(window + start, end).trim().split(/\s+/);
  return words.length >= 2 && words.length <= units.length + 1 ? window + start : -1;
}

/** How many first letters of a word two words must share to count as the same word ("morphometric", "morphogenetic"). */
const WORD_STEM = 4;

/** The stems of a phrase's words of WORD_STEM letters or more, lowercased. */
function stems(phrase: string): string[] {
  return phrase.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length >= WORD_STEM).map((w) => w.slice(0, WORD_STEM));
}

/** Does the phrase share a word (by its first letters) with any of the spellings? */
function sharesWord(phrase: string, spellings: readonly string[]): boolean {
  const own = new Set(stems(phrase));
  return spellings.some((s) => stems(s).some((w) => own.has(w)));
}

/** Where the last `n` words before `end` begin. */
function wordsBefore(text: string, end: number, n: number): number {
  let i = end;
  for (let w = 0; w < n && i > 0; w++) {
    while (i > 0 && /\s/.test(text[i - 1])) i--;
    while (i > 0 && !/\s/.test(text[i - 1])) i--;
  }
  return i;
}

/**
 * The defined abbreviations a sentence uses: the part of `defined` its analysis depends on (the cache
 * key names it), or undefined when it uses none.
 */
export function abbreviationsUsed(text: string, defined: DefinedAbbreviations): DefinedAbbreviations | undefined {
  if (defined.size === 0) return undefined;
  let used: Map<string, string> | undefined;
  for (const [abbr, id] of defined) {
    const stem = abbr.endsWith('s') && abbr.length > 2 ? abbr.slice(0, -1) : abbr;
    if (text.includes(stem)) (used ??= new Map()).set(abbr, id);
  }
  return used;
}

/** The defined abbreviations as a cache-key suffix: sorted, so the same set gives the same key. */
export function abbreviationKey(used: DefinedAbbreviations): string {
  return [...used].map(([abbr, id]) => `${abbr}=${id}`).sort().join(' ');
}

/**
 * A defined abbreviation written at `i`: as defined, with a plural "s" added, or without the plural "s"
 * it was defined with ("BMMs" → "BMM"). It must end a word; a hyphen after it may start a word
 * ("sMΦ-derived") but not a number ("IL-10" is not "IL").
 */
export function abbreviationAt(text: string, i: number, used: DefinedAbbreviations): { end: number; ids: string[] } | undefined {
  if (i > 0 && isWordChar(text[i - 1])) return undefined;
  let best: { end: number; ids: string[] } | undefined;
  for (const [abbr, id] of used) {
    for (const form of formsOf(abbr)) {
      if (!text.startsWith(form, i)) continue;
      const end = i + form.length;
      if (isWordChar(text[end]) || (text[end] === '-' && !/^-[a-z]/.test(text.slice(end, end + 2)))) continue;
      if (!best || end > best.end) best = { end, ids: [id] };
    }
  }
  return best;
}

function formsOf(abbr: string): string[] {
  const forms = [abbr, `${abbr}s`];
  if (abbr.length > 2 && abbr.endsWith('s')) forms.push(abbr.slice(0, -1));
  return forms;
}
