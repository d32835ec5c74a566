/** The review as a network and a draft's claims over it (see network.ts). */
export { distancesWithin, edgeOf, neighbourhood, nodeOf, reviewNetwork, sectionsWithin } from './network';
export type { Network, NetworkEdge, NetworkFilter, NetworkNode } from './network';
export { CLAIM_MARKS, claimEdges, countByStatus, isMarkedStatus, MARKED_STATUSES } from './claimEdges';
export type { ClaimEdge, ClaimEdgeSource, MarkedStatus } from './claimEdges';
export { FAMILIES, familyOf, TYPE_FAMILY } from './families';
export type { Family, FamilyId, Tone } from './families';
export * from './export';
