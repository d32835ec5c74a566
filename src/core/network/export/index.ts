/** The review's network in other tools' formats (see formats.ts for the table). */
export { aboutReview } from './about';
export type { NetworkAbout } from './about';
export { cx2 } from './cx2';
export type { Cx2Type } from './cx2';
export { NETWORK_FORMATS, networkFormat } from './formats';
export type { NetworkFormat } from './formats';
export { GRAPHML_LIST_SEPARATOR, graphml } from './graphml';
export { indraClaimStatement, indraLeftOut, indraReview } from './indra';
export type { ClaimPlace } from './indra';
export { INDRA_TYPES, indraAgent, indraType } from './indraStatement';
export type { IndraAgent, IndraEvidence, IndraStatement, IndraType } from './indraStatement';
export { JsonArrayPieces } from './json';
export { sif, sifName, sifRelation } from './sif';
export { uuidV5 } from './uuid';
