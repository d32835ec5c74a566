/**
 * Spellings generated from a curator's variant, so curators list a name once: Greek letters spelled
 * out and as the single ASCII letter lab notebooks use (TNF-α → TNF-alpha, TNFa), and US/UK spellings.
 * Hyphen/space forms need no generation: the key drops separators.
 */
import { GREEK_LETTERS, isCaseSensitiveVariant } from '../normalize';

const SPELLING_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['tumor', 'tumour'], ['signaling', 'signalling'], ['polariz', 'polaris'], ['mineraliz', 'mineralis'],
  ['remodeling', 'remodelling'], ['hematop', 'haematop'], ['orthopedic', 'orthopaedic'], ['leukocyte', 'leucocyte'],
  ['mobiliz', 'mobilis'], ['stabiliz', 'stabilis'], ['recogniz', 'recognis'], ['characteriz', 'characteris'],
  ['toward ', 'towards '], ['behavior', 'behaviour'], ['anemia', 'anaemia'], ['edema', 'oedema'],
];

const LETTER_TO_ASCII: Readonly<Record<string, string>> = {
  α: 'a', β: 'b', γ: 'g', δ: 'd', κ: 'k', ε: 'e',
};

/** Greek letter → its name, each letter once (the names hold no Greek letter, so one pass does it). */
const NAME_OF_LETTER: Readonly<Record<string, string>> = Object.fromEntries([...Object.entries(GREEK_LETTERS).map(([name, letter]) => [letter, name]), ['φ', 'phi']]);

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Any spelling of any pair: most variants have none, and are passed over with one test. */
const ANY_SPELLING = new RegExp(SPELLING_PAIRS.flat().map(escapeRegExp).join('|'), 'i');

const NON_ASCII = /[^\x00-\x7F]/;

/** What an ASCII variant needs for any form to be generated: a spelled-out Greek name or a spelling of a pair. */
const ASCII_TRIGGERS = new RegExp(['alpha', 'beta', 'gamma', 'delta', 'kappa', ...SPELLING_PAIRS.flat()].map(escapeRegExp).join('|'), 'i');

/** Each spelling's replacement pattern, made once (a user lexicon has hundreds of thousands of variants). */
const SPELLING_PATTERNS = new Map(SPELLING_PAIRS.flat().map((from) => [from, new RegExp(escapeRegExp(from), 'gi')]));

function swapSpellings(variant: string): string[] {
  const out: string[] = [];
  if (!ANY_SPELLING.test(variant)) return out;
  const lower = variant.toLowerCase();
  for (const [us, uk] of SPELLING_PAIRS) {
    if (lower.includes(us)) out.push(replaceKeepingCase(variant, us, uk));
    if (lower.includes(uk)) out.push(replaceKeepingCase(variant, uk, us));
  }
  return out;
}

function replaceKeepingCase(text: string, from: string, to: string): string {
  const re = SPELLING_PATTERNS.get(from) as RegExp;
  return text.replace(re, (m) => (m[0] === m[0].toUpperCase() ? to[0].toUpperCase() + to.slice(1) : to));
}

/**
 * `text` with each letter `by` names replaced (a loop, not a replace with a callback: tens of thousands
 * of Greek-lettered spellings in a large user lexicon).
 */
function replaceLetters(text: string, by: Readonly<Record<string, string>>): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const to = Object.prototype.hasOwnProperty.call(by, text[i]) ? by[text[i]] : undefined;
    if (to === undefined) continue;
    out += text.slice(from, i) + to;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Greek letter forms: spelled-out name and, for symbols, the single ASCII letter. */
function greekForms(variant: string): string[] {
  const out: string[] = [];
  if (/[αβγδεκλμϕφθωτσ]/u.test(variant)) {
    out.push(replaceLetters(variant, NAME_OF_LETTER));
    if (isCaseSensitiveVariant(variant)) {
      const ascii = replaceLetters(variant, LETTER_TO_ASCII);
      const changed = ascii !== variant && !/[^\x00-\x7F]/.test(ascii);
      // "NF-kB"-style forms only make sense when the letter follows a symbol, not inside words.
      if (changed) {
        out.push(ascii);
        const glued = ascii.replace(/-(?=[a-z]\d*$)/, '');
        if (glued !== ascii) out.push(glued);
      }
    }
  } else {
    // Spelled-out Greek written by the curator: add the letter form ("TNF-alpha" → "TNF-α").
    const m = /\b(alpha|beta|gamma|delta|kappa)\b/i.exec(variant);
    if (m) out.push(variant.replace(/(^|[\s-])(alpha|beta|gamma|delta|kappa)(?=\b)/gi, (_all, pre: string, name: string) => pre + GREEK_LETTERS[name.toLowerCase()]));
  }
  return out;
}

/**
 * Whether expandVariant(variant) is [variant] alone: most variants are ASCII without a Greek name or a
 * US/UK spelling, and a caller of half a million can take them as they are, with no list made.
 */
export function generatesNoForms(variant: string): boolean {
  return !NON_ASCII.test(variant) && !ASCII_TRIGGERS.test(variant); // two tests: one regex of both is slower
}

/** All spellings generated from one variant, the variant itself first. */
export function expandVariant(variant: string): string[] {
  if (generatesNoForms(variant)) return [variant];
  // A short list searched, in the order a set would keep them: the variant, its Greek forms, their US/UK swaps.
  const out = [variant];
  for (const g of greekForms(variant)) if (!out.includes(g)) out.push(g);
  const formed = out.length;
  for (let k = 0; k < formed; k++) for (const s of swapSpellings(out[k])) if (!out.includes(s)) out.push(s);
  return out;
}

/** Plural forms the matcher also accepts: +s, +es after s/x/ch/sh, y → ies. */
export function pluralOf(word: string): string | undefined {
  if (/[^\p{L}\p{N}]$/u.test(word)) return undefined;
  if (/(s|x|ch|sh)$/i.test(word)) return /(is)$/i.test(word) ? undefined : `${word}es`;
  if (/[^aeiou]y$/i.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}

const isAsciiAlnum = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isAsciiVowel = (c: number): boolean => c === 97 || c === 101 || c === 105 || c === 111 || c === 117; // a e i o u, lowercased

/**
 * The plural pluralOf makes when it is not the plain +s the matcher accepts by itself (+es, y → ies),
 * else undefined. The index asks this of every spelling (half a million in a large user lexicon): a word
 * ending in two ASCII characters (nearly all) is answered from their codes, without pluralOf's regexes.
 */
export function irregularPluralOf(word: string): string | undefined {
  const n = word.length;
  const last = word.charCodeAt(n - 1);
  const before = n >= 2 ? word.charCodeAt(n - 2) : 0;
  if (n === 0 || last >= 0x80 || before >= 0x80) {
    const pl = pluralOf(word);
    return pl !== undefined && pl !== `${word}s` ? pl : undefined;
  }
  if (!isAsciiAlnum(last)) return undefined;
  const z = last | 0x20; // lowercased, for a letter
  const y = n >= 2 && isAsciiAlnum(before) ? before | 0x20 : before;
  if (z === 0x73) return y === 0x69 ? undefined : `${word}es`; // …s, but not …is
  if (z === 0x78 || (z === 0x68 && (y === 0x63 || y === 0x73))) return `${word}es`; // …x, …ch, …sh
  if (z === 0x79 && n >= 2 && !isAsciiVowel(y)) return `${word.slice(0, -1)}ies`; // …y after a consonant
  return undefined;
}

