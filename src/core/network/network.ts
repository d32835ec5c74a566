/**
 * The review as a network: entities as nodes, interactions as signed edges. One model for every view
 * of it — the editor's map, the exports (SIF, GraphML, CX2, INDRA), the SVG map and the HTML report —
 * so they agree on what a node and an edge are. Built from the compiled lexicon alone.
 */
import type { CompiledEntity, CompiledInteraction, CompiledLexicon, EntityType, Provenance, Section } from '../lexicon/types';
import type { Sign } from '../lexicon/relations';

export interface NetworkNode {
  id: string;
  label: string;
  type: EntityType;
  fullName?: string;
  /** Review sections that discuss the entity. */
  sections: string[];
  refs: number[];
  /** Database identifiers where the curators are certain of them (HGNC symbol, miRBase name). */
  identifiers?: { hgnc?: string; mirbase?: string };
}

export interface NetworkEdge {
  /** The interaction id (unique in the lexicon). */
  id: string;
  source: string;
  target: string;
  relation: string;
  sign: Sign;
  /** Conditions of the statement as "key:value", in the lexicon's order. */
  context: string[];
  refs: number[];
  section?: string;
  figure?: number;
  provenance: Provenance;
  /** Entities the effect passes through. */
  via: string[];
  /** The review's words for the statement. */
  evidence?: string;
}

export interface Network {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

/** Which part of the review to show: entity types and review sections (a section includes its subsections). */
export interface NetworkFilter {
  types?: readonly string[];
  sections?: readonly string[];
}

export function nodeOf(e: CompiledEntity): NetworkNode {
  return {
    id: e.id, label: e.label, type: e.type, ...(e.fullName ? { fullName: e.fullName } : {}),
    sections: [...(e.sections ?? [])], refs: [...e.refs],
    ...(e.identifiers && (e.identifiers.hgnc || e.identifiers.mirbase) ? { identifiers: { ...e.identifiers } } : {}),
  };
}

export function edgeOf(x: CompiledInteraction): NetworkEdge {
  return {
    id: x.id, source: x.subject, target: x.object, relation: x.relation, sign: x.sign,
    context: contextPairs(x.context), refs: [...x.refs],
    ...(x.section ? { section: x.section } : {}), ...(x.figure !== undefined ? { figure: x.figure } : {}),
    provenance: x.provenance, via: [...(x.via ?? [])], ...(x.evidence ? { evidence: x.evidence } : {}),
  };
}

function contextPairs(context: CompiledInteraction['context']): string[] {
  if (!context) return [];
  return Object.entries(context).filter(([, v]) => v !== undefined).map(([k, v]) => `${k}:${String(v)}`);
}

/**
 * The whole review, or the part a filter keeps: an edge stays when both ends pass the type filter and
 * its section (or, without one, a section of either end) passes the section filter; a node stays when it
 * passes the filters and, under a section filter, when it is discussed there or an edge kept touches it.
 */
export function reviewNetwork(lexicon: CompiledLexicon, filter: NetworkFilter = {}): Network {
  const types = filter.types && filter.types.length ? new Set(filter.types) : undefined;
  const sections = filter.sections && filter.sections.length ? sectionsWithin(lexicon.sections, filter.sections) : undefined;
  const entities = new Map(lexicon.entities.map((e) => [e.id, e]));
  const typeOk = (id: string): boolean => { const e = entities.get(id); return !!e && (!types || types.has(e.type)); };
  const edges: NetworkEdge[] = [];
  for (const x of lexicon.interactions) {
    if (!typeOk(x.subject) || !typeOk(x.object)) continue;
    if (sections && !edgeInSections(x, entities, sections)) continue;
    edges.push(edgeOf(x));
  }
  const touched = new Set<string>();
  for (const e of edges) { touched.add(e.source); touched.add(e.target); }
  const nodes = lexicon.entities
    .filter((e) => typeOk(e.id) && (!sections || touched.has(e.id) || (e.sections ?? []).some((s) => sections.has(s))))
    .map(nodeOf);
  return { nodes, edges };
}

function edgeInSections(x: CompiledInteraction, entities: ReadonlyMap<string, CompiledEntity>, sections: ReadonlySet<string>): boolean {
  if (x.section) return sections.has(x.section);
  return [x.subject, x.object].some((id) => (entities.get(id)?.sections ?? []).some((s) => sections.has(s)));
}

/** The sections named and every section below them. */
export function sectionsWithin(all: readonly Section[], roots: readonly string[]): Set<string> {
  const within = new Set(roots);
  let grew = true;
  while (grew) {
    grew = false;
    for (const s of all) if (s.parent && within.has(s.parent) && !within.has(s.id)) { within.add(s.id); grew = true; }
  }
  return within;
}

/**
 * The part of a network within `depth` steps of `centre`, following edges either way (a regulator and
 * a target are both neighbours). Nodes keep the network's order; edges are those between kept nodes.
 * An unknown centre gives an empty network.
 */
export function neighbourhood(network: Network, centre: string, depth: number): Network {
  const distance = distancesWithin(network, centre, depth);
  return {
    nodes: network.nodes.filter((n) => distance.has(n.id)),
    edges: network.edges.filter((e) => distance.has(e.source) && distance.has(e.target)),
  };
}

/** Steps from `centre` to every node within `depth` steps, edges followed either way (rings of a radial layout). */
export function distancesWithin(network: Network, centre: string, depth: number = Number.MAX_SAFE_INTEGER): Map<string, number> {
  if (!network.nodes.some((n) => n.id === centre)) return new Map();
  const adjacent = new Map<string, string[]>();
  const link = (a: string, b: string): void => { const list = adjacent.get(a); if (list) list.push(b); else adjacent.set(a, [b]); };
  for (const e of network.edges) { link(e.source, e.target); link(e.target, e.source); }
  const distance = new Map<string, number>([[centre, 0]]);
  let frontier = [centre];
  for (let d = 1; d <= depth && frontier.length; d++) {
    const next: string[] = [];
    for (const id of frontier) for (const n of adjacent.get(id) ?? []) if (!distance.has(n)) { distance.set(n, d); next.push(n); }
    frontier = next;
  }
  return distance;
}
