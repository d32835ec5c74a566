/** The review as a network and a draft's claims over it (see network.ts), laid out and drawn as SVG. */
export { distancesWithin, edgeOf, neighbourhood, nodeOf, reviewNetwork, sectionsWithin } from './network';
export type { Network, NetworkEdge, NetworkFilter, NetworkNode } from './network';
export { CLAIM_MARKS, claimEdges, countByStatus, isMarkedStatus, MARKED_STATUSES } from './claimEdges';
export type { ClaimEdge, ClaimEdgeSource, MarkedStatus } from './claimEdges';
export { FAMILIES, familyIdOf, familyOf, TYPE_FAMILY } from './families';
export type { Family, FamilyId, Tone } from './families';
export { claimNetwork } from './claimNetwork';
export { radialLayout } from './layout/radial';
export { forceLayout } from './layout/force';
export { givenLayout } from './layout/given';
export type { ForceOptions } from './layout/force';
export type { Layout, PlacedNode } from './layout/types';
export { networkSvg, statementText } from './svg';
export type { SvgOptions } from './svg';
export { printColours, TONE_PRINT } from './palette';
export { escapeXml } from './xml';
export * from './export';
