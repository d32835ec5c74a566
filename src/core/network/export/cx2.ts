/**
 * CX2, the Cytoscape Exchange format version 2 that NDEx and Cytoscape (File > Import > Network from
 * File, .cx2) read. Written after the specification at
 * cytoscape.org/cx/cx2/specification/cytoscape-exchange-format-specification-(version-2): one JSON
 * array of the CX descriptor first, pre-metadata (each aspect's element count), the aspects, and a
 * status aspect last; attributeDeclarations declares the type of every node, edge and network
 * attribute before the aspects that use them; nodes have integer ids and their attributes in `v`, edges
 * name their ends by node id (`s`, `t`). Every declared attribute is on every element (none has a
 * default, so validators such as Cytoscape Web's treat each as mandatory). Node and edge attribute
 * names follow Cytoscape's columns: `name` is the label, `interaction` the relation.
 *
 * Written one element a line, each element one piece: a large user lexicon is never one string.
 */
import type { Network, NetworkEdge, NetworkNode } from '../network';
import type { NetworkAbout } from './about';
import { json, JsonArrayPieces } from './json';

/** CX2 attribute data types used here (the specification has more). */
export type Cx2Type = 'string' | 'integer' | 'list_of_string' | 'list_of_integer';

type Attributes<T> = Record<string, { d: Cx2Type; value(item: T): unknown }>;

const NODE_ATTRIBUTES: Attributes<NetworkNode> = {
  name: { d: 'string', value: (n) => n.label },
  mechlensId: { d: 'string', value: (n) => n.id },
  type: { d: 'string', value: (n) => n.type },
  fullName: { d: 'string', value: (n) => n.fullName ?? '' },
  hgnc: { d: 'string', value: (n) => n.identifiers?.hgnc ?? '' },
  mirbase: { d: 'string', value: (n) => n.identifiers?.mirbase ?? '' },
  sections: { d: 'list_of_string', value: (n) => n.sections },
  refs: { d: 'list_of_integer', value: (n) => n.refs },
};

const EDGE_ATTRIBUTES: Attributes<NetworkEdge> = {
  interaction: { d: 'string', value: (e) => e.relation },
  sign: { d: 'integer', value: (e) => e.sign },
  context: { d: 'list_of_string', value: (e) => e.context },
  refs: { d: 'list_of_integer', value: (e) => e.refs },
  section: { d: 'string', value: (e) => e.section ?? '' },
  provenance: { d: 'string', value: (e) => e.provenance },
  interactionId: { d: 'string', value: (e) => e.id },
  via: { d: 'list_of_string', value: (e) => e.via },
  evidence: { d: 'string', value: (e) => e.evidence ?? '' },
};

const NETWORK_ATTRIBUTES: Attributes<NetworkAbout> = {
  name: { d: 'string', value: (a) => a.name },
  description: { d: 'string', value: (a) => a.description },
  doi: { d: 'string', value: (a) => a.doi ?? '' },
};

function declarations<T>(attributes: Attributes<T>): Record<string, { d: Cx2Type }> {
  return Object.fromEntries(Object.entries(attributes).map(([name, a]) => [name, { d: a.d }]));
}

function values<T>(attributes: Attributes<T>, item: T): Record<string, unknown> {
  return Object.fromEntries(Object.entries(attributes).map(([name, a]) => [name, a.value(item)]));
}

function* aspect<T>(name: string, items: readonly T[], element: (item: T, index: number) => unknown): Generator<string> {
  const out = new JsonArrayPieces();
  yield `{"${name}":${out.open()}`;
  for (let i = 0; i < items.length; i++) yield out.item(element(items[i], i));
  yield `${out.close().trimEnd()}},\n`;
}

export function* cx2(network: Network, about: NetworkAbout): Generator<string> {
  const nodeIds = new Map(network.nodes.map((n, i) => [n.id, i]));
  // An edge needs both ends among the nodes (a filtered network keeps only such edges; this makes sure).
  const edges = network.edges.filter((e) => nodeIds.has(e.source) && nodeIds.has(e.target));
  yield '[\n';
  yield `${json({ CXVersion: '2.0', hasFragments: false })},\n`;
  yield `${json({ metaData: [
    { name: 'attributeDeclarations', elementCount: 1 },
    { name: 'networkAttributes', elementCount: 1 },
    { name: 'nodes', elementCount: network.nodes.length },
    { name: 'edges', elementCount: edges.length },
  ] })},\n`;
  yield `${json({ attributeDeclarations: [{
    networkAttributes: declarations(NETWORK_ATTRIBUTES), nodes: declarations(NODE_ATTRIBUTES), edges: declarations(EDGE_ATTRIBUTES),
  }] })},\n`;
  yield `${json({ networkAttributes: [values(NETWORK_ATTRIBUTES, about)] })},\n`;
  yield* aspect('nodes', network.nodes, (n, id) => ({ id, v: values(NODE_ATTRIBUTES, n) }));
  yield* aspect('edges', edges, (e, id) => ({ id, s: nodeIds.get(e.source), t: nodeIds.get(e.target), v: values(EDGE_ATTRIBUTES, e) }));
  yield `${json({ status: [{ error: '', success: true }] })}\n]\n`;
}
