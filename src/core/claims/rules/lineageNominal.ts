/**
 * Lineage stated by a noun rather than a verb: "the differentiation of macrophages into osteoclasts"
 * (macrophages become osteoclasts, whatever the sentence says drives it), and the lineages a cell's
 * differentiation is said to include: "MSCs, with multilineage differentiation potential, including
 * osteoblasts and adipocytes".
 */
import { FORMATION_NOUNS, LINEAGE_INTO, LINEAGE_LIST_CUES, LINEAGE_NOUNS } from '../grammar';
import { hasComma } from '../tokens';
import { emit, emitPairs, type ClaimSink, type PairExtras } from '../sink';
import { breaksClause, clauseStart } from '../sentence/clauses';
import { groupRight, single, type Group } from '../sentence/groups';
import { nominalPolarity, sentenceFrame } from '../sentence/polarity';
import { contextFor } from '../sentence/qualifiers';
import type { SentenceView } from '../sentence/view';
import { verbCueAt } from '../sentence/verbCue';
import { isEnt, mentionOf, qualifiesNoun, word } from '../sentence/words';
import type { Rule } from './rule';

const isCell = (v: SentenceView, i: number): boolean => isEnt(v, i) && mentionOf(v, i).type === 'cell';

/** The cells of a group that starts at i, or undefined when it names no cell. */
function cellsFrom(v: SentenceView, i: number): Group | undefined {
  if (!isCell(v, i)) return undefined;
  const g = groupRight(v, i);
  const ents = g.ents.filter((k) => isCell(v, k));
  return ents.length > 0 ? { ...g, ents } : undefined;
}

/** Most terms a marker may be named by before its "+" ("tartrate-resistant acid phosphatase (TRAP)+"). */
const MARKER_REACH = 2;

/** "TRAP+", "TRAP-positive", "tartrate-resistant acid phosphatase (TRAP)+" at j, a marker naming cells: the word after it, or j. */
function pastPositiveMarker(v: SentenceView, j: number): number {
  for (let k = j; k < j + MARKER_REACH && v.toks[k]?.ent !== undefined && !isCell(v, k); k++) {
    if (/\+\)?\s*$/.test(v.toks[k].post)) return k + 1;
    if (word(v, k + 1) === 'positive') return k + 2;
  }
  return j;
}

/** Past determiners and words that only qualify a noun ("the invading", "human", "the adult bone marrow", "TRAP+"). */
function pastModifiers(v: SentenceView, k: number, limit: number): number {
  let j = k;
  while (j < v.n && j < k + limit && !hasComma(v.toks[j])) {
    const marker = pastPositiveMarker(v, j);
    if (marker > j) j = marker;
    else if (qualifiesNoun(v, j)) j++;
    else break;
  }
  return j;
}

/** "… into B" / "…, including B" / "… such as B" after the lineage noun (its own words in between), or undefined. */
function targetsAfter(v: SentenceView, k: number, withList: boolean): Group | undefined {
  for (let j = k; j < Math.min(v.n, k + 5); j++) {
    if (isEnt(v, j)) return undefined;
    const w = word(v, j);
    const listed = withList && (LINEAGE_LIST_CUES.has(w) || (w === 'such' && word(v, j + 1) === 'as'));
    if (LINEAGE_INTO.has(w) || listed) return cellsFrom(v, pastModifiers(v, j + (w === 'such' ? 2 : 1), 4));
    if (hasComma(v.toks[j]) && !LINEAGE_LIST_CUES.has(word(v, j + 1)) && word(v, j + 1) !== 'such') return undefined;
  }
  return undefined;
}

/** The nearest cell named before i in the sentence, with no clause-breaking word between. */
function cellBefore(v: SentenceView, i: number): number {
  for (let j = i - 1; j >= 0; j--) {
    if (breaksClause(v, j)) return -1;
    // ("osteoclast conditioned medium stimulates hMS cell migration and differentiation toward …": a verb of
    // effect, or cells the lexicon does not name, stand between; the cell before is not the one that changes.)
    if (v.toks[j].ent === undefined && (/^cells?$/.test(word(v, j)) || (verbCueAt(v, j)?.sign ?? 0) !== 0)) return -1;
    if (isCell(v, j)) return j;
  }
  return -1;
}

/** "differentiate", "differentiated", "differentiating": the verb of a lineage, used with the cells as its object. */
const LINEAGE_VERB = /^(?:trans)?differentiat(?:e|es|ed|ing)$/;

/**
 * The cells that differentiate, when the verb or the noun at i takes them as its object or subject without
 * a lineage noun of its own: "(act to) differentiate MSCs into osteoblasts", "induce MSCs to differentiate
 * into osteoblasts", and a term that is a cell's differentiation ("the differentiation of MSCs into
 * osteoblasts", where "differentiation of MSCs" is one term).
 */
function causedLineage(v: SentenceView, i: number): { from: Group; targets: Group; fromId?: string } | undefined {
  const w = word(v, i);
  if (isEnt(v, i)) {
    const m = mentionOf(v, i);
    const cell = m.type === 'process' ? v.lexicon.cellOf(m.id) : undefined;
    if (cell === undefined || !v.text.slice(m.start, m.end).toLowerCase().split(/[\s-]/).some((x) => LINEAGE_NOUNS.has(x))) return undefined;
    const targets = LINEAGE_INTO.has(word(v, i + 1)) ? cellsFrom(v, pastModifiers(v, i + 2, 4)) : undefined;
    return targets ? { from: single(i), targets, fromId: cell } : undefined;
  }
  if (!LINEAGE_VERB.test(w)) return undefined;
  // "differentiate MSCs into osteoblasts"
  const object = cellsFrom(v, pastModifiers(v, i + 1, 3));
  if (object) {
    const targets = LINEAGE_INTO.has(word(v, object.last + 1)) ? cellsFrom(v, pastModifiers(v, object.last + 2, 4)) : undefined;
    return targets ? { from: object, targets } : undefined;
  }
  // "induce MSCs to differentiate into osteoblasts"
  if (word(v, i - 1) === 'to' && isCell(v, i - 2) && LINEAGE_INTO.has(word(v, i + 1))) {
    const targets = cellsFrom(v, pastModifiers(v, i + 2, 4));
    return targets ? { from: single(i - 2), targets } : undefined;
  }
  return undefined;
}

/** The lineage cue at i and how it is read (denied, hedged, its context up to `last`); undefined when the sentence's frame skips it. */
function lineageReading(v: SentenceView, i: number, last: number, from: Group) {
  const frame = sentenceFrame(v, i);
  if (frame.skip) return undefined;
  const pol = nominalPolarity(v, i, last);
  const cue = { at: i, lastAt: i, relation: 'differentiates-into' as const, sign: 0 as const, lineage: 'forward' as const };
  return { cue, extras: { negated: pol.negated, hedged: pol.hedged || frame.hedged, passive: false, ctx: contextFor(v, clauseStart(v, i), last, from) } };
}

/**
 * A lineage stated through a process term at `termAt` that stands for the cells `cellId` (their
 * differentiation, or their formation): each of `cells` becomes them (`cellsBecome`) or comes from them. The
 * term is the cue and the span of `cellId`.
 */
function emitThroughTerm(v: SentenceView, sink: ClaimSink, termAt: number, cellId: string, cells: Group, cellsBecome: boolean, extras: PairExtras): void {
  const t = mentionOf(v, termAt);
  const termSpan = { start: t.start, end: t.end };
  for (const k of cells.ents) {
    const m = mentionOf(v, k);
    if (m.ambiguous || m.id === cellId) continue;
    const cellSpan = { start: m.start, end: m.end };
    emit(sink, {
      kind: 'lineage', subject: cellsBecome ? m.id : cellId, object: cellsBecome ? cellId : m.id, relation: 'differentiates-into', sign: 0,
      negated: extras.negated, hedged: extras.hedged, passive: false, context: extras.ctx,
      subjectSpan: cellsBecome ? cellSpan : termSpan, objectSpan: cellsBecome ? termSpan : cellSpan, cueSpan: termSpan, cueText: v.text.slice(t.start, t.end),
    });
  }
}

function readCausedLineage(v: SentenceView, sink: ClaimSink, i: number): void {
  const found = causedLineage(v, i);
  const reading = found ? lineageReading(v, i, found.targets.last, found.from) : undefined;
  if (!found || !reading) return;
  const { cue, extras } = reading;
  if (found.fromId === undefined) {
    emitPairs(v, sink, cue, found.from, found.targets, 0, extras);
    return;
  }
  // The term names the cells' process; the cells it is of are what differentiate.
  emitThroughTerm(v, sink, found.from.first, found.fromId, found.targets, false, extras);
}

/**
 * A term at i that is itself the formation of cells ("the generation of osteoclasts", "formation of
 * TRAP-positive osteoclasts" are osteoclastogenesis): the id of the cells it forms, named by the term's last
 * word and whose activity the term is; undefined otherwise.
 */
function formationTermAt(v: SentenceView, i: number): string | undefined {
  if (!isEnt(v, i)) return undefined;
  const m = mentionOf(v, i);
  const words = v.text.slice(m.start, m.end).toLowerCase().split(/\s+/);
  if (m.type !== 'process' || !FORMATION_NOUNS.has(words[0]) || words[1] !== 'of') return undefined;
  const cell = v.lexicon.termNamed(words[words.length - 1]);
  return cell !== undefined && v.lexicon.activityOf(cell) === m.id ? cell : undefined;
}

/**
 * "formation of (functional) osteoclasts from (human CD14+) monocytes" at i: the cells formed after "of",
 * and after "from" the cells they form from, which become them.
 */
function formedFrom(v: SentenceView, i: number): { from: Group; targets: Group; targetId?: string } | undefined {
  const formed = formationTermAt(v, i);
  if (formed !== undefined) {
    const from = word(v, i + 1) === 'from' ? cellsFrom(v, pastModifiers(v, i + 2, 4)) : undefined;
    return from ? { from, targets: single(i), targetId: formed } : undefined;
  }
  if (!FORMATION_NOUNS.has(word(v, i)) || v.toks[i].ent !== undefined || word(v, i + 1) !== 'of') return undefined;
  const targets = cellsFrom(v, pastModifiers(v, i + 2, 4));
  if (!targets || hasComma(v.toks[targets.last]) || word(v, targets.last + 1) !== 'from') return undefined;
  const from = cellsFrom(v, pastModifiers(v, targets.last + 2, 4));
  return from ? { from, targets } : undefined;
}

function readFormedFrom(v: SentenceView, sink: ClaimSink, i: number): void {
  const found = formedFrom(v, i);
  const reading = found ? lineageReading(v, i, found.from.last, found.from) : undefined;
  if (!found || !reading) return;
  if (found.targetId === undefined) {
    emitPairs(v, sink, reading.cue, found.from, found.targets, 0, reading.extras);
    return;
  }
  // The term names the cells' formation; the cells it forms are what the source cells become.
  emitThroughTerm(v, sink, i, found.targetId, found.from, true, reading.extras);
}

function readLineageNominals(v: SentenceView, sink: ClaimSink): void {
  for (let i = 0; i < v.n; i++) {
    readCausedLineage(v, sink, i);
    readFormedFrom(v, sink, i);
    if (!LINEAGE_NOUNS.has(word(v, i)) || v.toks[i].ent !== undefined) continue;
    const frame = sentenceFrame(v, i);
    if (frame.skip) continue;
    let from: Group | undefined;
    let targets: Group | undefined;
    if (word(v, i + 1) === 'of') {
      // "the differentiation of (invading) macrophages into osteoclasts", "… of the adult human bone marrow MSC to osteoblasts"
      from = cellsFrom(v, pastModifiers(v, i + 2, 6));
      if (from) targets = targetsAfter(v, from.last + 1, false);
    } else {
      // "multilineage differentiation (potential), including osteoblasts and adipocytes": the cell named before.
      targets = targetsAfter(v, i + 1, true);
      const c = targets ? cellBefore(v, i) : -1;
      if (c >= 0) from = single(c);
    }
    if (!from || !targets) continue;
    const pol = nominalPolarity(v, i, targets.last);
    emitPairs(v, sink, { at: i, lastAt: i, relation: 'differentiates-into', sign: 0, lineage: 'forward' }, from, targets, 0, {
      negated: pol.negated, hedged: pol.hedged || frame.hedged, passive: false, ctx: contextFor(v, clauseStart(v, i), targets.last, from),
    });
  }
}

export const lineageNominal: Rule = {
  id: 'lineage-nominal',
  phenomenon: 'A lineage named by a noun: "the differentiation of A into B", "differentiation potential, including B and C", "the formation of B from A".',
  confidence: 0.85,
  read: readLineageNominals,
  examples: [
    { text: 'Osteoclast conditioned medium stimulates stem cell migration and differentiation toward the osteoblast lineage.', not: ['osteoclast differentiates-into osteoblast'] },
    { text: 'The implant drove the differentiation of recruited macrophages into osteoclasts.', reads: ['macrophage differentiates-into osteoclast'] },
    { text: 'Stromal cells from the pulp are MSCs with multilineage differentiation, including osteoblasts and adipocytes.', reads: ['msc differentiates-into osteoblast', 'msc differentiates-into adipocyte'] },
    { text: 'MSCs retain a differentiation potential into chondrocytes.', reads: ['msc differentiates-into chondrocyte'] },
    { text: 'The differentiation of MSCs was measured in osteoblasts.', not: ['msc differentiates-into osteoblast'] },
    { text: 'IL-4 induced the differentiation of MSCs into osteoblasts.', reads: ['msc differentiates-into osteoblast'] },
    { text: 'The differentiation of MSCs into osteoblasts was enhanced.', reads: ['msc differentiates-into osteoblast'] },
    { text: 'Interferon acts to differentiate MSCs into osteoblasts.', reads: ['msc differentiates-into osteoblast'] },
    { text: 'The differentiation of MSCs was enhanced in osteoblast cultures.', not: ['msc differentiates-into osteoblast'] },
    { text: 'IL-33 stimulates the formation of functional osteoclasts from human CD14+ monocytes.', reads: ['monocyte differentiates-into osteoclast'] },
    { text: 'The generation of osteoclasts in cultures from mice was low.', not: ['mouse differentiates-into osteoclast'] },
    { text: 'IL-33 raised the generation of osteoclasts from human monocytes.', reads: ['monocyte differentiates-into osteoclast'] },
    { text: 'IL-33 raised the formation of tartrate-resistant acid phosphatase (TRAP)+ multinuclear osteoclasts from monocytes.', reads: ['monocyte differentiates-into osteoclast'] },
    { text: 'RANKL drove the differentiation of macrophages into tartrate-resistant acid phosphatase-positive (TRAP+) osteoclastic cells.', reads: ['macrophage differentiates-into osteoclast'] },
  ],
};
