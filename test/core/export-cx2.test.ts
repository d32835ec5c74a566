/**
 * CX2 (Cytoscape Exchange v2): what NDEx and Cytoscape check when they read a network, after the
 * specification (cytoscape.org/cx/cx2/specification/cytoscape-exchange-format-specification-(version-2)).
 */
import { strict as assert } from 'node:assert';
import { networkFormat, type NetworkFormat } from '../../src/core';
import { HOSTILE, HOSTILE_ABOUT, HOSTILE_NETWORK, reviewExport, TERMINAL_ACTIVE, written } from '../support/exports';

const cx2 = networkFormat('cx2') as NetworkFormat;

type Aspect = Record<string, unknown[]>;
type Declarations = Record<string, Record<string, { d: string }>>;

/** Whether a value has a CX2 attribute data type (the types the specification lists). */
function hasType(value: unknown, type: string): boolean {
  const list = (check: (v: unknown) => boolean): boolean => Array.isArray(value) && value.every(check);
  switch (type) {
    case 'string': return typeof value === 'string';
    case 'boolean': return typeof value === 'boolean';
    case 'integer': case 'long': return Number.isInteger(value);
    case 'double': return typeof value === 'number' && Number.isFinite(value);
    case 'list_of_string': return list((v) => typeof v === 'string');
    case 'list_of_integer': case 'list_of_long': return list((v) => Number.isInteger(v));
    default: return false;
  }
}

function aspectsOf(text: string): { descriptor: Record<string, unknown>; aspects: Aspect[]; names: string[] } {
  const doc = JSON.parse(text) as Array<Record<string, unknown>>;
  assert.ok(Array.isArray(doc));
  const [descriptor, ...aspects] = doc;
  for (const a of aspects) assert.equal(Object.keys(a).length, 1, 'an aspect block has one key');
  return { descriptor, aspects: aspects as Aspect[], names: aspects.map((a) => Object.keys(a)[0]) };
}

describe('CX2 export', () => {
  const { network, about } = reviewExport();
  const { descriptor, aspects, names } = aspectsOf(written(cx2, network, about));
  const aspect = (name: string): unknown[] => aspects[names.indexOf(name)][name];

  it('starts with the CX descriptor, then metaData, the declarations before the data, and ends with a successful status', () => {
    assert.deepEqual(descriptor, { CXVersion: '2.0', hasFragments: false });
    assert.deepEqual(names, ['metaData', 'attributeDeclarations', 'networkAttributes', 'nodes', 'edges', 'status']);
    assert.deepEqual(aspect('status'), [{ error: '', success: true }]);
  });

  it('has metaData counts equal to the elements of every aspect it lists, and lists every data aspect', () => {
    const meta = aspect('metaData') as Array<{ name: string; elementCount: number }>;
    for (const m of meta) assert.equal(m.elementCount, aspect(m.name).length, m.name);
    assert.deepEqual(meta.map((m) => m.name).sort(), names.filter((n) => n !== 'metaData' && n !== 'status').sort());
    assert.equal(aspect('nodes').length, network.nodes.length);
    assert.equal(aspect('edges').length, network.edges.length);
  });

  it('gives nodes unique integer ids, and edges ends that are node ids', () => {
    const nodes = aspect('nodes') as Array<{ id: number }>;
    const ids = new Set(nodes.map((n) => n.id));
    assert.equal(ids.size, nodes.length);
    for (const id of ids) assert.ok(Number.isInteger(id));
    const edges = aspect('edges') as Array<{ id: number; s: number; t: number }>;
    assert.equal(new Set(edges.map((e) => e.id)).size, edges.length);
    for (const e of edges) assert.ok(Number.isInteger(e.id) && ids.has(e.s) && ids.has(e.t), `edge ${e.id}`);
  });

  it('declares the type of every attribute, and every element has each with a value of that type', () => {
    const declarations = (aspect('attributeDeclarations') as Declarations[])[0];
    const check = (scope: string, elements: Array<{ v: Record<string, unknown> }>): void => {
      const declared = declarations[scope];
      for (const el of elements) {
        assert.deepEqual(Object.keys(el.v).sort(), Object.keys(declared).sort(), `${scope}: every declared attribute, none other`);
        for (const [name, value] of Object.entries(el.v)) assert.ok(hasType(value, declared[name].d), `${scope} ${name}: ${JSON.stringify(value)} is ${declared[name].d}`);
      }
    };
    check('nodes', aspect('nodes') as Array<{ v: Record<string, unknown> }>);
    check('edges', aspect('edges') as Array<{ v: Record<string, unknown> }>);
    check('networkAttributes', (aspect('networkAttributes') as Array<Record<string, unknown>>).map((v) => ({ v })));
  });

  it('carries IL-4 ⊣ NFATc1 with its relation and reference 104, nodes named by label', () => {
    const nodes = aspect('nodes') as Array<{ id: number; v: { name: string; mechlensId: string } }>;
    const idOf = (id: string): number | undefined => nodes.find((n) => n.v.mechlensId === id)?.id;
    assert.equal(nodes.find((n) => n.v.mechlensId === 'il-4')?.v.name, 'IL-4');
    const edge = (aspect('edges') as Array<{ s: number; t: number; v: { interaction: string; refs: number[]; sign: number; interactionId: string } }>)
      .find((e) => e.v.interactionId === 'il-4-inhibits-nfatc1');
    assert.ok(edge);
    assert.equal(edge.s, idOf('il-4'));
    assert.equal(edge.t, idOf('nfatc1'));
    assert.equal(edge.v.interaction, 'inhibits');
    assert.equal(edge.v.sign, -1);
    assert.ok(edge.v.refs.includes(104));
  });

  it('keeps hostile text as data, escaped so a terminal never sees it raw', () => {
    const text = written(cx2, HOSTILE_NETWORK, HOSTILE_ABOUT);
    assert.doesNotMatch(text, TERMINAL_ACTIVE);
    const { aspects: hostile } = aspectsOf(text);
    const nodes = hostile.find((a) => 'nodes' in a)?.nodes as Array<{ v: { name: string } }>;
    assert.equal(nodes[0].v.name, HOSTILE);
  });
});
