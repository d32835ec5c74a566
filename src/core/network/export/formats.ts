/**
 * The formats the review's network is exported in: one table, from which the command line's
 * `lexicon --format` names, its usage text and the tests are derived. Each writer yields the export in
 * pieces (a node, an edge, a statement), never as one string.
 */
import type { Network } from '../network';
import type { NetworkAbout } from './about';
import { cx2 } from './cx2';
import { graphml } from './graphml';
import { indraLeftOut, indraReview } from './indra';
import { sif } from './sif';

export interface NetworkFormat {
  name: string;
  /** The usual file extension, without the dot. */
  extension: string;
  mediaType: string;
  description: string;
  write(network: Network, about: NetworkAbout): Iterable<string>;
  /** What a user should know about an export in this format (what it leaves out), one line each. */
  notes?(network: Network): string[];
}

export const NETWORK_FORMATS: readonly NetworkFormat[] = Object.freeze([
  {
    name: 'sif', extension: 'sif', mediaType: 'text/plain',
    description: 'Simple Interaction Format: source, relation, target per line (Cytoscape)',
    write: sif,
  },
  {
    name: 'graphml', extension: 'graphml', mediaType: 'application/graphml+xml',
    description: 'GraphML with node and edge attributes (Cytoscape, Gephi, yEd, NetworkX)',
    write: graphml,
  },
  {
    name: 'cx2', extension: 'cx2', mediaType: 'application/json',
    description: 'Cytoscape Exchange v2 (NDEx, Cytoscape)',
    write: cx2,
  },
  {
    name: 'indra', extension: 'json', mediaType: 'application/json',
    description: 'INDRA statements JSON',
    write: indraReview,
    notes(network) {
      const left = indraLeftOut(network);
      if (left.size === 0) return [];
      const count = [...left.values()].reduce((a, b) => a + b, 0);
      return [`${count} interaction(s) left out of the INDRA statements, having no INDRA type: ${[...left].map(([r, n]) => `${n} ${r}`).join(', ')}`];
    },
  },
]);

export function networkFormat(name: string): NetworkFormat | undefined {
  return NETWORK_FORMATS.find((f) => f.name === name);
}
