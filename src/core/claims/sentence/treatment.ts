/**
 * Cells named as treated with a term: "IL-4-treated macrophages", "LPS-preconditioned MSCs". In a result
 * about such cells ("IL-4-treated macrophages showed reduced NFATc1", "apoptosis of LPS-treated MSCs was
 * reduced") the term they were treated with is the actor.
 */
import { actionNounOfVerb } from '../../entities/capacityFrames';
import { BASELINE_CELL_WORDS, CONTACT_WORDS, DESTINATION_PREPOSITIONS, LOSS_OF_FUNCTION_NOUNS, MODEL_NOUNS, NOUN_MODIFIERS, RECEIVING_WORDS, STIMULUS_PARTICIPLES, TREATMENT_PARTICIPLES } from '../grammar';
import { groupLeft, groupRight, single, type Group } from './groups';
import type { SentenceView } from './view';
import { isEnt, mentionOf, risesInNumberAt, tokenAtOffset, word } from './words';
import type { ExtractedClaim } from '../types';

/** Most source words between a treatment participle and its cells ("treated human bone marrow MSCs"). */
const MODIFIER_REACH = 3;

/**
 * The term glued to a treatment participle right before the cells at `cellFirst`: "IL-4-treated
 * |macrophages", and the unhyphenated "IL-10 treated |macrophages" that authors write too.
 */
export function treatmentGluedBefore(v: SentenceView, cellFirst: number): Group | undefined {
  // ("IL-4-treated bone marrow macrophages", "hypoxic-preconditioned human MSCs": words that only say
  // where the cells come from may stand between.)
  const part = pastModifiersBack(v, cellFirst, 1);
  // ("heat-treated MSCs": a treatment term whose own words end with the participle.)
  if (v.toks[part]?.ent !== undefined && isCellAt(v, cellFirst) && namesTreatedState(v, part)) return single(part);
  const term = part - 1;
  if (term < 0 || !TREATMENT_PARTICIPLES.has(word(v, part)) || v.toks[term].ent === undefined || !/^[-\s]$/.test(v.toks[term].post)) return undefined;
  if (v.toks[term].post !== '-' && !isCellAt(v, cellFirst)) return undefined;
  return single(term);
}

/**
 * Does the term glued to treated cells (`agent`, as treatmentGluedBefore returns it) only stimulate them
 * ("TNF-α-activated stromal cells")? Then a fall reported in the cells is no effect of it (grammar.json
 * stimulusParticiples).
 */
export function onlyStimulates(v: SentenceView, agent: Group): boolean {
  return STIMULUS_PARTICIPLES.has(word(v, agent.last + 1));
}

/**
 * "using Hypoxia Preconditioned BMSCs", "by IL-4 treated macrophages": the cells named right after a term
 * and the participle of their treatment, which are what acts (the term is how they were treated), or
 * undefined when no such cells follow the group g.
 */
export function cellsTreatedAfter(v: SentenceView, g: Group): Group | undefined {
  const part = g.last + 1;
  if (!/^[-\s]$/.test(v.toks[g.last].post) || !TREATMENT_PARTICIPLES.has(word(v, part))) return undefined;
  const cells = pastModifiersForward(v, part + 1);
  return isCellAt(v, cells) ? groupRight(v, cells) : undefined;
}

/** Forward from j past the words that say where cells come from ("human bone marrow"): the token reached. */
function pastModifiersForward(v: SentenceView, j: number): number {
  let k = j;
  while (k < Math.min(v.n, j + MODIFIER_REACH) && !isEnt(v, k) && NOUN_MODIFIERS.has(word(v, k))) k++;
  return k;
}

/**
 * "macrophages treated with IL-10 |…", "macrophages co-cultured with MSCs |…": the agent group g, named
 * after cells and the participle of their treatment, is what the cells were given.
 */
export function treatedWith(v: SentenceView, g: Group): boolean {
  if (givenToModel(v, g)) return true;
  if (word(v, g.first - 1) !== 'with') return false;
  const participle = word(v, g.first - 2);
  if (!TREATMENT_PARTICIPLES.has(participle) && !CONTACT_WORDS.has(participle)) return false;
  // ("adding inhibitors to osteocytes cultured with TNF-α decreased RANKL": cells something was added to
  // are where the act took place; what acts is the act, not the cells' treatment.)
  // ("Mice treated with MSCs showed …": animals given the term, as cells are.)
  return g.first >= 3 && ((isCellAt(v, g.first - 3) && !cellsPutSomewhere(v, g.first - 3)) || isModelAt(v, g.first - 3));
}

/** "mice receiving MSCs", "rats that received IL-4", "patients given MSCs": the group g was given to a model. */
function givenToModel(v: SentenceView, g: Group): boolean {
  if (!RECEIVING_WORDS.has(word(v, g.first - 1))) return false;
  const before = /^(that|which|who)$/.test(word(v, g.first - 2)) ? g.first - 3 : g.first - 2;
  return isModelAt(v, before);
}

/** A model named by a plain noun, not a term: "mice", "rats", "patients". */
function isModelAt(v: SentenceView, k: number): boolean {
  return k >= 0 && v.toks[k]?.ent === undefined && MODEL_NOUNS.has(word(v, k));
}

/** "adding inhibitors to osteocytes …": are the cells whose last token is at `cells` where something was put? */
export function cellsPutSomewhere(v: SentenceView, cells: number): boolean {
  return DESTINATION_PREPOSITIONS.has(word(v, groupLeft(v, cells).first - 1));
}

/** Is the term at i a treatment or condition written as a participle ("heat-treated", "thermally treated")? */
function namesTreatedState(v: SentenceView, i: number): boolean {
  const m = mentionOf(v, i);
  if (m.type !== 'treatment' && m.type !== 'condition') return false;
  const last = /[\p{L}]+$/u.exec(v.text.slice(m.start, m.end));
  return last !== null && TREATMENT_PARTICIPLES.has(last[0].toLowerCase());
}

/** Back from the cells at `cellFirst` past the words that say where they come from, not below `lowest`: the token reached. */
export function pastModifiersBack(v: SentenceView, cellFirst: number, lowest: number): number {
  let j = cellFirst - 1;
  while (j > lowest && j >= cellFirst - MODIFIER_REACH && namesWhichCells(v, j)) j--;
  return j;
}

// linear: a capital, letters, an optional hyphen or dot, then a digit, anchored at the start of one token.
const CELL_LINE = /^[A-Z][A-Za-z]*[-.]?\d/;

/**
 * A word that only says which cells, and is no term: "bone marrow", "human", or a cell line's name the
 * lexicon does not know ("THP-1 macrophages", "RAW264.7 cells").
 */
function namesWhichCells(v: SentenceView, j: number): boolean {
  const t = v.toks[j];
  if (t === undefined || t.ent !== undefined) return false;
  // ("in" says which cells only in "in vitro / in vivo"; before the cells it is the place's preposition.)
  if (t.lower === 'in' && !/^vi(?:tro|vo)$/.test(word(v, j + 1))) return false;
  if (NOUN_MODIFIERS.has(t.lower) || CELL_LINE.test(t.text)) return true;
  // (The tagger splits "THP-1" at its hyphen: the capitals before it and the number after it.)
  const prev = v.toks[j - 1];
  const next = v.toks[j + 1];
  return (t.post === '-' && /^[A-Z]{2,}/.test(t.text) && next !== undefined && /^\d/.test(next.text)) || (/^\d/.test(t.text) && prev !== undefined && prev.post === '-' && /^[A-Z]{2,}/.test(prev.text));
}

/** "IL-10 treated macrophages": a treatment participle between a term and the cells it describes (no verb). */
export function describesTreatedCells(v: SentenceView, i: number): boolean {
  if (i <= 0 || !TREATMENT_PARTICIPLES.has(word(v, i)) || v.toks[i - 1].ent === undefined) return false;
  let cells = i + 1;
  while (cells < v.n && cells <= i + MODIFIER_REACH && namesWhichCells(v, cells)) cells++;
  // ("TNF-α stimulated MSCs to proliferate": a verb that makes the cells act, not cells treated with TNF-α.)
  if (word(v, cells + 1) === 'to' && (actionNounOfVerb(word(v, cells + 2)) !== undefined || risesInNumberAt(v, cells + 1))) return false;
  return isCellAt(v, cells) && treatmentGluedBefore(v, cells) !== undefined;
}

function isCellAt(v: SentenceView, i: number): boolean {
  return i < v.n && isEnt(v, i) && mentionOf(v, i).type === 'cell';
}

/** The first treated-cell phrase in [from, to): the term the cells were treated with, and the cells' token. */
export function treatedCellsIn(v: SentenceView, from: number, to: number): { agent: Group; cells: number } | undefined {
  for (let j = Math.max(from, 2); j < to; j++) {
    if (!isEnt(v, j)) continue;
    const agent = treatmentGluedBefore(v, j);
    if (agent) return { agent, cells: j };
  }
  return undefined;
}

/**
 * The treated cells a claim's actor names, as written ("LPS-stimulated macrophages", "MSCs primed with
 * IFN-γ"), when the cells act themselves: what the review says of the cells in general bears on cells a
 * treatment has changed less certainly (the claim is read with that model, extract.ts).
 */
export function treatedActorOf(v: SentenceView, c: ExtractedClaim): string | undefined {
  if (c.kind === 'attribute') return undefined;
  // (The cells' own token: a compound reading may start the subject's span at the treatment.)
  const cells = tokenAtOffset(v, c.subjectSpan.end - 1);
  if (v.toks[cells]?.ent === undefined) return undefined;
  const actor = mentionOf(v, cells);
  if (actor.type !== 'cell' || actor.id !== c.subject) return undefined;
  const glued = treatmentGluedBefore(v, cells);
  if (glued) return v.text.slice(v.toks[glued.first].ostart, v.toks[cells].oend);
  // "MSCs primed with IFN-γ", "macrophages exposed to LPS"
  const part = cells + 1;
  if (TREATMENT_PARTICIPLES.has(word(v, part)) && /^(with|to|by)$/.test(word(v, part + 1)) && isEnt(v, part + 2) && mentionOf(v, part + 2).id !== c.object) {
    return v.text.slice(v.toks[cells].ostart, v.toks[part + 2].oend);
  }
  // "MSCs with TSG-6 knockdown", "MSCs lacking TSG-6": engineered cells.
  const lacking = /^(lacking|without)$/.test(word(v, part));
  if ((lacking || word(v, part) === 'with') && isEnt(v, part + 1) && mentionOf(v, part + 1).id !== c.object) {
    const removed = groupRight(v, part + 1);
    if (lacking) return v.text.slice(v.toks[cells].ostart, v.toks[removed.last].oend);
    if (LOSS_OF_FUNCTION_NOUNS.has(word(v, removed.last + 1))) return v.text.slice(v.toks[cells].ostart, v.toks[removed.last + 1].oend);
  }
  return baselineCellsAt(v, cells);
}

/**
 * Cells named in their resting state, as written: "unstimulated MSCs", "PDLSCs under normal culture
 * conditions". What the review says MSCs do once inflammation has activated them bears on resting cells
 * less certainly, as it does on treated ones.
 */
function baselineCellsAt(v: SentenceView, cells: number): string | undefined {
  const before = pastModifiersBack(v, cells, 0);
  if (before >= 0 && v.toks[before].ent === undefined && BASELINE_CELL_WORDS.has(word(v, before))) return v.text.slice(v.toks[before].ostart, v.toks[cells].oend);
  // "under normal (culture) conditions", "in basal conditions"
  const at = cells + 1;
  if (!/^(under|in)$/.test(word(v, at)) || !BASELINE_CELL_WORDS.has(word(v, at + 1))) return undefined;
  const end = word(v, at + 2) === 'culture' ? at + 3 : at + 2;
  return /^conditions?$/.test(word(v, end)) ? v.text.slice(v.toks[cells].ostart, v.toks[end].oend) : undefined;
}
