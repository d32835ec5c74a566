/**
 * Coordinated modifiers that share one head: "osteogenic and chondrogenic differentiation of MSCs",
 * "bone and cartilage regeneration", "pro- and anti-inflammatory cytokines", "osteoclast and osteoblast
 * differentiation". The author wrote the head once; the first modifier names its own term ("osteogenic
 * differentiation of MSCs") although only the modifier is on the page. Such a modifier becomes a mention of
 * that term, spanning the modifier alone, when the modifier with the shared head is, as a whole, a
 * spelling the matcher knows.
 */
import type { Mention } from './matcher';

/** Matches a whole phrase to one term, or nothing (the matcher, given by the caller). */
export type WholeTerm = (phrase: string) => Mention | undefined;

/** How far back a list of modifiers is read, in characters. */
const LOOK_BACK = 80;

// One modifier word (or a prefix ending in a hyphen), then a comma or a conjunction at the end of the slice.
// linear: read on at most 80 characters before a term (LOOK_BACK).
const MODIFIER_BEFORE = /([\p{L}\d][\p{L}\d-]*)\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|and\/or)\s+)$/u;
// The same, followed by a second modifier word that the term does not include ("bone and cartilage ⟨regeneration⟩").
// linear: read on at most 80 characters before a term (LOOK_BACK).
const MODIFIER_PAIR_BEFORE = /([\p{L}\d][\p{L}\d-]*)\s+(?:and|or|and\/or)\s+([\p{L}\d][\p{L}\d-]*)\s+$/u;

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
  const mentionAt = (s: number, e: number): Mention | undefined => mentions.find((m) => m.start < e && s < m.end);
  for (const term of mentions) {
    const termText = text.slice(term.start, term.end);
    // "osteogenic and chondrogenic differentiation": the term begins with the second modifier.
    let end = term.start;
    let head: { text: string; whole: boolean } = { text: termText, whole: false };
    const pair = MODIFIER_PAIR_BEFORE.exec(text.slice(Math.max(from, term.start - LOOK_BACK), term.start));
    if (pair && !/\s/.test(termText)) {
      // "bone and cartilage regeneration": the second modifier stands outside a one-word term.
      const secondStart = term.start - (pair[0].length - pair[0].lastIndexOf(pair[2]));
      if (mentionAt(secondStart, secondStart + pair[2].length) === undefined) {
        end = secondStart;
        head = { text: termText, whole: true };
      }
    }
    for (let guard = 0; guard < 4; guard++) {
      const before = MODIFIER_BEFORE.exec(text.slice(Math.max(from, end - LOOK_BACK), end));
      if (!before) break;
      const modifier = before[1];
      const start = end - before[0].length;
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
  if (added.length === 0) return [...mentions];
  return [...mentions.filter((m) => !replaced.has(m)), ...added.map((c) => c.mention)].sort((a, b) => a.start - b.start);
}
