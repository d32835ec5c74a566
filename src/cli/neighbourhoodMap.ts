/**
 * `mechlens map`'s drawing (analysis side: it needs the compiled lexicon): the term resolved through the
 * lexicon's spellings, its neighbourhood in the review laid out in rings, written as SVG.
 */
import { buildIndex, type CompiledLexicon } from '../core';
import { neighbourhood, networkSvg, radialLayout, reviewNetwork } from '../core/network';
import { resolveTerm } from '../core/present/resolveTerm';

export type NeighbourhoodMap = { svg: string } | { unknown: true; suggestions: string[] };

export function neighbourhoodMap(lexicon: CompiledLexicon, term: string, depth: number): NeighbourhoodMap {
  const index = buildIndex(lexicon);
  const found = resolveTerm(index, term);
  if (!('id' in found)) return { unknown: true, suggestions: found.suggestions.map((h) => h.label) };
  const network = neighbourhood(reviewNetwork(lexicon), found.id, depth);
  const label = index.entities.get(found.id)?.label ?? found.id;
  const steps = depth === 1 ? 'one step' : `${depth} steps`;
  const title = `${label} and the entities within ${steps} of it in the review${lexicon.review ? ` (${lexicon.review.authors[0]} et al. ${lexicon.review.year})` : ''}`;
  return { svg: networkSvg(network, radialLayout(network, found.id, depth), { title, centre: found.id }) };
}
