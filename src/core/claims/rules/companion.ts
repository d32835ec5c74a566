/**
 * Second arguments brought in by a comparison or contrast cue, derived from the claims the other rules
 * read: "IL-4, like IL-10, inhibits NFATc1" (IL-10 inhibits it too), "IL-4 acts in synergy with IL-10
 * to …", "NFATc1 is inhibited by IL-4 but not by TNF-α" (TNF-α does not inhibit it), "X inhibits A but
 * not B", "X, unlike Y, inhibits Z" (Y does not), and a comparison opening the sentence: "Like Y, X inhibits Z",
 * "Unlike Y, X had no effect on Z" (Y has one).
 */
import { COMPANION_CUES, CONTRAST_CUES, DETERMINERS, FRONTED_COMPANION_CUES, PRIMACY_ADJECTIVES, REQUIREMENT_ADJECTIVES } from '../grammar';
import { claimKey, emit, type ClaimSink } from '../sink';
import { clauseEnd, phraseEnd } from '../sentence/clauses';
import { groupRight, type Group } from '../sentence/groups';
import type { SentenceView } from '../sentence/view';
import { isAdverbish, isEnt, mentionOf, tokenAtOffset, word } from '../sentence/words';
import { familyIdOf } from '../../network/families';
import { hasComma } from '../tokens';
import type { ExtractedClaim } from '../types';
import type { Rule } from './rule';

const LONGEST_CUE = Math.max(...[...COMPANION_CUES, ...CONTRAST_CUES].map((c) => c.split(' ').length));
/** First words of the cues: most tokens are none, and are dismissed without building a phrase. */
const FIRST_WORDS = new Set([...COMPANION_CUES, ...CONTRAST_CUES].map((c) => c.split(' ')[0]));

/** The cue starting at token i: its length in tokens and whether it contrasts; undefined when none. */
function cueAt(v: SentenceView, i: number): { length: number; contrast: boolean } | undefined {
  if (!FIRST_WORDS.has(word(v, i))) return undefined;
  for (let len = LONGEST_CUE; len >= 1; len--) {
    const phrase = Array.from({ length: len }, (_, k) => word(v, i + k)).join(' ');
    // A bare "not" contrasts only as an aside: "TNF-α, not IL-1β, induced LRG1".
    if (CONTRAST_CUES.has(phrase) && (phrase !== 'not' || (i > 0 && hasComma(v.toks[i - 1])))) return { length: len, contrast: true };
    if (COMPANION_CUES.has(phrase)) return { length: len, contrast: false };
  }
  return undefined;
}

const ACTING_VERBS = new Set(['acts', 'act', 'acted', 'acting', 'works', 'work', 'worked', 'functions', 'function', 'functioned', 'cooperates', 'cooperated', 'cooperate', 'synergizes', 'synergized', 'synergize', 'synergises', 'synergised', 'synergise']);

/** "…, as did Y": the cue brings in a second actor, whichever term it follows. */
const ACTOR_CUES = new Set(['as do', 'as does', 'as did']);

/** The terms a cue right after token `end` brings in, with whether they contrast and whether they act. */
function partnersAfter(v: SentenceView, end: number): { ents: number[]; contrast: boolean; actor: boolean } | undefined {
  let k = end + 1;
  // "X acts in synergy with Y to …"
  const acting = ACTING_VERBS.has(word(v, k)) && !hasComma(v.toks[end]);
  if (acting) k++;
  // "X synergizes / cooperates with Y to …": the verb itself says Y acts alongside.
  const cue = acting && /^(cooperat|synergi)/.test(word(v, k - 1)) && word(v, k) === 'with' ? { length: 1, contrast: false } : cueAt(v, k);
  if (!cue) return undefined;
  // "like Y" directly after a term is a comparison only as an aside or a named companion phrase.
  if (word(v, k) === 'like' && !hasComma(v.toks[end])) return undefined;
  const actor = ACTOR_CUES.has(Array.from({ length: cue.length }, (_, c) => word(v, k + c)).join(' '));
  k += cue.length;
  if (word(v, k) === 'by' || word(v, k) === 'in' || word(v, k) === 'on' || word(v, k) === 'the') k++;
  if (!isEnt(v, k)) return undefined;
  return { ents: groupRight(v, k).ents, contrast: cue.contrast, actor };
}

const LONGEST_FRONTED_CUE = Math.max(...Object.keys(FRONTED_COMPANION_CUES).map((c) => c.split(' ').length));

/** "(However,) unlike Y, …" at the start of the sentence: Y's terms, the comma's token, and whether it contrasts. */
function frontedPartner(v: SentenceView): { ents: number[]; last: number; contrast: boolean } | undefined {
  let i = 0;
  // ("However,", "Interestingly,": a linking word before it.)
  while (i < 2 && i < v.n && (isAdverbish(v, i) || v.toks[i].tags.has('Conjunction')) && hasComma(v.toks[i])) i++;
  for (let len = LONGEST_FRONTED_CUE; len >= 1; len--) {
    const sign = FRONTED_COMPANION_CUES[Array.from({ length: len }, (_, k) => word(v, i + k)).join(' ')];
    if (sign === undefined) continue;
    let k = i + len;
    if (DETERMINERS.has(word(v, k))) k++;
    if (!isEnt(v, k)) return undefined;
    const g = groupRight(v, k);
    return hasComma(v.toks[g.last]) ? { ents: g.ents, last: g.last, contrast: sign < 0 } : undefined;
  }
  return undefined;
}

/**
 * A claim after a fronted comparison: the compared terms share it (or its denial). When the compared term is
 * the claim's own subject ("Unlike MSCs, MSC-conditioned medium had no effect …"), the subject mention is a
 * form of it the sentence sets apart, and the comparison is the claim about the term itself.
 */
function readFronted(v: SentenceView, sink: ClaimSink, fronted: { ents: number[]; last: number; contrast: boolean }): void {
  // Only the clause the comparison opens: "Unlike Y, X had no effect on A, but it reduced B" says nothing of Y and B.
  const clause = clauseEnd(v, fronted.last + 1);
  // (Only claims of the clause's own subject: "Unlike MSCs, MSC-CM had no effect on the expression of IL-10 in
  // macrophages" compares the MSCs with the medium, not with the macrophages that express IL-10.)
  const subject = clauseSubjectAfter(v, fronted.last + 1, clause);
  // ("In contrast to osteoblasts, osteoclasts showed strong staining for IL-34, suggesting … by facilitating
  // osteoclast formation": and only what the clause says before a comma sets off a participle's clause.)
  const end = Math.min(phraseEnd(v, subject?.last ?? fronted.last + 1), clause);
  for (const c of [...sink.claims]) {
    const at = tokenAtOffset(v, c.subjectSpan.start);
    if (c.kind === 'attribute' || c.object === undefined || at <= fronted.last || at > end) continue;
    // (Nor what a word before the subject says of it, "bone-resorbing osteoclasts": the comparison is of the predicate.)
    if (c.cueSpan && (tokenAtOffset(v, c.cueSpan.start) > end || (subject !== undefined && tokenAtOffset(v, c.cueSpan.start) < subject.first))) continue;
    if (subject !== undefined && !subject.ents.includes(at) && c.subjectSpan.start >= v.toks[subject.last].oend) continue;
    for (const k of fronted.ents) {
      if (mentionOf(v, k).id !== c.subject) derive(v, sink, c, 'subject', k, fronted.contrast);
      else if (fronted.contrast && sink.claims.includes(c)) {
        // ("Unlike MSCs and BMSCs, …": the claim is replaced once.)
        sink.claims.splice(sink.claims.indexOf(c), 1);
        sink.seen.delete(claimKey(c));
        derive(v, sink, c, 'subject', k, true, true);
      }
    }
  }
}

/** The term group that opens the clause from k (past determiners and compound adjectives), if a term opens it. */
function clauseSubjectAfter(v: SentenceView, k: number, end: number): Group | undefined {
  let j = k;
  // (Past determiners and a compound adjective's hyphened parts: "bone-resorbing osteoclasts".)
  while (j <= end && !isEnt(v, j) && (DETERMINERS.has(word(v, j)) || v.toks[j].post === '-' || (j > k && v.toks[j - 1].post === '-'))) j++;
  return j <= end && isEnt(v, j) ? groupRight(v, j) : undefined;
}

/**
 * Whether claim c was read from a nominalisation that is the complement of a need ("X is essential for the
 * induction of Y by IL-13 but not IL-4"): the contrast then denies the need, and the event of the other
 * agent is taken as given like the first one's.
 */
function nominalUnderRequirement(v: SentenceView, c: ExtractedClaim): boolean {
  if (c.rule !== 'nominal-of-by' || !c.cueSpan) return false;
  let k = tokenAtOffset(v, c.cueSpan.start) - 1;
  while (k > 0 && DETERMINERS.has(word(v, k))) k--;
  return (word(v, k) === 'for' || word(v, k) === 'to') && REQUIREMENT_ADJECTIVES.has(word(v, k - 1));
}

/** Was claim c read from a predicate noun of rank ("X, not Y, is the main source of Z")? A contrast then denies Y the rank only. */
function rankedPredicate(v: SentenceView, c: ExtractedClaim): boolean {
  if (!c.cueSpan) return false;
  const k = tokenAtOffset(v, c.cueSpan.start) - 1;
  return PRIMACY_ADJECTIVES.has(word(v, k)) || (isAdverbish(v, k) && PRIMACY_ADJECTIVES.has(word(v, k - 1)));
}

function readCompanions(v: SentenceView, sink: ClaimSink): void {
  const fronted = frontedPartner(v);
  if (fronted) readFronted(v, sink, fronted);
  const read = [...sink.claims];
  for (const c of read) {
    if (c.kind === 'attribute' || c.object === undefined || !c.objectSpan) continue;
    for (const role of ['subject', 'object'] as const) {
      const span = role === 'subject' ? c.subjectSpan : c.objectSpan;
      const at = tokenAtOffset(v, span.start);
      if (!isEnt(v, at) || v.toks[at].oend <= span.start) continue;
      const found = partnersAfter(v, groupRight(v, at).last);
      if (!found) continue;
      if (found.contrast && rankedPredicate(v, c)) continue;
      const contrast = found.contrast && !nominalUnderRequirement(v, c);
      for (const k of found.ents) derive(v, sink, c, found.actor ? 'subject' : companionRole(v, c, role, at, k), k, contrast);
    }
  }
}

/**
 * The role a companion after `role`'s term (at token `ownAt`) takes: its own, unless, after a comma, it is of another family of
 * terms (mediators, cells, processes, …) than that term and of the other one's ("IL-4 did not increase
 * osteoclast numbers, unlike RANKL": a mediator compared with the mediator that acts, not with the cells).
 */
function companionRole(v: SentenceView, c: ExtractedClaim, role: 'subject' | 'object', ownAt: number, k: number): 'subject' | 'object' {
  const otherSpan = role === 'subject' ? c.objectSpan : c.subjectSpan;
  const otherAt = otherSpan ? tokenAtOffset(v, otherSpan.start) : -1;
  // (Only after a comma: "IL-4 inhibits NFATc1 but not RANKL" joins RANKL to the object, whatever its kind;
  // and only between terms of their own: a term inside a word, "bone-resorbing", has no family to compare.)
  if (otherAt < 0 || !isEnt(v, otherAt) || !hasComma(v.toks[groupRight(v, ownAt).last])) return role;
  const family = familyIdOf(mentionOf(v, k).type);
  const own = familyIdOf(mentionOf(v, ownAt).type);
  return family !== own && family === familyIdOf(mentionOf(v, otherAt).type) ? (role === 'subject' ? 'object' : 'subject') : role;
}

/** A second term that shares the claim ("like", "in synergy with") is read a little less surely than the first. */
const COMPARISON_FACTOR = 0.9;
/**
 * A denial drawn from a contrast ("… by IL-13 but not IL-4", "TNF, but not RANKL, increased …") compares
 * the other term under the sentence's own conditions (a receptor chain, an isoform, a dose, a cell line)
 * and says less than a denial written out; on prose the rules were not built on it was wrong more often
 * than right, so on its own it stays under the default warning line (0.85 × 0.78 = 0.66: a possible
 * contradiction).
 */
const CONTRAST_FACTOR = 0.78;

function derive(v: SentenceView, sink: ClaimSink, c: ExtractedClaim, role: 'subject' | 'object', k: number, contrast: boolean, sameTerm = false): void {
  const m = mentionOf(v, k);
  if (m.ambiguous || (!sameTerm && (m.id === c.subject || m.id === c.object))) return;
  const { rule: _rule, reach: _reach, confidence: _confidence, span: _span, ...base } = c;
  emit(sink, {
    ...base,
    ...(role === 'subject' ? { subject: m.id, subjectSpan: { start: m.start, end: m.end } } : { object: m.id, objectSpan: { start: m.start, end: m.end } }),
    negated: contrast ? !c.negated : c.negated,
    factor: contrast ? CONTRAST_FACTOR : COMPARISON_FACTOR,
    // ("MSCs differentiated into osteoblasts but not adipocytes": which lineage the cells took under the
    // study's conditions, not a denial that they can take the other.)
    ...(contrast && role === 'object' && c.kind === 'lineage' ? { agreementOnly: true } : {}),
  });
}

export const companion: Rule = {
  id: 'companion',
  phenomenon: 'A second actor or target brought in by a comparison ("like", "in synergy with") or a contrast ("but not", "unlike") cue shares the claim, or its denial.',
  confidence: 0.85,
  read: readCompanions,
  examples: [
    { text: 'IL-4, like IL-10, inhibits osteoclastogenesis.', reads: ['il-10 inhibits osteoclastogenesis'] },
    { text: 'IL-4 acts in synergy with IL-10 to inhibit osteoclastogenesis.', reads: ['il-10 inhibits osteoclastogenesis'] },
    { text: 'Osteoclast formation was inhibited more by IL-4 than by IL-10.', reads: ['il-10 inhibits osteoclastogenesis'] },
    { text: 'TNF-α synergizes with RANKL to induce osteoclast formation.', reads: ['rankl induces osteoclastogenesis'] },
    { text: 'NFATc1 is inhibited by IL-4 but not by TNF-α.', reads: ['tnf-alpha inhibits! nfatc1'] },
    { text: 'IL-4 inhibits NFATc1 but not RANKL.', reads: ['il-4 inhibits! rankl'] },
    { text: 'IL-4, unlike TNF-α, inhibits osteoclastogenesis.', reads: ['tnf-alpha inhibits! osteoclastogenesis'] },
    { text: 'TNF-α, not IL-10, induced LRG1 expression.', reads: ['il-10 induces! lrg1'] },
    { text: 'The receptor chain is essential for the induction of M2 polarization by IL-13 but not IL-4.', reads: ['il-4 promotes m2-polarization'], not: ['il-4 promotes! m2-polarization'] },
    { text: 'Osteocytes, not osteoblasts, are the main source of RANKL.', not: ['osteoblast secretes! rankl'] },
    { text: 'Like IL-4, IL-13 inhibits osteoclastogenesis.', reads: ['il-4 inhibits osteoclastogenesis'] },
    { text: 'M2 but not M1 macrophages enhanced bone formation.', reads: ['m1-macrophage enhances! bone-formation'] },
    { text: 'The compound drove the differentiation of MSCs into osteoblasts but not adipocytes.', not: ['msc differentiates-into! adipocyte'] },
    { text: 'IL-4 did not increase osteoclast numbers, in contrast to RANKL.', reads: ['rankl increases osteoclastogenesis'], not: ['il-4 increases rankl'] },
    { text: 'IL-4 suppressed osteoclast formation, as did IL-13.', reads: ['il-13 suppresses osteoclastogenesis'], not: ['il-4 suppresses il-13'] },
    { text: 'However, unlike IL-4, TNF-α did not inhibit osteoclast formation.', reads: ['il-4 inhibits osteoclastogenesis'] },
    { text: 'Unlike MSCs, MSC-CM had no significant effect on the expression of TNF-α in macrophages.', reads: ['msc regulates tnf-alpha'], not: ['msc regulates! tnf-alpha', 'msc expresses! tnf-alpha'] },
    { text: 'Unlike MSCs and BMSCs, MSC-CM had no effect on TNF-α, but it reduced IL-6.', reads: ['msc regulates tnf-alpha'], not: ['msc regulates! tnf-alpha', 'msc reduces! il-6'] },
    { text: 'In contrast to osteoblasts, bone-resorbing osteoclasts stained strongly for IL-34, suggesting a role in facilitating osteoclast formation.', not: ['osteoblast promotes! osteoclastogenesis', 'osteoblast promotes! bone-resorption'] },
  ],
};
