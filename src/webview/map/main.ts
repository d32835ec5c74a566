/**
 * The Mechanism Map in its webview: draws the view the extension sends, with the draft's claims over
 * it, and turns clicks, keys and the toolbar into requests to the extension (open an entry, reveal a
 * claim, another view, export). It loads nothing from outside: cytoscape and fcose are bundled.
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { FAMILIES } from '../../core/network/families';
import type { MapParams, MapResult } from '../../service/protocol';
import type { FromWebview, ToWebview } from '../../vscode/map/messages';
import { CLAIM_PREFIX, elementsOf, sameGraph } from './elements';
import { focusElement, handleKey, type KeyActions } from './keyboard';
import { CLAIM_MARKS } from './marks';
import { mapStyle } from './style';
import { onThemeChange, readTheme } from './theme';

declare function acquireVsCodeApi(): { postMessage(message: FromWebview): void };

cytoscape.use(fcose);
const vscode = acquireVsCodeApi();
const post = (message: FromWebview): void => vscode.postMessage(message);

const byId = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const ui = {
  title: byId<HTMLHeadingElement>('title'),
  problem: byId<HTMLParagraphElement>('problem'),
  search: byId<HTMLInputElement>('search'),
  terms: byId<HTMLDataListElement>('terms'),
  depth: byId<HTMLSelectElement>('depth'),
  whole: byId<HTMLButtonElement>('whole'),
  types: byId<HTMLFieldSetElement>('types'),
  section: byId<HTMLSelectElement>('section'),
  fit: byId<HTMLButtonElement>('fit'),
  exportSvg: byId<HTMLButtonElement>('export-svg'),
  exportPng: byId<HTMLButtonElement>('export-png'),
  counts: byId<HTMLParagraphElement>('counts'),
  legend: byId<HTMLDivElement>('legend'),
  status: byId<HTMLParagraphElement>('status'),
  canvas: byId<HTMLDivElement>('cy'),
  statements: byId<HTMLUListElement>('statements'),
};

const cy = cytoscape({ container: ui.canvas, style: mapStyle(readTheme()), minZoom: 0.05, maxZoom: 4, boxSelectionEnabled: false });
let shown: MapResult | undefined;
let params: MapParams = {};

onThemeChange(() => cy.style(mapStyle(readTheme())));

function layOut(fresh: boolean): void {
  const started = performance.now();
  const count = cy.nodes().length;
  const layout = cy.layout({
    name: count <= 1 ? 'grid' : 'fcose', animate: false, randomize: fresh, quality: count > 150 ? 'draft' : 'default',
    nodeSeparation: 90, idealEdgeLength: () => 90, nodeRepulsion: () => 9000, padding: 30, fit: true,
  } as cytoscape.LayoutOptions);
  layout.one('layoutstop', () => {
    cy.fit(undefined, 30);
    Object.assign(ui.canvas.dataset, { nodes: String(cy.nodes().length), edges: String(cy.edges().length), layoutMs: String(Math.round(performance.now() - started)) });
    post({ type: 'laidOut', nodes: cy.nodes().length, edges: cy.edges().length, ms: Math.round(performance.now() - started) });
  });
  layout.run();
}

function show(map: MapResult, next: MapParams, relayout: boolean): void {
  const keep = !relayout && shown !== undefined && sameGraph(shown, map);
  shown = map;
  params = next;
  ui.title.textContent = map.title;
  ui.problem.textContent = map.problem ?? '';
  ui.problem.hidden = !map.problem;
  ui.depth.value = String(map.depth);
  ui.depth.disabled = map.centre === undefined && next.mechanism === undefined;
  renderCounts(map);
  renderChoices(map, next);
  renderText(map);
  if (keep) {
    cy.batch(() => {
      cy.edges('.claim').remove();
      cy.add(elementsOf(map).filter((e) => String(e.data.id).startsWith(CLAIM_PREFIX)));
    });
    return;
  }
  cy.batch(() => {
    cy.elements().remove();
    cy.add(elementsOf(map));
  });
  layOut(true);
}

function renderCounts(map: MapResult): void {
  const parts = Object.entries(CLAIM_MARKS).map(([status, mark]) => `${mark.symbol} ${map.counts[status as keyof typeof CLAIM_MARKS]} ${mark.title}`);
  ui.counts.textContent = map.draft ? `Draft claims on this map: ${parts.join(' · ')}` : 'No draft open: open a manuscript to see its claims on the map.';
}

function renderChoices(map: MapResult, next: MapParams): void {
  ui.terms.replaceChildren(...map.nodes.map((n) => Object.assign(document.createElement('option'), { value: n.label })));
  if (ui.types.childElementCount === 0) {
    for (const t of map.types) {
      const label = document.createElement('label');
      const box = Object.assign(document.createElement('input'), { type: 'checkbox', value: t.id });
      box.addEventListener('change', applyFilters);
      label.append(box, ` ${t.name}`);
      ui.types.append(label);
    }
  }
  for (const box of ui.types.querySelectorAll('input')) box.checked = (next.types ?? []).includes(box.value);
  if (ui.section.options.length <= 1) {
    for (const s of map.sections) ui.section.append(Object.assign(document.createElement('option'), { value: s.id, textContent: `${s.parent ? '  ' : ''}${s.title}` }));
  }
  ui.section.value = next.sections?.[0] ?? '';
}

/** The map as a list (a canvas says nothing to a screen reader): the draft's claims, then the review's statements. */
function renderText(map: MapResult): void {
  const item = (text: string): HTMLLIElement => Object.assign(document.createElement('li'), { textContent: text });
  ui.statements.replaceChildren(
    ...map.claims.map((c) => item(`${CLAIM_MARKS[c.status].symbol} line ${c.range.start.line + 1}: ${c.text} — ${CLAIM_MARKS[c.status].title}${c.statement ? ` (review: ${c.statement})` : ''}`)),
    ...map.edges.map((e) => item(e.text)),
  );
}

function applyFilters(): void {
  const types = [...ui.types.querySelectorAll('input')].filter((b) => b.checked).map((b) => b.value);
  post({ type: 'view', params: { ...params, types, sections: ui.section.value ? [ui.section.value] : [] } });
}

function renderLegend(): void {
  const families = Object.values(FAMILIES).map((f) => `<span class="legend-item"><span class="glyph shape-${f.shape} tone-${f.tone}" aria-hidden="true"></span>${f.title}</span>`);
  const signs = ['<span class="legend-item">→ promotes</span>', '<span class="legend-item">⊣ inhibits</span>', '<span class="legend-item">— no direction</span>'];
  const marks = Object.values(CLAIM_MARKS).map((m) => `<span class="legend-item"><span class="mark dash-${m.dash} tone-${m.tone}" aria-hidden="true"></span>${m.symbol} ${m.title}</span>`);
  // Static text of our own (no user text): safe to write as markup.
  ui.legend.innerHTML = [...families, ...signs, ...marks].join('');
}

function describe(element: cytoscape.SingularElementArgument): string {
  if (element.isNode()) {
    const degree = element.connectedEdges('.review').length;
    return `${element.data('label')}${element.data('fullName') ? ` (${element.data('fullName')})` : ''}: ${degree} statements on this map. Enter opens its entry, C centres the map on it.`;
  }
  return `${element.data('text')}.${element.hasClass('claim') ? ' Enter shows the sentence.' : ''}`;
}

function open(element: cytoscape.SingularElementArgument): void {
  ui.canvas.dataset.opened = element.id(); // what was last opened (a test reads it)
  if (element.isNode()) post({ type: 'openEntry', id: element.id() });
  else if (element.hasClass('claim')) post({ type: 'revealClaim', claim: Number(element.data('claim')) });
}

const keys: KeyActions = {
  open,
  recentre: (id) => post({ type: 'view', params: { ...params, centre: id, mechanism: undefined } }),
  search: () => ui.search.focus(),
  announce: (element) => { ui.status.textContent = describe(element); },
};

cy.on('tap', 'node, edge.claim', (event) => { focusElement(cy, event.target, keys); open(event.target); });
cy.on('tap', (event) => {
  if (event.target !== cy) return;
  // cytoscape's point test for some shapes (the diamond of receptors) sometimes misses a press right on
  // the term: a tap on the background inside a term's box is a tap on that term.
  const node = nodeAt(event.position);
  if (node) { focusElement(cy, node, keys); open(node); }
});

/** The term whose drawn box (without its label) holds a point of the model, if any. */
function nodeAt(p: cytoscape.Position): cytoscape.NodeSingular | undefined {
  const hits = cy.nodes().filter((n) => {
    const b = n.boundingBox({ includeLabels: false, includeOverlays: false });
    return p.x >= b.x1 && p.x <= b.x2 && p.y >= b.y1 && p.y <= b.y2;
  });
  return hits.nonempty() ? (hits.first() as cytoscape.NodeSingular) : undefined;
}
cy.on('tap', 'edge.review', (event) => focusElement(cy, event.target, keys));
cy.on('dbltap', 'node', (event) => keys.recentre(event.target.id()));
cy.on('mouseover', 'edge', (event) => { ui.status.textContent = describe(event.target); });
ui.canvas.addEventListener('keydown', (event) => handleKey(cy, event, keys));

ui.search.addEventListener('keydown', (event) => {
  if (event.key !== 'Enter') return;
  const query = ui.search.value.trim().toLowerCase();
  const hit = cy.nodes().filter((n) => n.data('label').toLowerCase() === query).first();
  const found = hit.nonempty() ? hit : cy.nodes().filter((n) => n.data('label').toLowerCase().includes(query)).first();
  if (found.empty()) { ui.status.textContent = `No term “${ui.search.value}” on this map.`; return; }
  if (event.shiftKey) { keys.recentre(found.id()); return; }
  cy.zoom(Math.max(cy.zoom(), 1));
  cy.center(found);
  focusElement(cy, found, keys);
  ui.canvas.focus();
});
ui.depth.addEventListener('change', () => post({ type: 'view', params: { ...params, depth: Number(ui.depth.value) } }));
ui.whole.addEventListener('click', () => post({ type: 'view', params: { types: params.types, sections: params.sections } }));
ui.section.addEventListener('change', applyFilters);
ui.fit.addEventListener('click', () => cy.fit(undefined, 30));
ui.exportPng.addEventListener('click', () => exportPng());
ui.exportSvg.addEventListener('click', () => exportSvg());

function exportPng(): void {
  const dataUrl = cy.png({ full: true, scale: 2, output: 'base64uri', bg: readTheme().background });
  post({ type: 'png', dataUrl });
}

function exportSvg(): void {
  const positions: Record<string, { x: number; y: number }> = {};
  cy.nodes().forEach((n) => { positions[n.id()] = { ...n.position() }; });
  post({ type: 'svg', positions });
}

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
  const message = event.data;
  if (message.type === 'show') show(message.map, message.params, message.relayout);
  else if (message.type === 'exportPng') exportPng();
  else if (message.type === 'exportSvg') exportSvg();
});

renderLegend();
post({ type: 'ready' });
