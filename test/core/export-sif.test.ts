/** SIF (Cytoscape's Simple Interaction Format): what a user importing the review's network relies on. */
import { strict as assert } from 'node:assert';
import { NETWORK_FORMATS, networkFormat, RELATION_SIGNS } from '../../src/core';
import { HOSTILE_ABOUT, HOSTILE_NETWORK, reviewExport, TERMINAL_ACTIVE, written } from '../support/exports';

const sif = networkFormat('sif') as (typeof NETWORK_FORMATS)[number];

describe('SIF export', () => {
  it('writes one source<TAB>relation<TAB>target line per interaction, relations from the lexicon vocabulary', () => {
    const { network, about } = reviewExport();
    const text = written(sif, network, about);
    assert.ok(text.endsWith('\n'));
    const lines = text.slice(0, -1).split('\n');
    assert.equal(lines.length, network.edges.length);
    const relations = new Set(Object.keys(RELATION_SIGNS));
    for (const line of lines) {
      const columns = line.split('\t');
      assert.equal(columns.length, 3, line);
      for (const c of columns) assert.ok(c.length > 0 && c === c.trim(), line);
      assert.ok(relations.has(columns[1]), `${columns[1]} is a lexicon relation`);
    }
    assert.ok(lines.includes('il-4\tinhibits\tnfatc1'));
  });

  it('keeps a tab or line break in a name from breaking the line, and writes nothing a terminal acts on', () => {
    const text = written(sif, HOSTILE_NETWORK, HOSTILE_ABOUT);
    const lines = text.slice(0, -1).split('\n');
    assert.deepEqual(lines, ['il-4\tinhibits\tweird id next', 'weird id next\tbinds\til-4']);
    const odd = written(sif, { nodes: [], edges: [{ ...HOSTILE_NETWORK.edges[0], source: '\u001b\t', target: 'x\u202ey', relation: 'no-such-relation', sign: -1 }] }, HOSTILE_ABOUT);
    assert.equal(odd, '_\tinhibits\tx y\n', 'an empty name becomes _, an unknown relation its sign\'s plain one');
    assert.doesNotMatch(text + odd, TERMINAL_ACTIVE);
  });
});
