/**
 * Keyboard use of the map (a canvas has no focusable parts of its own): arrow keys move the focus to
 * the nearest term in that direction, Tab walks the terms in order, Enter opens the focused term's
 * entry (or a claim's sentence), C recentres on it, + and − zoom, F fits, / goes to the search box.
 */
import type cytoscape from 'cytoscape';

export interface KeyActions {
  open(element: cytoscape.SingularElementArgument): void;
  recentre(id: string): void;
  search(): void;
  announce(element: cytoscape.SingularElementArgument): void;
}

const DIRECTIONS: Record<string, { x: number; y: number }> = {
  ArrowLeft: { x: -1, y: 0 }, ArrowRight: { x: 1, y: 0 }, ArrowUp: { x: 0, y: -1 }, ArrowDown: { x: 0, y: 1 },
};

export function focusElement(cy: cytoscape.Core, element: cytoscape.SingularElementArgument, actions: KeyActions): void {
  cy.elements('.focused').removeClass('focused');
  element.addClass('focused');
  if (element.isNode()) {
    const p = element.renderedPosition();
    const { width, height } = { width: cy.width(), height: cy.height() };
    if (p.x < 20 || p.y < 20 || p.x > width - 20 || p.y > height - 20) cy.center(element);
  }
  const at = element.isNode() ? element.renderedPosition() : element.renderedMidpoint();
  // Where the focused element is drawn, for a test that clicks it (nothing else reads these).
  Object.assign(cy.container()?.dataset ?? {}, { focusX: String(Math.round(at.x)), focusY: String(Math.round(at.y)), focusId: element.id() });
  actions.announce(element);
}

/** The node nearest to `from` in a direction (within a 45° cone either side), if any. */
function nearestIn(cy: cytoscape.Core, from: cytoscape.NodeSingular, direction: { x: number; y: number }): cytoscape.NodeSingular | undefined {
  const origin = from.position();
  let best: cytoscape.NodeSingular | undefined;
  let bestScore = Infinity;
  cy.nodes().forEach((n) => {
    if (n.id() === from.id()) return;
    const p = n.position();
    const dx = p.x - origin.x;
    const dy = p.y - origin.y;
    const along = dx * direction.x + dy * direction.y;
    const across = Math.abs(dx * direction.y - dy * direction.x);
    if (along <= 0 || across > along) return;
    const score = along + 2 * across;
    if (score < bestScore) { bestScore = score; best = n; }
  });
  return best;
}

export function handleKey(cy: cytoscape.Core, event: KeyboardEvent, actions: KeyActions): void {
  const focused = cy.elements('.focused').first();
  const current = focused.nonempty() ? focused : undefined;
  const direction = DIRECTIONS[event.key];
  if (direction) {
    const start = current?.isNode() ? (current as cytoscape.NodeSingular) : (cy.nodes('.centre').first().nonempty() ? cy.nodes('.centre').first() : cy.nodes().first());
    const next = current ? nearestIn(cy, start, direction) : start;
    if (next && next.nonempty()) focusElement(cy, next, actions);
    event.preventDefault();
    return;
  }
  if (event.key === 'Tab' && !event.ctrlKey && !event.altKey) {
    // Terms in reading order, then the claims: every element reachable without a mouse.
    const order = [...cy.nodes().toArray().sort((a, b) => String(a.data('label')).localeCompare(String(b.data('label')))), ...cy.edges('.claim').toArray()];
    if (order.length === 0) return;
    const at = current ? order.findIndex((e) => e.id() === current.id()) : -1;
    const step = event.shiftKey ? -1 : 1;
    const index = at + step;
    if (index < 0 || index >= order.length) return; // let Tab leave the map
    focusElement(cy, order[index], actions);
    event.preventDefault();
    return;
  }
  if (event.key === 'Enter' && current) { actions.open(current); event.preventDefault(); return; }
  if ((event.key === 'c' || event.key === 'C') && current?.isNode()) { actions.recentre(current.id()); event.preventDefault(); return; }
  if (event.key === '+' || event.key === '=') { cy.zoom({ level: cy.zoom() * 1.2, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } }); event.preventDefault(); return; }
  if (event.key === '-') { cy.zoom({ level: cy.zoom() / 1.2, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } }); event.preventDefault(); return; }
  if (event.key === 'f' || event.key === 'F') { cy.fit(undefined, 30); event.preventDefault(); return; }
  if (event.key === '/') { actions.search(); event.preventDefault(); }
}
