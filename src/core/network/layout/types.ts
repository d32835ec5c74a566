/**
 * What a layout gives the SVG writer: a box per node (centre and size, in map units) and the extent of
 * the whole. Boxes are sized from the labels here, so every layout keeps labels apart the same way.
 */
export interface PlacedNode {
  id: string;
  /** Centre of the node's box. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Layout {
  /** In the network's node order. */
  nodes: PlacedNode[];
  width: number;
  height: number;
}

export const FONT_SIZE = 12;
export const BOX_HEIGHT = 24;
const BOX_PADDING = 16;
/** Room at the left of a box for its family's glyph (svg.ts draws it there). */
export const GLYPH_SPACE = 16;
/** Labels longer than this are shortened on the map (the node's title keeps the whole label). */
export const MAX_LABEL_CHARS = 32;
/** Free space kept around the drawing. */
export const MARGIN = 16;

/** The label as drawn: at most MAX_LABEL_CHARS characters, an ellipsis marking a cut. */
export function shownLabel(label: string): string {
  const chars = [...label];
  return chars.length <= MAX_LABEL_CHARS ? label : `${chars.slice(0, MAX_LABEL_CHARS - 1).join('')}…`;
}

/**
 * The width of a label in a sans-serif face at FONT_SIZE, estimated (a pure core cannot measure text):
 * narrow, wide and capital letters by class, erring wide so that boxes rather hold their labels.
 */
export function labelWidth(label: string): number {
  let em = 0;
  for (const ch of shownLabel(label)) {
    if (/[ilj.,;:'|!ft()[\]\s-]/.test(ch)) em += 0.34;
    else if (/[mwMW@%]/.test(ch)) em += 0.9;
    else if (/[A-Z0-9]/.test(ch)) em += 0.68;
    else em += 0.58;
  }
  return Math.ceil(em * FONT_SIZE);
}

export function boxOf(id: string, label: string, x = 0, y = 0): PlacedNode {
  return { id, x, y, width: labelWidth(label) + BOX_PADDING + GLYPH_SPACE, height: BOX_HEIGHT };
}

/** Whether two boxes overlap once each is grown by `gap / 2` on every side. */
export function overlaps(a: PlacedNode, b: PlacedNode, gap = 0): boolean {
  return Math.abs(a.x - b.x) < (a.width + b.width) / 2 + gap && Math.abs(a.y - b.y) < (a.height + b.height) / 2 + gap;
}

/**
 * The boxes moved so the drawing starts at MARGIN on both axes, coordinates rounded to a tenth (the
 * SVG stays short and the same input gives the same text), with the extent that holds them.
 */
export function framed(nodes: readonly PlacedNode[]): Layout {
  if (nodes.length === 0) return { nodes: [], width: 2 * MARGIN, height: 2 * MARGIN };
  const left = Math.min(...nodes.map((n) => n.x - n.width / 2));
  const top = Math.min(...nodes.map((n) => n.y - n.height / 2));
  const round = (v: number): number => Math.round(v * 10) / 10;
  const placed = nodes.map((n) => ({ ...n, x: round(n.x - left + MARGIN), y: round(n.y - top + MARGIN) }));
  const width = Math.ceil(Math.max(...placed.map((n) => n.x + n.width / 2)) + MARGIN);
  const height = Math.ceil(Math.max(...placed.map((n) => n.y + n.height / 2)) + MARGIN);
  return { nodes: placed, width, height };
}
