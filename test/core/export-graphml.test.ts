/**
 * GraphML: the export is well-formed XML and reads back through a real GraphML reader (graphology's)
 * with the review's nodes, edges and attributes, hostile lexicon text included.
 */
import { strict as assert } from 'node:assert';
import { DOMParser, type Document as XmlDocument } from '@xmldom/xmldom';
import Graph from 'graphology';
import { parse } from 'graphology-graphml';
import { GRAPHML_LIST_SEPARATOR, networkFormat, type NetworkFormat } from '../../src/core';
import { HOSTILE, HOSTILE_ABOUT, HOSTILE_IN_XML, HOSTILE_NETWORK, reviewExport, TERMINAL_ACTIVE, written } from '../support/exports';

const graphml = networkFormat('graphml') as NetworkFormat;

/** Parses XML, failing on any warning or error (xmldom otherwise recovers from some). */
function parseXml(text: string): XmlDocument {
  return new DOMParser({ onError: (level, message) => { throw new Error(`${level}: ${message}`); } }).parseFromString(text, 'application/xml');
}

describe('GraphML export', () => {
  const { network, about } = reviewExport();
  const text = written(graphml, network, about);

  it('is well-formed XML: a directed graph with a <key> for every attribute it uses', () => {
    const doc = parseXml(text);
    const root = doc.documentElement;
    assert.ok(root);
    assert.equal(root.tagName, 'graphml');
    assert.equal(root.getAttribute('xmlns'), 'http://graphml.graphdrawing.org/xmlns');
    const graph = doc.getElementsByTagName('graph')[0];
    assert.equal(graph.getAttribute('edgedefault'), 'directed');
    const keys = new Map<string, { for: string; name: string }>();
    const declared = doc.getElementsByTagName('key');
    for (let i = 0; i < declared.length; i++) {
      const k = declared[i];
      keys.set(k.getAttribute('id') ?? '', { for: k.getAttribute('for') ?? '', name: k.getAttribute('attr.name') ?? '' });
    }
    const names = (domain: string): string[] => [...keys.values()].filter((k) => k.for === domain).map((k) => k.name);
    for (const n of ['label', 'type', 'fullName', 'refs']) assert.ok(names('node').includes(n), `node key ${n}`);
    for (const n of ['relation', 'sign', 'context', 'refs', 'section', 'provenance', 'interaction']) assert.ok(names('edge').includes(n), `edge key ${n}`);
    const data = doc.getElementsByTagName('data');
    for (let i = 0; i < data.length; i++) assert.ok(keys.has(data[i].getAttribute('key') ?? ''), 'every <data> names a declared key');
  });

  it('reads back through graphology-graphml with every node, every edge and the IL-4 ⊣ NFATc1 statement', () => {
    const g = parse(Graph, text);
    assert.equal(g.type, 'directed');
    assert.equal(g.order, network.nodes.length);
    assert.equal(g.size, network.edges.length);
    assert.equal(g.getNodeAttribute('il-4', 'label'), 'IL-4');
    assert.equal(g.getNodeAttribute('il-4', 'hgnc'), 'IL4');
    const edge = 'il-4-inhibits-nfatc1';
    assert.equal(g.source(edge), 'il-4');
    assert.equal(g.target(edge), 'nfatc1');
    const attributes = g.getEdgeAttributes(edge);
    assert.equal(attributes.relation, 'inhibits');
    assert.equal(attributes.sign, -1, 'sign is declared an int');
    assert.ok(String(attributes.refs).split(GRAPHML_LIST_SEPARATOR).includes('104'));
    assert.equal(g.getAttribute('doi'), about.doi);
  });

  it('keeps hostile label text, dropping only what XML 1.0 cannot carry, and never writes a terminal escape raw', () => {
    const hostile = written(graphml, HOSTILE_NETWORK, HOSTILE_ABOUT);
    parseXml(hostile);
    assert.doesNotMatch(hostile, TERMINAL_ACTIVE);
    const g = parse(Graph, hostile);
    assert.equal(g.getNodeAttribute('il-4', 'label'), HOSTILE_IN_XML);
    assert.equal(g.getNodeAttribute('il-4', 'fullName'), `${HOSTILE_IN_XML} full`);
    assert.equal(g.getNodeAttribute('il-4', 'sections'), 's<1>');
    assert.ok(g.hasNode('weird\tid\nnext'), 'an id with a tab and a line break survives as an attribute value');
    assert.equal(g.getEdgeAttribute('e1', 'evidence'), HOSTILE_IN_XML);
    assert.equal(g.getAttribute('name'), HOSTILE_IN_XML);
    assert.notEqual(HOSTILE, HOSTILE_IN_XML);
  });
});
