/**
 * A tissue named as what a cell becomes: "MSCs can differentiate into bone, cartilage and fat", "capable of
 * differentiating into several tissues, such as bone, cartilage, and fat". Authors name a lineage by the
 * tissue its cells make as often as by the cells ("into osteoblasts, chondrocytes and adipocytes"). The
 * lexicon says which cell makes which tissue (attributes.formsTissue); only in the list after "differentiate
 * into" does such a word name that cell. Anywhere else "bone" is the organ, not a cell ("bone loss", "bone
 * cells", "bone-forming").
 */
import type { Mention } from './matcher';

/** A tissue word and the cell that makes it (LexiconIndex.tissueCells: lower case, the longest first). */
export interface TissueCell {
  word: string;
  id: string;
}

// linear: a fixed alternation, one run of blanks, a fixed word and one run of blanks.
const DIFFERENTIATE_INTO = /(?<![\p{L}\p{N}-])(?:trans)?differentiat(?:e|es|ed|ing|ion)\s+into\s+/giu;
// linear: at most eight words, each followed by an optional comma and blanks, then a fixed cue; on a slice of at most PREAMBLE_REACH characters.
const EXAMPLES_AFTER_CLASS = /^(?:[\p{L}-]+,?\s+){1,8}?(?:such\s+as|including|like|e\.g\.,?|namely)\s+/u;
// linear: one fixed alternation between word boundaries.
const CLASS_NOUN = /\b(?:tissues?|lineages?|types?|cells|kinds|derivatives)\b/u;
// linear: one alternation of fixed separators, anchored.
const LIST_SEPARATOR = /^(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or|and\/or)\s+|\s*\/\s*)/u;
// linear: one alternation of fixed words or punctuation, anchored.
const LIST_END = /^(?:\s*(?:[.;:)]|$)|\s+(?:in|under|upon|after|when|following|via|through|by|as|at|within|on|both|etc)\b)/u;
// linear: one fixed article and one run of blanks, anchored.
const ARTICLE = /^the\s+/iu;
// linear: one to three words of letters and hyphens, single blanks between, none of them a conjunction; anchored.
const PLAIN_ITEM = /^(?!(?:and|or)\b)[\p{L}-]+(?: (?!(?:and|or)\b)[\p{L}-]+){0,2}/u;
// linear: a bracket, at most 40 characters without a bracket, a bracket; anchored.
const PARENTHETICAL = /^\s*\([^()]{1,40}\)/u;

/** How far the words between "into" and "such as" may reach, in characters. */
const PREAMBLE_REACH = 100;
/** Most items a list after "into" is read for. */
const MAX_ITEMS = 8;

/** The tissue word at `at` ("bone", "adipose tissue"), whole, not glued to more ("bone-forming"). */
function tissueAt(text: string, at: number, to: number, tissues: readonly TissueCell[]): TissueCell | undefined {
  const head = text.slice(at, Math.min(to, at + 40)).toLowerCase();
  for (const t of tissues) {
    if (!head.startsWith(t.word)) continue;
    const after = text[at + t.word.length];
    if (after === undefined || !/[\p{L}\p{N}-]/u.test(after)) return t;
  }
  return undefined;
}

/** Where the list after "into" starts: past "several tissues, such as" and the like, or right at `at`. */
function listStart(text: string, at: number, to: number): number {
  const m = EXAMPLES_AFTER_CLASS.exec(text.slice(at, Math.min(to, at + PREAMBLE_REACH)));
  return m && CLASS_NOUN.test(m[0].toLowerCase()) ? at + m[0].length : at;
}

/** New mentions for the tissue words of the list that starts at `start`. */
function tissuesOfList(text: string, start: number, to: number, byStart: ReadonlyMap<number, Mention>, tissues: readonly TissueCell[]): Mention[] {
  const out: Mention[] = [];
  let p = start;
  for (let n = 0; n < MAX_ITEMS && p < to; n++) {
    const article = ARTICLE.exec(text.slice(p, p + 8));
    if (article) p += article[0].length;
    const known = byStart.get(p);
    let q: number;
    if (known) q = known.end;
    else {
      const tissue = tissueAt(text, p, to, tissues);
      if (tissue) {
        q = p + tissue.word.length;
        const rest = text.slice(q, Math.min(to, q + 60));
        // ("the cartilage (chondrocytes)": the author named the cell too, in brackets: that mention is enough.)
        const bracket = PARENTHETICAL.exec(rest);
        if (bracket) q += bracket[0].length;
        else if (LIST_SEPARATOR.test(rest) || LIST_END.test(rest)) out.push({ start: p, end: q, id: tissue.id, ids: [tissue.id] });
        else break;
      } else {
        // (An item the lexicon does not name, "tendon": the list goes on past it, but a tissue word inside it,
        // "contribute to bone", is not an item of the list.)
        const plain = PLAIN_ITEM.exec(text.slice(p, Math.min(to, p + 60)));
        if (!plain || plain[0].split(' ').some((_, k, all) => k > 0 && tissueAt(all.slice(k).join(' '), 0, Infinity, tissues))) break;
        q = p + plain[0].length;
      }
    }
    const separator = LIST_SEPARATOR.exec(text.slice(q, Math.min(to, q + 12)));
    if (!separator) break;
    p = q + separator[0].length;
  }
  return out;
}

/** The mentions with every tissue named as what a cell differentiates into read as the cell that makes it. */
export function addLineageTissues(text: string, from: number, to: number, mentions: readonly Mention[], tissues: readonly TissueCell[]): Mention[] {
  const slice = text.slice(from, to);
  DIFFERENTIATE_INTO.lastIndex = 0;
  if (!DIFFERENTIATE_INTO.test(slice)) return [...mentions];
  const byStart = new Map(mentions.map((m) => [m.start, m] as const));
  const added: Mention[] = [];
  DIFFERENTIATE_INTO.lastIndex = 0;
  for (const m of slice.matchAll(DIFFERENTIATE_INTO)) {
    const at = from + m.index + m[0].length;
    for (const t of tissuesOfList(text, listStart(text, at, to), to, byStart, tissues)) {
      // (A word some term already covers is that term's: "fat" in "fat cells".)
      if (!mentions.some((x) => x.start < t.end && t.start < x.end)) added.push(t);
    }
  }
  return added.length === 0 ? [...mentions] : [...mentions, ...added].sort((a, b) => a.start - b.start);
}
