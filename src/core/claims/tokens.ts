/**
 * A candidate sentence as tokens: entity mentions are masked as placeholder words before compromise
 * reads the sentence (so "IL-1β" or "TNF-α-induced" cannot confuse its tokenizer), then mapped back.
 */
import { getNlp, type Term } from './nlp';

export interface SentenceMention {
  start: number;
  end: number;
  id: string;
  type: string;
  ambiguous: boolean;
  /** A pronoun or "the cytokine" standing for a term named earlier (coreference.ts). */
  ref?: boolean;
}

export interface Tok extends Term {
  i: number;
  /** Index into the mentions when this token is a masked entity. */
  ent?: number;
  /** Offsets in the original sentence text. */
  ostart: number;
  oend: number;
}

export interface TokenizedSentence {
  toks: Tok[];
  mentions: SentenceMention[];
  /** Lowercased sentence with placeholders, for phrase tests. */
  masked: string;
}

const PLACEHOLDER = 'Zqzx';

export function placeholderFor(k: number): string {
  let s = '';
  let n = k;
  do {
    s = String.fromCharCode(97 + (n % 26)) + s;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return `${PLACEHOLDER}${s}`;
}

interface Segment {
  mstart: number;
  ostart: number;
  length: number;
  olength: number;
}

export function tokenize(text: string, mentions: SentenceMention[]): TokenizedSentence {
  let masked = '';
  const segments: Segment[] = [];
  let at = 0;
  const placeholderIndex = new Map<string, number>();
  mentions.forEach((m, k) => {
    // "tumor necrosis factor α (TNF-α)-induced": the parentheses go with the abbreviation, so the
    // compound reads "TNF-α-induced" and the term stays a term.
    const bracketed = m.start > at && text[m.start - 1] === '(' && text.startsWith(')-', m.end);
    const start = bracketed ? m.start - 1 : m.start;
    const end = bracketed ? m.end + 1 : m.end;
    if (start > at) {
      // "CXCL3/CXCL6/CXCL14": spaced so the tagger sees three terms and the slashes between them.
      const gap = text.slice(at, start) === '/' && k > 0 ? ' / ' : text.slice(at, start);
      segments.push({ mstart: masked.length, ostart: at, length: gap.length, olength: start - at });
      masked += gap;
    }
    const ph = placeholderFor(k);
    placeholderIndex.set(ph.toLowerCase(), k);
    segments.push({ mstart: masked.length, ostart: start, length: ph.length, olength: end - start });
    masked += ph;
    at = end;
  });
  if (at < text.length) {
    segments.push({ mstart: masked.length, ostart: at, length: text.length - at, olength: text.length - at });
    masked += text.slice(at);
  }
  const flat = masked.replace(/[\n\r\t]/g, ' ');
  // Tokens come in order, so one cursor over the segments maps every offset back in linear time.
  let seg = 0;
  const mapBack = (m: number, isEnd: boolean): number => {
    while (seg < segments.length - 1 && m > segments[seg].mstart + segments[seg].length) seg++;
    while (seg > 0 && m < segments[seg].mstart) seg--;
    const s = segments[seg];
    if (!s) return isEnd ? text.length : 0;
    if (s.length !== s.olength) return isEnd ? s.ostart + s.olength : s.ostart;
    return s.ostart + Math.min(m - s.mstart, s.length);
  };
  const terms = getNlp().terms(flat);
  const toks: Tok[] = new Array<Tok>(terms.length);
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i];
    // "time[20]": a citation glued to a word is not part of it.
    const lower = trimPunctuation(t.lower.includes('[') ? t.lower.replace(/\[[\d,\s–-]*\]?$/, '') : t.lower);
    toks[i] = {
      text: t.text, lower, pre: t.pre, post: t.post, tags: t.tags, start: t.start, end: t.end,
      i, ent: lower.startsWith('zqzx') ? placeholderIndex.get(lower) : undefined,
      ostart: mapBack(t.start, false), oend: mapBack(t.end, true),
    };
  }
  return { toks, mentions, masked: flat.toLowerCase() };
}

/** True when the token ends a clause by punctuation (";", ":") in its trailing text. */
export function endsClause(t: Tok): boolean {
  return /[;:]/.test(t.post);
}

export function hasComma(t: Tok): boolean {
  return t.post.includes(',');
}

function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c > 127;
}

/** Drops leading and trailing punctuation ("(IL-4," → "il-4"); a hot path, so no Unicode regex. */
function trimPunctuation(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && !isWordCode(s.charCodeAt(a))) a++;
  while (b > a && !isWordCode(s.charCodeAt(b - 1))) b--;
  return a === 0 && b === s.length ? s : s.slice(a, b);
}
