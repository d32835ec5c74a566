/**
 * The neighbourhood of one term as rings: the term in the middle, each ring the entities one step
 * further out. Deterministic (no randomness; ties broken by label and id) and free of overlapping
 * boxes by construction: each ring is made wide enough for its boxes, and far enough from the last.
 */
import { distancesWithin, type Network } from '../network';
import { boxOf, framed, overlaps, type Layout, type PlacedNode } from './types';

/** Space kept between two boxes. */
const GAP = 10;
/** Each ring of more than one node starts at the top of the circle. */
const START_ANGLE = -Math.PI / 2;

/**
 * Lays out the nodes within `depth` steps of `centre` (all of them by default); nodes further out are
 * left out of the layout. An unknown centre gives an empty layout.
 */
export function radialLayout(network: Network, centre: string, depth?: number): Layout {
  const distance = distancesWithin(network, centre, depth);
  if (distance.size === 0) return framed([]);
  const rings: PlacedNode[][] = [];
  const labels = new Map<string, string>();
  for (const n of network.nodes) {
    const d = distance.get(n.id);
    if (d === undefined) continue;
    labels.set(n.id, n.label);
    (rings[d] ??= []).push(boxOf(n.id, n.label));
  }
  const neighbours = adjacency(network);
  const angle = new Map<string, number>([[centre, START_ANGLE]]);
  let outer = halfDiagonal(rings[0][0]); // how far the last ring's boxes reach from the centre
  for (let d = 1; d < rings.length; d++) {
    const ring = order(rings[d], rings[d - 1], angle, neighbours, labels);
    const reach = Math.max(...ring.map(halfDiagonal));
    const radius = ringRadius(ring, outer + reach + GAP);
    place(ring, radius);
    for (const n of ring) angle.set(n.id, Math.atan2(n.y, n.x));
    rings[d] = ring;
    outer = radius + reach;
  }
  const placed = new Map(rings.flat().map((n) => [n.id, n]));
  return framed(network.nodes.flatMap((n) => placed.get(n.id) ?? []));
}

function adjacency(network: Network): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const link = (a: string, b: string): void => { const list = out.get(a); if (list) list.push(b); else out.set(a, [b]); };
  for (const e of network.edges) { link(e.source, e.target); link(e.target, e.source); }
  return out;
}

/** Half the diagonal of a box: two boxes whose centres are further apart than their half-diagonals cannot overlap. */
function halfDiagonal(n: PlacedNode): number {
  return Math.hypot(n.width, n.height) / 2;
}

/**
 * The ring's nodes in the order of their parents' angles (the mean angle of their neighbours on the
 * ring inside), so edges between rings cross as little as possible; then by label and id.
 */
function order(ring: PlacedNode[], inner: readonly PlacedNode[], angle: ReadonlyMap<string, number>, neighbours: ReadonlyMap<string, string[]>, labels: ReadonlyMap<string, string>): PlacedNode[] {
  const innerIds = new Set(inner.map((n) => n.id));
  const key = new Map<string, number>();
  for (const n of ring) {
    const parents = (neighbours.get(n.id) ?? []).filter((p) => innerIds.has(p));
    // A circular mean: parents at -170° and 170° sit together at 180°, not at 0°.
    const sx = parents.reduce((s, p) => s + Math.cos(angle.get(p) ?? START_ANGLE), 0);
    const sy = parents.reduce((s, p) => s + Math.sin(angle.get(p) ?? START_ANGLE), 0);
    const mean = parents.length === 0 ? START_ANGLE : Math.atan2(sy, sx);
    // Angles measured clockwise from the top, where each ring starts.
    key.set(n.id, (mean - START_ANGLE + 4 * Math.PI) % (2 * Math.PI));
  }
  const label = (n: PlacedNode): string => labels.get(n.id) ?? n.id;
  return [...ring].sort((a, b) => (key.get(a.id) as number) - (key.get(b.id) as number) || compare(label(a), label(b)) || compare(a.id, b.id));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Each node gets a share of the circle in proportion to its size, centred in its share. */
function place(ring: PlacedNode[], radius: number): void {
  const sizes = ring.map((n) => 2 * halfDiagonal(n) + GAP);
  const total = sizes.reduce((s, v) => s + v, 0);
  let at = 0;
  ring.forEach((n, i) => {
    const a = START_ANGLE + (2 * Math.PI * (at + sizes[i] / 2)) / total;
    at += sizes[i];
    n.x = radius * Math.cos(a);
    n.y = radius * Math.sin(a);
  });
}

/**
 * The smallest radius, from `least` up in steps of 5%, at which no two boxes of the ring overlap: a
 * circle whose circumference is the sum of the boxes' sizes is usually enough, chords being a little
 * shorter than arcs.
 */
function ringRadius(ring: PlacedNode[], least: number): number {
  const sizes = ring.reduce((s, n) => s + 2 * halfDiagonal(n) + GAP, 0);
  let radius = Math.max(least, sizes / (2 * Math.PI));
  for (;;) {
    place(ring, radius);
    if (!ring.some((a, i) => ring.some((b, j) => j > i && overlaps(a, b, GAP / 2)))) return radius;
    radius *= 1.05;
  }
}
