/** What qualifies a claim: the conditions its clause names, and the cell its subject comes from. */
import { COMPOUND_CUES, DETERMINERS, SOURCE_PARTICIPLES } from '../grammar';
import { contextOf } from '../context';
import { namesMolecule } from '../../network/families';
import type { ClaimContext } from '../types';
import type { Group } from './groups';
import type { SentenceView } from './view';
import { mentionOf, word } from './words';

/** "M1-derived TNF-α", "TNF-α secreted by M1 macrophages", "exosomes from M1 macrophages". */
export function sourceOf(v: SentenceView, g: Group): string | undefined {
  const mod = g.first - 1;
  if (mod >= 1 && COMPOUND_CUES[word(v, mod)] === 'source' && v.toks[mod - 1].ent !== undefined) {
    const m = mentionOf(v, mod - 1);
    if (m.type === 'cell') return m.id;
  }
  let j = g.last + 1;
  if (SOURCE_PARTICIPLES.has(word(v, j))) j++;
  if (((word(v, j) === 'by' || word(v, j) === 'from' || word(v, j) === 'of') && j !== g.last + 1) || word(v, j) === 'from') {
    let k = j + 1;
    while (k < v.n && DETERMINERS.has(word(v, k))) k++;
    if (v.toks[k]?.ent !== undefined) {
      const m = mentionOf(v, k);
      if (m.type === 'cell') return m.id;
    }
  }
  return undefined;
}

/** The conditions named between tokens `from` and `to`, and the subject's source cell. */
export function contextFor(v: SentenceView, from: number, to: number, subject: Group): ClaimContext {
  // ("low-dose TNF-α promoted Y and high-dose TNF-α suppressed Z": the subject named again with a condition
  // of its own takes that one over what was said with its first naming; "In hypoxia, …" still holds for both.)
  const again = namedAgainFrom(v, from, subject);
  const ctx = again === from ? conditionsBetween(v, from, to, subject) : { ...conditionsBetween(v, from, to, subject), ...conditionsBetween(v, again, to, subject) };
  const source = sourceOf(v, subject);
  if (source !== undefined) ctx.source = source;
  return ctx;
}

/** The conditions the text from token `from` to `to` names (the subject's own dose, not an amount changed after it). */
function conditionsBetween(v: SentenceView, from: number, to: number, subject: Group): ClaimContext {
  const start = v.toks[Math.max(0, from)].ostart;
  const text = withoutMoleculeNames(v, start, v.toks[Math.min(v.n - 1, to)].oend);
  // "IL-4-treated macrophages expressed lower levels of TNF-α": after the subject, an amount "of" a term is
  // what changed, not the dose the subject acted at ("Low levels of IL-6 promote …" before it is one).
  const subjectEnd = Math.max(0, Math.min(text.length, v.toks[Math.min(v.n - 1, subject.last)].oend - start));
  return contextOf(text.slice(0, subjectEnd) + text.slice(subjectEnd).replace(AMOUNT_OF, blank));
}

/** The token after the last earlier naming of the subject's term in [from, subject), or `from` when there is none. */
function namedAgainFrom(v: SentenceView, from: number, subject: Group): number {
  const id = v.toks[subject.first].ent === undefined ? undefined : mentionOf(v, subject.first).id;
  if (id === undefined) return from;
  for (let j = subject.first - 1; j >= Math.max(0, from); j--) {
    if (v.toks[j].ent !== undefined && mentionOf(v, j).id === id) return j + 1;
  }
  return from;
}

// linear: one alternation of literal words, a run of blanks, a literal word.
const AMOUNT_OF = /\b(?:levels?|amounts?|quantities)\s+of\b/gi;

function blank(match: string): string {
  return ' '.repeat(match.length);
}

/**
 * The text between two offsets with the words of molecule terms blanked: they never name a condition
 * ("hypoxia-inducible factor-1α" is a protein, not hypoxia), unlike those of a process ("chronic
 * inflammation") or a treatment ("hypoxic preconditioning").
 */
function withoutMoleculeNames(v: SentenceView, start: number, end: number): string {
  let out = '';
  let at = start;
  for (const m of v.mentions) {
    if (m.end <= start || m.start >= end || !namesMolecule(m.type)) continue;
    const s = Math.max(m.start, at);
    out += v.text.slice(at, s) + ' '.repeat(Math.min(m.end, end) - s);
    at = Math.min(m.end, end);
  }
  return out + v.text.slice(at, end);
}
