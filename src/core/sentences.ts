/**
 * Sentence splitting on prose text. Survives the abbreviations of scientific writing (et al., e.g.,
 * i.e., Fig. 2, vs., ca.), numbered citations before or after the full stop ([104]., .[4,5]) and
 * parenthetical citations; a hard-wrapped sentence is one sentence; blank lines and forced breaks end one.
 */
import { detached } from './detach';
import { blankLineAt, isLineBreak } from './lineBreaks';
import type { Span } from './types';

export interface Sentence extends Span {
  text: string;
}

/** Words that end with a full stop without ending the sentence (compared lowercased). */
const ABBREVIATIONS = new Set([
  'al', 'e.g', 'i.e', 'eg', 'ie', 'fig', 'figs', 'vs', 'ca', 'cf', 'approx', 'ref', 'refs', 'eq', 'eqs', 'no', 'nos',
  'dr', 'prof', 'mr', 'mrs', 'ms', 'st', 'suppl', 'tab', 'resp', 'viz', 'sp', 'spp', 'vol', 'pp', 'p', 'ed', 'eds',
  'incl', 'corp', 'inc', 'ltd', 'co', 'dept', 'univ', 'min', 'max', 'sec', 'h', 'mg', 'ml', 'mol', 'conc', 'temp',
  'var', 'subsp', 'sect', 'chap', 'ch', 'appx', 'u.s', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept',
  'oct', 'nov', 'dec', 'est', 'etc',
]);

/** Abbreviated units (of ABBREVIATIONS) that end a sentence after a number when a capital follows ("for 24 h. The …"). */
const UNITS = new Set(['h', 'min', 'sec', 'mg', 'ml', 'mol']);

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
}

/** Longest word read back from a full stop: abbreviations are short, and a cap keeps "a.a.a.…" linear. */
const ABBREVIATION_MAX = 24;

/** Word (letters and inner dots) just before a full stop at `dot`. */
function wordBefore(text: string, dot: number): string {
  let i = dot - 1;
  const stop = Math.max(-1, dot - 1 - ABBREVIATION_MAX);
  while (i > stop && /[A-Za-z.]/.test(text[i])) i--;
  return text.slice(i + 1, dot).toLowerCase();
}

/** True when a full stop at `dot` belongs to an abbreviation or an initial, not to a sentence end. */
function isAbbreviation(text: string, dot: number, nextChar: string): boolean {
  const word = wordBefore(text, dot);
  if (word === '') return false;
  // ("… a target of miR-21a-5p. IL-4 …": letters glued to a number end a name, not an abbreviation.)
  if (/[0-9]/.test(text[dot - word.length - 1] ?? '')) return false;
  // ("The cells were stimulated for 24 h. The medium …": a unit after its number, before a capital.)
  if (UNITS.has(word) && /[0-9] ?$/.test(text.slice(Math.max(0, dot - word.length - 2), dot - word.length)) && /\p{Lu}/u.test(nextChar)) return false;
  if (word === 'etc') return /[a-z]/.test(nextChar); // "etc." may well end a sentence
  if (ABBREVIATIONS.has(word)) return true;
  if (/^[a-z]$/i.test(word) && /[A-Z]/.test(word) && /[A-Z]/.test(nextChar)) return true; // initials: "Pittenger M. F."
  return /^([a-z]\.)+[a-z]?$/i.test(word); // dotted abbreviations not listed (a.k.a.)
}

/** "group.Conclusions": a lowercase word, the stop at `dot`, then a capitalised word of at least three letters. */
function gluedSentenceStart(text: string, dot: number): boolean {
  return dot >= 2 && /[a-z]{2}/.test(text.slice(dot - 2, dot)) && /^[A-Z][a-z]{2,}\b/.test(text.slice(dot + 1, dot + 16));
}

export function splitSentences(text: string, from: number, to: number, breaks: readonly number[]): Sentence[] {
  const out: Sentence[] = [];
  let start = from;
  let bi = 0;
  while (bi < breaks.length && breaks[bi] < from) bi++;
  const push = (s: number, e: number): void => {
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e, text: detached(text.slice(s, e)) }); // kept in caches: must not pin the document
  };
  let i = from;
  while (i < to) {
    if (bi < breaks.length && breaks[bi] <= i) {
      if (breaks[bi] > start) push(start, breaks[bi]);
      if (breaks[bi] >= start) start = breaks[bi];
      bi++;
      continue;
    }
    const c = text.charCodeAt(i);
    if (isLineBreak(c)) {
      // A blank line (only spaces and tabs between two line breaks) ends a paragraph.
      const second = blankLineAt(text, i, to);
      if (second >= 0) {
        push(start, i);
        start = second;
        i = second;
        continue;
      }
      i++;
      continue;
    }
    if (c === 46 || c === 63 || c === 33) {
      // Consume what may stand between the stop and the next sentence: more stops, quotes,
      // closing brackets, and a numbered citation written after the stop (".[62]").
      let j = i + 1;
      while (j < to && /[.?!"'”’)\]]/.test(text[j])) j++;
      const cite = /^\[[\d,\s–—-]+\]/.exec(text.slice(j, j + 40));
      if (cite) j += cite[0].length;
      if (j >= to) { i = j; continue; }
      if (!isSpace(text.charCodeAt(j))) {
        // "…in the control group.Conclusions Heat shock …": a stop with no space after it, between a
        // lowercase word and a capitalised one, still ends the sentence (pasted and scraped text).
        if (c === 46 && j === i + 1 && gluedSentenceStart(text, i) && !isAbbreviation(text, i, text[j])) { push(start, j); start = j; }
        i = j;
        continue;
      }
      let k = j;
      while (k < to && isSpace(text.charCodeAt(k))) k++;
      const next = text[k] ?? '';
      if (c === 46) {
        if (isAbbreviation(text, i, next)) { i = j; continue; }
        const nextWord = /^[\p{L}\p{N}-]+/u.exec(text.slice(k, k + 30))?.[0] ?? '';
        const startsSentence = /[A-Z0-9\p{Lu}"'“‘(\[\\*_αβγκ]/u.test(next) || /[A-Z0-9]/.test(nextWord); // "… cells. miR-466 …"
        if (!startsSentence) { i = j; continue; }
      }
      push(start, j);
      start = j;
      i = j;
      continue;
    }
    i++;
  }
  while (bi < breaks.length && breaks[bi] < to) {
    if (breaks[bi] > start) { push(start, breaks[bi]); start = breaks[bi]; }
    bi++;
  }
  push(start, to);
  return out;
}
