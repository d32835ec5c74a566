/**
 * Attribute claims: "IL-10 is a pro-inflammatory cytokine", "TNF-α, a pro-inflammatory cytokine, …",
 * "anti-inflammatory factors such as IL-4 and IL-10", "TNF-α is an M1 cytokine".
 */
import { sentenceFrameAtChar } from '../sentence/polarity';
import { removesActor } from '../sentence/scope';
import { isModifier, tokenAtOffset } from '../sentence/words';
import { emit, type ClaimSink } from '../sink';
import type { SentenceView } from '../sentence/view';
import { GROUP, HAS_VERBS, LIST_GROUP, mentionsInGroup, nearestMatch, patternText, PH } from '../sentence/patternText';
import type { Rule } from './rule';

/** Class entities spelled out again so the patterns can read them. */
// No prototype: a user lexicon's entity may be called "constructor".
const CLASS_TEXT: Readonly<Record<string, string>> = Object.assign(Object.create(null) as Record<string, string>, {
  'pro-inflammatory-cytokine': 'pro-inflammatory factor',
  'anti-inflammatory-cytokine': 'anti-inflammatory factor',
  'pro-inflammatory-phenotype': 'pro-inflammatory phenotype',
  'anti-inflammatory-phenotype': 'anti-inflammatory phenotype',
  chemokine: 'chemokine',
  'growth-factor': 'growth factor',
});

/** Bare "M1"/"M2" name a phenotype in "an M1 cytokine"; "M1 macrophages" stays an entity. */
const PHENOTYPE_TEXT: Readonly<Record<string, string>> = Object.assign(Object.create(null) as Record<string, string>, { 'm1-macrophage': 'm1', 'm2-macrophage': 'm2' });

// The patterns read the sentence with its blanks collapsed to one (patternText.ts), so `\s` stands for
// any run of blanks and no two quantifiers can trade characters.
const INFL = '(pro-?\\s?inflammatory|anti-?\\s?inflammatory|immunosuppressive|inflammatory)';
const POL = '(m1|m2)';
const COPULA = '(?:is|are|was|were|acts?\\sas|functions?\\sas|serves?\\sas|represents?|remains?|behaves?\\sas|constitutes?|(?:is|are)\\s(?:considered|regarded\\sas|known\\sas|classified\\sas|thought\\sto\\sbe|believed\\sto\\sbe|described\\sas)|(?:may|might|could)\\s(?:be|act\\sas|function\\sas|serve\\sas))';
const FILLER = '(?:(?:an?|the|one|typically|classically|mainly|primarily|predominantly|largely|generally|strongly|strong|marked|potent|key|major|typical|classical|important|well-known|prototypical|also|often|highly|mostly|essentially|potently)\\s)*';
/**
 * What a term has or shows: "M2 macrophages exhibit anti-inflammatory activity", "IL-10 has anti-inflammatory
 * effects". Denials are not read: "IL-10 had no anti-inflammatory effect on these cells" reports one
 * experiment, it does not say what IL-10 is.
 */
const ATTRIBUTE_NOUN = '(?:effects?|actions?|properties|property|activity|activities|functions?|roles?|potential|capacit(?:y|ies)|abilit(?:y|ies))';
const NOUN = '(?:cytokines?|factors?|mediators?|chemokines?|molecules?|proteins?|signals?|markers?|products?|macrophages?|phenotypes?|subtypes?|cells?|effectors?|agents?)';

/** Nouns of an effect a term exerts ("anti-inflammatory effects of MSCs"), not of what it could do ("potential"). */
const EXERTED_NOUN = /^(?:effects?|actions?|activity|activities)$/;

const PATTERNS: ReadonlyArray<{ re: RegExp; kind: 'inflammatory' | 'polarization'; group: number; value: number; neg?: number }> = [
  // linear: a list may be retried from each of its placeholders, and a sentence holds at most LIMITS.sentenceMaxTerms.
  { re: new RegExp(`(${GROUP})(?:\\s?,)?\\s${COPULA}\\s(not\\s)?${FILLER}${INFL}\\b`, 'g'), kind: 'inflammatory', group: 1, neg: 2, value: 3 },
  // linear: as above, retried from each placeholder of a list of at most LIMITS.sentenceMaxTerms.
  { re: new RegExp(`(${GROUP})(?:\\s?,)?\\s${COPULA}\\s(not\\s)?${FILLER}${POL}[\\s-]{0,2}(?:associated|polari[sz]ed|type|-type|like)?\\s?${NOUN}`, 'g'), kind: 'polarization', group: 1, neg: 2, value: 3 },
  // ("… causing the vesicles to exert anti-inflammatory effects": the infinitive after its subject.)
  // linear: as above, retried from each placeholder of a list of at most LIMITS.sentenceMaxTerms.
  { re: new RegExp(`(${GROUP})(?:\\s?,)?\\s(?:to\\s)?${HAS_VERBS}\\s${FILLER}${INFL}\\s${ATTRIBUTE_NOUN}\\b`, 'gd'), kind: 'inflammatory', group: 1, value: 2 },
  { re: new RegExp(`(${PH}),\\s(?:an?|the)\\s(?:\\w+\\s)?${INFL}\\s${NOUN}`, 'g'), kind: 'inflammatory', group: 1, value: 2 },
  { re: new RegExp(`${INFL}\\s${NOUN}\\s?(?:\\([^()]*\\)\\s?)?,?\\s?(?:such\\sas|including|like|e\\.g\\.,?|namely|i\\.e\\.,?)\\s(${LIST_GROUP})`, 'g'), kind: 'inflammatory', group: 2, value: 1 },
  { re: new RegExp(`${INFL}\\s(?:${NOUN}\\s)?(${LIST_GROUP})`, 'g'), kind: 'inflammatory', group: 2, value: 1 },
  // ("pro-inflammatory cytokines (IL-1β and TNF-α)": the members named in brackets after their class.)
  // linear: a fixed class phrase, then one bracketed list of placeholders, retried from each of at most LIMITS.sentenceMaxTerms.
  { re: new RegExp(`${INFL}\\s${NOUN}\\s?\\(\\s?(${LIST_GROUP})\\s?\\)`, 'g'), kind: 'inflammatory', group: 2, value: 1 },
  { re: new RegExp(`${INFL}\\s(?:effects?|actions?|properties|activity|functions?|roles?)\\sof\\s(${GROUP})`, 'gd'), kind: 'inflammatory', group: 2, value: 1 },
  // "pro-inflammatory (IL-6)"; a bare phenotype in parentheses is read by readBracketedPhenotypes
  { re: new RegExp(`${INFL}\\s?\\(\\s?(${PH})\\s?\\)`, 'g'), kind: 'inflammatory', group: 2, value: 1 },
];

function inflammatoryValue(raw: string): string {
  const v = raw.replace(/[\s-]/g, '');
  if (v.startsWith('anti') || v === 'immunosuppressive') return 'anti';
  return 'pro';
}

const MAY_HOLD_ATTRIBUTE = /inflammatory|immunosuppressive|\bM[12]\b/i;

function readAttributes(v: SentenceView, sink: ClaimSink): void {
  const { text } = v;
  if (!MAY_HOLD_ATTRIBUTE.test(text)) return;
  // Class entities are spelled out: the patterns read "pro-inflammatory factor" by its words.
  // A prefix whose head is shared ("pro- and anti-inflammatory", elidedHeads.ts) stays as written.
  const t = patternText(v, (id, written) => (written.endsWith('-') ? written : CLASS_TEXT[id] ?? (/^M[12]$/i.test(written) ? PHENOTYPE_TEXT[id] : undefined)));
  const s = t.text;
  const hedgedSentence = t.hedged;
  const done = new Set<string>();
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    for (const m of s.matchAll(p.re)) {
      const value = p.kind === 'inflammatory' ? inflammatoryValue(m[p.value]) : m[p.value].toUpperCase();
      // "pro- and anti-inflammatory cytokines such as …": both kinds are named, so no member gets either.
      if (p.kind === 'inflammatory' && /\b(pro|anti)-?\s*(and|or|\/)\s*(pro|anti)-?\s*inflammatory/.test(s.slice(Math.max(0, m.index - 20), m.index + m[0].length))) continue;
      // "is inflammatory" alone is vague; "an inflammatory chemokine" is not.
      if (p.kind === 'inflammatory' && m[p.value].trim() === 'inflammatory' && p.group === 1 && !/^\s*(cytokine|chemokine|factor|mediator|signal|molecule)/.test(s.slice(m.index + m[0].length))) continue;
      const negated = p.neg !== undefined && m[p.neg] !== undefined;
      // ("inflammatory cytokines such as IL-1β, IL-6 and IL-10": the bare word often means no more than "taking part
      // in inflammation", so a member it seems to misfile is only a possible contradiction.)
      const loose = p.kind === 'inflammatory' && p.group === 2 && BARE_INFLAMMATORY_LIST.test(text);
      const hedged = loose || hedgedSentence && /\b(may|might|could)\b/.test(m[0]) || /\b(suggest|suggests|suggested)\b/.test(s.slice(0, m.index));
      // ("MSCs exert anti-inflammatory effects", "anti-inflammatory effects of MSCs": the attribute as an effect;
      // not in what a study asks, "we aimed to investigate the anti-inflammatory effects of MSCs".)
      const exerted = p.kind === 'inflammatory' && EXERTED_NOUN.test(nounAfter(s, m.indices?.[p.value]));
      for (const k of mentionsInGroup(m[p.group], t)) {
        const mention = v.mentions[k];
        // ("an anti-inflammatory protein, TNF-α-induced protein 8": a term glued to a compound participle
        // qualifies the name after it, whose character it is.)
        if (mention.ambiguous || setApart(text, mention.start) || namesItsBlocker(v, mention) || isModifier(v, tokenAtOffset(v, mention.start))) continue;
        const word = nearestMatch(text, mention.start, mention.end, p.kind === 'inflammatory' ? INFLAMMATORY_WORD : PHENOTYPE_WORD);
        const start = Math.min(mention.start, word?.start ?? mention.start);
        const end = Math.max(mention.end, word?.end ?? mention.end);
        if (done.has(`${mention.id}|${p.kind}`)) continue;
        done.add(`${mention.id}|${p.kind}`);
        emit(sink, {
          kind: 'attribute', subject: mention.id, relation: 'is', sign: 0, negated, hedged: !!hedged, passive: false, context: {},
          attribute: exerted && !sentenceFrameAtChar(v, start).skip ? { name: p.kind, value, exerted } : { name: p.kind, value }, span: { start, end }, subjectSpan: { start: mention.start, end: mention.end },
          cueSpan: word, cueText: word ? text.slice(word.start, word.end) : undefined,
        });
      }
    }
  }
}

/**
 * "anti-inflammatory cytokines such as IL-1 receptor antagonist": a term followed by what blocks it (through
 * its receptor or not) names the blocker, whose character is not the term's (the same test that reverses a
 * removed actor's effect, scope.ts removesActor).
 */
function namesItsBlocker(v: SentenceView, mention: { start: number; end: number }): boolean {
  const first = tokenAtOffset(v, mention.start);
  const last = tokenAtOffset(v, mention.end - 1);
  return removesActor(v, { first, last, ents: [first] });
}

/**
 * "inflammatory cytokines such as …", "inflammatory cytokines (…)" with no "pro-" or "anti-" (the class is
 * spelled out as pro-inflammatory for the patterns).
 */
// linear: fixed words and single bounded separators, no nested quantifiers.
const BARE_INFLAMMATORY_LIST = /(?<![\p{L}-])inflammatory\s+(?:cytokines?|factors?|mediators?|chemokines?)\s*(?:,?\s*(?:such\s+as|including|like|e\.g\.)|\()/iu;

/** A comparison or contrast right before a term sets it apart from the attribute: "Unlike TNF-α, IL-10 is anti-inflammatory". */
// linear: one alternation of fixed phrases anchored at the end of a slice of at most 30 characters.
const SET_APART = /\b(?:unlike|than|versus|vs\.?|compared\s(?:with|to)|in\scontrast\sto|contrary\sto|rather\sthan|instead\sof|as\sopposed\sto)\s+(?:the\s+)?$/i;
function setApart(text: string, start: number): boolean {
  return SET_APART.test(text.slice(Math.max(0, start - 30), start));
}

/** "from pro-inflammatory (M1) to anti-inflammatory (M2)": the phenotype named in parentheses after its attribute. */
const BRACKETED = /(pro|anti)-?\s?inflammatory\s*\(\s*(M[12])\s*\)/gi;

function readBracketedPhenotypes(v: SentenceView, sink: ClaimSink): void {
  for (const m of v.text.matchAll(BRACKETED)) {
    const at = m.index + m[0].indexOf(m[2], m[1].length);
    const mention = v.mentions.find((x) => x.start <= at && at < x.end);
    if (!mention || mention.ambiguous) continue;
    const word = { start: m.index, end: m.index + m[0].indexOf('(') };
    emit(sink, {
      kind: 'attribute', subject: mention.id, relation: 'is', sign: 0, negated: false, hedged: false, passive: false, context: {},
      attribute: { name: 'inflammatory', value: m[1].toLowerCase() === 'anti' ? 'anti' : 'pro' },
      span: { start: m.index, end: m.index + m[0].length }, subjectSpan: { start: mention.start, end: mention.end },
      cueSpan: word, cueText: v.text.slice(word.start, word.end).trim(),
    });
  }
}

/**
 * The word right after the attribute ("anti-inflammatory | effects of …"), found by the attribute's place in
 * the pattern text (the patterns that may name an exerted effect keep their groups' indices).
 */
function nounAfter(text: string, attribute: [number, number] | undefined): string {
  if (attribute === undefined) return '';
  return /^\s*([a-z]+)/i.exec(text.slice(attribute[1]))?.[1] ?? '';
}

/** The words that give a term its attribute, in the original text (for the claim's cue). */
const INFLAMMATORY_WORD = /(pro|anti)[-\s]?inflammatory|immunosuppressive/gi;
const PHENOTYPE_WORD = /\bM[12]\b/g;

function readAllAttributes(v: SentenceView, sink: ClaimSink): void {
  readAttributes(v, sink);
  readBracketedPhenotypes(v, sink);
}

export const attribute: Rule = {
  id: 'attribute',
  phenomenon: 'An attribute given to a term: pro- or anti-inflammatory, an M1 or M2 factor, in a copula, an apposition or a "such as" list.',
  confidence: 0.85,
  read: readAllAttributes,
  examples: [
    { text: 'Unlike TNF-α, IL-10 is anti-inflammatory.', reads: ['il-10 is anti'], not: ['tnf-alpha is anti'] },
    { text: 'IL-10 is a pro-inflammatory cytokine.', reads: ['il-10 is pro'] },
    { text: 'Anti-inflammatory cytokines such as IL-4 and IL-10 were measured.', reads: ['il-4 is anti', 'il-10 is anti'] },
    { text: 'MSCs regulated pro- and anti-inflammatory cytokines such as TNF-α and IL-10.', reads: [], not: ['tnf-alpha is anti', 'il-10 is pro'] },
    { text: 'MSCs lowered inflammatory cytokines such as IL-1β and IL-10.', reads: ['il-1beta is pro', 'il-10 is pro'] },
    { text: 'Macrophages were stimulated with pro-inflammatory cytokines (IL-1β and TNF-α).', reads: ['il-1beta is pro', 'tnf-alpha is pro'] },
    { text: 'Anti-inflammatory factors (IL-4, IL-10) rose in the serum.', reads: ['il-4 is anti', 'il-10 is anti'] },
    { text: 'Macrophages switch from a pro-inflammatory (M1) to an anti-inflammatory (M2) phenotype.', reads: ['m1-macrophage is pro', 'm2-macrophage is anti'] },
    { text: 'M2 macrophages exhibit strong anti-inflammatory activity.', reads: ['m2-macrophage is anti'] },
    { text: 'IL-10 had no anti-inflammatory effect on these cells.', reads: [], not: ['il-10 is anti'] },
    { text: 'Anti-inflammatory cytokines such as IL-1 receptor antagonist were raised.', reads: [], not: ['il-1 is anti'] },
    { text: 'MSCs express an anti-inflammatory protein TNF-α-induced protein 8.', reads: [], not: ['tnf-alpha is anti'] },
  ],
};
