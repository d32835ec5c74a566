/** The verdict marks of claim edges, as the core's table gives them (symbol, dash, tone). */
import { CLAIM_MARKS } from '../../core/network/claimEdges';

export type MarkTone = (typeof CLAIM_MARKS)[keyof typeof CLAIM_MARKS]['tone'];

export { CLAIM_MARKS };
