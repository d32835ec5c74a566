/**
 * A verb that is itself a process, done by its subject to its object: "Osteoclasts resorb bone" (bone
 * resorption), "MSCs can repair damaged tissues" (tissue repair), "osteoblasts form new bone" (bone
 * formation). The subject furthers the process the verb and its object name together.
 */
import { AUXILIARIES, BE_FORMS, DETERMINERS, NEGATORS, PREPOSITIONS, PROCESS_VERBS } from '../grammar';
import { emit, type ClaimSink } from '../sink';
import { entityAhead, relativeAntecedent, subjectBefore, type Subject } from '../sentence/args';
import { clauseEnd, clauseStart } from '../sentence/clauses';
import { polarity, sentenceFrame } from '../sentence/polarity';
import { contextFor } from '../sentence/qualifiers';
import type { Group } from '../sentence/groups';
import type { SentenceView } from '../sentence/view';
import type { ClaimContext } from '../types';
import { isAdverbish, isHyphenPart, mentionOf, word } from '../sentence/words';
import { hasComma } from '../tokens';
import type { Rule } from './rule';

// linear: one alternation of fixed words between word boundaries.
const MAY_HOLD = new RegExp(`\\b(?:${Object.keys(PROCESS_VERBS).join('|')})\\b`, 'i');

/** May the sentence do a process with a verb (so one term alone, its doer, may make a claim)? */
export function mayNameProcessVerb(text: string): boolean {
  return MAY_HOLD.test(text);
}

/** Most words of an object ("damaged periodontal tissues"), and most leading qualifiers tried without ("new bone"). */
const OBJECT_REACH = 4;
const QUALIFIER_DROPS = 2;

/** The process term a verb's nouns make with the object words from..to, longest object first; undefined when none. */
function processNamed(v: SentenceView, nouns: readonly string[], from: number, to: number): { id: string; last: number } | undefined {
  for (let last = to; last >= from; last--) {
    const text = v.text.slice(v.toks[from].ostart, v.toks[last].oend);
    for (const noun of nouns) {
      const id = v.lexicon.termNamed(`${noun} of ${text}`) ?? v.lexicon.termNamed(`${text} ${noun}`);
      if (id !== undefined) return { id, last };
    }
  }
  return undefined;
}

/** The last word an object after the verb may reach: before a comma, a preposition other than "of", or a clause's end. */
function objectEnd(v: SentenceView, k: number, ce: number): number {
  let e = k;
  while (e < ce && e < k + OBJECT_REACH - 1 && !hasComma(v.toks[e]) && !(v.toks[e + 1].tags.has('Preposition') && word(v, e + 1) !== 'of') && !/^(and|or|but|while|whereas)$/.test(word(v, e + 1))) e++;
  return e;
}

/**
 * The object of the verb at `at`: past the article, and past a second verb joined to it ("repair and
 * regenerate tissue", "repair and maintain tissues") when the first has none of its own.
 */
function objectStart(v: SentenceView, at: number): number {
  let k = at + 1;
  if (/^(and|or)$/.test(word(v, k)) && v.toks[k + 1]?.ent === undefined && (PROCESS_VERBS[word(v, k + 1)] !== undefined || v.toks[k + 1]?.tags.has('Verb'))) k += 2;
  return DETERMINERS.has(word(v, k)) ? k + 1 : k;
}

/** Is the word at `at` used as a verb here (not "the repair of", "bone-forming", "was repaired")? */
function usedAsVerb(v: SentenceView, at: number): boolean {
  if (at === 0 || v.toks[at].ent !== undefined || word(v, at + 1) === 'of') return false;
  const before = word(v, at - 1);
  // ("the late stage of repair (phase of tissue maturation)": after a preposition other than "to" the word is a noun,
  // and a bracket after it opens an aside, not an object.)
  if ((PREPOSITIONS.has(before) && before !== 'to') || v.toks[at].post.includes('(')) return false;
  return (!DETERMINERS.has(before) || RELATIVE_WORDS.has(before)) && !BE_FORMS.has(before) && before !== 'been' && !isHyphenPart(v, at);
}

/** Words that open a relative clause. */
const RELATIVE_WORDS: ReadonlySet<string> = new Set(['that', 'which']);
/** Most words of the plain description a copula gives ("the only multinucleated cells"). */
const DESCRIPTION_REACH = 4;

/**
 * "Osteoclasts are (the only) cells that resorb bone": the subject of the copula whose plain description the
 * relative clause before the verb at `at` belongs to; undefined otherwise.
 */
function describedByRelative(v: SentenceView, at: number): Subject | undefined {
  let r = at - 1;
  while (r > 0 && (AUXILIARIES.has(word(v, r)) || isAdverbish(v, r))) r--;
  if (!RELATIVE_WORDS.has(word(v, r))) return undefined;
  for (let b = r - 1; b >= Math.max(0, r - 1 - DESCRIPTION_REACH); b--) {
    if (v.toks[b].ent !== undefined || hasComma(v.toks[b])) return undefined;
    if (BE_FORMS.has(word(v, b))) return b < r - 1 ? subjectBefore(v, b, clauseStart(v, b)) : undefined;
  }
  return undefined;
}

/**
 * "We performed trials using synovial MSCs to regenerate cartilage": a purpose the authors set their own
 * study (a first person in the clause before "to") is an aim, not a finding.
 */
function isStudyAim(v: SentenceView, cs: number, at: number): boolean {
  if (word(v, at - 1) !== 'to') return false;
  for (let j = cs; j < at - 1; j++) if (/^(we|our)$/.test(word(v, j))) return true;
  return false;
}

/** A process done by its doers, as the verb at `at` names it, with the object's tokens (first..last). */
interface ProcessDone {
  doers: Group;
  process: string;
  objectFirst: number;
  objectLast: number;
  at: number;
  passive: boolean;
}

/** Each doer furthers the process (not one that is the process itself, nor an ambiguous spelling). */
function emitProcessDone(v: SentenceView, sink: ClaimSink, d: ProcessDone, how: { negated: boolean; hedged: boolean; context: ClaimContext }): void {
  const objectSpan = { start: v.toks[d.objectFirst].ostart, end: v.toks[d.objectLast].oend };
  for (const s of d.doers.ents) {
    const m = mentionOf(v, s);
    if (m.ambiguous || m.id === d.process) continue;
    emit(sink, {
      kind: 'interaction', subject: m.id, object: d.process, relation: 'promotes', sign: 1, negated: how.negated, hedged: how.hedged,
      passive: d.passive, context: how.context, subjectSpan: { start: m.start, end: m.end }, objectSpan,
      cueSpan: { start: v.toks[d.at].ostart, end: v.toks[d.at].oend }, cueText: v.text.slice(v.toks[d.at].ostart, v.toks[d.at].oend),
    });
  }
}

/**
 * The process the verb's nouns make with its object from `k`, tried without up to QUALIFIER_DROPS leading
 * qualifiers; when the first object makes none, the next one joined by "and"/"or" ("phagocytose foreign
 * bodies or apoptotic cells"). `from` is one past the object's first word.
 */
function coordinatedProcess(v: SentenceView, nouns: readonly string[], k: number, ce: number): { found?: { id: string; last: number }; from: number } {
  let start = k;
  for (;;) {
    const end = objectEnd(v, start, ce);
    let from = start;
    let found: { id: string; last: number } | undefined;
    for (let drop = 0; drop <= QUALIFIER_DROPS && from <= end && !found; drop++, from++) found = processNamed(v, nouns, from, end);
    if (found || !/^(and|or)$/.test(word(v, end + 1)) || hasComma(v.toks[end])) return { found, from };
    start = DETERMINERS.has(word(v, end + 2)) ? end + 3 : end + 2;
    if (start > ce) return { from };
  }
}

function readProcessVerbs(v: SentenceView, sink: ClaimSink): void {
  for (let at = 1; at < v.n - 1; at++) {
    const nouns = PROCESS_VERBS[word(v, at)];
    if (nouns === undefined || !usedAsVerb(v, at)) continue;
    const frame = sentenceFrame(v, at);
    if (frame.skip) continue;
    const cs = clauseStart(v, at);
    const ce = clauseEnd(v, at);
    const k = objectStart(v, at);
    if (k > ce) continue;
    const { found, from } = coordinatedProcess(v, nouns, k, ce);
    const subject = found ? relativeAntecedent(v, at) ?? describedByRelative(v, at) ?? subjectBefore(v, at, cs) : undefined;
    if (!found || !subject || isStudyAim(v, cs, at)) continue;
    const pol = polarity(v, subject.group.last + 1, at);
    emitProcessDone(v, sink, { doers: subject.group, process: found.id, objectFirst: from - 1, objectLast: found.last, at, passive: false }, {
      negated: pol.negated, hedged: pol.hedged || frame.hedged, context: contextFor(v, cs, ce, subject.group),
    });
  }
}

/** Most words between "by" and the doer of a passive ("by activated osteoclasts"). */
const DOER_REACH = 4;

/**
 * "Bone is resorbed by osteoclasts", "Damaged tissue was repaired by transplanted MSCs": the passive of a
 * process verb, its object before the copula and its doer after "by"; the doer furthers the process.
 */
function readPassiveProcessVerbs(v: SentenceView, sink: ClaimSink): void {
  for (let at = 2; at < v.n - 2; at++) {
    const nouns = PROCESS_VERBS[word(v, at)];
    if (nouns === undefined || v.toks[at].ent !== undefined || word(v, at + 1) !== 'by') continue;
    let be = at - 1;
    while (be > 0 && (isAdverbish(v, be) || NEGATORS.has(word(v, be)))) be--;
    if (!BE_FORMS.has(word(v, be))) continue;
    const doers = entityAhead(v, at + 2, DOER_REACH);
    const cs = clauseStart(v, be);
    if (!doers || be - 1 < cs) continue;
    const frame = sentenceFrame(v, at);
    if (frame.skip) continue;
    let found: { id: string; last: number } | undefined;
    let from = DETERMINERS.has(word(v, cs)) ? cs + 1 : cs;
    for (let drop = 0; drop <= QUALIFIER_DROPS && from < be && !found; drop++, from++) {
      found = processNamed(v, nouns, from, be - 1);
      if (found && found.last !== be - 1) found = undefined;
    }
    if (!found) continue;
    const pol = polarity(v, be, at);
    emitProcessDone(v, sink, { doers, process: found.id, objectFirst: from - 1, objectLast: found.last, at, passive: true }, {
      negated: pol.negated, hedged: pol.hedged || frame.hedged, context: contextFor(v, cs, clauseEnd(v, at), doers),
    });
  }
}

function readProcessVerbClauses(v: SentenceView, sink: ClaimSink): void {
  readProcessVerbs(v, sink);
  readPassiveProcessVerbs(v, sink);
}

export const processVerb: Rule = {
  id: 'process-verb',
  phenomenon: 'A verb that is a process done to its object ("osteoclasts resorb bone", "MSCs repair damaged tissues", "osteoblasts form new bone", "bone is resorbed by osteoclasts"): the doer furthers that process.',
  confidence: 0.8,
  read: readProcessVerbClauses,
  examples: [
    { text: 'Macrophage depletion restricted to the late stage of repair (phase of tissue maturation) did not impact the outcome.', not: ['macrophage-depletion promotes tissue-regeneration'] },
    { text: 'Osteoclasts resorb bone.', reads: ['osteoclast promotes bone-resorption'] },
    // (The passive, its doer after "by".)
    { text: 'Bone is resorbed by osteoclasts.', reads: ['osteoclast promotes bone-resorption'] },
    { text: 'Damaged tissue was not repaired by the transplanted MSCs.', reads: ['msc promotes! tissue-regeneration'] },
    { text: 'Osteoblasts form new bone at the site.', reads: ['osteoblast promotes bone-formation'] },
    { text: 'MSCs are able to repair damaged tissues.', reads: ['msc promotes tissue-regeneration'] },
    { text: 'MSCs circulate between organs to repair and maintain tissues.', reads: ['msc promotes tissue-regeneration'] },
    { text: 'Osteoclasts are the only multinucleated cells that resorb bone.', reads: ['osteoclast promotes bone-resorption'] },
    { text: 'Osteoclasts, which resorb bone, arise from monocytes.', reads: ['osteoclast promotes bone-resorption'] },
    { text: 'Macrophages engulf apoptotic cells in the callus.', reads: ['macrophage promotes efferocytosis'] },
    // (When the first object makes no process, the next one joined to it may.)
    { text: 'Macrophages are able to engulf bacteria or apoptotic cells.', reads: ['macrophage promotes efferocytosis'] },
    { text: 'MSCs did not regenerate bone defects in these mice.', reads: ['msc promotes! bone-repair'] },
    { text: 'We performed trials using MSCs to regenerate bone defects.', not: ['msc promotes bone-repair'] },
    { text: 'The repair of damaged tissues by MSCs was slow.', not: ['msc promotes tissue-regeneration'] },
    { text: 'Bone was resorbed in the presence of MSCs.', not: ['msc promotes bone-resorption'] },
  ],
};
