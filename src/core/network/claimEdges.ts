/**
 * A draft's judged claims as edges over the review's network: what the map overlays, the HTML report
 * draws and the INDRA export states. One table says how each verdict is marked, so every view marks it
 * the same way — by line style and symbol as well as colour (never by colour alone).
 */
import type { ClaimResult } from '../analyzer';
import type { Sign } from '../lexicon/relations';
import type { Range } from '../types';

/** The verdicts a map marks, with how each is drawn (a host turns the tone into its own colour). */
export const CLAIM_MARKS = Object.freeze({
  supports: { title: 'supported by the review', symbol: '✓', dash: 'solid', tone: 'positive' },
  contradicts: { title: 'contradicts the review', symbol: '✗', dash: 'dashed', tone: 'warning' },
  'context-dependent': { title: 'depends on a condition the review names', symbol: '≈', dash: 'dotted', tone: 'info' },
  contested: { title: 'the review states both directions', symbol: '±', dash: 'dotted', tone: 'info' },
} as const);

export type MarkedStatus = keyof typeof CLAIM_MARKS;

export const MARKED_STATUSES = Object.keys(CLAIM_MARKS) as MarkedStatus[];

export function isMarkedStatus(status: string): status is MarkedStatus {
  return Object.prototype.hasOwnProperty.call(CLAIM_MARKS, status);
}

export interface ClaimEdge {
  /** Index of the claim in the analysis result. */
  claim: number;
  source: string;
  target: string;
  relation: string;
  sign: Sign;
  negated: boolean;
  hedged: boolean;
  status: MarkedStatus;
  /** Where the claim is, and the sentence it is in. */
  range: Range;
  sentenceRange: Range;
  /** The review's interactions the verdict rests on. */
  interactions: string[];
  refs: number[];
  rule: string;
  confidence: number;
}

/**
 * What claimEdges reads of a claim: an analysis's ClaimResult, or a claim as the command line's reports
 * carry it (plain data from a worker thread or the cache), which has these fields and not all others.
 */
export type ClaimEdgeSource = Pick<ClaimResult,
  'subject' | 'object' | 'relation' | 'sign' | 'negated' | 'hedged' | 'status' | 'range' | 'sentenceRange' | 'interactions' | 'refs' | 'rule' | 'confidence'>;

/** The claims that relate two entities and got a verdict against the review, in document order. */
export function claimEdges(claims: readonly ClaimEdgeSource[]): ClaimEdge[] {
  const edges: ClaimEdge[] = [];
  claims.forEach((c, i) => {
    if (c.object === null || !isMarkedStatus(c.status)) return;
    edges.push({
      claim: i, source: c.subject, target: c.object, relation: c.relation, sign: c.sign, negated: c.negated, hedged: c.hedged,
      status: c.status, range: c.range, sentenceRange: c.sentenceRange, interactions: [...c.interactions], refs: [...c.refs],
      rule: c.rule, confidence: c.confidence,
    });
  });
  return edges;
}

/** How many claim edges carry each verdict (every marked verdict present, zero when none). */
export function countByStatus(edges: readonly ClaimEdge[]): Record<MarkedStatus, number> {
  const counts = Object.fromEntries(MARKED_STATUSES.map((s) => [s, 0])) as Record<MarkedStatus, number>;
  for (const e of edges) counts[e.status]++;
  return counts;
}
