/**
 * Normalisation shared by the lexicon index and the matcher, so that a variant written by a curator
 * and the same term typed by an author always produce the same key.
 *
 * Key rules: NFKC; every dash and every white-space character is a separator and is dropped
 * (IL-4 = IL4 = IL 4); Greek letters are spelled out (α → alpha); case is folded unless the variant
 * is symbol-like (an uppercase letter after its first character: NO, OPG, NFATc1), so that short
 * symbols do not fire on ordinary words.
 */

const GREEK_NAMES: Readonly<Record<string, string>> = {
  α: 'alpha', β: 'beta', γ: 'gamma', δ: 'delta', ε: 'epsilon', κ: 'kappa', λ: 'lambda',
  μ: 'mu', µ: 'mu', ϕ: 'phi', φ: 'phi', ɸ: 'phi', θ: 'theta', ω: 'omega', τ: 'tau', σ: 'sigma',
  Α: 'alpha', Β: 'beta', Γ: 'gamma', Δ: 'delta', Κ: 'kappa', Φ: 'phi',
  // Look-alikes typed for a Greek letter: Latin kra in "NF-ĸB", the German sharp s in "TGF-ß" and
  // "IL-1ß" (common in abstracts typed on German keyboards); the micro sign is above.
  ĸ: 'kappa', ß: 'beta',
};

/** Spelled-out Greek name → letter, for generating variants. */
export const GREEK_LETTERS: Readonly<Record<string, string>> = {
  alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', epsilon: 'ε', kappa: 'κ', lambda: 'λ', mu: 'μ', phi: 'ϕ',
  theta: 'θ', omega: 'ω', tau: 'τ', sigma: 'σ',
};

const DASH_OR_SPACE = /[\s\u002D\u00AD\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/u;

/** The spelled-out name of a Greek letter (or a look-alike typed for one), else undefined. */
export function greekLetterName(ch: string): string | undefined {
  return GREEK_NAMES[ch] ?? (ch.charCodeAt(0) < 0x80 ? undefined : GREEK_NAMES[ch.normalize('NFKC')]);
}

/** True for characters the key drops: white space and every kind of dash. */
export function isSeparator(ch: string): boolean {
  return DASH_OR_SPACE.test(ch);
}

const nfkcCache = new Map<string, string>();

/**
 * The key characters one source character contributes ('' for separators). Greek letters expand to
 * their names; other non-ASCII characters go through NFKC.
 */
export function keyCharsOf(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x80) {
    return ch === '-' || ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' ? '' : ch;
  }
  const greek = GREEK_NAMES[ch];
  if (greek !== undefined) return greek;
  if (DASH_OR_SPACE.test(ch)) return '';
  let norm = nfkcCache.get(ch);
  if (norm === undefined) {
    norm = ch.normalize('NFKC');
    const g = GREEK_NAMES[norm];
    if (g !== undefined) norm = g;
    nfkcCache.set(ch, norm);
  }
  return norm;
}

const NON_ASCII = /[^\x00-\x7F]/;
/** The ASCII characters keyCharsOf drops. */
const ASCII_SEPARATORS = /[- \n\t\r]/g;

/** True when case must be kept for this variant (an uppercase letter after the first character). */
export function isCaseSensitiveVariant(variant: string): boolean {
  // ASCII (most spellings): NFKC changes nothing and there is no Greek letter to drop.
  if (!NON_ASCII.test(variant)) {
    for (let i = 1; i < variant.length; i++) {
      const c = variant.charCodeAt(i);
      if (c >= 65 && c <= 90) return true;
    }
    return false;
  }
  const quick = caseKeptAsciiGreek(variant);
  if (quick !== undefined) return quick;
  const body = variant.normalize('NFKC').replace(/[α-ωΑ-Ωϕµ]/gu, '');
  return /\p{Lu}/u.test(body.slice(1));
}

/**
 * isCaseSensitiveVariant for a spelling of ASCII and the Greek letters its test drops (nearly every
 * non-ASCII spelling: TNF-α, IL-1β), from character codes; undefined for any other character. NFKC
 * leaves ASCII and those letters as they are (ϕ and µ become φ and μ, dropped as well), so the test
 * reads the ASCII left: a capital after its first character.
 */
function caseKeptAsciiGreek(variant: string): boolean | undefined {
  let first = true;
  let kept = false;
  for (let i = 0; i < variant.length; i++) {
    const c = variant.charCodeAt(i);
    if (c < 0x80) {
      if (!first && c >= 65 && c <= 90) kept = true;
      first = false;
    } else if (!((c >= 0x3b1 && c <= 0x3c9) || (c >= 0x391 && c <= 0x3a9) || c === 0x3d5 || c === 0xb5)) return undefined; // α-ω, Α-Ω, ϕ, µ
  }
  return kept;
}

/** The key of a whole string (used for variants; the matcher computes the same thing incrementally). */
export function normalizeKey(text: string, caseSensitive: boolean): string {
  if (!NON_ASCII.test(text)) {
    // ASCII: the only key rule that applies is dropping the separators keyCharsOf drops.
    const out = text.replace(ASCII_SEPARATORS, '');
    return caseSensitive ? out : out.toLowerCase();
  }
  let out = '';
  for (const ch of text) out += keyCharsOf(ch);
  return caseSensitive ? out : out.toLowerCase();
}

/** Letters and digits of any script: what a term may not be glued to. */
export function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false;
  const c = ch.charCodeAt(0);
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /[\p{L}\p{N}]/u.test(ch);
}

// linear: anchored character classes on one word.
const GENE_NAME = /^(?:[A-Z][A-Za-z]*\d|[A-Z]{2,})/;

/**
 * Does a word, as written, look like a gene's or protein's name ("STAT6", "Nrf2", "YAP"): a capital and a digit,
 * or two capitals first? What the lexicon does not know may still be a named factor.
 */
export function looksLikeGeneName(word: string): boolean {
  return GENE_NAME.test(word);
}

// linear: one run of letters and one of blanks, anchored at the end of a slice of at most 24 characters.
const WORD_BEFORE = /([\p{L}]+)\s+$/u;
// linear: one run of letters and hyphens and one of blanks, anchored at the end of a slice of at most 24 characters.
const HYPHENATED_WORD_BEFORE = /([\p{L}-]+)\s+$/u;

/**
 * The word, in lower case, that ends right before `offset` past blanks ("tissue-resident" with hyphens kept
 * when `hyphenated`): what the entity layer and claim reading ask of the word before a term.
 */
export function wordBefore(text: string, offset: number, hyphenated = false): string | undefined {
  const found = (hyphenated ? HYPHENATED_WORD_BEFORE : WORD_BEFORE).exec(text.slice(Math.max(0, offset - 24), offset));
  return found === null ? undefined : found[1].toLowerCase();
}
