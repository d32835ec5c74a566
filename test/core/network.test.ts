/** The review as a network: what the map, the exports and the HTML report all draw from. */
import { strict as assert } from 'node:assert';
import { claimEdges, countByStatus, distancesWithin, neighbourhood, reviewNetwork } from '../../src/core';
import { analyzer, bundled } from '../support/lexicon';

describe('review network', () => {
  it('has one node per entity and one signed edge per interaction of the review', () => {
    const lexicon = bundled();
    const net = reviewNetwork(lexicon);
    assert.equal(net.nodes.length, lexicon.entities.length);
    assert.equal(net.edges.length, lexicon.interactions.length);
    const edge = net.edges.find((e) => e.source === 'il-4' && e.target === 'nfatc1');
    assert.ok(edge, 'IL-4 → NFATc1 is an edge');
    assert.equal(edge.relation, 'inhibits');
    assert.equal(edge.sign, -1);
    assert.ok(edge.refs.includes(104));
    const ids = new Set(net.nodes.map((n) => n.id));
    for (const e of net.edges) assert.ok(ids.has(e.source) && ids.has(e.target), `${e.id} joins two nodes`);
  });

  it('keeps only the entity types asked for, and edges between them', () => {
    const net = reviewNetwork(bundled(), { types: ['cytokine', 'transcription-factor'] });
    assert.ok(net.nodes.length > 10);
    for (const n of net.nodes) assert.ok(n.type === 'cytokine' || n.type === 'transcription-factor', n.id);
    const ids = new Set(net.nodes.map((n) => n.id));
    for (const e of net.edges) assert.ok(ids.has(e.source) && ids.has(e.target), e.id);
    assert.ok(net.edges.some((e) => e.source === 'il-4' && e.target === 'nfatc1'));
  });

  it('keeps a section with its subsections', () => {
    const lexicon = bundled();
    const whole = reviewNetwork(lexicon);
    const part = reviewNetwork(lexicon, { sections: ['msc-roles'] });
    assert.ok(part.edges.length > 0 && part.edges.length < whole.edges.length);
    const within = new Set(['msc-roles', ...lexicon.sections.filter((s) => s.parent === 'msc-roles').map((s) => s.id)]);
    assert.ok(within.size > 1);
    for (const e of part.edges) if (e.section) assert.ok(within.has(e.section), `${e.id} in ${e.section}`);
  });

  it('gives the neighbourhood of a term to a chosen depth, following edges either way', () => {
    const net = reviewNetwork(bundled());
    const one = neighbourhood(net, 'nfatc1', 1);
    const ids = new Set(one.nodes.map((n) => n.id));
    assert.ok(ids.has('nfatc1') && ids.has('il-4'), 'IL-4 acts on NFATc1, so it is a neighbour');
    const two = neighbourhood(net, 'nfatc1', 2);
    assert.ok(two.nodes.length > one.nodes.length);
    const d = distancesWithin(net, 'nfatc1', 2);
    for (const n of two.nodes) assert.ok((d.get(n.id) ?? 9) <= 2);
    assert.equal(d.get('nfatc1'), 0);
    assert.equal(d.get('il-4'), 1);
    assert.deepEqual(neighbourhood(net, 'no-such-term', 2), { nodes: [], edges: [] });
  });
});

describe('claim edges', () => {
  it('mark a draft claim that contradicts the review, with the refs it rests on', () => {
    const r = analyzer().analyze({ text: 'IL-4 promotes NFATc1 in macrophages. IL-4 inhibits NFATc1 expression.', languageId: 'markdown' });
    const edges = claimEdges(r.claims);
    const contra = edges.find((e) => e.status === 'contradicts');
    assert.ok(contra, 'the first sentence contradicts the review');
    assert.equal(contra.source, 'il-4');
    assert.equal(contra.target, 'nfatc1');
    assert.ok(contra.refs.includes(104));
    assert.ok(edges.some((e) => e.status === 'supports' && e.target === 'nfatc1'));
    const counts = countByStatus(edges);
    assert.equal(counts.contradicts, 1);
    assert.equal(counts.supports, 1);
    assert.equal(counts['context-dependent'], 0);
  });
});
