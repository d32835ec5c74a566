/**
 * Coordinated modifiers that share one head: "osteogenic and chondrogenic differentiation of MSCs",
 * "bone and cartilage regeneration", "pro- and anti-inflammatory cytokines", "osteoclast and osteoblast
 * differentiation". The author wrote the head once; the first modifier names its own term ("osteogenic
 * differentiation of MSCs") although only the modifier is on the page. Such a modifier becomes a mention of
 * that term, spanning the modifier alone, when the modifier with the shared head is, as a whole, a
 * spelling the matcher knows.
 */
import { mentionFinder } from './mentionFinder';
import type { Mention } from './matcher';

/** Matches a whole phrase to one term, or nothing (the matcher, given by the caller). */
export type WholeTerm = (phrase: string) => Mention | undefined;

/** How far back a list of modifiers is read, in characters. */
const LOOK_BACK = 80;

/**
 * The term a modifier names with the head of `term` (whose text is `termText`): "osteogenic" + "chondrogenic
 * differentiation of MSCs" → "osteogenic differentiation of MSCs"; "pro-" + "anti-inflammatory cytokines" →
 * "pro-inflammatory cytokines"; with `whole` true the modifier goes before the entire term text ("bone" +
 * "regeneration").
 */
function phraseWith(modifier: string, termText: string, whole: boolean): string | undefined {
  if (whole) return `${modifier} ${termText}`;
  if (modifier.endsWith('-')) {
    const hyphen = termText.indexOf('-');
    const space = termText.search(/\s/);
    if (hyphen <= 0 || (space >= 0 && space < hyphen)) return undefined;
    return modifier + termText.slice(hyphen + 1);
  }
  const space = termText.search(/\s/);
  return space > 0 ? modifier + termText.slice(space) : undefined;
}

/**
 * Whether a modifier that is itself a term may be read as a modifier: a singular word ("osteoclast and
 * osteoblast differentiation", not "MSCs and macrophage migration") whose combined term is a process.
 */
function modifierTermYields(own: Mention, modifierText: string, combined: Mention, isProcess: (id: string) => boolean): boolean {
  return !/s$/i.test(modifierText) && isProcess(combined.id) && combined.id !== own.id;
}

const isBlank = (c: string | undefined): boolean => c !== undefined && /\s/.test(c);

/** Where the blanks before `end` start (not before `from`). */
function skipBlanksBack(text: string, end: number, from: number): number {
  let e = end;
  while (e > from && isBlank(text[e - 1])) e--;
  return e;
}

/**
 * The word ending at `end` (letters, digits, hyphens; with `slash`, also "and/or"), starting with a letter
 * or a digit; undefined when there is none.
 */
function wordEndingAt(text: string, end: number, from: number, slash = false): { word: string; start: number } | undefined {
  let b = end;
  while (b > from && (slash ? /[\p{L}\d/-]/u : /[\p{L}\d-]/u).test(text[b - 1])) b--;
  while (b < end && text[b] === '-') b++;
  return b < end ? { word: text.slice(b, end), start: b } : undefined;
}

const CONJUNCTIONS = new Set(['and', 'or', 'and/or']);

/**
 * A modifier and the separator after it, ending at `end`: "osteogenic and ", "osteogenic, ",
 * "osteogenic, and ", "pro- and ". Read backwards by hand (no pattern scans the text before every term).
 */
function modifierBefore(text: string, end: number, from: number): { modifier: string; start: number } | undefined {
  const e = skipBlanksBack(text, end, from);
  let beforeSeparator: number;
  const conjunction = e < end ? wordEndingAt(text, e, from, true) : undefined;
  if (conjunction && CONJUNCTIONS.has(conjunction.word.toLowerCase())) {
    const c = skipBlanksBack(text, conjunction.start, from);
    if (text[c - 1] === ',') beforeSeparator = skipBlanksBack(text, c - 1, from);
    else if (c < conjunction.start) beforeSeparator = c;
    else return undefined;
  } else if (text[e - 1] === ',') beforeSeparator = skipBlanksBack(text, e - 1, from);
  else return undefined;
  const modifier = wordEndingAt(text, beforeSeparator, from);
  return modifier ? { modifier: modifier.word, start: modifier.start } : undefined;
}

/** "bone and cartilage ⟨regeneration⟩": a second modifier right before the term, after a conjunction and a first one. Returns where the second starts. */
function secondModifierBefore(text: string, at: number, from: number): { start: number; end: number } | undefined {
  const e = skipBlanksBack(text, at, from);
  if (e === at) return undefined;
  const second = wordEndingAt(text, e, from);
  if (!second || second.start + second.word.length !== e) return undefined;
  const c = skipBlanksBack(text, second.start, from);
  if (c === second.start) return undefined;
  const conjunction = wordEndingAt(text, c, from, true);
  if (!conjunction || !CONJUNCTIONS.has(conjunction.word.toLowerCase())) return undefined;
  return modifierBefore(text, second.start, from) ? { start: second.start, end: e } : undefined;
}

interface Candidate {
  start: number;
  end: number;
  mention: Mention;
}

/**
 * Adds the mentions of modifiers whose head is shared with a term after them. `isProcess` tells which ids
 * are processes (a modifier that is a term by itself gives way only to a process: see modifierTermYields).
 */
export function addElidedHeads(text: string, from: number, mentions: readonly Mention[], whole: WholeTerm, isProcess: (id: string) => boolean): Mention[] {
  const added: Candidate[] = [];
  const replaced = new Set<Mention>();
  const mentionAt = mentionFinder(mentions);
  for (const term of mentions) {
    const termText = text.slice(term.start, term.end);
    // "osteogenic and chondrogenic differentiation": the term begins with the second modifier.
    let end = term.start;
    let head: { text: string; whole: boolean } = { text: termText, whole: false };
    const second = /\s/.test(termText) ? undefined : secondModifierBefore(text, term.start, Math.max(from, term.start - LOOK_BACK));
    if (second && mentionAt(second.start, second.end) === undefined) {
      // "bone and cartilage regeneration": the second modifier stands outside a one-word term.
      end = second.start;
      head = { text: termText, whole: true };
    }
    for (let guard = 0; guard < 4; guard++) {
      const before = modifierBefore(text, end, Math.max(from, end - LOOK_BACK));
      if (!before) break;
      const { modifier, start } = before;
      const modifierEnd = start + modifier.length;
      const phrase = phraseWith(modifier, head.text, head.whole);
      const combined = phrase === undefined ? undefined : whole(phrase);
      if (!combined || combined.id === term.id) break;
      const own = mentionAt(start, modifierEnd);
      if (own && !(own.start === start && own.end === modifierEnd && modifierTermYields(own, modifier, combined, isProcess))) break;
      if (own) replaced.add(own);
      added.push({ start, end: modifierEnd, mention: { start, end: modifierEnd, id: combined.id, ids: combined.ids } });
      end = start;
    }
  }
  addElidedOfHeads(text, from, mentions, whole, isProcess, mentionAt, added);
  if (added.length === 0) return [...mentions];
  return [...mentions.filter((m) => !replaced.has(m)), ...added.map((c) => c.mention)].sort((a, b) => a.start - b.start);
}

/**
 * Nouns that share "of" and its term: "the differentiation and survival of osteoclasts", "differentiation,
 * maturation, activation, and survival of osteoclasts". When the last noun with the term is no spelling
 * the matcher knows, each noun before it that is ("differentiation of osteoclasts") becomes a mention of
 * that term, spanning the noun alone. Pushes onto `added`.
 */
function addElidedOfHeads(text: string, from: number, mentions: readonly Mention[], whole: WholeTerm, isProcess: (id: string) => boolean, mentionAt: (s: number, e: number) => Mention | undefined, added: Candidate[]): void {
  for (const term of mentions) {
    const of = skipBlanksBack(text, term.start, from);
    if (of === term.start || text.slice(of - 2, of).toLowerCase() !== 'of' || !isBlank(text[of - 3])) continue;
    const last = wordEndingAt(text, skipBlanksBack(text, of - 2, from), from);
    if (!last || mentionAt(last.start, last.start + last.word.length) !== undefined) continue;
    // ("… of monocytes/macrophages": the cells after the slash share the phrase too.)
    const partner = text[term.end] === '/' ? mentionAt(term.end + 1, term.end + 2) : undefined;
    const named = partner && partner.start === term.end + 1 ? [term, partner] : [term];
    for (const t of named) {
      const tail = `of ${text.slice(t.start, t.end)}`;
      const count = added.length;
      addSharedOf(text, from, last.start, tail, t, whole, isProcess, mentionAt, added);
      // ("the phagocytic and antigen-presenting capacity of macrophages": adjectives sharing the noun and its
      // term, the first with the noun before "of" makes "phagocytic capacity of macrophages".)
      const second = wordEndingAt(text, skipBlanksBack(text, last.start, from), from);
      if (second && second.start + second.word.length < last.start && mentionAt(second.start, second.start + second.word.length) === undefined) {
        addSharedOf(text, from, second.start, `${last.word} ${tail}`, t, whole, isProcess, mentionAt, added);
      }
      if (added.length > count) break;
    }
  }
}

/** The words listed before `end` ("A, B and …") that make a process with `tail`, each a mention of it. */
function addSharedOf(text: string, from: number, end: number, tail: string, term: Mention, whole: WholeTerm, isProcess: (id: string) => boolean, mentionAt: (s: number, e: number) => Mention | undefined, added: Candidate[]): void {
  let at = end;
  for (let guard = 0; guard < 4; guard++) {
    const before = modifierBefore(text, at, Math.max(from, at - LOOK_BACK));
    if (!before) break;
    const { modifier, start } = before;
    const modifierEnd = start + modifier.length;
    if (mentionAt(start, modifierEnd) !== undefined) break;
    const combined = whole(`${modifier} ${tail}`);
    if (combined && isProcess(combined.id) && combined.id !== term.id) added.push({ start, end: modifierEnd, mention: { start, end: modifierEnd, id: combined.id, ids: combined.ids } });
    at = start;
  }
}
