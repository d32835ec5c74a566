/** The maps: layouts a reader can trust to be the same each time, and SVG any viewer opens safely. */
import { strict as assert } from 'node:assert';
import {
  claimEdges, claimNetwork, forceLayout, neighbourhood, networkSvg, radialLayout, reviewNetwork, type Network, type PlacedNode,
} from '../../src/core';
import { analyzer, bundled } from '../support/lexicon';
import { elements, parseXml, type Element } from '../support/xml';

const review = (): Network => reviewNetwork(bundled());

function overlapping(nodes: readonly PlacedNode[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length; j++) {
      const a = nodes[i];
      const b = nodes[j];
      if (Math.abs(a.x - b.x) < (a.width + b.width) / 2 && Math.abs(a.y - b.y) < (a.height + b.height) / 2) out.push(`${a.id} / ${b.id}`);
    }
  }
  return out;
}

describe('radial layout', () => {
  it('puts the term in the middle, each entity in the ring of its distance, and no two boxes over each other (NFATc1, depth 2)', () => {
    const net = neighbourhood(review(), 'nfatc1', 2);
    const layout = radialLayout(net, 'nfatc1', 2);
    assert.equal(layout.nodes.length, net.nodes.length);
    assert.deepEqual(overlapping(layout.nodes), []);
    const at = new Map(layout.nodes.map((n) => [n.id, n]));
    const centre = at.get('nfatc1') as PlacedNode;
    const radius = (id: string): number => { const n = at.get(id) as PlacedNode; return Math.hypot(n.x - centre.x, n.y - centre.y); };
    const ring1 = Math.max(...['il-4', 'rankl'].map(radius));
    const ring2 = net.nodes.filter((n) => radius(n.id) > ring1 + 1);
    assert.ok(ring2.length > 10, 'the entities two steps away lie outside the first ring');
    for (const n of layout.nodes) {
      assert.ok(n.x - n.width / 2 >= 0 && n.y - n.height / 2 >= 0 && n.x + n.width / 2 <= layout.width && n.y + n.height / 2 <= layout.height, `${n.id} is inside the drawing`);
    }
  });

  it('gives the same coordinates for the same neighbourhood every time', () => {
    const a = radialLayout(neighbourhood(review(), 'nfatc1', 2), 'nfatc1', 2);
    const b = radialLayout(neighbourhood(review(), 'nfatc1', 2), 'nfatc1', 2);
    assert.deepEqual(a, b);
  });

  it('lays out nothing for a term the network does not have', () => {
    assert.deepEqual(radialLayout(review(), 'no-such-term', 1).nodes, []);
  });
});

describe('force layout', () => {
  const draft = (): Network => {
    const edges = claimEdges(analyzer().analyze({ text: 'IL-4 promotes NFATc1. TNF-α induces LRG1. M1 macrophages secrete TNF-α. IL-6 promotes M2 polarization.', languageId: 'markdown' }).claims);
    return claimNetwork(review(), edges);
  };

  it('gives the same coordinates for the same claims every time, and another seed another drawing', () => {
    const net = draft();
    assert.ok(net.nodes.length >= 5);
    assert.deepEqual(forceLayout(net), forceLayout(net));
    assert.notDeepEqual(forceLayout(net, { seed: 7 }).nodes, forceLayout(net).nodes);
  });

  it('keeps labels apart: no two boxes overlap in a crowded neighbourhood (M2 macrophage, 20 entities)', () => {
    const net = neighbourhood(review(), 'm2-macrophage', 1);
    const layout = forceLayout(net);
    assert.equal(layout.nodes.length, net.nodes.length);
    assert.deepEqual(overlapping(layout.nodes), []);
  });
});

describe('network SVG', () => {
  const il4 = (): string => {
    const net = neighbourhood(review(), 'il-4', 1);
    return networkSvg(net, radialLayout(net, 'il-4', 1), { title: 'IL-4', centre: 'il-4' });
  };

  it('is well-formed XML with a viewBox, no script and no external resource', () => {
    const svg = il4();
    const doc = parseXml(svg);
    const root = doc.documentElement as Element;
    assert.equal(root.tagName, 'svg');
    assert.match(root.getAttribute('viewBox') ?? '', /^0 0 \d+ \d+$/);
    assert.equal(elements(doc, 'script').length, 0);
    assert.equal(elements(doc, 'foreignObject').length, 0);
    // The namespace is a name, not a resource; nothing else may point outside the file.
    assert.deepEqual(svg.replace('xmlns="http://www.w3.org/2000/svg"', '').match(/https?:|href=|@import|url\((?!#)/g), null);
  });

  it('has a box per entity of the neighbourhood and the IL-4 ⊣ NFATc1 edge titled with its reference', () => {
    const net = neighbourhood(review(), 'il-4', 1);
    const doc = parseXml(il4());
    const drawn = new Set(elements(doc, 'g').map((g) => g.getAttribute('data-entity')).filter(Boolean));
    assert.deepEqual([...drawn].sort(), net.nodes.map((n) => n.id).sort());
    const lines = elements(doc, 'line').filter((l) => (l.parentNode as Element).tagName === 'g');
    const inhibits = lines.find((l) => /IL-4 inhibits NFATc1 .*\[104\]/.test(elements(l.parentNode as Element, 'title')[0]?.textContent ?? ''));
    assert.ok(inhibits, 'an edge titled "IL-4 inhibits NFATc1 … [104]"');
    assert.match(inhibits.getAttribute('marker-end') ?? '', /#mechlens-bar-review\)$/, 'a negative edge ends in a bar (⊣)');
    const promotes = lines.find((l) => /^IL-4 promotes M2 polarization/.test(elements(l.parentNode as Element, 'title')[0]?.textContent ?? ''));
    assert.match(promotes?.getAttribute('marker-end') ?? '', /#mechlens-arrow-review\)$/, 'a positive edge ends in an arrow (→)');
  });

  it('shows each entity\'s family by outline as well as colour, and names the families in a legend', () => {
    const doc = parseXml(il4());
    const node = (id: string): Element => elements(doc, 'g').find((g) => g.getAttribute('data-entity') === id) as Element;
    assert.equal(elements(node('m2-macrophage'), 'circle').length, 1, 'a cell: a circle');
    assert.equal(elements(node('nfatc1'), 'polygon').length, 1, 'a transcription factor: a diamond');
    assert.equal(elements(node('il-4'), 'rect').length, 2, 'a cytokine: its box and a rounded rectangle');
    const texts = elements(doc, 'text').map((t) => t.textContent ?? '');
    for (const title of ['cells', 'secreted mediators', 'receptors and signalling', 'processes and states']) assert.ok(texts.includes(title), title);
  });

  it('marks a draft claim by dash and symbol as well as colour, with a legend that counts the verdicts', () => {
    const edges = claimEdges(analyzer().analyze({ text: 'IL-4 promotes NFATc1. IL-4 inhibits NFATc1.', languageId: 'markdown' }).claims);
    const net = claimNetwork(review(), edges);
    const svg = networkSvg(net, forceLayout(net), { title: 'draft', claims: edges });
    const doc = parseXml(svg);
    const contra = elements(doc, 'line').find((l) => /^Draft: IL-4 promotes NFATc1 — ✗ contradicts the review/.test(elements(l.parentNode as Element, 'title')[0]?.textContent ?? ''));
    assert.ok(contra, 'the contradicting claim is drawn with its title');
    assert.equal(contra.getAttribute('stroke-dasharray'), '7 4', 'dashed');
    const texts = elements(doc, 'text').map((t) => t.textContent ?? '');
    assert.ok(texts.includes('✗') && texts.includes('✓'), 'each claim line carries its verdict symbol');
    assert.ok(texts.includes('✗ contradicts the review: 1') && texts.includes('✓ supported by the review: 1'), texts.join(' | '));
  });

  it('escapes hostile labels from a user lexicon: markup, quotes, ampersands and control characters', () => {
    const hostile = '<script>alert("x")</script> & \'q\' \u0001\u0008 <![CDATA[';
    const net: Network = {
      nodes: [
        { id: 'a"><script>', label: hostile, type: 'cytokine', sections: [], refs: [] },
        { id: 'b', label: 'B & <b>', type: 'no-such-type' as never, fullName: ']]> --> <!--', sections: [], refs: [] },
      ],
      edges: [{ id: 'x', source: 'a"><script>', target: 'b', relation: 'inhibits', sign: -1, context: [], refs: [1], provenance: 'stated', via: [] }],
    };
    const svg = networkSvg(net, forceLayout(net), { title: hostile, idPrefix: 'p-' });
    assert.ok(!svg.includes('<script'), 'no script element');
    const doc = parseXml(svg);
    assert.equal(elements(doc, 'script').length, 0);
    const texts = elements(doc, 'text').map((t) => t.textContent ?? '');
    assert.ok(texts.includes('<script>alert("x")</script> & \'…'), `the label reads as written, shortened: ${texts.join(' | ')}`);
    assert.ok(elements(doc, 'title').some((t) => (t.textContent ?? '').startsWith('<script>alert("x")</script> & \'q\' \ufffd\ufffd')), 'control characters become U+FFFD');
    assert.deepEqual(elements(doc, 'g').map((g) => g.getAttribute('data-entity')).filter(Boolean), ['a"><script>', 'b']);
  });
});
