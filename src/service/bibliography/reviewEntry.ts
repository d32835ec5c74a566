/**
 * The review as a BibTeX/BibLaTeX `@article` entry (fields both understand: journal, year, number),
 * with LaTeX special characters escaped and accents written as LaTeX commands, and a key in the usual
 * author-year-word form (`zhang2024interplay`), unique against the keys a bibliography already has.
 */
import type { ReviewRecord } from '../../core/lexicon/types';
import { asciiFold } from './normalize';

const ACCENTS: Readonly<Record<string, string>> = { '\u0301': "'", '\u0300': '`', '\u0302': '^', '\u0308': '"', '\u0303': '~', '\u0304': '=', '\u0327': 'c ', '\u030C': 'v ', '\u0306': 'u ', '\u030B': 'H ', '\u0307': '.', '\u030A': 'r ' };
const SPECIAL: Readonly<Record<string, string>> = { '\\': '\\textbackslash{}', '{': '\\{', '}': '\\}', '&': '\\&', '%': '\\%', $: '\\$', '#': '\\#', _: '\\_', '~': '\\textasciitilde{}', '^': '\\textasciicircum{}', 'ß': '{\\ss}', 'ø': '{\\o}', 'Ø': '{\\O}', 'æ': '{\\ae}', 'Æ': '{\\AE}', 'ł': '{\\l}', 'Ł': '{\\L}', '–': '--', '—': '---' };

/** Text as a BibTeX field value: specials escaped, accented letters as `{\'e}`. */
export function latexEscape(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFD')) {
    const accent = ACCENTS[ch];
    if (accent !== undefined && out.length > 0) {
      // The accent applies to the letter just written: `e` + U+0301 → `{\'e}`.
      const base = out[out.length - 1];
      out = `${out.slice(0, -1)}{\\${accent}${base}}`;
    } else out += SPECIAL[ch] ?? ch;
  }
  return out;
}

/** A title whose capitals survive a bibliography style's lower-casing: each capitalised word after the first in braces. */
function protectCapitals(title: string): string {
  return title.split(' ').map((w, i) => (i > 0 && /[A-Z]/.test(w) ? `{${w}}` : w)).join(' ');
}

/** "Zhang FF" (the review's Vancouver style) → "Zhang, F. F."; a "Family, Given" name stays. */
export function bibtexName(author: string): string {
  if (author.includes(',')) return author;
  const m = /^(.*\S)\s+([A-Z]{1,4})$/.exec(author.trim());
  return m ? `${m[1]}, ${m[2].split('').join('. ')}.` : author;
}

const STOP_WORDS = new Set(['a', 'an', 'the', 'on', 'of', 'in', 'and', 'for', 'to', 'from', 'between', 'with']);

/** `zhang2024interplay`, then `zhang2024interplaya`, `…b` while the key is taken. */
export function reviewKey(review: ReviewRecord, taken: ReadonlySet<string>): string {
  const family = asciiFold(bibtexName(review.authors[0] ?? 'review').split(',')[0]).toLowerCase().replace(/[^a-z0-9]/g, '');
  const word = asciiFold(review.title).toLowerCase().split(/[^a-z0-9]+/).find((w) => w && !STOP_WORDS.has(w)) ?? '';
  const base = `${family}${review.year}${word}`;
  const lower = new Set([...taken].map((k) => k.toLowerCase()));
  if (!lower.has(base)) return base;
  for (let i = 0; ; i++) {
    const suffix = i < 26 ? String.fromCharCode(97 + i) : String(i);
    if (!lower.has(base + suffix)) return base + suffix;
  }
}

export function reviewBibtex(review: ReviewRecord, key: string): string {
  const fields: Array<[string, string | undefined]> = [
    ['author', review.authors.map((a) => latexEscape(bibtexName(a))).join(' and ')],
    ['title', protectCapitals(latexEscape(review.title))],
    ['journal', latexEscape(review.journal)],
    ['year', String(review.year)],
    ['volume', review.volume && latexEscape(review.volume)],
    ['number', review.issue && latexEscape(review.issue)],
    ['pages', review.pages && latexEscape(review.pages.replace(/-+/g, '--'))],
    ['doi', review.doi && latexEscape(review.doi)],
  ];
  const body = fields.filter((f): f is [string, string] => f[1] !== undefined).map(([k, v]) => `  ${k} = {${v}},`).join('\n');
  return `@article{${key},\n${body}\n}\n`;
}
