/**
 * A force-directed layout for a draft's claim map (a handful to a few dozen entities): related
 * entities pull together, all push apart, then overlapping boxes are pushed apart until labels no
 * longer cover each other. Deterministic: the start comes from a seeded generator, never Math.random,
 * and the number of steps is fixed, so the same network always gives the same drawing.
 */
import { seededRandom } from '../../seededRandom';
import type { Network } from '../network';
import { boxOf, framed, overlaps, type Layout, type PlacedNode } from './types';

export interface ForceOptions {
  /** Seed of the starting positions (the same seed, the same layout). */
  seed?: number;
  iterations?: number;
}

/** Space kept between two boxes once overlaps are removed. */
const GAP = 12;
const DEFAULT_ITERATIONS = 300;
const OVERLAP_PASSES = 500;
/** The pull to the middle, per unit of distance: just enough to keep unlinked parts in view. */
const GRAVITY = 0.02;

export function forceLayout(network: Network, options: ForceOptions = {}): Layout {
  const nodes = network.nodes.map((n) => boxOf(n.id, n.label));
  if (nodes.length <= 1) return framed(nodes);
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  const pairs = linkedPairs(network, index);
  // The ideal distance between linked centres: about one box and a half, boxes being wide.
  const ideal = nodes.reduce((s, n) => s + n.width, 0) / nodes.length + 60;
  start(nodes, ideal, options.seed ?? 1);
  simulate(nodes, pairs, ideal, options.iterations ?? DEFAULT_ITERATIONS);
  removeOverlaps(nodes);
  return framed(nodes);
}

/** Each linked pair once (an edge either way, several statements on one pair: one pull). */
function linkedPairs(network: Network, index: ReadonlyMap<string, number>): Array<[number, number]> {
  const seen = new Set<string>();
  const out: Array<[number, number]> = [];
  for (const e of network.edges) {
    const a = index.get(e.source);
    const b = index.get(e.target);
    if (a === undefined || b === undefined || a === b) continue;
    const key = a < b ? `${a} ${b}` : `${b} ${a}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push([a, b]);
  }
  return out;
}

/** Starting positions on a circle in node order, each nudged a little at random (seeded). */
function start(nodes: PlacedNode[], ideal: number, seed: number): void {
  const random = seededRandom(seed);
  const radius = (ideal * Math.sqrt(nodes.length)) / 2;
  nodes.forEach((n, i) => {
    const a = (2 * Math.PI * i) / nodes.length;
    n.x = radius * Math.cos(a) + (random() - 0.5) * ideal * 0.2;
    n.y = radius * Math.sin(a) + (random() - 0.5) * ideal * 0.2;
  });
}

/**
 * Fruchterman–Reingold with a cooling step size: repulsion ideal²/d between every two nodes,
 * attraction d²/ideal along links, a weak pull to the middle that keeps unlinked parts near. Vertical
 * distances count double, boxes being much wider than high.
 */
function simulate(nodes: PlacedNode[], pairs: ReadonlyArray<[number, number]>, ideal: number, iterations: number): void {
  const n = nodes.length;
  const dx = new Float64Array(n);
  const dy = new Float64Array(n);
  for (let step = 0; step < iterations; step++) {
    dx.fill(0);
    dy.fill(0);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let vx = nodes[i].x - nodes[j].x;
        let vy = (nodes[i].y - nodes[j].y) * 2;
        let d = Math.hypot(vx, vy);
        if (d < 0.01) { vx = 0.01 * (j - i); vy = 0.01; d = Math.hypot(vx, vy); } // two nodes on one spot: part them
        const f = (ideal * ideal) / d / d;
        dx[i] += vx * f; dy[i] += vy * f;
        dx[j] -= vx * f; dy[j] -= vy * f;
      }
    }
    for (const [a, b] of pairs) {
      const vx = nodes[a].x - nodes[b].x;
      const vy = (nodes[a].y - nodes[b].y) * 2;
      const d = Math.hypot(vx, vy);
      const f = d / ideal;
      dx[a] -= vx * f; dy[a] -= vy * f;
      dx[b] += vx * f; dy[b] += vy * f;
    }
    const limit = ideal * (1 - step / iterations) + 1; // how far a node may move in this step
    for (let i = 0; i < n; i++) {
      dx[i] -= nodes[i].x * GRAVITY;
      dy[i] -= nodes[i].y * GRAVITY;
      const d = Math.hypot(dx[i], dy[i]);
      if (d === 0) continue;
      const move = Math.min(d, limit) / d;
      nodes[i].x += dx[i] * move;
      nodes[i].y += (dy[i] * move) / 2;
    }
  }
}

/**
 * Pushes overlapping boxes apart, each by half the overlap, along the axis that needs the smaller move,
 * until none overlap (with GAP between them) or the passes run out (a crowded map may keep a little).
 */
function removeOverlaps(nodes: PlacedNode[]): void {
  for (let pass = 0; pass < OVERLAP_PASSES; pass++) {
    let moved = false;
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const a = nodes[i];
        const b = nodes[j];
        if (!overlaps(a, b, GAP)) continue;
        moved = true;
        const needX = (a.width + b.width) / 2 + GAP - Math.abs(a.x - b.x);
        const needY = (a.height + b.height) / 2 + GAP - Math.abs(a.y - b.y);
        if (needY <= needX) {
          const s = a.y < b.y || (a.y === b.y && i < j) ? -1 : 1;
          a.y += (s * needY) / 2 + s * 0.5;
          b.y -= (s * needY) / 2 + s * 0.5;
        } else {
          const s = a.x < b.x || (a.x === b.x && i < j) ? -1 : 1;
          a.x += (s * needX) / 2 + s * 0.5;
          b.x -= (s * needX) / 2 + s * 0.5;
        }
      }
    }
    if (!moved) return;
  }
}
