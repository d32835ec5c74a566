/**
 * The sentence as the phrase-pattern rules (attribute, process-adjective) read it: lowercased, blanks
 * collapsed to one, emphasis marks dropped, every term a placeholder word ("zqzxa"), or spelled out when
 * the rule reads a class by its words ("pro-inflammatory factor"). One builder, so both rules see the
 * same text and map a placeholder back to its mention the same way.
 */
import { placeholderFor } from '../tokens';
import type { SentenceView } from './view';

// A placeholder is zqzx and at most four letters (placeholderFor), so a run of glued placeholders cannot
// be read in many ways; in the collapsed text `\s` stands for any run of blanks.
export const PH = 'zqzx[a-z]{1,4}';
/** Terms in a list: "X, Y and Z", "X as well as Y". */
export const GROUP = `${PH}(?:\\s?(?:,\\s?(?:and\\s|or\\s)?|,?\\sand\\s|,?\\sor\\s|\\sas\\swell\\sas\\s)${PH})*`;
export const LIST_GROUP = `${PH}(?:\\s?(?:,\\s?(?:and\\s|or\\s)?|,?\\sand\\s|,?\\sor\\s)${PH})*`;
/** Verbs by which a term has or shows what an adjective and a noun name ("IL-10 has anti-inflammatory effects", "IL-4 plays an anti-osteoclastogenic role"). */
export const HAS_VERBS = '(?:has|have|had|exerts?|exerted|shows?|showed|displays?|displayed|possess(?:es)?|possessed|exhibits?|exhibited|plays?|played)';

export interface PatternText {
  text: string;
  /** Placeholder → index into the view's mentions. */
  mentionOf: ReadonlyMap<string, number>;
  /** The sentence hedges somewhere ("may", "suggest", "likely"). */
  hedged: boolean;
}

/** `spelledOut` gives the words a term is read as instead of a placeholder, when a rule wants them. */
export function patternText(v: SentenceView, spelledOut: (id: string, written: string) => string | undefined = () => undefined): PatternText {
  const { text } = v;
  let s = '';
  let at = 0;
  const mentionOf = new Map<string, number>();
  v.mentions.forEach((m, k) => {
    s += text.slice(at, m.start);
    const words = spelledOut(m.id, text.slice(m.start, m.end));
    if (words !== undefined) s += words;
    else {
      const ph = placeholderFor(k).toLowerCase();
      mentionOf.set(ph, k);
      s += ph;
    }
    at = m.end;
  });
  // Emphasis marks (**pro-inflammatory**, _anti-inflammatory_) are not words.
  const out = (s + text.slice(at)).toLowerCase().replace(/[*_]+/g, ' ').replace(/\s+/g, ' ');
  return { text: out, mentionOf, hedged: /\b(may|might|could|possibly|perhaps|potentially|suggest|suggests|suggested|likely)\b/.test(out) };
}

/**
 * The match of `re` (global) in the sentence nearest to the term at [start, end) and not overlapping it:
 * the word that gave the term its attribute or process, for the claim's cue.
 */
export function nearestMatch(text: string, start: number, end: number, re: RegExp): { start: number; end: number } | undefined {
  let best: { start: number; end: number } | undefined;
  let bestDistance = Infinity;
  for (const m of text.matchAll(re)) {
    const d = m.index >= end ? m.index - end : start - (m.index + m[0].length);
    if (d >= 0 && d < bestDistance) { bestDistance = d; best = { start: m.index, end: m.index + m[0].length }; }
  }
  return best;
}

/** The placeholders of a matched group, as indices into the view's mentions. */
export function mentionsInGroup(group: string, t: PatternText): number[] {
  const out: number[] = [];
  for (const ph of group.match(new RegExp(PH, 'g')) ?? []) {
    const k = t.mentionOf.get(ph);
    if (k !== undefined) out.push(k);
  }
  return out;
}
