/**
 * The Mechanism Map's data: a part of the review's network (a term's neighbourhood, a mechanism's steps
 * with their neighbours, or the whole review filtered by type and section) with the open draft's judged
 * claims laid over it. Plain data: the VS Code webview draws it, and any other client could.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisResult, ClaimEdge, CompiledInteraction, Network, NetworkEdge, NetworkNode } from '../core';
import { labelOf, type Engine } from './engine';
import type { MapClaim, MapEdge, MapNode, MapParams, MapResult, MapSvgParams } from './protocol';
import { describeClaim } from './report';

/** Depth of a neighbourhood when the client names none, and the most it may ask (3 steps reach most of the review). */
export const MAP_DEPTH = Object.freeze({ default: 1, max: 3 });

/** A sentence longer than this is cut in the map's tooltips (the editor shows the whole). */
const SENTENCE_CHARS = 400;

export interface Draft {
  document: TextDocument;
  result: AnalysisResult;
}

/** What a map shows: the chosen part of the review, the draft's claims over it, and the terms those add. */
export interface MapView {
  title: string;
  centre?: string;
  problem?: string;
  depth: number;
  /** The view's entities, then those only a claim brings in. */
  network: Network;
  added: ReadonlySet<string>;
  claims: ClaimEdge[];
}

export function mapViewOf(engine: Engine, params: MapParams, draft: Draft | undefined): MapView {
  const { core, index } = engine;
  const depth = clampDepth(params.depth);
  const whole = core.reviewNetwork(index.lexicon, { types: params.types, sections: params.sections });
  const view = chooseView(engine, whole, params, depth);
  const shown = new Set(view.network.nodes.map((n) => n.id));
  const everything = params.centre === undefined && params.mechanism === undefined;
  const claims = draft ? core.claimEdges(draft.result.claims).filter((c) => everything || shown.has(c.source) || shown.has(c.target)) : [];
  // A claim may relate a term the view leaves out (a filtered type, a farther step): its end is added, marked.
  const added = new Set<string>();
  const nodes = [...view.network.nodes];
  for (const c of claims) {
    for (const id of [c.source, c.target]) {
      const e = index.entities.get(id);
      if (shown.has(id) || !e) continue;
      shown.add(id);
      added.add(id);
      nodes.push(core.nodeOf(e));
    }
  }
  return {
    title: view.title, ...(view.centre ? { centre: view.centre } : {}), ...(view.problem ? { problem: view.problem } : {}),
    depth, network: { nodes, edges: view.network.edges }, added, claims: claims.filter((c) => shown.has(c.source) && shown.has(c.target)),
  };
}

export function mapOf(engine: Engine, params: MapParams, draft: Draft | undefined): MapResult {
  const { core, index } = engine;
  const view = mapViewOf(engine, params, draft);
  const interactions = new Map(index.lexicon.interactions.map((x) => [x.id, x]));
  return {
    title: view.title,
    ...(view.centre ? { centre: view.centre } : {}),
    ...(view.problem ? { problem: view.problem } : {}),
    depth: view.depth,
    nodes: view.network.nodes.map((n) => mapNode(n, view.added.has(n.id))),
    edges: view.network.edges.map((e) => mapEdge(engine, interactions, e)),
    claims: draft ? view.claims.map((c) => mapClaim(engine, draft, c)) : [],
    counts: core.countByStatus(view.claims),
    ...(draft ? { draft: draft.document.uri } : {}),
    types: core.ENTITY_TYPES.map((id) => ({ id, name: core.typeName(id), family: core.TYPE_FAMILY[id] })),
    sections: index.lexicon.sections.map((s) => ({ id: s.id, title: s.title, ...(s.parent ? { parent: s.parent } : {}) })),
  };
}

/** The view as a standalone SVG file, its terms where the client drew them. */
export function mapSvgOf(engine: Engine, params: MapSvgParams, draft: Draft | undefined): string {
  const { core } = engine;
  const view = mapViewOf(engine, params, draft);
  const review = engine.index.lexicon.review;
  const title = `${view.title} — Mechanism Map${review ? ` of ${review.authors[0]} et al. ${review.year}` : ''}`;
  return core.networkSvg(view.network, core.givenLayout(view.network, params.positions), { title, claims: view.claims, ...(view.centre ? { centre: view.centre } : {}) });
}

function clampDepth(depth: number | undefined): number {
  if (depth === undefined || !Number.isFinite(depth)) return MAP_DEPTH.default;
  return Math.max(0, Math.min(MAP_DEPTH.max, Math.floor(depth)));
}

interface View {
  title: string;
  network: Network;
  centre?: string;
  problem?: string;
}

function chooseView(engine: Engine, whole: Network, params: MapParams, depth: number): View {
  const { core, index } = engine;
  if (params.mechanism !== undefined) {
    const m = index.lexicon.mechanisms.find((x) => x.id === params.mechanism);
    if (!m) return { title: 'Mechanism Map', network: { nodes: [], edges: [] }, problem: `no mechanism "${params.mechanism}" in the lexicon` };
    const steps = [...new Set(m.steps.map((s) => s.entity))];
    const keep = new Set<string>();
    for (const id of steps) for (const [n] of core.distancesWithin(whole, id, depth)) keep.add(n);
    for (const id of steps) keep.add(id);
    const nodes = whole.nodes.filter((n) => keep.has(n.id));
    const inView = new Set(nodes.map((n) => n.id));
    return { title: `Mechanism: ${m.label}`, network: { nodes, edges: whole.edges.filter((e) => inView.has(e.source) && inView.has(e.target)) } };
  }
  if (params.centre !== undefined) {
    if (!index.entities.has(params.centre)) return { title: 'Mechanism Map', network: { nodes: [], edges: [] }, problem: `no term "${params.centre}" in the lexicon` };
    const network = core.neighbourhood(whole, params.centre, depth);
    if (network.nodes.length === 0) {
      // The centre itself is filtered out by type or section: show it alone rather than nothing.
      const e = index.entities.get(params.centre)!;
      return { title: labelOf(engine, params.centre), centre: params.centre, network: { nodes: [core.nodeOf(e)], edges: [] } };
    }
    return { title: labelOf(engine, params.centre), centre: params.centre, network };
  }
  return { title: 'The whole review', network: whole };
}

function mapNode(n: NetworkNode, added: boolean): MapNode {
  return { ...n, ...(added ? { added: true } : {}) };
}

function mapEdge(engine: Engine, interactions: ReadonlyMap<string, CompiledInteraction>, e: NetworkEdge): MapEdge {
  const x = interactions.get(e.id);
  return { ...e, text: x ? engine.core.describeInteraction(x, engine.index.entities) : `${e.source} ${e.relation} ${e.target}` };
}

function mapClaim(engine: Engine, draft: Draft, c: ClaimEdge): MapClaim {
  const claim = draft.result.claims[c.claim];
  const sentence = draft.document.getText(c.sentenceRange).replace(/\s+/g, ' ').trim();
  return {
    ...c,
    text: describeClaim(claim, (id) => labelOf(engine, id)),
    sentence: sentence.length > SENTENCE_CHARS ? `${sentence.slice(0, SENTENCE_CHARS - 1)}…` : sentence,
    ...(claim.statement ? { statement: claim.statement } : {}),
  };
}
