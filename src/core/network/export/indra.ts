/**
 * INDRA statements JSON (a JSON array of statements, as INDRA's stmts_from_json reads): the review's
 * interactions, or a draft's judged claims (claimEdges) with the sentence each is in as evidence.
 * Interactions and claims whose relation has no INDRA type (see INDRA_TYPES) are left out and counted.
 */
import type { ClaimEdge } from '../claimEdges';
import type { Network, NetworkNode } from '../network';
import type { NetworkAbout } from './about';
import { indraAgent, indraStatement, indraType, type IndraEvidence, type IndraStatement } from './indraStatement';
import { JsonArrayPieces } from './json';

/** Relations of the network with no INDRA statement type, and how many edges each has (none: every edge is written). */
export function indraLeftOut(network: Pick<Network, 'edges'>): Map<string, number> {
  const left = new Map<string, number>();
  for (const e of network.edges) if (indraType(e.relation) === undefined) left.set(e.relation, (left.get(e.relation) ?? 0) + 1);
  return left;
}

/** The review's interactions as INDRA statements, evidence the review's own words. */
export function* indraReview(network: Network, about: NetworkAbout): Generator<string> {
  const nodes = new Map(network.nodes.map((n) => [n.id, n]));
  const out = new JsonArrayPieces();
  yield out.open();
  for (const e of network.edges) {
    const type = indraType(e.relation);
    if (type === undefined) continue;
    const evidence: IndraEvidence = {
      source_api: 'mechlens',
      source_id: e.id,
      text: e.evidence ?? '',
      ...(about.doi ? { text_refs: { DOI: about.doi } } : {}),
      annotations: {
        interaction: e.id, relation: e.relation, refs: e.refs, context: e.context, provenance: e.provenance, via: e.via,
        ...(e.section ? { section: e.section } : {}), ...(e.figure !== undefined ? { figure: e.figure } : {}),
      },
    };
    yield out.item(indraStatement(type, indraAgent(e.source, nodes.get(e.source)), indraAgent(e.target, nodes.get(e.target)), evidence, `review\u0000${e.id}`));
  }
  yield out.close();
}

/** Where a draft's claim is, for its evidence. */
export interface ClaimPlace {
  /** The file as the user named it. */
  file: string;
  /** Which file of the run it is (0-based): the same file checked twice gives two sets of statements, each id unique. */
  ordinal: number;
  /** The sentence the claim is in. */
  sentence: string;
}

/**
 * A draft's claim as an INDRA statement, or undefined when its relation has no INDRA type. Evidence is
 * the sentence; annotations carry the verdict against the review, the review's refs and interactions,
 * the claim rule, the confidence and where it is (1-based line). A negated claim ("IL-4 does not
 * inhibit …") keeps its relation's type and is marked as INDRA marks negation, evidence epistemics
 * `negated: true` (INDRA's assembly leaves such evidence out of positive statements); a hedged one is
 * marked `hypothesis: true`, as INDRA's readers mark hedging.
 */
export function indraClaimStatement(edge: ClaimEdge, place: ClaimPlace, node: (id: string) => NetworkNode | undefined): IndraStatement | undefined {
  const type = indraType(edge.relation);
  if (type === undefined) return undefined;
  const evidence: IndraEvidence = {
    source_api: 'mechlens',
    text: place.sentence,
    annotations: {
      verdict: edge.status, relation: edge.relation, refs: edge.refs, interactions: edge.interactions, rule: edge.rule,
      confidence: edge.confidence, file: place.file, line: edge.range.start.line + 1,
    },
    ...(edge.negated || edge.hedged ? { epistemics: { ...(edge.negated ? { negated: true } : {}), ...(edge.hedged ? { hypothesis: true } : {}) } } : {}),
  };
  const key = `claim\u0000${place.ordinal}\u0000${place.file}\u0000${edge.claim}`;
  return indraStatement(type, indraAgent(edge.source, node(edge.source)), indraAgent(edge.target, node(edge.target)), evidence, key);
}
