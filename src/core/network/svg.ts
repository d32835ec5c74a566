/**
 * A laid-out network as a standalone SVG document: no scripts, no external resources, every label
 * escaped. Entities are rounded boxes filled by their family's tone, with the family's outline as a
 * glyph (families.ts: the editor's map draws the same shapes); review statements are grey lines whose heads
 * say the sign (→ +1, ⊣ −1, none for 0); a draft's claims are drawn over them in the CLAIM_MARKS way
 * — line style and symbol as well as colour — and legends name the types, the heads and the verdicts.
 * Every line has a <title> (a tooltip, and what a screen reader reads): "IL-4 inhibits NFATc1 [104]".
 */
import { conditionsOf, describeConditions } from '../conditions';
import { formatRefs } from '../judge';
import type { Sign } from '../lexicon/relations';
import { typeName } from '../present/entries';
import { CLAIM_MARKS, countByStatus, MARKED_STATUSES, type ClaimEdge } from './claimEdges';
import { FAMILIES, familyIdOf, type FamilyId } from './families';
import { glyph } from './glyphs';
import { FONT_SIZE, GLYPH_SPACE, MARGIN, shownLabel, type Layout, type PlacedNode } from './layout/types';
import type { Network, NetworkEdge, NetworkNode } from './network';
import { printColours, REVIEW_EDGE_COLOUR, TEXT_COLOUR, TONE_PRINT, TONE_STROKES } from './palette';
import { escapeXml } from './xml';

export interface SvgOptions {
  /** The drawing's title (its <title>, and the accessible name). */
  title: string;
  /** A draft's claims, drawn over the review's statements. */
  claims?: readonly ClaimEdge[];
  /** A node drawn with a heavier border (the term a neighbourhood is centred on). */
  centre?: string;
  /**
   * Prefix of the ids inside the drawing (its arrowheads): several drawings in one HTML page need
   * different ones, ids being shared by the whole page.
   */
  idPrefix?: string;
}

const DASHES: Readonly<Record<string, string | undefined>> = { solid: undefined, dashed: '7 4', dotted: '2 3' };
/** Space between parallel lines of one pair (several statements, both directions, claims). */
const LANE = 6;
const LEGEND_ROW = 20;

type Tone = 'review' | keyof typeof TONE_STROKES;

const TONE_COLOURS: Readonly<Record<Tone, string>> = { review: REVIEW_EDGE_COLOUR, ...TONE_STROKES };

/** What one line of the drawing is: its ends, its head, how it is stroked, what it says. */
interface Stroke {
  source: string;
  target: string;
  sign: Sign;
  /** The review's grey, or a verdict's tone. */
  tone: Tone;
  width: number;
  dash?: string;
  title: string;
  /** A verdict's symbol written at the middle of the line. */
  symbol?: string;
}

export function networkSvg(network: Network, layout: Layout, options: SvgOptions): string {
  const prefix = options.idPrefix ?? 'mechlens-';
  const nodes = new Map(network.nodes.map((n) => [n.id, n]));
  const boxes = new Map(layout.nodes.map((n) => [n.id, n]));
  const label = (id: string): string => nodes.get(id)?.label ?? id;
  const claims = (options.claims ?? []).filter((c) => boxes.has(c.source) && boxes.has(c.target));
  const strokes = [...reviewStrokes(network.edges, label), ...claims.map((c) => claimStroke(c, label))]
    .filter((s) => boxes.has(s.source) && boxes.has(s.target) && s.source !== s.target);
  const present = new Set(layout.nodes.map((n) => familyIdOf(nodes.get(n.id)?.type ?? '')));
  const families = (Object.keys(FAMILIES) as FamilyId[]).filter((f) => present.has(f));
  const legend = legendLines(families, claims.length > 0 ? claims : undefined, prefix, layout.height);
  const width = Math.max(layout.width, legend.width);
  const height = layout.height + legend.height;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${prefix}title" font-family="sans-serif" font-size="${FONT_SIZE}">`,
    `<title id="${prefix}title">${escapeXml(options.title)}</title>`,
    markers(prefix),
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    '<g class="edges">',
    ...laneLines(strokes, boxes, prefix),
    '</g>',
    '<g class="nodes">',
    ...layout.nodes.map((b) => nodeBox(b, nodes.get(b.id), b.id === options.centre)),
    '</g>',
    ...legend.lines,
    '</svg>',
    '',
  ].join('\n');
}

/** Arrowheads: → for a positive sign, ⊣ (a bar) for a negative one, in the review's grey and each tone. */
function markers(prefix: string): string {
  const defs = Object.entries(TONE_COLOURS).flatMap(([name, colour]) => [
    `<marker id="${prefix}arrow-${name}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" markerUnits="userSpaceOnUse" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="${colour}"/></marker>`,
    `<marker id="${prefix}bar-${name}" viewBox="0 0 4 10" refX="3" refY="5" markerWidth="3" markerHeight="10" markerUnits="userSpaceOnUse" orient="auto"><rect x="0" y="0" width="3" height="10" fill="${colour}"/></marker>`,
  ]);
  return `<defs>\n${defs.join('\n')}\n</defs>`;
}

/** One grey line per pair, direction and sign: the statements on it are listed in its title. */
function reviewStrokes(edges: readonly NetworkEdge[], label: (id: string) => string): Stroke[] {
  const groups = new Map<string, NetworkEdge[]>();
  for (const e of edges) {
    const key = `${e.source}\u0000${e.target}\u0000${e.sign}`;
    const list = groups.get(key);
    if (list) list.push(e);
    else groups.set(key, [e]);
  }
  return [...groups.values()].map((group) => ({
    source: group[0].source, target: group[0].target, sign: group[0].sign, tone: 'review', width: 1.4,
    title: group.map((e) => statementText(e, label)).join('\n'),
  }));
}

/** "IL-4 inhibits NFATc1 (at high concentration) [104]" */
export function statementText(e: NetworkEdge, label: (id: string) => string): string {
  const conditions = describeConditions(conditionsOf(e.context), label);
  return [label(e.source), e.relation.replace(/-/g, ' '), label(e.target), conditions ? `(${conditions})` : '', formatRefs(e.refs)].filter(Boolean).join(' ');
}

function claimStroke(c: ClaimEdge, label: (id: string) => string): Stroke {
  const mark = CLAIM_MARKS[c.status];
  const said = `${label(c.source)} ${c.negated ? 'does not ' : ''}${c.relation.replace(/-/g, ' ')} ${label(c.target)}`;
  return {
    source: c.source, target: c.target, sign: c.negated ? 0 : c.sign, tone: mark.tone, width: 2.6, dash: DASHES[mark.dash],
    symbol: mark.symbol,
    title: `Draft${c.hedged ? ' (hedged)' : ''}: ${said} — ${mark.symbol} ${mark.title}${c.refs.length ? ` ${formatRefs(c.refs)}` : ''}`,
  };
}

/** The lines, those of one pair side by side (review statements first, claims over them). */
function laneLines(strokes: readonly Stroke[], boxes: ReadonlyMap<string, PlacedNode>, prefix: string): string[] {
  const byPair = new Map<string, Stroke[]>();
  for (const s of strokes) {
    const key = s.source < s.target ? `${s.source}\u0000${s.target}` : `${s.target}\u0000${s.source}`;
    const list = byPair.get(key);
    if (list) list.push(s);
    else byPair.set(key, [s]);
  }
  const lines: string[] = [];
  const symbols: string[] = [];
  for (const group of byPair.values()) {
    group.forEach((s, i) => {
      const a = boxes.get(s.source) as PlacedNode;
      const b = boxes.get(s.target) as PlacedNode;
      // Offsets measured across the pair in one fixed direction, whichever way each line runs.
      const [first, second] = s.source < s.target ? [a, b] : [b, a];
      const offset = (i - (group.length - 1) / 2) * LANE;
      const len = Math.hypot(second.x - first.x, second.y - first.y) || 1;
      const nx = (-(second.y - first.y) / len) * offset;
      const ny = ((second.x - first.x) / len) * offset;
      const from = border({ ...a, x: a.x + nx, y: a.y + ny }, b.x + nx, b.y + ny);
      const to = border({ ...b, x: b.x + nx, y: b.y + ny }, a.x + nx, a.y + ny);
      const colour = TONE_COLOURS[s.tone];
      const head = s.sign === 1 ? ` marker-end="url(#${prefix}arrow-${s.tone})"` : s.sign === -1 ? ` marker-end="url(#${prefix}bar-${s.tone})"` : '';
      const dash = s.dash ? ` stroke-dasharray="${s.dash}"` : '';
      lines.push(`<g><title>${escapeXml(s.title)}</title><line x1="${r(from.x)}" y1="${r(from.y)}" x2="${r(to.x)}" y2="${r(to.y)}" stroke="${colour}" stroke-width="${s.width}"${dash}${head}/></g>`);
      if (s.symbol) {
        const mx = r((from.x + to.x) / 2);
        const my = r((from.y + to.y) / 2);
        symbols.push(`<g><title>${escapeXml(s.title)}</title><circle cx="${mx}" cy="${my}" r="8" fill="#ffffff" stroke="${colour}"/><text x="${mx}" y="${my}" dy="0.35em" text-anchor="middle" fill="${colour}" font-weight="bold">${escapeXml(s.symbol)}</text></g>`);
      }
    });
  }
  // Symbols last, so no line crosses them.
  return [...lines, ...symbols];
}

/** Where the line from a box's centre towards (x, y) leaves the box: heads end at the border, not under the box. */
function border(box: PlacedNode, x: number, y: number): { x: number; y: number } {
  const dx = x - box.x;
  const dy = y - box.y;
  if (dx === 0 && dy === 0) return { x: box.x, y: box.y };
  const scale = Math.min(dx === 0 ? Infinity : box.width / 2 / Math.abs(dx), dy === 0 ? Infinity : box.height / 2 / Math.abs(dy));
  return { x: box.x + dx * Math.min(scale, 1), y: box.y + dy * Math.min(scale, 1) };
}

function r(v: number): number {
  return Math.round(v * 10) / 10;
}

function nodeBox(b: PlacedNode, node: NetworkNode | undefined, centre: boolean): string {
  const label = node?.label ?? b.id;
  const tip = [label, node?.fullName && node.fullName !== label ? node.fullName : '', node ? typeName(node.type) : ''].filter(Boolean).join(' — ');
  const colours = printColours(node?.type ?? '');
  const left = b.x - b.width / 2;
  return `<g data-entity="${escapeXml(b.id)}"><title>${escapeXml(tip)}</title>`
    + `<rect x="${r(left)}" y="${r(b.y - b.height / 2)}" width="${b.width}" height="${b.height}" rx="6" fill="${colours.fill}" stroke="${TEXT_COLOUR}" stroke-width="${centre ? 2.5 : 0.8}"/>`
    + glyph(FAMILIES[familyIdOf(node?.type ?? '')].shape, r(left + 4 + GLYPH_SPACE / 2), b.y, colours.glyph, TEXT_COLOUR)
    + `<text x="${r(b.x + GLYPH_SPACE / 2)}" y="${b.y}" dy="0.35em" text-anchor="middle" fill="${TEXT_COLOUR}"${centre ? ' font-weight="bold"' : ''}>${escapeXml(shownLabel(label))}</text></g>`;
}

/** The legends below the drawing: entity families, statement heads, and the verdicts with their counts. */
function legendLines(families: readonly FamilyId[], claims: readonly ClaimEdge[] | undefined, prefix: string, top: number): { lines: string[]; width: number; height: number } {
  const lines: string[] = [];
  let y = top + 4;
  let width = 0;
  const row = (items: string[][]): void => {
    // items: [markup of the sample, its text]; laid left to right, wrapped at 640 units.
    let x = MARGIN;
    for (const [sample, text] of items) {
      const w = 34 + Math.ceil(text.length * FONT_SIZE * 0.6) + 18;
      if (x + w > 640 + MARGIN && x > MARGIN) { x = MARGIN; y += LEGEND_ROW; }
      lines.push(`<g transform="translate(${x} ${y})">${sample}<text x="34" y="0" dy="0.35em" fill="${TEXT_COLOUR}">${escapeXml(text)}</text></g>`);
      x += w;
      width = Math.max(width, x);
    }
    y += LEGEND_ROW;
  };
  row(families.map((f) => {
    const { shape, tone, title } = FAMILIES[f];
    return [`<rect x="0" y="-8" width="28" height="16" rx="4" fill="${TONE_PRINT[tone].fill}" stroke="${TEXT_COLOUR}" stroke-width="0.8"/>${glyph(shape, 14, 0, TONE_PRINT[tone].glyph, TEXT_COLOUR)}`, title];
  }));
  const line = (head: string, colour: string, dash?: string): string => `<line x1="0" y1="0" x2="28" y2="0" stroke="${colour}" stroke-width="2"${dash ? ` stroke-dasharray="${dash}"` : ''}${head}/>`;
  row([
    [line(` marker-end="url(#${prefix}arrow-review)"`, REVIEW_EDGE_COLOUR), '→ promotes (+1)'],
    [line(` marker-end="url(#${prefix}bar-review)"`, REVIEW_EDGE_COLOUR), '⊣ inhibits (−1)'],
    [line('', REVIEW_EDGE_COLOUR), '— unsigned (0)'],
  ]);
  if (claims) {
    const counts = countByStatus(claims);
    row(MARKED_STATUSES.map((s) => {
      const mark = CLAIM_MARKS[s];
      const colour = TONE_STROKES[mark.tone];
      return [line('', colour, DASHES[mark.dash]), `${mark.symbol} ${mark.title}: ${counts[s]}`];
    }));
  }
  return { lines, width: width + MARGIN, height: y - top + 4 };
}
