/**
 * The families' outlines (families.ts) as small SVG glyphs: a node's kind reads from its shape as well
 * as its colour, as on the editor's map, in print and for readers who do not tell the colours apart.
 */
import type { Family } from './families';

const R = 5.5;

function points(list: ReadonlyArray<[number, number]>): string {
  return list.map(([x, y]) => `${Math.round(x * 10) / 10},${Math.round(y * 10) / 10}`).join(' ');
}

/** The outline of `shape`, about 11 units across, centred on (x, y). */
export function glyph(shape: Family['shape'], x: number, y: number, fill: string, stroke: string): string {
  const paint = `fill="${fill}" stroke="${stroke}" stroke-width="0.8"`;
  switch (shape) {
    case 'ellipse':
      return `<circle cx="${x}" cy="${y}" r="${R}" ${paint}/>`;
    case 'round-rectangle':
      return `<rect x="${x - R}" y="${y - 4}" width="${2 * R}" height="8" rx="2.5" ${paint}/>`;
    case 'rectangle':
      return `<rect x="${x - R}" y="${y - 4}" width="${2 * R}" height="8" ${paint}/>`;
    case 'diamond':
      return `<polygon points="${points([[x, y - R], [x + R, y], [x, y + R], [x - R, y]])}" ${paint}/>`;
    case 'hexagon':
      return `<polygon points="${points([0, 1, 2, 3, 4, 5].map((k) => [x + R * Math.cos((Math.PI / 3) * k), y + R * Math.sin((Math.PI / 3) * k)]))}" ${paint}/>`;
    case 'round-triangle':
      return `<polygon points="${points([[x, y - R], [x + R, y + R * 0.8], [x - R, y + R * 0.8]])}" stroke-linejoin="round" ${paint}/>`;
  }
}
