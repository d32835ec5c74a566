/**
 * The healing of a lesion named by the lesion: "the repair of critical-sized calvarial defects", "healing of
 * large segmental bone defects", "calvarial defect healing". Authors name the process this way far more often
 * than any list of spellings could hold (a model, a size, a species and a site before "defects"); the lexicon
 * says which process is the repair of which lesion class (attributes.repairs), and here a noun of healing,
 * "of", a few plain modifiers and a lesion of that class become one mention of the process. Without it the
 * sentence names the lesion, and "MSCs accelerated the repair of rat calvarial defects" reads as MSCs
 * promoting the defect.
 */
import type { Mention } from './matcher';

/**
 * Nouns that name healing when followed by "of" and a lesion, or when written after it ("defect healing").
 * The one table of them: the modifiers and the lesion come from the text and the lexicon.
 */
const REPAIR_NOUNS: ReadonlySet<string> = new Set(['repair', 'healing', 'regeneration', 'reconstruction', 'restoration', 'closure', 'bridging', 'filling']);

/** Words between "of" and the lesion that end the frame: a new phrase, not a modifier of the lesion. */
const FRAME_BREAKERS: ReadonlySet<string> = new Set(['and', 'or', 'in', 'with', 'by', 'from', 'to', 'on', 'at', 'for', 'after', 'via', 'than', 'but', 'not']);

/** Most modifier words between "of" (or its article) and the lesion ("critical-sized rat calvarial"). */
const MAX_MODIFIERS = 3;

/** Articles and determiners right after "of". */
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'these', 'those', 'a', 'an', 'such']);

/** A character of a modifier word, hyphens included ("critical-sized", "5-mm"). */
function isModifierChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}-]/u.test(ch);
}

/** The word that ends right before `end` (past one blank), with where it starts; undefined at a mark. */
function plainWordBefore(text: string, end: number, from: number): { start: number; word: string } | undefined {
  let p = end;
  if (p <= from || text[p - 1] !== ' ') return undefined;
  p--;
  const wordEnd = p;
  while (p > from && isModifierChar(text[p - 1])) p--;
  return p < wordEnd ? { start: p, word: text.slice(p, wordEnd).toLowerCase() } : undefined;
}

/** Where "REPAIR-NOUN of [the] [modifiers]" before the lesion at `lesionStart` starts, if it does. */
function frameStartBefore(text: string, lesionStart: number, from: number): number | undefined {
  let at = lesionStart;
  let modifiers = 0;
  let determiner = false;
  for (;;) {
    const w = plainWordBefore(text, at, from);
    if (!w || FRAME_BREAKERS.has(w.word)) return undefined;
    if (w.word === 'of') {
      const noun = plainWordBefore(text, w.start, from);
      return noun && REPAIR_NOUNS.has(noun.word) ? noun.start : undefined;
    }
    // (Only one determiner, and nothing between it and "of".)
    if (determiner) return undefined;
    if (DETERMINERS.has(w.word)) determiner = true;
    else if (++modifiers > MAX_MODIFIERS) return undefined;
    at = w.start;
  }
}

/** Where a repair noun written right after the lesion ends ("calvarial defect healing"), if one is. */
function nounAfter(text: string, lesionEnd: number, to: number): number | undefined {
  if (text[lesionEnd] !== ' ') return undefined;
  let p = lesionEnd + 1;
  while (p < to && isModifierChar(text[p])) p++;
  return p > lesionEnd + 1 && REPAIR_NOUNS.has(text.slice(lesionEnd + 1, p).toLowerCase()) ? p : undefined;
}

/** The repairing process of the first of a mention's terms that is a lesion the lexicon names a repair of. */
function repairOf(m: Mention, repairs: ReadonlyMap<string, string>): string | undefined {
  for (const id of m.ids) {
    const process = repairs.get(id);
    if (process !== undefined) return process;
  }
  return undefined;
}

/**
 * The mentions with every lesion named as what heals ("repair of critical-sized calvarial defects") read,
 * with its frame, as the repairing process. `repairs` maps each lesion (a class and its kinds) to that
 * process (LexiconIndex.lesionRepairs). Only a frame no other term reaches into is read: the words before
 * the lesion must be plain modifiers, and a term there ("repair of MSC-seeded defects") keeps the sentence
 * as it was.
 */
export function addLesionRepairs(text: string, from: number, to: number, mentions: readonly Mention[], repairs: ReadonlyMap<string, string>): Mention[] {
  let out: Mention[] | undefined;
  for (const m of mentions) {
    const process = repairOf(m, repairs);
    if (process === undefined) continue;
    const start = frameStartBefore(text, m.start, from);
    const end = start === undefined ? nounAfter(text, m.end, to) : m.end;
    if (end === undefined) continue;
    const span = { start: start ?? m.start, end };
    // (A bare noun of healing the lexicon names, "healing" or "regeneration", is part of the frame; any
    // other term inside it, or one reaching past it, leaves the sentence as it was.)
    const inside = mentions.filter((x) => x !== m && x.start < span.end && span.start < x.end);
    if (inside.some((x) => x.start < span.start || x.end > span.end || !REPAIR_NOUNS.has(text.slice(x.start, x.end).toLowerCase()))) continue;
    out ??= [...mentions];
    out = out.filter((x) => x !== m && !inside.includes(x));
    out.push({ start: span.start, end: span.end, id: process, ids: [process] });
  }
  return out === undefined ? [...mentions] : out.sort((a, b) => a.start - b.start);
}
