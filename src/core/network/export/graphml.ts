/**
 * GraphML (graphml.graphdrawing.org), read by Cytoscape, Gephi, yEd, NetworkX and graphology: a
 * directed graph, nodes by lexicon id, edges by interaction id, every attribute declared by a <key>.
 * GraphML has no list type, so lists (refs, sections, context, via) are strings joined by ";".
 */
import type { Network, NetworkEdge, NetworkNode } from '../network';
import type { NetworkAbout } from './about';
import { xmlText } from './xml';

/** How lists are written in one GraphML string. */
export const GRAPHML_LIST_SEPARATOR = ';';

type Domain = 'graph' | 'node' | 'edge';
type KeyType = 'string' | 'int';

interface Key<T> {
  id: string;
  name: string;
  type: KeyType;
  /** The value written for an element, or undefined for none (GraphML lets an element leave a key out). */
  value(item: T): string | number | undefined;
}

const list = (items: readonly (string | number)[]): string | undefined => (items.length ? items.join(GRAPHML_LIST_SEPARATOR) : undefined);

const GRAPH_KEYS: Key<NetworkAbout>[] = [
  { id: 'g_name', name: 'name', type: 'string', value: (a) => a.name },
  { id: 'g_description', name: 'description', type: 'string', value: (a) => a.description },
  { id: 'g_doi', name: 'doi', type: 'string', value: (a) => a.doi },
];

const NODE_KEYS: Key<NetworkNode>[] = [
  { id: 'n_label', name: 'label', type: 'string', value: (n) => n.label },
  { id: 'n_type', name: 'type', type: 'string', value: (n) => n.type },
  { id: 'n_fullName', name: 'fullName', type: 'string', value: (n) => n.fullName },
  { id: 'n_hgnc', name: 'hgnc', type: 'string', value: (n) => n.identifiers?.hgnc },
  { id: 'n_mirbase', name: 'mirbase', type: 'string', value: (n) => n.identifiers?.mirbase },
  { id: 'n_sections', name: 'sections', type: 'string', value: (n) => list(n.sections) },
  { id: 'n_refs', name: 'refs', type: 'string', value: (n) => list(n.refs) },
];

const EDGE_KEYS: Key<NetworkEdge>[] = [
  { id: 'e_relation', name: 'relation', type: 'string', value: (e) => e.relation },
  { id: 'e_sign', name: 'sign', type: 'int', value: (e) => e.sign },
  { id: 'e_context', name: 'context', type: 'string', value: (e) => list(e.context) },
  { id: 'e_refs', name: 'refs', type: 'string', value: (e) => list(e.refs) },
  { id: 'e_section', name: 'section', type: 'string', value: (e) => e.section },
  { id: 'e_figure', name: 'figure', type: 'int', value: (e) => e.figure },
  { id: 'e_provenance', name: 'provenance', type: 'string', value: (e) => e.provenance },
  { id: 'e_interaction', name: 'interaction', type: 'string', value: (e) => e.id },
  { id: 'e_via', name: 'via', type: 'string', value: (e) => list(e.via) },
  { id: 'e_evidence', name: 'evidence', type: 'string', value: (e) => e.evidence },
];

function* keyDeclarations(domain: Domain, keys: readonly Key<never>[]): Generator<string> {
  for (const k of keys) yield `  <key id="${k.id}" for="${domain}" attr.name="${k.name}" attr.type="${k.type}"/>\n`;
}

function data<T>(keys: readonly Key<T>[], item: T, indent: string): string {
  let out = '';
  for (const k of keys) {
    const v = k.value(item);
    if (v !== undefined) out += `${indent}<data key="${k.id}">${xmlText(String(v))}</data>\n`;
  }
  return out;
}

export function* graphml(network: Network, about: NetworkAbout): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
    + ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';
  yield* keyDeclarations('graph', GRAPH_KEYS);
  yield* keyDeclarations('node', NODE_KEYS);
  yield* keyDeclarations('edge', EDGE_KEYS);
  yield `  <graph id="mechlens" edgedefault="directed">\n${data(GRAPH_KEYS, about, '    ')}`;
  for (const n of network.nodes) yield `    <node id="${xmlText(n.id)}">\n${data(NODE_KEYS, n, '      ')}    </node>\n`;
  for (const e of network.edges) {
    yield `    <edge id="${xmlText(e.id)}" source="${xmlText(e.source)}" target="${xmlText(e.target)}">\n${data(EDGE_KEYS, e, '      ')}    </edge>\n`;
  }
  yield '  </graph>\n</graphml>\n';
}
