/**
 * How sure Mechlens is of a verdict, as one number in [0, 1]: the rule's own reliability, times how
 * directly the claim was read (within a clause, across clauses, through a pronoun), times how directly
 * the claim reached the review's statements (the same pair, the opposite process, a class, a near
 * concept), capped by how the review states them (a curator's inference is never certain). One table;
 * every factor is here.
 */
import type { ClaimReach } from './claims/types';
import type { JudgementPath } from './judge';
import type { Provenance } from './lexicon/types';

export const CONFIDENCE = Object.freeze({
  reach: { clause: 1, 'across-clauses': 0.9, pronoun: 0.8, 'earlier-sentence': 0.8 } satisfies Record<ClaimReach, number>,
  path: { direct: 1, activity: 0.95, 'cell-activity': 0.7, opposite: 0.85, near: 0.85, 'near-both': 0.64, chain: 0.6, class: 0.7, 'class-near': 0.56, members: 0.7, 'object-class': 0.6, character: 0.7 } satisfies Record<JudgementPath, number>,
  /** Upper bound by provenance: below the default warning line, so inferences alone never warn. */
  provenanceCap: { stated: 1, inferred: 0.6, 'class-level': 0.6 } satisfies Record<Provenance, number>,
  /** A finding in a model the review does not discuss ("in ovariectomized mice"). */
  specialModel: 0.7,
  /** Default of `mechlens.minConfidence` / `--min-confidence`: contradictions at or above it are Warnings. */
  defaultMinConfidence: 0.7,
  /** Below the warning line but at or above this, a contradiction is shown as Information ("possible contradiction"). */
  possibleFloor: 0.4,
});

/** Rounded to two decimals, so JSON output and messages stay stable. */
export function roundConfidence(x: number): number {
  return Math.round(Math.min(1, Math.max(0, x)) * 100) / 100;
}

export function verdictConfidence(extraction: number, path: JudgementPath, provenance: Provenance): number {
  return roundConfidence(Math.min(extraction * CONFIDENCE.path[path], CONFIDENCE.provenanceCap[provenance]));
}

/** The confidence a rule gives a claim it read with this reach, before judgement. */
export function extractionConfidence(ruleBase: number, reach: ClaimReach, factor = 1): number {
  return roundConfidence(ruleBase * CONFIDENCE.reach[reach] * factor);
}
