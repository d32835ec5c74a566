/**
 * "miR-21", "microRNA-146a-5p": a class whose members are named by the class's own name and a number
 * (attributes.numberedMembers). A member the lexicon does not hold is still a member: it is read as the
 * class, the number kept in the mention, where it would otherwise be no term at all ("miR" before a number
 * is no word, and "Interleukin-27" must not read as a family the lexicon names for its own meaning).
 */
import { isWordChar } from '../normalize';

/** A class and one of its spellings, in lower case: what a numbered member starts with. */
export interface NumberedClass {
  readonly spelling: string;
  readonly id: string;
}

/** How many characters after the class's spelling a member's number may take ("-146a-5p"). */
const NUMBER_REACH = 16;
// linear: one anchored run of digits, an optional letter and an optional strand, on a slice of at most NUMBER_REACH characters.
const MEMBER_NUMBER = /^-\d{1,5}[a-z]?(?:-[35]p)?(?![\p{L}\d])/u;

/** The numbered member of a class starting at i, as the class and where its number ends; undefined if none. */
export function numberedMemberAt(text: string, i: number, to: number, classes: readonly NumberedClass[]): { end: number; id: string } | undefined {
  if (i > 0 && isWordChar(text[i - 1])) return undefined;
  // (Asked at every word start: a word that starts with no class's first letter is answered at once.)
  const first = text[i].toLowerCase();
  for (const c of classes) {
    if (c.spelling[0] !== first) continue;
    const end = i + c.spelling.length;
    if (end >= to || text[end] !== '-' || text.slice(i, end).toLowerCase() !== c.spelling) continue;
    const number = MEMBER_NUMBER.exec(text.slice(end, Math.min(to, end + NUMBER_REACH)));
    if (number) return { end: end + number[0].length, id: c.id };
  }
  return undefined;
}
