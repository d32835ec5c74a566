/**
 * A layout from positions someone else chose (the editor's map, laid out in the webview), for an SVG
 * of exactly that view. The positions are spread evenly, as little as needed, so the SVG's boxes — sized
 * for their labels, wider than the map's dots — do not cover each other; the arrangement is kept.
 */
import type { Network } from '../network';
import { boxOf, framed, type Layout, type PlacedNode } from './types';

/** Space kept between two boxes. */
const GAP = 8;
/** Positions are spread at most this much: a pair drawn on top of each other is not worth a huge drawing. */
const MAX_SPREAD = 8;

export function givenLayout(network: Network, positions: Readonly<Record<string, { x: number; y: number }>>): Layout {
  const placed: PlacedNode[] = [];
  const missing: PlacedNode[] = [];
  for (const n of network.nodes) {
    const p = Object.prototype.hasOwnProperty.call(positions, n.id) ? positions[n.id] : undefined;
    if (p && Number.isFinite(p.x) && Number.isFinite(p.y)) placed.push(boxOf(n.id, n.label, p.x, p.y));
    else missing.push(boxOf(n.id, n.label));
  }
  const spread = spreadNeeded(placed);
  for (const n of placed) { n.x *= spread; n.y *= spread; }
  // Nodes the view had no position for (none, normally) go in a row below the drawing.
  let x = placed.length ? Math.min(...placed.map((n) => n.x - n.width / 2)) : 0;
  const y = placed.length ? Math.max(...placed.map((n) => n.y + n.height)) + 2 * GAP : 0;
  for (const n of missing) { n.x = x + n.width / 2; n.y = y; x += n.width + GAP; }
  const order = new Map(network.nodes.map((n, i) => [n.id, i]));
  return framed([...placed, ...missing].sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0)));
}

/** The smallest factor (1 to MAX_SPREAD) by which the positions must be spread so that no two boxes overlap. */
function spreadNeeded(nodes: readonly PlacedNode[]): number {
  let spread = 1;
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length; j++) {
      const a = nodes[i];
      const b = nodes[j];
      const dx = Math.abs(a.x - b.x);
      const dy = Math.abs(a.y - b.y);
      if (dx === 0 && dy === 0) continue;
      // Apart along x or along y is enough: the pair needs the smaller of the two factors.
      const alongX = dx > 0 ? ((a.width + b.width) / 2 + GAP) / dx : Infinity;
      const alongY = dy > 0 ? ((a.height + b.height) / 2 + GAP) / dy : Infinity;
      spread = Math.max(spread, Math.min(alongX, alongY));
    }
  }
  return Math.min(spread, MAX_SPREAD);
}
