/** The Mechanism Map's data as the service gives it: what a client draws, with the draft's claims over it. */
import { strict as assert } from 'node:assert';
import { DEFAULT_SETTINGS } from '../../src/service';
import { givenLayout } from '../../src/core';
import { service } from '../support/service';
import { elements, parseXml } from '../support/xml';

const URI = 'file:///draft.md';
const TEXT = 'IL-4 promotes NFATc1 expression in osteoclast precursors.\n\nRANKL activates NFATc1 [90].\n';

describe('service: mechanism map', () => {
  it('centres on a term: NFATc1 is a neighbour of IL-4, by an inhibition citing [104]', () => {
    const map = service().map({ centre: 'il-4' }, DEFAULT_SETTINGS);
    assert.equal(map.title, 'IL-4');
    assert.equal(map.centre, 'il-4');
    assert.equal(map.depth, 1);
    assert.ok(map.nodes.some((n) => n.id === 'nfatc1'));
    const edge = map.edges.find((e) => e.source === 'il-4' && e.target === 'nfatc1');
    assert.ok(edge);
    assert.equal(edge.sign, -1);
    assert.equal(edge.text, 'IL-4 inhibits NFATc1 [104]');
    const ids = new Set(map.nodes.map((n) => n.id));
    for (const e of map.edges) assert.ok(ids.has(e.source) && ids.has(e.target), e.id);
    assert.deepEqual(map.claims, [], 'no draft, no claims');
  });

  it('lays the open draft’s claims over the view, marked by verdict and counted', () => {
    const s = service();
    s.open(URI, 'markdown', 1, TEXT);
    const map = s.map({ centre: 'nfatc1', uri: URI }, DEFAULT_SETTINGS);
    assert.equal(map.draft, URI);
    const contra = map.claims.find((c) => c.status === 'contradicts');
    assert.ok(contra);
    assert.equal(contra.text, 'IL-4 promotes NFATc1');
    assert.equal(contra.statement, 'IL-4 inhibits NFATc1 [104]');
    assert.equal(contra.range.start.line, 0);
    assert.match(contra.sentence, /^IL-4 promotes NFATc1 expression/);
    assert.equal(map.counts.contradicts, 1);
    assert.equal(map.counts.supports, 1, 'RANKL activates NFATc1 is supported');
  });

  it('adds a claim’s term that the view leaves out, marked as added', () => {
    const s = service();
    s.open(URI, 'markdown', 1, TEXT);
    const map = s.map({ centre: 'nfatc1', uri: URI, depth: 0 }, DEFAULT_SETTINGS);
    const il4 = map.nodes.find((n) => n.id === 'il-4');
    assert.ok(il4, 'IL-4 is shown because the draft relates it to NFATc1');
    assert.equal(il4.added, true);
    assert.equal(map.nodes.find((n) => n.id === 'nfatc1')?.added, undefined);
  });

  it('shows the whole review, filtered by entity type, and a mechanism with its steps', () => {
    const s = service();
    const whole = s.map({}, DEFAULT_SETTINGS);
    assert.equal(whole.title, 'The whole review');
    assert.equal(whole.nodes.length, s.engine().index.lexicon.entities.length);
    const cytokines = s.map({ types: ['cytokine'] }, DEFAULT_SETTINGS);
    assert.ok(cytokines.nodes.length > 5 && cytokines.nodes.every((n) => n.type === 'cytokine'));
    const m = s.engine().index.lexicon.mechanisms[0];
    const mech = s.map({ mechanism: m.id, depth: 0 }, DEFAULT_SETTINGS);
    assert.equal(mech.title, `Mechanism: ${m.label}`);
    assert.deepEqual(new Set(mech.nodes.map((n) => n.id)), new Set(m.steps.map((x) => x.entity)));
  });

  it('says why a view is empty, and keeps the depth within 0–3', () => {
    const s = service();
    assert.equal(s.map({ centre: 'no-such-term' }, DEFAULT_SETTINGS).problem, 'no term "no-such-term" in the lexicon');
    assert.equal(s.map({ mechanism: 'nope' }, DEFAULT_SETTINGS).problem, 'no mechanism "nope" in the lexicon');
    assert.equal(s.map({ centre: 'il-4', depth: 99 }, DEFAULT_SETTINGS).depth, 3);
    assert.equal(s.map({ centre: 'il-4', depth: -2 }, DEFAULT_SETTINGS).depth, 0);
  });

  it('exports the view as SVG where the client drew it, spread so the labelled boxes do not overlap', () => {
    const s = service();
    s.open(URI, 'markdown', 1, TEXT);
    const map = s.map({ centre: 'il-4', uri: URI }, DEFAULT_SETTINGS);
    // Dots 30 units apart, as a graph view places them: far closer than the SVG's labelled boxes are wide.
    const positions = Object.fromEntries(map.nodes.map((n, i) => [n.id, { x: (i % 5) * 30, y: Math.floor(i / 5) * 30 }]));
    const svg = s.mapSvg({ centre: 'il-4', uri: URI, positions }, DEFAULT_SETTINGS);
    const doc = parseXml(svg);
    const titles = elements(doc, 'title').map((t) => t.textContent ?? '');
    assert.ok(titles.some((t) => t.includes('IL-4 inhibits NFATc1 [104]')), 'the review’s edge, with its reference');
    assert.ok(titles.some((t) => /IL-4 promotes NFATc1/.test(t) && /contradicts/.test(t)), 'the draft’s contradicting claim');
    assert.match(titles[0], /^IL-4 — Mechanism Map of Zhang\b.* et al\. 2024/);

    const network = { nodes: map.nodes.map((n) => ({ ...n, type: n.type as never })), edges: [] };
    const layout = givenLayout(network, positions);
    for (let i = 0; i < layout.nodes.length; i++) {
      for (let j = i + 1; j < layout.nodes.length; j++) {
        const a = layout.nodes[i];
        const b = layout.nodes[j];
        const apart = Math.abs(a.x - b.x) >= (a.width + b.width) / 2 || Math.abs(a.y - b.y) >= (a.height + b.height) / 2;
        assert.ok(apart, `${a.id} and ${b.id} overlap`);
      }
    }
    // The arrangement is kept: left of stays left of, above stays above.
    const at = new Map(layout.nodes.map((n) => [n.id, n]));
    const [first, second] = map.nodes;
    assert.ok(at.get(first.id)!.x < at.get(second.id)!.x);
  });

  it('exports the review’s network in each format the command offers, the user’s lexicons included', () => {
    const s = service();
    const names = s.networkFormats().map((f) => f.name);
    assert.deepEqual(names, ['sif', 'graphml', 'cx2', 'indra']);
    const sif = s.exportNetwork('sif');
    assert.equal(sif.error, undefined);
    assert.equal(sif.extension, 'sif');
    assert.ok(sif.text.split('\n').includes('il-4\tinhibits\tnfatc1'));
    const lab = JSON.stringify({
      entities: [{ id: 'lab-factor', type: 'cytokine', label: 'LabF', description: 'A factor of our lab [1].', refs: [] }],
      interactions: [{ id: 'lab-factor-inhibits-nfatc1', subject: 'lab-factor', relation: 'inhibits', object: 'nfatc1', refs: [1], evidence: 'Our own result.' }],
    });
    s.setUserLexicons([{ uri: 'file:///lab.json', display: 'lab.json', text: lab }]);
    assert.ok(s.exportNetwork('sif').text.includes('lab-factor\tinhibits\tnfatc1'));
    assert.match(s.exportNetwork('indra').notes.join(' '), /left out/);
    assert.match(s.exportNetwork('png').error ?? '', /no export format "png"/);
  });
});
