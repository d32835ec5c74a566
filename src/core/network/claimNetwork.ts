/**
 * The network a draft's claim map draws: the entities its claims relate, and the review's statements
 * between them (so a claim is seen against what the review says of the same pair).
 */
import type { ClaimEdge } from './claimEdges';
import type { Network } from './network';

export function claimNetwork(review: Network, claims: readonly ClaimEdge[]): Network {
  const ids = new Set<string>();
  for (const c of claims) { ids.add(c.source); ids.add(c.target); }
  return {
    nodes: review.nodes.filter((n) => ids.has(n.id)),
    edges: review.edges.filter((e) => ids.has(e.source) && ids.has(e.target)),
  };
}
