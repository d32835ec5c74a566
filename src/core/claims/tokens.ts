/**
 * A candidate sentence as tokens: entity mentions are masked as placeholder words before compromise
 * reads the sentence (so "IL-1β" or "TNF-α-induced" cannot confuse its tokenizer), then mapped back.
 */
import { CLAUSE_OPENING_ARTICLES, PHRASE_ARTICLES, PHRASE_PREPOSITIONS } from './grammar';
import { getNlp, type Term } from './nlp';

export interface SentenceMention {
  start: number;
  end: number;
  id: string;
  type: string;
  ambiguous: boolean;
  /** A pronoun or "the cytokine" standing for a term named earlier (coreference.ts). */
  ref?: boolean;
  /** A cell's action whose cell an earlier sentence named (matcher.ts). */
  earlierCell?: boolean;
  /** A numbered member the lexicon does not hold, named by its class ("miR-21" as a miRNA; matcher.ts). */
  member?: boolean;
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

/**
 * Appends text[from, to) to the masked sentence, each run of blanks as one space (a run left where
 * markup was masked can be thousands long, and the tagger's time grows with its square).
 */
function pushText(text: string, from: number, to: number, masked: string, segments: Segment[]): string {
  let out = masked;
  let at = from;
  for (const m of text.slice(from, to).matchAll(/\s{2,}/g)) {
    const runStart = from + m.index;
    if (runStart > at) {
      segments.push({ mstart: out.length, ostart: at, length: runStart - at, olength: runStart - at });
      out += text.slice(at, runStart);
    }
    segments.push({ mstart: out.length, ostart: runStart, length: 1, olength: m[0].length });
    out += ' ';
    at = runStart + m[0].length;
  }
  if (to > at) {
    segments.push({ mstart: out.length, ostart: at, length: to - at, olength: to - at });
    out += text.slice(at, to);
  }
  return out;
}

/** Tags of the "anti" split off a term, and of the term: a prefix reads like an adjective before a noun. */
const ADJECTIVE_TAGS: ReadonlySet<string> = new Set(['Adjective']);
/** An "anti" or a gene name split off a term reads as a word qualifying it. */
const PREFIX_TAGS = ADJECTIVE_TAGS;
const PLACEHOLDER_TAGS: ReadonlySet<string> = new Set(['Noun', 'Singular']);

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
      if (text.slice(at, start) === '/' && k > 0) {
        segments.push({ mstart: masked.length, ostart: at, length: 3, olength: 1 });
        masked += ' / ';
      } else {
        masked = pushText(text, at, start, masked, segments);
      }
    }
    // "Conclusion:IFN-γ did not …": a section label glued to the term would make one word of both.
    if (masked.endsWith(':') && /\p{L}/u.test(masked.charAt(masked.length - 2))) {
      segments.push({ mstart: masked.length, ostart: start, length: 1, olength: 0 });
      masked += ' ';
    }
    const ph = placeholderFor(k);
    placeholderIndex.set(ph.toLowerCase(), k);
    segments.push({ mstart: masked.length, ostart: start, length: ph.length, olength: end - start });
    masked += ph;
    at = end;
  });
  if (at < text.length) masked = pushText(text, at, text.length, masked, segments);
  // "M1 macrophage–mediated": an en dash or a non-breaking hyphen glued between two words joins them as a
  // hyphen does (one character for one, so offsets stay).
  // "down-regulated", "up-regulation": the tagger splits the prefix off as a preposition, which loses the
  // direction; the word is read as "downregulated", its hyphen moved before it (one character for one).
  const flat = masked.replace(/[\n\r\t]/g, ' ').replace(/(?<=[\p{L}\p{N}])[\u2010\u2011\u2013](?=\p{L})/gu, '-').replace(DIRECTION_PREFIXED, ' $1$2');
  // Tokens come in order, so one cursor over the segments maps every offset back in linear time.
  let seg = 0;
  // A start belongs to the segment it opens, an end to the segment it closes: at the seam between a
  // collapsed run of blanks (or a placeholder) and the next text, each maps to its own side.
  const mapBack = (m: number, isEnd: boolean): number => {
    const past = (k: number): boolean => (isEnd ? m > segments[k].mstart + segments[k].length : m >= segments[k].mstart + segments[k].length);
    const before = (k: number): boolean => (isEnd ? m <= segments[k].mstart : m < segments[k].mstart);
    while (seg < segments.length - 1 && past(seg)) seg++;
    while (seg > 0 && before(seg)) seg--;
    const s = segments[seg];
    if (!s) return isEnd ? text.length : 0;
    if (s.length !== s.olength) return isEnd ? s.ostart + s.olength : s.ostart;
    return s.ostart + Math.min(m - s.mstart, s.length);
  };
  const toks: Tok[] = [];
  for (const term of getNlp().terms(flat)) {
    let t = term;
    // "an anti-RANKL antibody": the tagger keeps the prefix on the term; split, it reads as "anti" glued to RANKL.
    // ("the sFgl2-MSCs enhanced …": so does a gene or construct name the lexicon does not know, naming what
    // was done to the cells; split, it is a modifier and the term is a term again. Only a name with a digit
    // or an inner capital, or one capital letter ("C-MSCs"): "pre-osteoclastic", "non-MSC" are words of their own.)
    // ("antiTNF-α": "anti" glued without its hyphen is split off the same way.)
    const glued = /^anti-?zqzx[a-z]+$/.test(t.lower) || (GLUED_PREFIX.test(t.lower) && GENE_LIKE.test(t.text.slice(0, t.lower.indexOf('-')))) ? t.text.toLowerCase().indexOf('zqzx') : -1;
    if (glued > 0) {
      const hyphen = t.lower[glued - 1] === '-' ? 1 : 0;
      const prefixEnd = t.start + glued - hyphen;
      toks.push({
        text: t.text.slice(0, glued - hyphen), lower: t.lower.slice(0, glued - hyphen), pre: t.pre, post: '-', tags: PREFIX_TAGS, start: t.start, end: prefixEnd,
        i: toks.length, ostart: mapBack(t.start, false), oend: mapBack(prefixEnd, true),
      });
      t = { ...t, text: t.text.slice(glued), lower: t.lower.slice(glued), pre: '', start: t.start + glued, tags: PLACEHOLDER_TAGS };
    }
    // "osteoblast differentiation/maturation", "proliferation/MSC": the tagger keeps a word slashed to a term
    // as one token; split, the term is a term again and the slash stands between the two.
    const slash = slashWithTerm(t.lower);
    if (slash > 0) t = splitHead(toks, t, slash, '/', placeholderIndex, mapBack);
    // "M-CSF (25 ng/ml)+RANKL (50 ng/ml)": a term joined by a plus to what comes before it is a term again.
    const plus = plusBeforeTerm(t.lower);
    if (plus > 0) t = splitHead(toks, t, plus, '+', placeholderIndex, mapBack);
    // "time[20]": a citation glued to a word is not part of it; nor are reference numbers glued to a term, a
    // superscript lost in copying ("enhanced osteoclastogenesis1,2": the matcher ended the term before them).
    const lower = trimPunctuation(t.lower.includes('[') ? t.lower.replace(/\[[\d,\s–-]*\]?$/, '') : t.lower).replace(GLUED_CITATION, '$1');
    if (DIRECTION_JOINED.test(lower) && /^(up|down)[-\u2010\u2011\u2013]/i.test(text.slice(mapBack(t.start, false) - 1))) {
      // (The word starts one character earlier in the text, where its hyphen was.)
      const ostart = mapBack(t.start, false) - 1;
      const oend = mapBack(t.end, true);
      toks.push({ text: text.slice(ostart, oend), lower, pre: t.pre, post: t.post, tags: t.tags, start: t.start, end: t.end, i: toks.length, ent: undefined, ostart, oend });
      continue;
    }
    // ("non-MSC cells", "non-M2 macrophages": a term after "non-" names everything but it, so it stands for no term.)
    const previous = toks[toks.length - 1];
    const negatedTerm = previous !== undefined && previous.lower === 'non' && previous.post === '-';
    toks.push({
      text: t.text, lower, pre: t.pre, post: t.post, tags: t.tags, start: t.start, end: t.end,
      // ("RANKL's ability": the possessive stays on the term's token, which is still the term.)
      i: toks.length, ent: lower.startsWith('zqzx') && !negatedTerm ? placeholderIndex.get(lower.replace(/['’]s?$/, '')) : undefined,
      ostart: mapBack(t.start, false), oend: mapBack(t.end, true),
    });
  }
  bracketedClauseMarks(toks);
  coordinatedAdjectives(toks);
  verbsAfterBrackets(toks);
  nounHeadsAfterPrepositions(toks);
  gradedParticiples(toks);
  return { toks, mentions, masked: flat.toLowerCase() };
}

/**
 * "induces direct and indirect effects on osteoclasts": a word the tagger took for a verb, joined by "and"
 * / "or" to an adjective before a noun, is an adjective too (as a verb, "direct" would end the verb's object).
 */
function coordinatedAdjectives(toks: Tok[]): void {
  for (let i = 0; i + 3 < toks.length; i++) {
    const t = toks[i];
    if (!t.tags.has('Verb') || /(?:ed|ing)$/.test(t.lower) || t.post !== ' ' || t.ent !== undefined) continue;
    const second = toks[i + 2];
    if (!/^(and|or)$/.test(toks[i + 1].lower) || toks[i + 1].post !== ' ' || !second.tags.has('Adjective') || second.tags.has('Verb') || second.post !== ' ') continue;
    if (toks[i + 3].tags.has('Noun')) t.tags = ADJECTIVE_TAGS;
  }
}

/** Most adjectives and nouns between the determiner and the head ("an early differentiation | block"). */
const PHRASE_MODIFIERS_REACH = 3;

/**
 * "due to an early differentiation block in the osteoclast lineage": after a preposition and its determiner,
 * a word the tagger took for a verb, behind adjectives or nouns and before a preposition or a mark, heads the
 * noun phrase (a finite verb cannot stand there).
 */
function nounHeadsAfterPrepositions(toks: Tok[]): void {
  for (let i = 0; i + 3 < toks.length; i++) {
    if (!PHRASE_PREPOSITIONS.has(toks[i].lower) || toks[i].post !== ' ' || !PHRASE_ARTICLES.has(toks[i + 1].lower) || toks[i + 1].post !== ' ') continue;
    let k = i + 2;
    for (let m = 0; m < PHRASE_MODIFIERS_REACH && k + 1 < toks.length && toks[k].post === ' ' && toks[k].ent === undefined && !toks[k].tags.has('Verb') && (toks[k].tags.has('Adjective') || toks[k].tags.has('Noun')); m++) k++;
    const head = toks[k];
    if (k === i + 2 || head.ent !== undefined || !head.tags.has('Verb') || /(?:ed|ing)$/.test(head.lower)) continue;
    const next = toks[k + 1];
    if (next !== undefined && head.post === ' ' && !PHRASE_PREPOSITIONS.has(next.lower)) continue;
    head.tags = PLACEHOLDER_TAGS;
  }
}

/**
 * "could turn young MSCs into a relatively aged state by reducing …": between an article and a noun, a form in
 * -ed behind an adverb of degree describes the noun (a finite verb cannot follow "a relatively"); read as a
 * verb, it took the MSCs for its subject and the cells for the actor of what follows.
 */
function gradedParticiples(toks: Tok[]): void {
  for (let i = 0; i + 3 < toks.length; i++) {
    // (Not "that": "that systemically delivered MSCs can home" opens a clause whose verb the form may be.)
    if (!PHRASE_ARTICLES.has(toks[i].lower) || CLAUSE_OPENING_ARTICLES.has(toks[i].lower) || toks[i].post !== ' ') continue;
    const degree = toks[i + 1];
    const form = toks[i + 2];
    if (degree.post !== ' ' || !degree.tags.has('Adverb') || degree.ent !== undefined) continue;
    if (form.post !== ' ' || form.ent !== undefined || !form.tags.has('Verb') || !/[a-z]ed$/.test(form.lower)) continue;
    if (toks[i + 3].tags.has('Noun') || toks[i + 3].ent !== undefined) form.tags = ADJECTIVE_TAGS;
  }
}

/** Tags of a finite verb in the present tense ("binds"). */
const PRESENT_VERB_TAGS: ReadonlySet<string> = new Set(['Verb', 'PresentTense']);

/**
 * "The soluble extracellular domain (ECD) binds RANKL and inhibits …": right after a closing bracket, a
 * form in -s the tagger took for a plural noun, followed by a term, is the clause's verb (a noun there
 * would have to be the head of the phrase the bracket explains, which a term cannot follow).
 */
function verbsAfterBrackets(toks: Tok[]): void {
  for (let i = 1; i + 1 < toks.length; i++) {
    const t = toks[i];
    if (t.ent !== undefined || !t.tags.has('Plural') || t.tags.has('Verb') || !/[a-z]s$/.test(t.lower)) continue;
    if (!toks[i - 1].post.trim().endsWith(')') || toks[i + 1].ent === undefined) continue;
    t.tags = PRESENT_VERB_TAGS;
  }
}

/**
 * "RANKL (RANKL; also known as ODF, OPGL and TRANCE) plays …": a semicolon or colon inside brackets
 * separates the items of an aside, not two clauses; it is read as the comma it stands for.
 */
function bracketedClauseMarks(toks: Tok[]): void {
  let depth = 0;
  for (const t of toks) {
    depth = bracketDepthAfter(t.pre, depth);
    if (depth > 0 && /[;:]/.test(t.post)) t.post = commasInBrackets(t.post, depth);
    depth = bracketDepthAfter(t.post, depth);
  }
}

const BRACKET_STEPS: Readonly<Record<string, number>> = { '(': 1, '[': 1, ')': -1, ']': -1 };

/** How deep in brackets the text after `s` is, from `depth` before it (never below the sentence's own level). */
function bracketDepthAfter(s: string, depth: number): number {
  let d = depth;
  for (const c of s) d += BRACKET_STEPS[c] ?? 0;
  return Math.max(0, d);
}

/** `post` with each semicolon or colon that stands inside brackets (from `depth`) made a comma. */
function commasInBrackets(post: string, depth: number): string {
  let d = depth;
  let out = '';
  for (const c of post) {
    d += BRACKET_STEPS[c] ?? 0;
    out += d > 0 && (c === ';' || c === ':') ? ',' : c;
  }
  return out;
}

// linear: one run of letters and digits (no placeholder), a hyphen and a placeholder's letters, anchored at both ends.
const GLUED_PREFIX = /^(?!zqzx)[a-z0-9]+-zqzx[a-z]+$/;
// linear: a digit anywhere, a capital after the first character, or one capital alone, in a slice of a token.
const GENE_LIKE = /\d|^.+\p{Lu}|^\p{Lu}$/u;
// linear: a placeholder's letters, then one run of digits and separators, anchored at both ends.
const GLUED_CITATION = /^(zqzx[a-z]+)[\d,\u2013-]+$/;
const DIRECTION_PREFIXED = /(?<![\p{L}\p{N}-])(up|down|Up|Down|UP|DOWN)-((?:regulat|modulat)\p{L}*)/gu;
const DIRECTION_JOINED = /^(up|down)(regulat|modulat)/;

/**
 * Pushes the part of `t` before the separator at `at` as a token of its own (a term's when it is a
 * placeholder), and returns the part after it: a term again when it is one.
 */
function splitHead(toks: Tok[], t: Term, at: number, separator: string, placeholderIndex: ReadonlyMap<string, number>, mapBack: (m: number, isEnd: boolean) => number): Term {
  const head = trimPunctuation(t.lower.slice(0, at));
  const headEnd = t.start + at;
  toks.push({
    text: t.text.slice(0, at), lower: head, pre: t.pre, post: separator, tags: head.startsWith('zqzx') ? PLACEHOLDER_TAGS : t.tags, start: t.start, end: headEnd,
    i: toks.length, ent: head.startsWith('zqzx') ? placeholderIndex.get(head) : undefined, ostart: mapBack(t.start, false), oend: mapBack(headEnd, true),
  });
  const tail = t.lower.slice(at + 1);
  return { ...t, text: t.text.slice(at + 1), lower: tail, pre: '', start: headEnd + 1, tags: tail.startsWith('zqzx') ? PLACEHOLDER_TAGS : t.tags };
}

/** Where the plus is in a token that joins something to a term ("ng/ml)+zqzxc", "zqzxa+zqzxb"), or -1. */
function plusBeforeTerm(lower: string): number {
  const k = lower.lastIndexOf('+');
  return k > 0 && /^zqzx[a-z]+$/.test(lower.slice(k + 1)) ? k : -1;
}

/** Where the slash is in a token that joins a term and a word ("zqzxb/maturation", "proliferation/zqzxd"), or -1. */
function slashWithTerm(lower: string): number {
  const k = lower.indexOf('/');
  if (k <= 0 || k !== lower.lastIndexOf('/') || k === lower.length - 1) return -1;
  return lower.startsWith('zqzx') || lower.startsWith('zqzx', k + 1) ? k : -1;
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
