/**
 * A map view as cytoscape elements: the review's entities and interactions, and the draft's claims as
 * edges of their own (ids `claim:<n>`), classed by family, sign, provenance and verdict for the stylesheet.
 */
import type cytoscape from 'cytoscape';
import { familyIdOf } from '../../core/network/families';
import type { MapClaim, MapResult } from '../../service/protocol';
import { CLAIM_MARKS } from './marks';

export const CLAIM_PREFIX = 'claim:';

export function elementsOf(map: MapResult): cytoscape.ElementDefinition[] {
  const elements: cytoscape.ElementDefinition[] = [];
  for (const n of map.nodes) {
    const family = familyIdOf(n.type);
    const classes = [`family-${family}`, n.id === map.centre ? 'centre' : '', n.added ? 'added' : ''].filter(Boolean).join(' ');
    elements.push({ group: 'nodes', data: { id: n.id, label: n.label, type: n.type, fullName: n.fullName ?? '' }, classes });
  }
  for (const e of map.edges) {
    elements.push({
      group: 'edges',
      data: { id: `review:${e.id}`, source: e.source, target: e.target, text: e.text, interaction: e.id },
      classes: `review sign-${e.sign} provenance-${e.provenance}`,
    });
  }
  for (const c of map.claims) elements.push(claimElement(c));
  return elements;
}

export function claimElement(c: MapClaim): cytoscape.ElementDefinition {
  const mark = CLAIM_MARKS[c.status];
  return {
    group: 'edges',
    data: {
      id: `${CLAIM_PREFIX}${c.claim}`, source: c.source, target: c.target, claim: c.claim,
      mark: c.negated ? `${mark.symbol} not` : mark.symbol, text: `${c.text} — ${mark.title}`,
    },
    classes: `claim status-${c.status} sign-${c.sign}${c.negated ? ' negated' : ''}`,
  };
}

/** The same entities and interactions (so positions can be kept and only the claims redrawn). */
export function sameGraph(a: MapResult, b: MapResult): boolean {
  const key = (m: MapResult) => `${m.nodes.map((n) => n.id).join(',')}|${m.edges.map((e) => e.id).join(',')}`;
  return key(a) === key(b);
}
