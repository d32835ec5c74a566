/**
 * A report's verdict on each claim, in words and a symbol (never colour alone): the CLAIM_MARKS of the
 * network views, with what only a report tells apart — a contradiction that is only possible, or was
 * not reported (silenced in the draft, or too uncertain to show) — and claims the review is silent on.
 */
import { CLAIM_MARKS, isMarkedStatus } from '../../core/network';
import type { ReportedClaim, ReportedDiagnostic } from './types';

export type VerdictKey = 'supports' | 'contradicts' | 'possible' | 'unreported' | 'context-dependent' | 'contested' | 'unknown';

export interface Verdict {
  key: VerdictKey;
  symbol: string;
  words: string;
  /** A host's colour: CLAIM_MARKS' tones, none for a claim the review is silent on. */
  tone: 'positive' | 'warning' | 'info' | 'none';
}

/** The summary's rows, in order. */
export const VERDICT_ROWS: ReadonlyArray<{ key: VerdictKey; words: string }> = [
  { key: 'supports', words: 'supported by the review' },
  { key: 'contradicts', words: 'contradict the review' },
  { key: 'possible', words: 'possible contradictions' },
  { key: 'unreported', words: 'contradictions not reported (silenced or too uncertain)' },
  { key: 'context-dependent', words: 'depend on a condition the review names' },
  { key: 'contested', words: 'the review states both directions' },
  { key: 'unknown', words: 'the review says nothing about' },
];

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** `diagnostic`: the contradiction reported for the claim, if any. */
export function verdictOf(c: ReportedClaim, diagnostic: ReportedDiagnostic | undefined): Verdict {
  if (!isMarkedStatus(c.status)) return { key: 'unknown', symbol: '○', words: 'The review says nothing about this', tone: 'none' };
  const mark = CLAIM_MARKS[c.status];
  const base = { symbol: mark.symbol, tone: mark.tone };
  if (c.status !== 'contradicts') return { ...base, key: c.status, words: capital(mark.title) };
  if (diagnostic === undefined) return { ...base, key: 'unreported', words: 'Contradicts the review — not reported (silenced in the draft, or too uncertain to show)' };
  if (diagnostic.certainty === 'possible') return { ...base, key: 'possible', words: 'Possible contradiction of the review' };
  return { ...base, key: 'contradicts', words: `Contradicts the review${c.hedged ? ' (a hedged claim)' : ''}` };
}
