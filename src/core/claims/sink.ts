/**
 * Where rules put the claims they read. Each claim records the rule that read it and how directly
 * (its reach); a pair already read by an earlier rule is not read twice.
 */
import { extractionConfidence } from '../confidence';
import { BETTERMENT_VERBS, BREAKDOWN_NOUNS, FUNCTION_WORDS, LOSS_HEAD_NOUNS, MILIEU_NOUNS, REMEDY_VERBS, RESCUING_VERBS, TREATING_VERBS } from './grammar';
import type { Sign } from '../lexicon/relations';
import type { Cue } from './sentence/verbCue';
import type { Group } from './sentence/groups';
import type { SentenceView } from './sentence/view';
import { mentionOf, spanOfToks, word } from './sentence/words';
import type { SentenceMention } from './tokens';
import type { ClaimContext, ClaimReach, ExtractedClaim } from './types';

export interface ClaimSink {
  readonly claims: ExtractedClaim[];
  /** Keys of the claims read so far ("subject|object|relation|negated"), so no pair is read twice. */
  readonly seen: Set<string>;
  /** The rule now reading and its base confidence (set by the registry before each rule runs). */
  rule: string;
  base: number;
  /**
   * Start offsets of mentions that stand for a term named elsewhere — a pronoun or "the cytokine", or an
   * action whose cell an earlier sentence named — with the reach a claim on them is read with.
   */
  readonly references: ReadonlyMap<number, ClaimReach>;
}

export function createSink(references: ReadonlyMap<number, ClaimReach> = new Map()): ClaimSink {
  return { claims: [], seen: new Set(), rule: '', base: 1, references };
}

type Draft = Omit<ExtractedClaim, 'span' | 'rule' | 'reach' | 'confidence'> & {
  span?: { start: number; end: number };
  reach?: ClaimReach;
  /** A rule's doubt about this reading in particular (a reversal through loss of function …), in (0, 1]. */
  factor?: number;
};

/** The key a claim is known by in a sink's `seen`: one reading of a pair per direction and polarity. */
export function claimKey(c: Pick<ExtractedClaim, 'subject' | 'object' | 'relation' | 'negated'>): string {
  return `${c.subject}|${c.object ?? ''}|${c.relation}|${c.negated}`;
}

export function emit(sink: ClaimSink, c: Draft): void {
  const key = claimKey(c);
  if (sink.seen.has(key)) return;
  sink.seen.add(key);
  let span = c.span;
  if (!span) {
    span = { start: c.subjectSpan.start, end: c.subjectSpan.end };
    for (const s of [c.objectSpan, c.cueSpan]) {
      if (!s) continue;
      if (s.start < span.start) span.start = s.start;
      if (s.end > span.end) span.end = s.end;
    }
  }
  const throughReference = sink.references.get(c.subjectSpan.start) ?? (c.objectSpan !== undefined ? sink.references.get(c.objectSpan.start) : undefined);
  const reach = throughReference ?? c.reach ?? 'clause';
  // Built field by field: this runs for every claim of every sentence.
  sink.claims.push({
    kind: c.kind, subject: c.subject, object: c.object, relation: c.relation, sign: c.sign, negated: c.negated, hedged: c.hedged,
    passive: c.passive, context: c.context, attribute: c.attribute, span, subjectSpan: c.subjectSpan, objectSpan: c.objectSpan,
    cueSpan: c.cueSpan, cueText: c.cueText, rule: sink.rule, reach, confidence: extractionConfidence(sink.base, reach, c.factor),
  });
  // (A reading that can only agree, such as a lineage the cells did not take under the study's conditions.)
  if (c.agreementOnly === true) sink.claims[sink.claims.length - 1].agreementOnly = true;
}

export interface PairExtras {
  negated: boolean;
  hedged: boolean;
  passive: boolean;
  ctx: ClaimContext;
  /** Process ids that replace the object / subject entity (a cell's migration for "migration of MSCs"). */
  objectIds?: string[];
  subjectIds?: string[];
  /** Subject tokens whose effect reads reversed on their own ("OPG and anti-TNF antibodies"). */
  flippedSubjects?: ReadonlySet<number>;
  reach?: ClaimReach;
  factor?: number;
  /**
   * Objects the mention filters kept from readings as a receptor's name ("the receptor for RANKL") are the
   * partner itself for the rule that reads that phrase (binding-partner).
   */
  receptorNamedObjects?: boolean;
}

function pairUp(subjects: Group, objects: Group, respectively: boolean): Array<[number, number]> {
  if (respectively && subjects.ents.length === objects.ents.length) return subjects.ents.map((s, k) => [s, objects.ents[k]]);
  const out: Array<[number, number]> = [];
  for (const s of subjects.ents) for (const o of objects.ents) out.push([s, o]);
  return out;
}

/** The relation a cue expresses once the object's own direction is folded in. */
function relationFor(cue: Cue, sign: Sign): string {
  if (sign === cue.sign) return cue.relation;
  // (A signed cue on something with no direction, "enhanced the effect of X on Y", names no direction either.)
  return sign === 1 ? 'promotes' : sign === -1 ? 'inhibits' : 'regulates';
}

/** Does a term's spelling end in a word of loss ("bone loss", "bone destruction")? */
export function namesLoss(spelling: string): boolean {
  return LOSS_HEAD_NOUNS.has(spelling.toLowerCase().split(/[\s-]+/).pop() ?? '');
}

/** Does a term's spelling name a function ("MSC migration", "fracture healing")? */
function namesFunction(spelling: string): boolean {
  return spelling.toLowerCase().split(/[\s-]+/).some((w) => FUNCTION_WORDS.has(w));
}

// linear: one coordinator, then at most three words (the other modifiers), each ended by spaces.
const SHARED_HEAD_COORDINATOR = /^\s*,?\s*(?:and|or)\s+(?:[\p{L}-]+\s+){0,3}$/u;

/**
 * The words that name a term: its own span, and for a modifier whose head the author wrote once ("bone and
 * cartilage regeneration": "bone" names bone regeneration) the next term's span too, which holds the head.
 */
function namingWords(v: SentenceView, m: { start: number; end: number }): string {
  const next = v.mentions.find((o) => o.start >= m.end);
  if (!next || next.start - m.end > 40) return v.text.slice(m.start, m.end);
  const between = v.text.slice(m.end, next.start);
  const modifierOnly = !/\s/.test(v.text.slice(m.start, m.end).trim());
  return modifierOnly && SHARED_HEAD_COORDINATOR.test(between) ? v.text.slice(m.start, next.end) : v.text.slice(m.start, m.end);
}

/**
 * "SDF-1 recruited MSCs and haematopoietic cells": recruiting cells is promoting their recruitment, when
 * the lexicon names that process for the cells (each cell of a list on its own; cells without one keep
 * the plain "recruits").
 */
function recruitedProcess(v: SentenceView, om: SentenceMention, relation: string): SentenceMention | undefined {
  if (relation !== 'recruits' || om.type !== 'cell') return undefined;
  const id = v.lexicon.compositeOf(om.id, 'recruitment');
  return id === undefined ? undefined : { ...om, id, type: 'process' };
}

/**
 * "anti-" or "non-" glued before a process or an ailment whose spelling starts inside the word ("anti-|
 * inflammatory signalling", "non-|osteogenic"), else undefined. Molecules keep their own readings ("anti-TNF"
 * is an antibody, read as a loss of function by the rules that know it).
 */
export function turningPrefixBefore(v: SentenceView, m: SentenceMention): 'anti' | 'non' | undefined {
  if (m.type !== 'process' && m.type !== 'disease') return undefined;
  const before = /(anti|non)-$/i.exec(v.text.slice(Math.max(0, m.start - 5), m.start));
  return before ? (before[1].toLowerCase() as 'anti' | 'non') : undefined;
}

/** Emits one claim per subject × object pair (pairwise with "respectively"). */
export function emitPairs(v: SentenceView, sink: ClaimSink, cue: Cue, subj: Group, obj: Group, sign: Sign, extra: PairExtras): void {
  const { toks, text, n } = v;
  // ("M1 and M2 macrophages secrete TNF-α and IL-10, respectively"; in a passive the word follows the agents:
  // "TNF-α and IL-10 were secreted by M1 and M2 macrophages, respectively".)
  const respectivelyAfter = (last: number): boolean => text.slice(toks[last].oend, toks[Math.min(n - 1, last + 3)].oend).toLowerCase().includes('respectively');
  const respectively = respectivelyAfter(obj.last) || respectivelyAfter(subj.last);
  const pairs: Array<[SentenceMention, SentenceMention, Sign]> = [];
  for (const [s, o] of pairUp(subj, obj, respectively)) {
    const sms = extra.subjectIds ? extra.subjectIds.map((id) => ({ ...mentionOf(v, s), id, type: 'process' })) : [mentionOf(v, s)];
    const oms = extra.objectIds ? extra.objectIds.map((id) => ({ ...mentionOf(v, o), id, type: 'process' })) : [mentionOf(v, o)];
    const own = (extra.flippedSubjects?.has(s) ? -sign : sign) as Sign;
    for (const a of sms) for (const b of oms) pairs.push([a, b, own]);
  }
  // ("MSCs improved joint inflammation": making an ailment better lessens it.)
  const betters = BETTERMENT_VERBS.has(word(v, cue.at));
  // ("the migration of MSCs was ameliorated": a remedy applied to a function betters it.)
  const remedies = REMEDY_VERBS.has(word(v, cue.at));
  // ("IL-6 rescued bone loss": rescuing a term that names a loss counters the loss.)
  const rescues = RESCUING_VERBS.has(v.nlp.cueLemma(word(v, cue.at)) ?? '');
  // ("MSCs show promise in treating bone regeneration": treating a function is using the cells for it, no fall.)
  const treats = TREATING_VERBS.has(word(v, cue.at));
  for (const [sm, named, namedSign] of pairs) {
    if (sm.ambiguous || (named.ambiguous && extra.receptorNamedObjects !== true) || sm.id === named.id) continue;
    // ("MSCs promote anti-inflammatory signalling": a process glued after "anti-" is turned around, so raising
    // it lowers the process; "non-" leaves nothing to read, and neither prefix leaves a subject to read.)
    if (turningPrefixBefore(v, sm) !== undefined) continue;
    const objectPrefix = turningPrefixBefore(v, named);
    if (objectPrefix === 'non') continue;
    const pairSign = (objectPrefix === 'anti' ? -namedSign : namedSign) as Sign;
    const recruited = recruitedProcess(v, named, relationFor(cue, pairSign));
    const om = recruited ?? named;
    const lineage = cue.lineage !== undefined;
    // ("IL-4 improved bone loss": a term spelled as a loss is an ailment too, whatever process it names.)
    const lessens = (betters && pairSign === 1 && (v.lexicon.isAilment(om.id) || namesLoss(text.slice(om.start, om.end)))) || (rescues && pairSign === 1 && namesLoss(text.slice(om.start, om.end)));
    const mends = remedies && pairSign === -1 && !v.lexicon.isAilment(om.id) && namesFunction(namingWords(v, om));
    const aimsAt = treats && pairSign === -1 && !v.lexicon.isAilment(om.id) && namesFunction(namingWords(v, om));
    // ("improved the immune microenvironment", "improves bone resorption": a surrounding state, or a breakdown,
    // made better is steered, not raised.)
    const lastWord = text.slice(om.start, om.end).toLowerCase().split(/[\s-]+/).pop() ?? '';
    const steers = aimsAt || (betters && pairSign === 1 && !lessens && (MILIEU_NOUNS.has(lastWord) || BREAKDOWN_NOUNS.has(lastWord)));
    if (lineage && (sm.type !== 'cell' || om.type !== 'cell')) continue;
    const [from, into] = cue.lineage === 'backward' ? [om, sm] : [sm, om];
    emit(sink, {
      kind: lineage ? 'lineage' : 'interaction',
      subject: lineage ? from.id : sm.id,
      object: lineage ? into.id : om.id,
      relation: lineage ? 'differentiates-into' : lessens ? 'reduces' : mends ? 'enhances' : steers ? 'regulates' : recruited ? 'promotes' : relationFor(cue, pairSign),
      sign: lineage ? 0 : lessens ? -1 : mends ? 1 : steers ? 0 : pairSign,
      negated: extra.negated,
      hedged: extra.hedged,
      passive: extra.passive,
      context: extra.ctx,
      subjectSpan: { start: sm.start, end: sm.end },
      objectSpan: { start: om.start, end: om.end },
      cueSpan: spanOfToks(v, cue.at, cue.lastAt),
      cueText: text.slice(toks[cue.at].ostart, toks[cue.lastAt].oend),
      reach: extra.reach,
      factor: extra.factor,
    });
  }
}
